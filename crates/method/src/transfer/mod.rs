//! Transfer-based semantic anomaly detection (Deecke, Ruff, Vandermeulen & Bilen 2021):
//! start from a pretrained encoder θ0 and learn a binary "is this anomalous?" head against an
//! outlier-exposure corpus, without forgetting what pretraining knew.
//!
//! ```text
//! f_θ(x) = σ(w·φ_θ(x) + b)                         encoder φ_θ (EfficientNet-Lite) + linear head
//! L(θ) = −(1/n) Σ_{x∈S_n} log(1 − f_θ(x)) − (1/m) Σ_{q∈Q_m} log f_θ(q)      (eq. 1)
//! ADIB: L(θ) + α‖θ − θ0‖²   (L2-SP over every encoder weight; α = 1e-2)
//!       or L(θ) + α‖θ − θ0‖₂ over the convolution kernels (`omega = "norm"`, the paper's code)
//! ADRA: θ = θ0 frozen; every block Φ(x) = x + f0(x) + Vx, V a (strided) 1×1 conv, V₀ = 0
//! score(x) = logit of f_θ(x)
//! ```
//!
//! The head starts as a linear probe (a class-balanced logistic regression of normal vs corpus
//! on the untrained network's features) unless `head_init = "random"` (the paper): with a
//! CPU budget of a few hundred steps, a random head's gradients distort the pretrained features
//! before the head is any good.
//!
//! Batch-norm is folded with the pretrained statistics while fine-tuning (`batch_norm =
//! "frozen"`) unless `batch_norm = "train"`.
//!
//! The ablations of the paper's Table 4 are switches: `pretrained = false` (random
//! initialisation), `alpha = 0` (pretrained without Ω).

mod model;
mod net;
mod params;

pub use model::Transfer;
pub use net::{
    TransferNet, bce_with_logits, l2_sp, l2_sp_norm, trainable_kernels, trainable_tensors,
};
pub use params::{BatchNorm, HeadInit, LrSchedule, Omega, TransferParams, adib_step_seconds};
