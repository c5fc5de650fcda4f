//! EfficientNet-Lite0, -Lite1 and -Lite2 (Tan & Le 2019; the "Lite" variants of the TF model
//! garden): a 32-wide stem, MBConv blocks in seven stages (16 in Lite0, 21 in Lite1 and
//! Lite2), a 1280-wide head and the ImageNet classifier.

mod block;
mod config;
mod model;
mod weights;

pub use block::{ConvBn, MbConv, static_same_padding};
pub use config::{BlockConfig, EfficientNetLiteConfig, MbConvConfig};
pub use model::{EfficientNetLite, TapTensor};
pub use weights::{
    BatchNormMode, LiteWeights, default_lite0_weights_path, lite_skeleton, load_lite,
};
