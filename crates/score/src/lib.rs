//! swan's `score` stage: anomaly scorers fitted on an `n × d` embedding [`Matrix`] that score
//! an `m × d` matrix. Higher score = more anomalous, everywhere.
//!
//! This crate knows nothing about images, encoders or methods, and does not depend on a
//! deep-learning framework.

pub mod knn;
mod matrix;

pub use knn::{Knn, KnnError, KnnParams, KnnParamsError, Metric};
pub use matrix::{Matrix, MatrixError};
