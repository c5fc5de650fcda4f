use crate::kernels::relu6;
use burn::module::Module;
use burn::nn::BatchNorm;
use burn::nn::PaddingConfig2d;
use burn::nn::conv::Conv2d;
use burn::tensor::Tensor;

use super::config::BlockConfig;

/// TF "SAME" padding as the ported checkpoints compute it: once, for the input side `size`
/// the layer sees at the model's nominal resolution (224 px for Lite0, 240 for Lite1, 260 for
/// Lite2), whatever the actual input (`fixtures/README.md`). Total padding
/// `max((⌈size/s⌉ − 1)·s + k − size, 0)`, the odd pixel at the bottom/right. At 224 px every
/// size is even and this is `k − s` (k3 s2 → 0/1, k5 s2 → 1/2); Lite1's last stride-2 stage
/// sees 15 px and Lite2's 65 and 17 px, where k5 s2 pads 2/2.
pub fn static_same_padding(kernel: usize, stride: usize, size: usize) -> PaddingConfig2d {
    let out = size.div_ceil(stride);
    let total = ((out.saturating_sub(1)) * stride + kernel).saturating_sub(size);
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
        assert_eq!(pairs(static_same_padding(3, 1, 112)), (1, 1, 1, 1));
        assert_eq!(pairs(static_same_padding(5, 1, 14)), (2, 2, 2, 2));
        assert_eq!(pairs(static_same_padding(3, 2, 224)), (0, 0, 1, 1));
        assert_eq!(pairs(static_same_padding(5, 2, 14)), (1, 1, 2, 2));
        assert_eq!(pairs(static_same_padding(1, 1, 7)), (0, 0, 0, 0));
        // Odd sides (Lite2 at 260 px: 130 → 65 → 33 → 17 → 9) pad symmetrically.
        assert_eq!(pairs(static_same_padding(5, 2, 65)), (2, 2, 2, 2));
        assert_eq!(pairs(static_same_padding(3, 2, 33)), (1, 1, 1, 1));
        assert_eq!(pairs(static_same_padding(5, 2, 17)), (2, 2, 2, 2));
    }
}
