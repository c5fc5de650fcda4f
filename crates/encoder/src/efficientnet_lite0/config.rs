/// One stage of MBConv blocks: the row of the EfficientNet stage table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MbConvConfig {
    /// Width of the depthwise convolution over the input's.
    pub expand_ratio: usize,
    /// Side of the depthwise kernel.
    pub kernel: usize,
    /// Stride of the first block of the stage; the repeats use stride 1.
    pub stride: usize,
    /// Channels into the stage.
    pub input: usize,
    /// Channels out of the stage.
    pub output: usize,
    /// Blocks in the stage.
    pub repeats: usize,
}

/// The architecture as data: stem width, the stage table, head width, classes.
#[derive(Clone, Debug, PartialEq)]
pub struct EfficientNetLite0Config {
    /// Channels of the stem convolution.
    pub stem: usize,
    /// The stage table.
    pub stages: Vec<MbConvConfig>,
    /// Channels of the head convolution (the pooled feature's width).
    pub head: usize,
    /// Classes of the classifier.
    pub classes: usize,
    /// Batch-norm epsilon of the TF-ported checkpoints.
    pub bn_eps: f32,
}

/// One block after expanding the repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockConfig {
    /// Width of the depthwise convolution over the input's.
    pub expand_ratio: usize,
    /// Side of the depthwise kernel.
    pub kernel: usize,
    /// Stride of the depthwise convolution.
    pub stride: usize,
    /// Channels in.
    pub input: usize,
    /// Channels out.
    pub output: usize,
}

impl BlockConfig {
    /// Width of the depthwise convolution.
    pub fn hidden(&self) -> usize {
        self.input * self.expand_ratio
    }

    /// The identity shortcut exists when the block keeps resolution and width.
    pub fn residual(&self) -> bool {
        self.stride == 1 && self.input == self.output
    }
}

impl EfficientNetLite0Config {
    /// EfficientNet-Lite0 (width 1.0, depth 1.0): the B0 stage table with a fixed 32-wide stem
    /// and 1280-wide head, ReLU6 and no squeeze-excitation
    /// (tensorflow/tpu `efficientnet/lite/efficientnet_lite_builder.py`).
    pub fn imagenet() -> Self {
        let row = |expand_ratio, kernel, stride, input, output, repeats| MbConvConfig {
            expand_ratio,
            kernel,
            stride,
            input,
            output,
            repeats,
        };
        Self {
            stem: 32,
            stages: vec![
                row(1, 3, 1, 32, 16, 1),
                row(6, 3, 2, 16, 24, 2),
                row(6, 5, 2, 24, 40, 2),
                row(6, 3, 2, 40, 80, 3),
                row(6, 5, 1, 80, 112, 3),
                row(6, 5, 2, 112, 192, 4),
                row(6, 3, 1, 192, 320, 1),
            ],
            head: 1280,
            classes: 1000,
            bn_eps: 1e-3,
        }
    }

    /// Every block in order, repeats expanded.
    pub fn blocks(&self) -> Vec<BlockConfig> {
        self.stages
            .iter()
            .flat_map(|s| {
                (0..s.repeats).map(move |r| BlockConfig {
                    expand_ratio: s.expand_ratio,
                    kernel: s.kernel,
                    stride: if r == 0 { s.stride } else { 1 },
                    input: if r == 0 { s.input } else { s.output },
                    output: s.output,
                })
            })
            .collect()
    }

    /// Channels after the last block.
    pub fn last_block_channels(&self) -> usize {
        self.stages.last().map_or(self.stem, |s| s.output)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lite0_has_sixteen_blocks_and_four_residual_free_stage_starts() {
        let blocks = EfficientNetLite0Config::imagenet().blocks();
        assert_eq!(blocks.len(), 16);
        assert_eq!(blocks.iter().filter(|b| b.residual()).count(), 9);
        assert_eq!(blocks[15].output, 320);
    }
}
