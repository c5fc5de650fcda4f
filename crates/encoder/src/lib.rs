//! swan's `encoder` stage: backbones with named feature taps ([`Tap`]), the preprocessing
//! that belongs to a set of weights ([`Preprocess`]), and weight import from PyTorch `.pth`
//! (legacy format, through a unpickler that never runs code) and safetensors.
//!
//! The numerics run on burn (`flex`, the pure-Rust CPU backend, by default). Framework types
//! stay inside this crate: [`Encoder::features`] takes decoded images and returns plain
//! row-major `f32` tensors.

#![warn(missing_docs)]

mod backbone;
pub mod efficientnet_lite;
mod error;
pub mod import;
pub mod kernels;
mod preprocess;
mod tap;

pub use backbone::{
    Backbone, Encoder, MAX_IMAGE_SIZE, MIN_IMAGE_SIZE, check_image_size, device_from_name,
};
pub use burn::tensor::Device;
pub use error::EncoderError;
pub use import::{RawTensor, TensorMap, TensorRef, TensorRefs, read_checkpoint};
pub use preprocess::Preprocess;
pub use tap::Tap;
