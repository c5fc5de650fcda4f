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

/// The default training device: burn's `flex` CPU backend with autodiff.
pub fn default_device() -> burn::tensor::Device {
    burn::tensor::Device::flex().autodiff()
}
