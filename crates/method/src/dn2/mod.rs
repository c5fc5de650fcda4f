//! DN2 (Bergman, Cohen & Hoshen 2020, "Deep Nearest Neighbor Anomaly Detection"): embed the
//! normal training images with a frozen ImageNet-pretrained encoder; the anomaly score of an
//! image is the mean distance of its embedding to the `k` nearest training embeddings.
//!
//! ```text
//! fit:   Z = { f(x) : x ∈ normal training images }          (pooled features)
//! score: s(y) = (1/k) Σ_{z ∈ kNN(f(y), Z)} ‖f(y) − z‖
//! ```

mod model;
mod params;

pub use model::Dn2;
pub use params::Dn2Params;
