//! Exact k-nearest-neighbour scoring: the anomaly score of a query is the mean distance to
//! its `k` nearest rows of the memory bank (DN2, Bergman et al. 2020).

mod algorithm;
mod errors;
mod params;

pub use algorithm::Knn;
pub use errors::{KnnError, KnnParamsError};
pub use params::{KnnParams, Metric, Reduction};

/// Each query's nearest training rows, nearest first, as (distance, row index).
pub type Neighbours = Vec<Vec<(f32, usize)>>;
