//! NSA's angular scores on whitened embeddings (Mahalanobis geometry):
//!
//! - **k-Cos**: whiten the training rows, `w(x) = Σ^{-1/2}(x − μ)`; the score of `y` is
//!   `arccos(max_j cos(w(y), w(x_j)))`, the angle to the nearest whitened training row.
//! - **c-Cos**: the angle between `Σ^{-1/2} y` and the whitened training mean `Σ^{-1/2} μ`
//!   (whitening without centring here, since the centred mean is the origin).
//!
//! Σ is the Ledoit–Wolf shrunk covariance, so both work when there are fewer rows than
//! dimensions. Whitening uses `L⁻¹` from the Cholesky factor `Σ = L·Lᵀ` instead of the
//! symmetric `Σ^{-1/2}`: both give the same inner products `aᵀ Σ⁻¹ b`, hence the same
//! cosines and angles.

use crate::linalg::whiten;
use crate::mahalanobis::whitening;
use crate::{Knn, Matrix, Metric, ScoreError};

/// Which angular score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Angular {
    /// Angle to the nearest whitened training row.
    KCos,
    /// Angle to the whitened training mean.
    CCos,
}

/// Hyper-parameters of [`KCos`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KCosParams {
    pub score: Angular,
}

/// A fitted k-Cos / c-Cos scorer.
#[derive(Clone, Debug)]
pub struct KCos {
    score: Angular,
    mean: Vec<f64>,
    whitening: Vec<f64>,
    /// Whitened, centred training rows (k-Cos).
    bank: Knn,
    /// `Σ^{-1/2} μ`, unit length (c-Cos).
    centre: Vec<f32>,
}

impl KCos {
    pub fn params(score: Angular) -> KCosParams {
        KCosParams { score }
    }

    pub fn score(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        if y.cols() != self.mean.len() {
            return Err(ScoreError::Dimension {
                scorer: "k-cos",
                query: y.cols(),
                fitted: self.mean.len(),
            });
        }
        match self.score {
            Angular::KCos => {
                let w = whiten(y, Some(&self.mean), &self.whitening);
                // Cosine kNN distance with k = 1 is 1 − max cos.
                Ok(self
                    .bank
                    .score(&w)?
                    .into_iter()
                    .map(|d| (1.0 - d).clamp(-1.0, 1.0).acos())
                    .collect())
            }
            Angular::CCos => {
                let w = whiten(y, None, &self.whitening).l2_normalized();
                Ok((0..w.rows())
                    .map(|i| {
                        w.row(i)
                            .iter()
                            .zip(&self.centre)
                            .map(|(a, b)| a * b)
                            .sum::<f32>()
                            .clamp(-1.0, 1.0)
                            .acos()
                    })
                    .collect())
            }
        }
    }
}

impl KCos {
    /// (kind, mean, whitening, whitened bank, centre) for storage.
    pub fn state(&self) -> (Angular, Vec<f32>, Vec<f32>, Matrix, &[f32]) {
        (
            self.score,
            self.mean.iter().map(|&v| v as f32).collect(),
            self.whitening.iter().map(|&v| v as f32).collect(),
            self.bank.bank().into_owned(),
            &self.centre,
        )
    }

    pub fn from_state(
        score: Angular,
        mean: &[f32],
        whitening: &[f32],
        bank: &Matrix,
        centre: &[f32],
    ) -> Result<Self, ScoreError> {
        let d = mean.len();
        if whitening.len() != d * d || centre.len() != d || bank.cols() != d {
            return Err(ScoreError::State {
                scorer: "k-cos",
                reason: "inconsistent sizes".into(),
            });
        }
        Ok(Self {
            score,
            mean: mean.iter().map(|&v| f64::from(v)).collect(),
            whitening: whitening.iter().map(|&v| f64::from(v)).collect(),
            bank: Knn::from_stored_bank(Knn::params(1).metric(Metric::Cosine), bank.clone())?,
            centre: centre.to_vec(),
        })
    }
}

impl KCosParams {
    pub fn fit(&self, x: &Matrix) -> Result<KCos, ScoreError> {
        let (mean, whitening, _) = whitening(x, "k-cos")?;
        let bank =
            Knn::params(1)
                .metric(Metric::Cosine)
                .fit(&whiten(x, Some(&mean), &whitening))?;
        let mean_row = Matrix::new(1, x.cols(), mean.iter().map(|&v| v as f32).collect())?;
        let centre = whiten(&mean_row, None, &whitening)
            .l2_normalized()
            .into_vec();
        Ok(KCos {
            score: self.score,
            mean,
            whitening,
            bank,
            centre,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Matrix {
        crate::linalg::tests::lw_data()
    }

    #[test]
    fn training_rows_have_zero_k_cos_angle() {
        let x = data();
        let s = KCos::params(Angular::KCos)
            .fit(&x)
            .unwrap()
            .score(&x)
            .unwrap();
        assert!(s.iter().all(|&a| a < 1e-2), "{s:?}");
    }

    #[test]
    fn angles_lie_in_zero_to_pi_and_far_points_score_higher() {
        let x = data();
        for kind in [Angular::KCos, Angular::CCos] {
            let m = KCos::params(kind).fit(&x).unwrap();
            let y = Matrix::new(2, 3, vec![0.5, 0.4, 0.1, -9.0, 8.0, 7.0]).unwrap();
            let s = m.score(&y).unwrap();
            assert!(
                s.iter().all(|a| (0.0..=std::f32::consts::PI).contains(a)),
                "{kind:?} {s:?}"
            );
        }
        let m = KCos::params(Angular::KCos).fit(&x).unwrap();
        let near = m
            .score(&Matrix::new(1, 3, x.row(3).iter().map(|v| v + 0.01).collect()).unwrap())
            .unwrap()[0];
        let far = m
            .score(&Matrix::new(1, 3, vec![-9.0, 8.0, 7.0]).unwrap())
            .unwrap()[0];
        assert!(far > near, "{far} vs {near}");
    }

    #[test]
    fn c_cos_is_the_whitened_angle_to_the_mean() {
        // Whitened inner products equal aᵀΣ⁻¹b whatever the square root of Σ⁻¹.
        let x = data();
        let m = KCos::params(Angular::CCos).fit(&x).unwrap();
        let mean: Vec<f32> = m.mean.iter().map(|&v| v as f32).collect();
        let s = m
            .score(&Matrix::new(1, 3, mean.iter().map(|v| v * 2.0).collect()).unwrap())
            .unwrap();
        assert!(s[0] < 1e-2, "a multiple of the mean has angle 0: {s:?}");
    }
}
