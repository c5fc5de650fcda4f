//! Fine-tuning a pretrained encoder: an EfficientNet-Lite loaded with its batch-norm layers
//! kept as modules (train mode on an autodiff device: batch statistics, running statistics
//! updated) instead of folded into the convolutions as for inference.

use std::path::Path;

use burn::module::Module;
use burn::tensor::{Device, Tensor};
use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLite, TapTensor, load_lite};
use swan_encoder::{Backbone, Tap};

use crate::TrainError;

/// EfficientNet-Lite0 with trainable weights and batch-norm kept, on `device` (use an autodiff
/// device to train).
pub fn lite0_trainable(weights: &Path, device: &Device) -> Result<EfficientNetLite, TrainError> {
    trainable(Backbone::EfficientNetLite0, weights, device)
}

/// `backbone`'s network with the pretrained `weights`, every weight trainable and batch-norm
/// kept, on `device` (use an autodiff device to train). Weights of another backbone are an
/// error naming the missing or misshapen tensor.
pub fn trainable(
    backbone: Backbone,
    weights: &Path,
    device: &Device,
) -> Result<EfficientNetLite, TrainError> {
    let tensors = swan_encoder::read_checkpoint(weights)
        .map_err(|e| TrainError::Weights(format!("{}: {e}", weights.display())))?;
    let model =
        load_lite(&backbone.config(), &tensors, BatchNormMode::Keep, device).map_err(|e| {
            TrainError::Weights(format!(
                "{}: not {} weights: {e}",
                weights.display(),
                backbone.name()
            ))
        })?;
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
