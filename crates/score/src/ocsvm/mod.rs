//! One-class SVM, ν formulation (Schölkopf et al. 2001), solved as libsvm / scikit-learn
//! `OneClassSVM` do: SMO with second-order working-set selection on
//! `min ½ αᵀQα  s.t. 0 ≤ αᵢ ≤ 1, Σαᵢ = ν·n`, decision `f(y) = Σ αᵢ K(xᵢ, y) − ρ`.
//! Anomaly score = `−f(y)` (continuous; never the ±1 prediction).

mod algorithm;
mod params;

pub use algorithm::OcSvm;
pub use params::{Gamma, Kernel, OcSvmParams};
