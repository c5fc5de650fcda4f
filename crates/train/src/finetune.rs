//! Fine-tuning a pretrained encoder: an EfficientNet-Lite loaded with its batch-norm layers
//! kept as modules (train mode on an autodiff device: batch statistics, running statistics
//! updated) instead of folded into the convolutions as for inference.

use std::path::Path;

use burn::module::Module;
use burn::tensor::{Device, Tensor};
use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLite, TapTensor, load_lite};
use swan_encoder::{Backbone, Tap, TensorMap};

use crate::TrainError;

/// EfficientNet-Lite0 with trainable weights and batch-norm kept, on `device` (use an autodiff
/// device to train).
pub fn lite0_trainable(weights: &Path, device: &Device) -> Result<EfficientNetLite, TrainError> {
    let tensors = swan_encoder::read_checkpoint(weights)
        .map_err(|e| TrainError::Weights(format!("{}: {e}", weights.display())))?;
    trainable(Backbone::EfficientNetLite0, &tensors, device)
        .map_err(|e| TrainError::Weights(format!("{}: {e}", weights.display())))
}

/// `backbone`'s network with the pretrained `tensors` (a checkpoint's), every weight
/// trainable and batch-norm kept, on `device` (use an autodiff device to train). Tensors of
/// another backbone are an error naming the missing or misshapen one.
pub fn trainable(
    backbone: Backbone,
    tensors: &TensorMap,
    device: &Device,
) -> Result<EfficientNetLite, TrainError> {
    let model = load_lite(&backbone.config(), tensors, BatchNormMode::Keep, device)
        .map_err(|e| TrainError::Weights(format!("not {} weights: {e}", backbone.name())))?;
    Ok(model.train())
}

/// Global-average-pooled features of the head convolution (the `pooled` tap), `[n, 1280]`,
/// differentiable.
pub fn pooled(model: &EfficientNetLite, x: Tensor<4>) -> Result<Tensor<2>, TrainError> {
    match model.forward_taps(x, &[Tap::Pooled]).pop() {
        Some(TapTensor::Vector(v)) => Ok(v),
        _ => Err(TrainError::Config("the pooled tap is a vector".into())),
    }
}
