//! swan's `score` stage: anomaly scorers fitted on an `n × d` embedding [`Matrix`] that score
//! an `m × d` matrix. Higher score = more anomalous, everywhere.
//!
//! Scorers: exact [`Knn`] (L2 / cosine), [`Mahalanobis`] with Ledoit–Wolf shrinkage, NSA's
//! angular [`KCos`] (k-Cos and c-Cos), the ν one-class SVM [`OcSvm`] (linear, RBF, sigmoid),
//! the Local Outlier Factor [`Lof`]; multi-layer [`Ensemble`]s; thresholds at a target
//! false-positive rate ([`threshold_at_fpr`]) and conformal p-values ([`Calibration`]), both
//! from held-out normal scores, and the [`benjamini_hochberg`] cutoff of a batch's p-values.
//! [`transport`]: exact and sliced Wasserstein-1 distances between embedding sets.
//!
//! This crate knows nothing about images, encoders or methods, and does not depend on a
//! deep-learning framework.

#![warn(missing_docs)]

mod ensemble;
mod error;
mod kcos;
pub mod knn;
mod linalg;
mod lof;
mod mahalanobis;
mod matrix;
pub mod ocsvm;
mod registry;
mod threshold;
pub mod transport;

pub use ensemble::Ensemble;
pub use error::ScoreError;
pub use kcos::{Angular, KCos, KCosParams};
pub use knn::{Knn, KnnError, KnnParams, KnnParamsError, Metric, Neighbours, Reduction};
pub use lof::{Lof, LofParams};
pub use mahalanobis::{Mahalanobis, MahalanobisParams};
pub use matrix::{Matrix, MatrixError};
pub use ocsvm::{Gamma, Kernel, OcSvm, OcSvmParams};
pub use registry::{NamedTensor, Scorer, ScorerConfig, ScorerState};
pub use threshold::{Calibration, benjamini_hochberg, held_out_needed, threshold_at_fpr};
