use crate::MatrixError;

/// A rule of [`KnnParams`](super::KnnParams) that does not hold.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KnnParamsError {
    #[error("k must be at least 1")]
    KIsZero,
}

/// Fitting or scoring failures.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KnnError {
    #[error(transparent)]
    Params(#[from] KnnParamsError),
    #[error(transparent)]
    Matrix(#[from] MatrixError),
    #[error("the memory bank has {bank} rows, fewer than k = {k}")]
    BankSmallerThanK { bank: usize, k: usize },
    #[error("the memory bank holds values beyond half precision's range (±65504); use an f32 bank")]
    F16Range,
    #[error("query has {query} columns but the bank has {bank}")]
    Dimension { query: usize, bank: usize },
}
