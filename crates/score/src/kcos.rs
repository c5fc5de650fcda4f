//! NSA's angular-Mahalanobis scores: cosines under the inner product `⟨a, b⟩ = aᵀ Σ⁻¹ b`,
//! Σ the training covariance, i.e. cosines between whitened vectors `Σ^{-1/2} x`:
//!
//! - **k-Cos** (default): the score of `y` is `arccos(max_j cos_Σ(y, x_j))`, the angle to the
//!   nearest training row. The origin stays where it is: NSA's embeddings lie on the unit
//!   sphere (or in the positive orthant, for ReLU features), and the angle around the origin is
//!   what separates them; a point far along the same direction as a training row keeps a
//!   larger angle to its nearest row than one close to it only if the origin is not moved.
//! - **k-Cos, centred** (`k-cos-centred`): the same after centring, `Σ^{-1/2}(x − μ)` — the
//!   scorers issue's literal formula. Centring throws the distance from the mean away (only
//!   the direction from the mean is left), so a far anomaly in a direction some training row
//!   also takes scores as normal; on NSA's embeddings of Fashion-MNIST this variant is at
//!   chance (BENCHMARKS.md), kept for comparison.
//! - **c-Cos**: the angle between `Σ^{-1/2} y` and the whitened training mean `Σ^{-1/2} μ`.
//!
//! Σ is the Ledoit–Wolf shrunk covariance, so all three work when there are fewer rows than
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
    /// Angle to the nearest training row under the Σ⁻¹ inner product.
    KCos,
    /// Angle to the nearest training row after centring and whitening.
    KCosCentred,
    /// Angle to the whitened training mean.
    CCos,
}

/// Hyper-parameters of [`KCos`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct KCosParams {
    /// Which of the angular scores.
    pub score: Angular,
}

/// A fitted k-Cos / c-Cos scorer.
#[derive(Clone, Debug)]
pub struct KCos {
    score: Angular,
    mean: Vec<f64>,
    whitening: Vec<f64>,
    /// Subtracted before whitening for the nearest-row scores: zero (k-Cos) or the training
    /// mean (centred k-Cos).
    origin: Vec<f64>,
    /// Whitened training rows, `Σ^{-1/2}(x − origin)` (k-Cos).
    bank: Knn,
    /// `Σ^{-1/2} μ`, unit length (c-Cos).
    centre: Vec<f32>,
}

/// A [`KCos`] as stored (see [`KCos::state`]).
pub struct KCosState {
    pub score: Angular,
    pub mean: Vec<f32>,
    pub whitening: Vec<f32>,
    pub origin: Vec<f32>,
    pub bank: Matrix,
    pub centre: Vec<f32>,
}

impl KCos {
    /// Hyper-parameters to [`fit`](KCosParams::fit) with.
    pub fn params(score: Angular) -> KCosParams {
        KCosParams { score }
    }

    /// The angle (radians, in `[0, π]`) of every row of `y`: to its nearest training row
    /// (k-Cos) or to the training mean (c-Cos), under the Σ⁻¹ inner product.
    pub fn score(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        if !crate::error::rows_to_score("k-cos", y, self.mean.len())? {
            return Ok(Vec::new());
        }
        match self.score {
            Angular::KCos | Angular::KCosCentred => {
                let w = whiten(y, Some(&self.origin), &self.whitening);
                // Cosine kNN distance with k = 1 is 1 − max cos.
                Ok(self.bank.score(&w)?.into_iter().map(angle).collect())
            }
            Angular::CCos => {
                let w = whiten(y, None, &self.whitening).into_l2_normalized();
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

    /// Whether the score is the angle to a training row (k-Cos and its centred variant, not
    /// c-Cos, which compares with the training mean), so that [`KCos::neighbours`] names it.
    pub fn names_rows(&self) -> bool {
        self.score != Angular::CCos
    }

    /// The `k` training rows nearest to each row of `y` under the Σ⁻¹ angle, nearest first, as
    /// (angle, row index): the rows k-Cos (and its centred variant) measures the angle to.
    /// `None` for c-Cos.
    pub fn neighbours(
        &self,
        y: &Matrix,
        k: usize,
    ) -> Result<Option<crate::Neighbours>, ScoreError> {
        if !self.names_rows() {
            return Ok(None);
        }
        if !crate::error::rows_to_score("k-cos", y, self.mean.len())? {
            return Ok(Some(Vec::new()));
        }
        let w = whiten(y, Some(&self.origin), &self.whitening);
        Ok(Some(
            self.bank
                .neighbours(&w, k)?
                .into_iter()
                .map(|row| row.into_iter().map(|(d, i)| (angle(d), i)).collect())
                .collect(),
        ))
    }
}

/// The angle whose cosine is `1 − d`, `d` a cosine distance between whitened rows.
fn angle(d: f32) -> f32 {
    (1.0 - d).clamp(-1.0, 1.0).acos()
}

impl KCos {
    /// The parts to store: the kind and the named vectors and matrices.
    pub fn state(&self) -> KCosState {
        let f32s = |v: &[f64]| v.iter().map(|&x| x as f32).collect();
        KCosState {
            score: self.score,
            mean: f32s(&self.mean),
            whitening: f32s(&self.whitening),
            origin: f32s(&self.origin),
            bank: self.bank.bank().into_owned(),
            centre: self.centre.clone(),
        }
    }

    /// Rebuilds a scorer from [`KCos::state`]. `origin: None` is the form of files written
    /// before the origin was stored: their nearest-row scores were fitted centred, so the
    /// origin is the mean.
    pub fn from_state(
        score: Angular,
        mean: &[f32],
        whitening: &[f32],
        origin: Option<&[f32]>,
        bank: Matrix,
        centre: &[f32],
    ) -> Result<Self, ScoreError> {
        let d = mean.len();
        let origin = origin.unwrap_or(mean);
        if whitening.len() != d * d || centre.len() != d || bank.cols() != d || origin.len() != d {
            return Err(ScoreError::State {
                scorer: "k-cos",
                reason: "inconsistent sizes".into(),
            });
        }
        Ok(Self {
            score,
            mean: mean.iter().map(|&v| f64::from(v)).collect(),
            whitening: whitening.iter().map(|&v| f64::from(v)).collect(),
            origin: origin.iter().map(|&v| f64::from(v)).collect(),
            bank: Knn::from_stored_bank(Knn::params(1).metric(Metric::Cosine), bank)?,
            centre: centre.to_vec(),
        })
    }
}

impl KCosParams {
    /// Fits on the training rows `x` (at least two: a covariance is estimated).
    pub fn fit(&self, x: &Matrix) -> Result<KCos, ScoreError> {
        let (mean, whitening, _) = whitening(x, "k-cos")?;
        let origin = if self.score == Angular::KCosCentred {
            mean.clone()
        } else {
            vec![0.0; mean.len()]
        };
        let bank = Knn::params(1).metric(Metric::Cosine).fit_owned(whiten(
            x,
            Some(&origin),
            &whitening,
        ))?;
        let mean_row = Matrix::new(1, x.cols(), mean.iter().map(|&v| v as f32).collect())?;
        let centre = whiten(&mean_row, None, &whitening)
            .into_l2_normalized()
            .into_vec();
        Ok(KCos {
            score: self.score,
            mean,
            whitening,
            origin,
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
        for kind in [Angular::KCos, Angular::KCosCentred] {
            let s = KCos::params(kind).fit(&x).unwrap().score(&x).unwrap();
            assert!(s.iter().all(|&a| a < 1e-2), "{kind:?} {s:?}");
        }
    }

    /// `Σ⁻¹` of the Ledoit–Wolf covariance by Gauss–Jordan, independent of the Cholesky path.
    fn precision(x: &Matrix) -> Vec<f64> {
        let d = x.cols();
        let mean = crate::linalg::column_mean(x);
        let (cov, _) = crate::linalg::ledoit_wolf(x, &mean);
        let mut a: Vec<Vec<f64>> = (0..d)
            .map(|i| {
                let mut row = cov[i * d..(i + 1) * d].to_vec();
                row.extend((0..d).map(|j| f64::from(u8::from(i == j))));
                row
            })
            .collect();
        for c in 0..d {
            let p = a[c][c];
            a[c].iter_mut().for_each(|v| *v /= p);
            for r in 0..d {
                if r != c {
                    let f = a[r][c];
                    let pivot = a[c].clone();
                    a[r].iter_mut().zip(&pivot).for_each(|(v, p)| *v -= f * p);
                }
            }
        }
        a.into_iter().flat_map(|row| row[d..].to_vec()).collect()
    }

    #[test]
    fn k_cos_is_the_angle_under_the_inverse_covariance() {
        let x = data();
        let p = precision(&x);
        let d = x.cols();
        let dot = |a: &[f64], b: &[f64]| -> f64 {
            (0..d)
                .map(|i| (0..d).map(|j| a[i] * p[i * d + j] * b[j]).sum::<f64>())
                .sum()
        };
        let m = KCos::params(Angular::KCos).fit(&x).unwrap();
        let queries = [[0.5f32, 0.4, 0.1], [-9.0, 8.0, 7.0], [3.0, -1.0, 0.2]];
        for q in queries {
            let y: Vec<f64> = q.iter().map(|&v| f64::from(v)).collect();
            let best = (0..x.rows())
                .map(|j| {
                    let r: Vec<f64> = x.row(j).iter().map(|&v| f64::from(v)).collect();
                    dot(&y, &r) / (dot(&y, &y) * dot(&r, &r)).sqrt()
                })
                .fold(f64::NEG_INFINITY, f64::max);
            let got = m.score(&Matrix::new(1, 3, q.to_vec()).unwrap()).unwrap()[0];
            assert!(
                (f64::from(got) - best.clamp(-1.0, 1.0).acos()).abs() < 1e-3,
                "{q:?}: {got} vs {}",
                best.acos()
            );
        }
    }

    #[test]
    fn centring_loses_the_distance_along_a_training_direction() {
        // y = μ + t·(x_j − μ) for a large t lies far outside the data, in the direction of a
        // training row as seen from the mean: the centred angle is 0 (scored as normal), the
        // angle around the origin is not.
        let x = data();
        let centred = KCos::params(Angular::KCosCentred).fit(&x).unwrap();
        let angular = KCos::params(Angular::KCos).fit(&x).unwrap();
        let mean = &centred.mean;
        let y: Vec<f32> = x
            .row(4)
            .iter()
            .zip(mean)
            .map(|(&v, &m)| (m + 25.0 * (f64::from(v) - m)) as f32)
            .collect();
        let y = Matrix::new(1, 3, y).unwrap();
        let c = centred.score(&y).unwrap()[0];
        let a = angular.score(&y).unwrap()[0];
        assert!(c < 1e-2, "centred angle {c}");
        assert!(a > 0.05, "angle around the origin {a}");
    }

    #[test]
    fn a_state_without_origin_scores_as_the_centred_fit() {
        // Files written before the origin was stored hold centred k-Cos banks.
        let x = data();
        let centred = KCos::params(Angular::KCosCentred).fit(&x).unwrap();
        let st = centred.state();
        let old = KCos::from_state(
            Angular::KCos,
            &st.mean,
            &st.whitening,
            None,
            st.bank.clone(),
            &st.centre,
        )
        .unwrap();
        let y = Matrix::new(2, 3, vec![0.5, 0.4, 0.1, -9.0, 8.0, 7.0]).unwrap();
        assert_eq!(old.score(&y).unwrap(), centred.score(&y).unwrap());
    }

    #[test]
    fn angles_lie_in_zero_to_pi_and_far_points_score_higher() {
        let x = data();
        for kind in [Angular::KCos, Angular::KCosCentred, Angular::CCos] {
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
