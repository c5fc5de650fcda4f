//! swan's `train` stage: what every trained method shares.
//!
//! - [`resnet`]: a CIFAR-style ResNet-18 with a width multiplier (trainable from scratch);
//! - [`ssl`]: SimSiam, SimCLR (with rotation-shifted negatives) and BYOL, with NSA's
//!   normalisation switches;
//! - [`optim`] (SGD / Adam / AdamW, global gradient clipping) and [`schedule`] (warm-up,
//!   cosine, step);
//! - [`loader`]: seeded batches built in worker threads;
//! - [`trainer`]: the loop — log, progress, checkpoints and exact resume ([`checkpoint`]);
//! - [`diagnostics`]: vMF concentration and MMD-to-uniform of embeddings.
//!
//! The model code runs on any burn device; the default is `flex` (CPU) with autodiff.

#![warn(missing_docs)]

pub mod bench;
pub mod checkpoint;
pub mod diagnostics;
mod error;
pub mod finetune;
pub mod loader;
pub mod optim;
pub mod params;
pub mod resnet;
pub mod schedule;
pub mod ssl;
pub mod trainer;

pub use error::TrainError;

static TRAINING_DEVICE: std::sync::OnceLock<burn::tensor::Device> = std::sync::OnceLock::new();

/// Chooses the device every later training run of this process uses (the command line's
/// `--device`). The first choice stays; returns whether this call made it.
pub fn set_default_device(device: burn::tensor::Device) -> bool {
    TRAINING_DEVICE.set(device).is_ok()
}

/// The device trained models run inference on (no autodiff): the one [`set_default_device`]
/// chose, else burn's `flex` CPU backend.
pub fn inference_device() -> burn::tensor::Device {
    TRAINING_DEVICE
        .get()
        .cloned()
        .unwrap_or_else(burn::tensor::Device::flex)
}

/// The training device with autodiff: the one [`set_default_device`] chose, else burn's `flex`
/// CPU backend (swan's own convolution kernels run there; other devices use burn's operations).
pub fn default_device() -> burn::tensor::Device {
    inference_device().autodiff()
}
