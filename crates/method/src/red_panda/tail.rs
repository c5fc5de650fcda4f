//! Tier B: the encoder's last MBConv blocks and head convolution, fine-tuned on cached
//! activations of the block before them (batch-norm folded into the convolutions, so the
//! statistics do not depend on the batch).

use burn::module::Module;
use burn::tensor::Tensor;
use swan_encoder::efficientnet_lite0::{ConvBn, EfficientNetLite0, MbConv};

#[derive(Module, Debug)]
pub struct Tail {
    pub blocks: Vec<MbConv>,
    pub head: ConvBn,
}

impl Tail {
    /// The blocks after block `after` and the head convolution of `encoder`.
    pub fn from_encoder(encoder: EfficientNetLite0, after: usize) -> Self {
        Self {
            blocks: encoder.blocks.into_iter().skip(after + 1).collect(),
            head: encoder.head,
        }
    }

    /// # Shapes
    /// - `x`: `[n, c, h, w]` (activations after block `after`) → pooled features `[n, 1280]`
    pub fn forward(&self, mut x: Tensor<4>) -> Tensor<2> {
        for block in &self.blocks {
            x = block.forward_kernels(x);
        }
        let x = self.head.forward_kernels(x);
        let [n, c, h, w] = x.dims();
        x.reshape([n, c, h * w]).mean_dim(2).reshape([n, c])
    }
}
