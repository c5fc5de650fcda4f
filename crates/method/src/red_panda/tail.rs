//! The fine-tuned part of the encoder. Tier B: the last MBConv blocks and the head
//! convolution, on cached activations of the block before them. Tier C: the whole encoder
//! (stem included), on preprocessed images. Batch-norm is folded into the convolutions, so
//! the statistics do not depend on the batch.

use burn::module::Module;
use burn::tensor::Tensor;
use swan_encoder::efficientnet_lite0::{ConvBn, EfficientNetLite0, MbConv};

#[derive(Module, Debug)]
pub struct Tail {
    /// Tier C only.
    pub stem: Option<ConvBn>,
    pub blocks: Vec<MbConv>,
    pub head: ConvBn,
}

impl Tail {
    /// The blocks after block `after` and the head convolution of `encoder`.
    pub fn from_encoder(encoder: EfficientNetLite0, after: usize) -> Self {
        Self {
            stem: None,
            blocks: encoder.blocks.into_iter().skip(after + 1).collect(),
            head: encoder.head,
        }
    }

    /// The whole encoder (tier C).
    pub fn whole(encoder: EfficientNetLite0) -> Self {
        Self {
            stem: Some(encoder.stem),
            blocks: encoder.blocks,
            head: encoder.head,
        }
    }

    /// # Shapes
    /// - `x`: `[n, c, h, w]` (activations after block `after`, or preprocessed images
    ///   `[n, 3, s, s]` for the whole encoder) → pooled features `[n, 1280]`
    pub fn forward(&self, mut x: Tensor<4>) -> Tensor<2> {
        if let Some(stem) = &self.stem {
            x = stem.forward_kernels(x);
        }
        for block in &self.blocks {
            x = block.forward_kernels(x);
        }
        let x = self.head.forward_kernels(x);
        let [n, c, h, w] = x.dims();
        x.reshape([n, c, h * w]).mean_dim(2).reshape([n, c])
    }
}
