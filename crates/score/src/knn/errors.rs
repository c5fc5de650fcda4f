use crate::MatrixError;

/// A rule of [`KnnParams`](super::KnnParams) that does not hold.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KnnParamsError {
    /// `k` is 0.
    #[error("k must be at least 1")]
    KIsZero,
}

/// Fitting or scoring failures.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KnnError {
    /// The parameters break a rule.
    #[error(transparent)]
    Params(#[from] KnnParamsError),
    /// The embeddings do not form a valid matrix.
    #[error(transparent)]
    Matrix(#[from] MatrixError),
    /// Fewer bank rows than neighbours asked for.
    #[error("the memory bank has {bank} rows, fewer than k = {k}")]
    BankSmallerThanK {
        /// Rows of the bank.
        bank: usize,
        /// Neighbours asked for.
        k: usize,
    },
    /// A half-precision bank was asked for, and a value does not fit in `f16`.
    #[error("the memory bank holds values beyond half precision's range (±65504); use an f32 bank")]
    F16Range,
    /// The query rows have another width than the bank's.
    #[error("query has {query} columns but the bank has {bank}")]
    Dimension {
        /// Columns of the query.
        query: usize,
        /// Columns of the bank.
        bank: usize,
    },
}
