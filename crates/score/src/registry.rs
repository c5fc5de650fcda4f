//! Scorers by name, for configs and the command line: [`ScorerConfig`] (serde-tagged
//! `scorer = "..."`), fitted [`Scorer`]s, and their stored form ([`ScorerState`]: named
//! tensors + the config) so a fitted scorer can be saved and loaded.

use crate::kcos::Angular;
use crate::{
    KCos, Knn, KnnParams, Lof, LofParams, Mahalanobis, MahalanobisParams, Matrix, OcSvm,
    OcSvmParams, ScoreError,
};

/// A scorer and its hyper-parameters.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "scorer", rename_all = "kebab-case")]
pub enum ScorerConfig {
    /// Mean distance to the k nearest training rows.
    Knn(KnnParams),
    /// Squared Mahalanobis distance to the mean (Ledoit–Wolf covariance).
    Mahalanobis(MahalanobisParams),
    /// Angle to the nearest training row under the Σ⁻¹ inner product (NSA's k-Cos).
    KCos,
    /// k-Cos after centring on the training mean (kept for comparison; see `kcos`).
    KCosCentred,
    /// Angle to the whitened training mean (NSA).
    CCos,
    /// ν one-class SVM, score −decision_function.
    Ocsvm(OcSvmParams),
    /// Local Outlier Factor (novelty mode).
    Lof(LofParams),
}

impl ScorerConfig {
    /// Names accepted by [`ScorerConfig::from_name`].
    pub const NAMES: &[&str] = &[
        "knn",
        "mahalanobis",
        "k-cos",
        "k-cos-centred",
        "c-cos",
        "ocsvm",
        "lof",
    ];

    /// The scorer with default hyper-parameters.
    pub fn from_name(name: &str) -> Result<Self, ScoreError> {
        Ok(match name {
            "knn" => Self::Knn(KnnParams::default()),
            "mahalanobis" => Self::Mahalanobis(MahalanobisParams::default()),
            "k-cos" => Self::KCos,
            "k-cos-centred" => Self::KCosCentred,
            "c-cos" => Self::CCos,
            "ocsvm" => Self::Ocsvm(OcSvmParams::default()),
            "lof" => Self::Lof(LofParams::default()),
            other => {
                return Err(ScoreError::Params {
                    scorer: "registry",
                    reason: format!(
                        "unknown scorer {other:?}; available: {}",
                        Self::NAMES.join(", ")
                    ),
                });
            }
        })
    }

    /// The name `swan score --scorer` takes (one of [`Self::NAMES`]).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Knn(_) => "knn",
            Self::Mahalanobis(_) => "mahalanobis",
            Self::KCos => "k-cos",
            Self::KCosCentred => "k-cos-centred",
            Self::CCos => "c-cos",
            Self::Ocsvm(_) => "ocsvm",
            Self::Lof(_) => "lof",
        }
    }

    /// The angular kind of the k-Cos family, `None` for other scorers.
    fn angular(&self) -> Option<Angular> {
        match self {
            Self::KCos => Some(Angular::KCos),
            Self::KCosCentred => Some(Angular::KCosCentred),
            Self::CCos => Some(Angular::CCos),
            _ => None,
        }
    }

    /// Fits the configured scorer on the training rows `x`.
    pub fn fit(&self, x: &Matrix) -> Result<Scorer, ScoreError> {
        Ok(match self {
            Self::Knn(p) => Scorer::Knn(p.fit(x)?),
            Self::Mahalanobis(p) => Scorer::Mahalanobis(p.fit(x)?),
            Self::KCos | Self::KCosCentred | Self::CCos => {
                Scorer::KCos(KCos::params(self.angular().unwrap_or(Angular::KCos)).fit(x)?)
            }
            Self::Ocsvm(p) => Scorer::Ocsvm(p.fit(x)?),
            Self::Lof(p) => Scorer::Lof(p.fit(x)?),
        })
    }
}

/// A fitted scorer of any kind.
#[derive(Clone, Debug)]
pub enum Scorer {
    /// k-nearest-neighbour distance.
    Knn(Knn),
    /// Squared Mahalanobis distance to the training mean.
    Mahalanobis(Mahalanobis),
    /// k-Cos, centred k-Cos or c-Cos.
    KCos(KCos),
    /// ν one-class SVM (the negated decision function).
    Ocsvm(OcSvm),
    /// Local Outlier Factor.
    Lof(Lof),
}

/// One stored tensor.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedTensor {
    /// The tensor's name in the file.
    pub name: String,
    /// Its shape.
    pub shape: Vec<usize>,
    /// Its values, row-major.
    pub data: Vec<f32>,
}

/// A fitted scorer as stored: its config and its tensors.
#[derive(Clone, Debug, PartialEq)]
pub struct ScorerState {
    /// The hyper-parameters it was fitted with.
    pub config: ScorerConfig,
    /// What it learnt (memory bank, mean, whitening, support vectors, …).
    pub tensors: Vec<NamedTensor>,
}

impl ScorerState {
    fn position(&self, name: &str) -> Result<usize, ScoreError> {
        self.tensors
            .iter()
            .position(|t| t.name == name)
            .ok_or_else(|| ScoreError::State {
                scorer: "registry",
                reason: format!("tensor {name:?} missing for {}", self.config.name()),
            })
    }

    fn get(&self, name: &str) -> Result<&NamedTensor, ScoreError> {
        Ok(&self.tensors[self.position(name)?])
    }

    /// Takes the 2-D tensor `name` out of the state as a matrix (moved, not copied).
    fn take_matrix(&mut self, name: &str) -> Result<Matrix, ScoreError> {
        let t = self.tensors.swap_remove(self.position(name)?);
        match t.shape[..] {
            [r, c] => Ok(Matrix::new(r, c, t.data)?),
            _ => Err(ScoreError::State {
                scorer: "registry",
                reason: format!("{name} must be 2-D"),
            }),
        }
    }
}

fn tensor(name: &str, shape: Vec<usize>, data: Vec<f32>) -> NamedTensor {
    NamedTensor {
        name: name.into(),
        shape,
        data,
    }
}

fn matrix_tensor(name: &str, m: &Matrix) -> NamedTensor {
    tensor(name, vec![m.rows(), m.cols()], m.as_slice().to_vec())
}

impl Scorer {
    /// Whether the score is a distance to training rows (kNN: its distance; k-Cos: the angle),
    /// so that [`Scorer::neighbours`] names them.
    pub fn names_rows(&self) -> bool {
        match self {
            Self::Knn(_) => true,
            Self::KCos(s) => s.names_rows(),
            Self::Mahalanobis(_) | Self::Ocsvm(_) | Self::Lof(_) => false,
        }
    }

    /// The `k` training rows nearest to each row of `y`, nearest first, as (distance, training
    /// row index), for the scorers whose score is a distance to them ([`Scorer::names_rows`]);
    /// `None` for the others.
    pub fn neighbours(
        &self,
        y: &Matrix,
        k: usize,
    ) -> Result<Option<crate::Neighbours>, ScoreError> {
        match self {
            Self::Knn(s) => Ok(Some(s.neighbours(y, k)?)),
            Self::KCos(s) => s.neighbours(y, k),
            Self::Mahalanobis(_) | Self::Ocsvm(_) | Self::Lof(_) => Ok(None),
        }
    }

    /// Scores rows: higher = more anomalous.
    pub fn score(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        match self {
            Self::Knn(s) => Ok(s.score(y)?),
            Self::Mahalanobis(s) => s.score(y),
            Self::KCos(s) => s.score(y),
            Self::Ocsvm(s) => s.score(y),
            Self::Lof(s) => s.score(y),
        }
    }

    /// The config and tensors that rebuild this scorer with [`Scorer::from_state`].
    pub fn state(&self) -> ScorerState {
        match self {
            Self::Knn(s) => ScorerState {
                config: ScorerConfig::Knn(s.params_ref().clone()),
                tensors: vec![matrix_tensor("bank", &s.bank())],
            },
            Self::Mahalanobis(s) => {
                let (mean, whitening) = s.state();
                let d = mean.len();
                ScorerState {
                    config: ScorerConfig::Mahalanobis(MahalanobisParams::default()),
                    tensors: vec![
                        tensor("mean", vec![d], mean),
                        tensor("whitening", vec![d, d], whitening),
                    ],
                }
            }
            Self::KCos(s) => {
                let st = s.state();
                let d = st.mean.len();
                ScorerState {
                    config: match st.score {
                        Angular::KCos => ScorerConfig::KCos,
                        Angular::KCosCentred => ScorerConfig::KCosCentred,
                        Angular::CCos => ScorerConfig::CCos,
                    },
                    tensors: vec![
                        tensor("mean", vec![d], st.mean),
                        tensor("whitening", vec![d, d], st.whitening),
                        tensor("origin", vec![d], st.origin),
                        matrix_tensor("bank", &st.bank),
                        tensor("centre", vec![d], st.centre),
                    ],
                }
            }
            Self::Ocsvm(s) => {
                let (params, support, alpha, rho_gamma) = s.state();
                ScorerState {
                    config: ScorerConfig::Ocsvm(params),
                    tensors: vec![
                        matrix_tensor("support", support),
                        tensor("alpha", vec![alpha.len()], alpha),
                        tensor("rho_gamma", vec![2], rho_gamma.to_vec()),
                    ],
                }
            }
            Self::Lof(s) => {
                let (params, bank, k_distance, lrd) = s.state();
                ScorerState {
                    config: ScorerConfig::Lof(params),
                    tensors: vec![
                        matrix_tensor("bank", &bank),
                        tensor("k_distance", vec![k_distance.len()], k_distance.to_vec()),
                        tensor("lrd", vec![lrd.len()], lrd.to_vec()),
                    ],
                }
            }
        }
    }

    /// Rebuilds a scorer from its stored state, whose tensors it takes over (a memory bank
    /// is moved, not copied).
    pub fn from_state(mut state: ScorerState) -> Result<Self, ScoreError> {
        let config = state.config.clone();
        Ok(match &config {
            ScorerConfig::Knn(p) => Self::Knn(Knn::from_stored_bank(
                p.clone(),
                state.take_matrix("bank")?,
            )?),
            ScorerConfig::Mahalanobis(_) => Self::Mahalanobis(Mahalanobis::from_state(
                &state.get("mean")?.data,
                &state.get("whitening")?.data,
            )?),
            ScorerConfig::KCos | ScorerConfig::KCosCentred | ScorerConfig::CCos => {
                let bank = state.take_matrix("bank")?;
                Self::KCos(KCos::from_state(
                    config.angular().unwrap_or(Angular::KCos),
                    &state.get("mean")?.data,
                    &state.get("whitening")?.data,
                    // Files written before the origin was stored fitted k-Cos centred.
                    state.get("origin").ok().map(|t| t.data.as_slice()),
                    bank,
                    &state.get("centre")?.data,
                )?)
            }
            ScorerConfig::Ocsvm(p) => Self::Ocsvm(OcSvm::from_state(
                p,
                state.take_matrix("support")?,
                &state.get("alpha")?.data,
                &state.get("rho_gamma")?.data,
            )?),
            ScorerConfig::Lof(p) => Self::Lof(Lof::from_state(
                p,
                state.take_matrix("bank")?,
                &state.get("k_distance")?.data,
                &state.get("lrd")?.data,
            )?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scorer_round_trips_through_its_state() {
        let x = crate::linalg::tests::lw_data();
        let y = Matrix::new(3, 3, vec![0.0, 0.1, 0.2, 2.0, -1.0, 0.5, -3.0, 3.0, 1.0]).unwrap();
        for name in ScorerConfig::NAMES {
            let mut config = ScorerConfig::from_name(name).unwrap();
            if let ScorerConfig::Lof(p) = &mut config {
                p.k = 5;
            }
            let fitted = config.fit(&x).unwrap();
            let before = fitted.score(&y).unwrap();
            let after = Scorer::from_state(fitted.state())
                .unwrap()
                .score(&y)
                .unwrap();
            for (a, b) in before.iter().zip(&after) {
                assert!(
                    (a - b).abs() <= 1e-4 * a.abs().max(1.0),
                    "{name}: {before:?} vs {after:?}"
                );
            }
        }
    }

    #[test]
    fn no_rows_give_no_scores_and_wrong_columns_an_error() {
        // A part of a list whose images were all unreadable: zero rows (and zero columns).
        let x = crate::linalg::tests::lw_data();
        let empty = Matrix::new(0, 0, Vec::new()).unwrap();
        let wrong = Matrix::new(1, 2, vec![0.0, 1.0]).unwrap();
        for name in ScorerConfig::NAMES {
            let mut config = ScorerConfig::from_name(name).unwrap();
            if let ScorerConfig::Lof(p) = &mut config {
                p.k = 5;
            }
            let fitted = config.fit(&x).unwrap();
            assert_eq!(fitted.score(&empty).unwrap(), Vec::<f32>::new(), "{name}");
            assert!(fitted.score(&wrong).is_err(), "{name}");
        }
    }

    #[test]
    fn unknown_scorer_lists_the_names() {
        let e = ScorerConfig::from_name("isolation-forest")
            .unwrap_err()
            .to_string();
        assert!(e.contains("k-cos") && e.contains("ocsvm"), "{e}");
    }

    #[test]
    fn configs_parse_from_toml_style_json() {
        let c: ScorerConfig = serde_json::from_str(r#"{"scorer": "ocsvm", "kernel": "sigmoid", "nu": 0.2, "gamma": "auto", "coef0": 0.0, "tol": 0.001, "cache_mib": 64}"#).unwrap();
        assert_eq!(c.name(), "ocsvm");
    }
}
