//! Mahalanobis distance to the training mean under a Ledoit–Wolf shrunk covariance, so it is
//! defined when there are fewer rows than dimensions. Score = squared distance
//! `(y − μ)ᵀ Σ⁻¹ (y − μ)`, as scikit-learn's `LedoitWolf().fit(X).mahalanobis(Y)`.

use crate::linalg::{cholesky, column_mean, invert_lower, ledoit_wolf, whiten};
use crate::{Matrix, ScoreError};

/// Hyper-parameters of [`Mahalanobis`] (none beyond the shrinkage rule).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MahalanobisParams {}

/// A fitted Mahalanobis scorer: the mean and the whitening matrix `L⁻¹` (`Σ = L·Lᵀ`).
#[derive(Clone, Debug)]
pub struct Mahalanobis {
    pub(crate) mean: Vec<f64>,
    pub(crate) whitening: Vec<f64>,
    /// The Ledoit–Wolf shrinkage δ that was applied.
    pub shrinkage: f64,
}

/// Mean, shrinkage and whitening matrix of `x`: shared by [`Mahalanobis`] and `KCos`.
pub(crate) fn whitening(
    x: &Matrix,
    scorer: &'static str,
) -> Result<(Vec<f64>, Vec<f64>, f64), ScoreError> {
    if x.rows() < 2 {
        return Err(ScoreError::TooFewRows {
            scorer,
            needed: 2,
            got: x.rows(),
        });
    }
    let mean = column_mean(x);
    let (cov, shrinkage) = ledoit_wolf(x, &mean);
    let l = cholesky(&cov, x.cols()).ok_or(ScoreError::NotPositiveDefinite { scorer })?;
    // Rounded to f32, the precision they are stored in, so a saved scorer scores exactly
    // as the fitted one.
    let f32_round =
        |v: Vec<f64>| -> Vec<f64> { v.into_iter().map(|x| f64::from(x as f32)).collect() };
    Ok((
        f32_round(mean),
        f32_round(invert_lower(&l, x.cols())),
        shrinkage,
    ))
}

impl Mahalanobis {
    /// Hyper-parameters to [`fit`](MahalanobisParams::fit) with (none: the shrinkage is
    /// Ledoit–Wolf's estimate).
    pub fn params() -> MahalanobisParams {
        MahalanobisParams {}
    }

    /// The squared Mahalanobis distance of every row of `y` to the training mean.
    pub fn score(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        if !crate::error::rows_to_score("mahalanobis", y, self.mean.len())? {
            return Ok(Vec::new());
        }
        let w = whiten(y, Some(&self.mean), &self.whitening);
        Ok(w.row_norms_sq())
    }

    /// Parts to store: mean `[d]` and whitening `[d, d]`.
    pub fn state(&self) -> (Vec<f32>, Vec<f32>) {
        (
            self.mean.iter().map(|&v| v as f32).collect(),
            self.whitening.iter().map(|&v| v as f32).collect(),
        )
    }

    /// A scorer from the parts [`state`](Self::state) gave, checked to fit together.
    pub fn from_state(mean: &[f32], whitening: &[f32]) -> Result<Self, ScoreError> {
        if whitening.len() != mean.len() * mean.len() {
            return Err(ScoreError::State {
                scorer: "mahalanobis",
                reason: "whitening is not d × d".into(),
            });
        }
        Ok(Self {
            mean: mean.iter().map(|&v| f64::from(v)).collect(),
            whitening: whitening.iter().map(|&v| f64::from(v)).collect(),
            shrinkage: f64::NAN,
        })
    }
}

impl MahalanobisParams {
    /// Fits on the training rows `x` (at least two).
    pub fn fit(&self, x: &Matrix) -> Result<Mahalanobis, ScoreError> {
        let (mean, whitening, shrinkage) = whitening(x, "mahalanobis")?;
        Ok(Mahalanobis {
            mean,
            whitening,
            shrinkage,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_scikit_learn_ledoit_wolf_mahalanobis() {
        // LedoitWolf().fit(X).mahalanobis([[0, 0, 0], [1, 2, -1]]) = [2.15427262, 7.697062]
        let m = Mahalanobis::params()
            .fit(&crate::linalg::tests::lw_data())
            .unwrap();
        let s = m
            .score(&Matrix::new(2, 3, vec![0.0, 0.0, 0.0, 1.0, 2.0, -1.0]).unwrap())
            .unwrap();
        assert!(
            (s[0] - 2.154_272_6).abs() < 1e-4 && (s[1] - 7.697_062).abs() < 1e-4,
            "{s:?}"
        );
    }

    #[test]
    fn works_with_fewer_rows_than_dimensions() {
        let x = Matrix::new(3, 5, (0..15).map(|v| ((v * 7) % 11) as f32).collect()).unwrap();
        let m = Mahalanobis::params().fit(&x).unwrap();
        assert!(m.score(&x).unwrap().iter().all(|s| s.is_finite()));
    }

    #[test]
    fn one_row_is_too_few() {
        assert!(
            Mahalanobis::params()
                .fit(&Matrix::new(1, 2, vec![0.0, 1.0]).unwrap())
                .is_err()
        );
    }
}
