use crate::{KnnError, MatrixError};

/// Errors of the covariance, SVM and density scorers.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScoreError {
    /// The embeddings do not form a valid matrix.
    #[error(transparent)]
    Matrix(#[from] MatrixError),
    /// A kNN search inside the scorer failed.
    #[error(transparent)]
    Knn(#[from] KnnError),
    /// The query rows have another width than the training rows.
    #[error("{scorer}: query has {query} columns but the scorer was fitted on {fitted}")]
    Dimension {
        /// The scorer's name (`"mahalanobis"`, `"ocsvm"`, …).
        scorer: &'static str,
        /// Columns of the query.
        query: usize,
        /// Columns the scorer was fitted on.
        fitted: usize,
    },
    /// Too few training rows for the scorer to be fitted.
    #[error("{scorer} needs at least {needed} training rows, got {got}")]
    TooFewRows {
        /// The scorer's name.
        scorer: &'static str,
        /// The least number of rows it fits on.
        needed: usize,
        /// The rows it was given.
        got: usize,
    },
    /// The covariance cannot be inverted, even after shrinkage.
    #[error(
        "{scorer}: the (shrunk) covariance is not positive definite; the training features may be constant"
    )]
    NotPositiveDefinite {
        /// The scorer's name.
        scorer: &'static str,
    },
    /// A hyper-parameter is out of its range.
    #[error("{scorer}: invalid parameter: {reason}")]
    Params {
        /// The scorer's name.
        scorer: &'static str,
        /// Which parameter, and what it must be.
        reason: String,
    },
    /// A scorer's saved state (from a scorer or model file) does not fit together.
    #[error("{scorer}: stored state is malformed: {reason}")]
    State {
        /// The scorer's name.
        scorer: &'static str,
        /// What does not fit.
        reason: String,
    },
}

/// Whether a scorer fitted on `fitted` columns has rows of `y` to score: `false` for a query of
/// no rows (no scores, whatever its columns: a part of a list whose images were all unreadable
/// has none), an error for rows of another width.
pub(crate) fn rows_to_score(
    scorer: &'static str,
    y: &crate::Matrix,
    fitted: usize,
) -> Result<bool, ScoreError> {
    if y.rows() == 0 {
        return Ok(false);
    }
    if y.cols() != fitted {
        return Err(ScoreError::Dimension {
            scorer,
            query: y.cols(),
            fitted,
        });
    }
    Ok(true)
}
