//! Knowledge Exposure (KE): which transformations change the *meaning* of a class is
//! knowledge a large pretrained encoder already has. Rank candidate transformations per
//! class by how far they move the class's embeddings, take the nearest as positives and the
//! farthest as negatives of a contrastive objective, and score with a one-class SVM.
//!
//! ```text
//! rank:  for T in bank: d(T) = W₁({f(x)}, {f(T x)})      cosine ground cost, exact assignment
//!        P = k nearest T, N = k farthest T
//! train: h = MLP(1280 → 512 → BN → ReLU → 128) on frozen f (features of x, T_p x, T_n x cached)
//!        l(x) = −(1/k) log Σ_p e^{s_p/τ} / (Σ_p e^{s_p/τ} + Σ_n e^{s_n/τ}),  s = cos(h(x), h(T x))
//! score: OC-SVM (sigmoid kernel, ν = 0.2, γ = 1/d) on {h(x)/‖h(x)‖}; score = −decision_function
//! ```
//!
//! By default this is the CPU tier (a head on frozen pretrained features); `scratch` is the
//! paper's tier, a per-class CIFAR-style ResNet-18 trained from scratch on the images and
//! fresh draws of the chosen transforms ([`scratch`]), scored on its l2-normalised output.
//! Variants: a fixed policy, a random policy, ranking on raw pixels.

mod loss;
mod model;
mod params;
pub mod ranking;
pub mod scratch;

pub use loss::multi_positive_info_nce;
pub use model::Ke;
pub use params::{Chosen, KeParams, Policy};
pub use scratch::KeScratch;
