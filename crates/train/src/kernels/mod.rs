//! CPU kernels the engine owns, plugged into burn as a backend extension: a 2-D convolution
//! whose forward is burn's (tiled im2col + GEMM on `flex`) and whose backward passes are
//! swan's GEMM formulations ([`conv`]). burn's own backward of `conv2d` on `flex` computes the
//! input gradient with a direct transposed convolution and the weight gradient as a
//! convolution with the batch as channels, which is where most of a training step went.
//!
//! [`conv2d`] picks the extension on the `flex` device and burn's stock `conv2d` elsewhere
//! (GPU backends have their own kernels).

pub mod conv;
mod ext;

pub use ext::conv2d;
