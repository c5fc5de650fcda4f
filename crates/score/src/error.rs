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
