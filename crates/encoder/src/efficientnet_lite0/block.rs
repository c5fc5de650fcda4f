use crate::kernels::relu6;
use burn::module::Module;
use burn::nn::BatchNorm;
use burn::nn::PaddingConfig2d;
use burn::nn::conv::Conv2d;
use burn::tensor::Tensor;

use super::config::BlockConfig;

/// TF "SAME" padding as the ported checkpoints compute it: for a 224×224 input, whatever the
/// actual size (`fixtures/README.md`). Total padding `k - s`, the extra pixel at the
/// bottom/right: k3 s1 → 1/1, k5 s1 → 2/2, k3 s2 → 0/1, k5 s2 → 1/2. For even input sizes
/// this equals SAME padding computed for the actual size.
pub fn same_padding_224(kernel: usize, stride: usize) -> PaddingConfig2d {
    let total = kernel.saturating_sub(stride);
    let (before, after) = (total / 2, total - total / 2);
    PaddingConfig2d::Explicit(before, before, after, after)
}

/// Convolution, batch-norm (absent once folded into the convolution) and optional ReLU6.
#[derive(Module, Debug)]
pub struct ConvBn {
    /// The convolution (with the folded bias once batch-norm is folded).
    pub conv: Conv2d,
    /// The batch-norm, until folded.
    pub bn: Option<BatchNorm>,
    /// Whether a ReLU6 follows.
    #[module(skip)]
    pub relu6: bool,
}

impl ConvBn {
    /// Through swan's convolution kernels on the CPU (`flex`), burn's elsewhere
    /// ([`crate::kernels::conv2d`]), with batch-norm in its current mode when kept and the
    /// folded bias otherwise. swan's kernels are also the inference path: with batch-norm
    /// folded they encode 2.4 times as many images per second as burn's convolution did
    /// (`swan bench encoder`, 64 px, batch 128, 2 threads), and gradients that cross a frozen
    /// encoder get their fast backward passes.
    ///
    /// # Shapes
    /// - `x`: `[n, c_in, h, w]` → `[n, c_out, h', w']`
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        // The convolution with its bias, if any (the loaders give it one only with
        // batch-norm folded), and the activation: in one pass with the bias when folded.
        match &self.bn {
            Some(bn) => {
                let y = crate::kernels::batch_norm(bn, crate::kernels::conv2d_layer(&self.conv, x));
                if self.relu6 { relu6(y) } else { y }
            }
            None => crate::kernels::conv2d_layer_act(&self.conv, x, self.relu6),
        }
    }
}

/// Mobile inverted bottleneck without squeeze-excitation: 1×1 expand (absent when the expand
/// ratio is 1), k×k depthwise, 1×1 linear projection, identity shortcut when shapes allow.
#[derive(Module, Debug)]
pub struct MbConv {
    /// 1×1 expansion with ReLU6 (absent when the expand ratio is 1).
    pub expand: Option<ConvBn>,
    /// k×k depthwise convolution with ReLU6.
    pub depthwise: ConvBn,
    /// 1×1 linear projection.
    pub project: ConvBn,
    /// The block's shape.
    #[module(skip)]
    pub config: BlockConfig,
}

impl MbConv {
    /// # Shapes
    /// - `x`: `[n, input, h, w]` → `[n, output, h / stride, w / stride]`
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let mut y = match &self.expand {
            Some(expand) => expand.forward(x.clone()),
            None => x.clone(),
        };
        y = self.depthwise.forward(y);
        y = self.project.forward(y);
        // Drop-connect is inactive at inference.
        if self.config.residual() { y + x } else { y }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_padding_matches_tf_for_224() {
        let pairs = |p: PaddingConfig2d| match p {
            PaddingConfig2d::Explicit(t, l, b, r) => (t, l, b, r),
            _ => unreachable!(),
        };
        assert_eq!(pairs(same_padding_224(3, 1)), (1, 1, 1, 1));
        assert_eq!(pairs(same_padding_224(5, 1)), (2, 2, 2, 2));
        assert_eq!(pairs(same_padding_224(3, 2)), (0, 0, 1, 1));
        assert_eq!(pairs(same_padding_224(5, 2)), (1, 1, 2, 2));
        assert_eq!(pairs(same_padding_224(1, 1)), (0, 0, 0, 0));
    }
}
