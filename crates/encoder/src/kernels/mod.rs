//! CPU kernels swan owns, plugged into burn as a backend extension: a 2-D convolution whose
//! forward and backward passes are swan's ([`conv`]: im2col + GEMM per image for dense
//! convolutions, direct loops for depthwise ones), with its own autodiff backward. burn's own
//! backward of `conv2d` on `flex` computes the input gradient with a direct transposed
//! convolution and the weight gradient as a convolution with the batch as channels, which is
//! where most of a training step went. Every convolution of swan's networks runs through
//! [`conv2d`], training and inference alike: with batch-norm folded, swan's forward kernels
//! encode about 2.4 times as many Lite0 images per second as burn's convolution with bias did.
//!
//! [`relu6`] is EfficientNet-Lite0's activation as one pass forward and one backward (burn
//! composes it from clamps, i.e. comparisons and masked fills in both directions).
//!
//! [`conv2d`] and [`relu6`] pick the extension on the `flex` device and burn's stock
//! operations elsewhere (GPU backends have their own kernels).

pub mod conv;
mod ext;

pub use ext::{batch_norm, conv2d, conv2d_layer, conv2d_layer_act, relu6};
