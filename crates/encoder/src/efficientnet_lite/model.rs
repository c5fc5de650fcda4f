use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::Tensor;

use super::block::{ConvBn, MbConv};
use crate::Tap;

/// An EfficientNet-Lite network with named feature taps.
///
/// Mirrors `efficientnet_lite_pytorch/model.py` (`EfficientNet.extract_features` and
/// `forward`) of the PyPI package `efficientnet-lite-pytorch`.
#[derive(Module, Debug)]
pub struct EfficientNetLite {
    /// 3×3 stride-2 stem with ReLU6.
    pub stem: ConvBn,
    /// The MBConv blocks (16 in Lite0, 21 in Lite1 and Lite2).
    pub blocks: Vec<MbConv>,
    /// 1×1 head convolution with ReLU6 (1280 channels).
    pub head: ConvBn,
    /// The ImageNet classifier on the pooled head.
    pub classifier: Linear,
}

/// A tap's activations: a feature map or a vector per image.
pub enum TapTensor {
    /// `[n, c, h, w]`.
    Map(Tensor<4>),
    /// `[n, d]`.
    Vector(Tensor<2>),
}

impl EfficientNetLite {
    /// Runs the network as far as the deepest requested tap.
    ///
    /// # Shapes
    /// - `x`: `[n, 3, h, w]`, preprocessed
    /// - `Tap::Block(i)`, `Tap::Head`: `[n, c, h', w']`; `Tap::Pooled`: `[n, 1280]`;
    ///   `Tap::Logits`: `[n, 1000]`
    pub fn forward_taps(&self, x: Tensor<4>, taps: &[Tap]) -> Vec<TapTensor> {
        let mut found: Vec<Option<TapTensor>> = taps.iter().map(|_| None).collect();
        let mut record = |tap: Tap, make: &dyn Fn() -> TapTensor| {
            for (slot, t) in found.iter_mut().zip(taps) {
                if *t == tap {
                    *slot = Some(make());
                }
            }
        };
        let deepest = taps.iter().copied().max().unwrap_or(Tap::Pooled);

        // Stem: [n, 3, h, w] -> [n, 32, h/2, w/2]
        let mut x = self.stem.forward(x);
        record(Tap::Stem, &|| TapTensor::Map(x.clone()));

        // MBConv blocks
        for (i, block) in self.blocks.iter().enumerate() {
            if deepest < Tap::Block(i as u8) {
                break;
            }
            x = block.forward(x);
            record(Tap::Block(i as u8), &|| TapTensor::Map(x.clone()));
        }
        if deepest <= Tap::Block(u8::MAX) {
            return found.into_iter().flatten().collect();
        }

        // Head: [n, 320, h', w'] -> [n, 1280, h', w']
        let x = self.head.forward(x);
        record(Tap::Head, &|| TapTensor::Map(x.clone()));
        // Global average pool: [n, 1280, h', w'] -> [n, 1280]
        let [n, c, _, _] = x.dims();
        let pooled: Tensor<2> = x.mean_dim(3).mean_dim(2).reshape([n, c]);
        record(Tap::Pooled, &|| TapTensor::Vector(pooled.clone()));
        if deepest == Tap::Logits {
            // Dropout is inactive at inference.
            let logits = self.classifier.forward(pooled);
            record(Tap::Logits, &|| TapTensor::Vector(logits.clone()));
        }
        found.into_iter().flatten().collect()
    }

    /// Feature maps at `stem` and `blockNN` taps (in the order asked), stopping at the
    /// deepest: the cheap path for losses that compare early activations of generated and
    /// real images (gradients reach the input).
    ///
    /// # Errors
    /// A tap past the MBConv blocks (`head`, `pooled`, `logits`) is refused.
    pub fn forward_maps(
        &self,
        x: Tensor<4>,
        taps: &[Tap],
    ) -> Result<Vec<Tensor<4>>, crate::EncoderError> {
        if let Some(t) = taps.iter().find(|t| {
            !matches!(t, Tap::Stem)
                && !matches!(t, Tap::Block(i) if usize::from(*i) < self.blocks.len())
        }) {
            return Err(crate::EncoderError::UnknownTap(
                t.to_string(),
                format!("stem, block00..block{:02}", self.blocks.len() - 1),
            ));
        }
        Ok(self
            .forward_taps(x, taps)
            .into_iter()
            .filter_map(|t| match t {
                TapTensor::Map(m) => Some(m),
                TapTensor::Vector(_) => None,
            })
            .collect())
    }
}
