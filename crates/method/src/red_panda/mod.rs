//! Red PANDA: nuisance-aware anomaly detection. The user names an attribute to ignore
//! (camera, pose, style, colour); the detector must not call an image anomalous only because
//! that attribute takes a combination it has not seen.
//!
//! ```text
//! input:  normal images x_i with a nuisance value n_i
//! codes:  ẑ = h(f(x)) / ‖h(f(x))‖      f frozen (tier A), h: 1280 → 512 → BN → ReLU → 128
//! batch:  4 nuisance values × 32 images; positive x_i⁺ = A(x_i), A ∈ {blur k5 σ1,
//!         contrast U(1.8, 3), saturation U(1.8, 3), resized crop (0.5, 1)}
//! L_con+aug(i) = −s(z_i, z_i⁺)/τ + log(e^{s(z_i, z_i⁺)/τ} + Σ_{j≠i, n_j = n_i} e^{s(z_i, z_j)/τ})
//! L_rec  = ‖G(ẑ, n) − x‖₁ + Σ_taps ‖f_t(G(ẑ, n)) − f_t(x)‖₁      G conditional generator
//! L      = L_con+aug + 0.3 · L_rec;   Adam(β 0.5, 0.999), head 1e-4, generator 3e-4
//! score:  1 − max_j ⟨ẑ, ẑ_j⟩ over the training codes (k = 1)
//! ```
//!
//! Only same-nuisance images are negatives, so a code gains nothing by encoding the nuisance
//! (and loses uniformity inside the group by keeping it); the generator is told the nuisance,
//! so reconstruction does not need it in the code either, while it keeps the code
//! informative about everything else.
//!
//! Tier A: the encoder is frozen and the features of the images and of `views` pre-drawn
//! augmentations are cached once. Tier B: the activations at `split_tap` (the end of the fifth
//! stage: block 10 of Lite0, block 14 of Lite1 and Lite2) are cached instead and the blocks after it, with the head convolution, are fine-tuned from
//! their pretrained weights (batch-norm folded). Tier C (full fine-tuning, the paper) answers
//! with an error. Ablations: `one_group` (plain
//! SimCLR with the augmentation positive), `reconstruction = false`.

mod generator;
mod loss;
mod model;
mod params;
mod source;

pub use crate::tail::Tail;
pub use generator::Generator;
pub use loss::{grouped_contrastive, same_group_mask};
pub use model::RedPanda;
pub use params::{PandaNet, RedPandaParams, Tier};
