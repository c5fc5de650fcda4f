//! EfficientNet-Lite0 (Tan & Le 2019; the "Lite" variants of the TF model garden): stem,
//! sixteen MBConv blocks in seven stages, 1280-wide head, ImageNet classifier.

mod block;
mod config;
mod model;
mod weights;

pub use block::{ConvBn, MbConv, same_padding_224};
pub use config::{BlockConfig, EfficientNetLite0Config, MbConvConfig};
pub use model::{EfficientNetLite0, TapTensor};
pub use weights::{
    BatchNormMode, Lite0Weights, default_lite0_weights_path, lite0_skeleton, load_lite0,
};
