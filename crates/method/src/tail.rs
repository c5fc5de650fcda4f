//! The fine-tuned part of a pretrained EfficientNet-Lite0 for methods that otherwise read
//! cached activations: the blocks after a cached tap (and optionally the head convolution),
//! or the whole encoder from the stem. Batch-norm is folded into the convolutions, so the
//! statistics do not depend on the batch. Red PANDA's tiers B and C and DRA's trainable last
//! stages use it.

use burn::module::Module;
use burn::tensor::Tensor;
use swan_encoder::Tap;
use swan_encoder::efficientnet_lite::{ConvBn, EfficientNetLite, MbConv};

use crate::MethodError;

/// The part of EfficientNet-Lite0 after a cached tap that a method fine-tunes (Red PANDA's
/// tiers B and C, DRA's trainable last stages), batch-norm folded.
#[derive(Module, Debug)]
pub struct Tail {
    /// Only when the whole encoder trains (the input is the preprocessed image).
    pub stem: Option<ConvBn>,
    /// The MBConv blocks after the split.
    pub blocks: Vec<MbConv>,
    /// The 1×1 head convolution (1280 channels), when the tail ends there.
    pub head: Option<ConvBn>,
}

impl Tail {
    /// The whole encoder.
    pub fn whole(encoder: EfficientNetLite) -> Self {
        Self {
            stem: Some(encoder.stem),
            blocks: encoder.blocks,
            head: Some(encoder.head),
        }
    }

    /// The blocks after `from` up to and including `to` (both taps of `encoder`): `from` a
    /// block or the stem, `to` a block or the head convolution.
    pub fn between(encoder: EfficientNetLite, from: Tap, to: Tap) -> Result<Self, MethodError> {
        let bad = || {
            MethodError::Params(format!(
                "a trainable tail from tap {from} to tap {to}: `from` must be the stem or a \
                 block before `to`, and `to` a block or the head"
            ))
        };
        let first = match from {
            Tap::Stem => 0,
            Tap::Block(k) => usize::from(k) + 1,
            _ => return Err(bad()),
        };
        let (last, head) = match to {
            Tap::Block(k) => (usize::from(k), false),
            Tap::Head => (encoder.blocks.len() - 1, true),
            _ => return Err(bad()),
        };
        if first > last || last >= encoder.blocks.len() {
            return Err(bad());
        }
        Ok(Self {
            stem: None,
            blocks: encoder
                .blocks
                .into_iter()
                .skip(first)
                .take(last + 1 - first)
                .collect(),
            head: head.then_some(encoder.head),
        })
    }

    /// Output channels.
    pub fn width(&self) -> usize {
        match (&self.head, self.blocks.last()) {
            (Some(h), _) => h.conv.weight.dims()[0],
            (None, Some(b)) => b.config.output,
            (None, None) => self.stem.as_ref().map_or(0, |s| s.conv.weight.dims()[0]),
        }
    }

    /// # Shapes
    /// - `x`: activations at the tail's input tap (or preprocessed images `[n, 3, s, s]` for
    ///   the whole encoder) → the output maps `[n, width, h', w']`
    pub fn maps(&self, mut x: Tensor<4>) -> Tensor<4> {
        if let Some(stem) = &self.stem {
            x = stem.forward(x);
        }
        for block in &self.blocks {
            x = block.forward(x);
        }
        match &self.head {
            Some(head) => head.forward(x),
            None => x,
        }
    }

    /// Average-pooled output `[n, width]`.
    pub fn forward(&self, x: Tensor<4>) -> Tensor<2> {
        let x = self.maps(x);
        let [n, c, h, w] = x.dims();
        x.reshape([n, c, h * w]).mean_dim(2).reshape([n, c])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use burn::tensor::{Device, TensorData};
    use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLiteConfig, lite_skeleton};

    fn skeleton() -> EfficientNetLite {
        lite_skeleton(
            &EfficientNetLiteConfig::lite0(),
            BatchNormMode::Fold,
            &Device::flex(),
        )
        .unwrap()
    }

    #[test]
    fn between_picks_the_blocks_and_widths() {
        let t = Tail::between(skeleton(), Tap::Block(10), Tap::Block(15)).unwrap();
        assert_eq!(t.blocks.len(), 5);
        assert!(t.head.is_none() && t.stem.is_none());
        assert_eq!(t.width(), 320);
        let h = Tail::between(skeleton(), Tap::Block(10), Tap::Head).unwrap();
        assert_eq!((h.blocks.len(), h.width()), (5, 1280));
        let x = Tensor::<4>::from_data(
            TensorData::new(vec![0.1f32; 2 * 112 * 4 * 4], [2, 112, 4, 4]),
            &Device::flex(),
        );
        assert_eq!(t.maps(x).dims(), [2, 320, 2, 2]);
        assert!(Tail::between(skeleton(), Tap::Block(12), Tap::Block(11)).is_err());
        assert!(Tail::between(skeleton(), Tap::Pooled, Tap::Block(15)).is_err());
        assert!(Tail::between(skeleton(), Tap::Block(10), Tap::Pooled).is_err());
    }
}
