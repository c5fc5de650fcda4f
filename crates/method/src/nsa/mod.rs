//! NSA (self-supervised anomaly detection with normalised embeddings): train SimSiam, SimCLR
//! or BYOL from scratch on the normal images, with two normalisations — l2 on the encoder
//! output before the projector, and a differentiable l2 on the projection — then score with
//! angular Mahalanobis nearest neighbour (k-Cos), the angle to the whitened centre (c-Cos),
//! or any other scorer, optionally ensembled over several stages of the encoder.
//!
//! ```text
//! train: f = ResNet-18 (from scratch), g = projector, q = predictor
//!        h = f(x) / ‖f(x)‖                     (normalize_encoder)
//!        z = g(h) / ‖g(h)‖                     (normalize_projection, differentiable)
//!        L = −½ [cos(q(z₁), sg(z₂)) + cos(q(z₂), sg(z₁))]           (SimSiam)
//! fit:   per stage l, scorer S_l on { h_l(x) : x normal }
//! score: s(y) = Σ_l (S_l(y) − min_l) / (max_l − min_l)   (one stage: S_l(y))
//! ```

mod augment;
mod model;
mod params;

pub use augment::{ImageBank, TwoViews};
pub use model::Nsa;
pub(crate) use model::{load_bank, load_training_bank};
pub use params::NsaParams;
