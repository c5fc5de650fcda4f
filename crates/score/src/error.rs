use crate::{KnnError, MatrixError};

/// Errors of the covariance, SVM and density scorers.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScoreError {
    #[error(transparent)]
    Matrix(#[from] MatrixError),
    #[error(transparent)]
    Knn(#[from] KnnError),
    #[error("{scorer}: query has {query} columns but the scorer was fitted on {fitted}")]
    Dimension {
        scorer: &'static str,
        query: usize,
        fitted: usize,
    },
    #[error("{scorer} needs at least {needed} training rows, got {got}")]
    TooFewRows {
        scorer: &'static str,
        needed: usize,
        got: usize,
    },
    #[error(
        "{scorer}: the (shrunk) covariance is not positive definite; the training features may be constant"
    )]
    NotPositiveDefinite { scorer: &'static str },
    #[error("{scorer}: invalid parameter: {reason}")]
    Params {
        scorer: &'static str,
        reason: String,
    },
    #[error("{scorer}: stored state is malformed: {reason}")]
    State {
        scorer: &'static str,
        reason: String,
    },
}
