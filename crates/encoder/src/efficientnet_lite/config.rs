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

/// The architecture as data: stem width, the stage table, head width, classes, and the
/// resolution the checkpoints' static "SAME" padding was computed for.
#[derive(Clone, Debug, PartialEq)]
pub struct EfficientNetLiteConfig {
    /// Which member of the family (0 for Lite0 …), for names in messages.
    pub variant: u8,
    /// The input side the ported checkpoints fix their padding for (224, 240, 260): every
    /// convolution pads as TF "SAME" would at this input size, whatever the actual size
    /// (`fixtures/README.md`; see [`static_same_padding`](super::static_same_padding)).
    pub resolution: usize,
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

/// The B0 stage table every Lite model scales: (expand ratio, kernel, stride, input, output,
/// repeats) (tensorflow/tpu `efficientnet/lite/efficientnet_lite_builder.py`).
const B0_STAGES: [(usize, usize, usize, usize, usize, usize); 7] = [
    (1, 3, 1, 32, 16, 1),
    (6, 3, 2, 16, 24, 2),
    (6, 5, 2, 24, 40, 2),
    (6, 3, 2, 40, 80, 3),
    (6, 5, 1, 80, 112, 3),
    (6, 5, 2, 112, 192, 4),
    (6, 3, 1, 192, 320, 1),
];

/// Channels scaled by the width coefficient and rounded to a multiple of 8, never by more
/// than 10 % down (`round_filters` of the reference implementations).
fn round_filters(filters: usize, width: f64) -> usize {
    if width == 1.0 {
        return filters;
    }
    let scaled = filters as f64 * width;
    let mut rounded = (((scaled + 4.0) as usize) / 8 * 8).max(8);
    if (rounded as f64) < 0.9 * scaled {
        rounded += 8;
    }
    rounded
}

impl EfficientNetLiteConfig {
    /// EfficientNet-Lite0 (width 1.0, depth 1.0, 224 px): the B0 stage table with a fixed
    /// 32-wide stem and 1280-wide head, ReLU6 and no squeeze-excitation.
    pub fn lite0() -> Self {
        Self::scaled(0, 1.0, 1.0, 224)
    }

    /// EfficientNet-Lite1 (width 1.0, depth 1.1, 240 px).
    pub fn lite1() -> Self {
        Self::scaled(1, 1.0, 1.1, 240)
    }

    /// EfficientNet-Lite2 (width 1.1, depth 1.2, 260 px).
    pub fn lite2() -> Self {
        Self::scaled(2, 1.1, 1.2, 260)
    }

    /// A Lite model by compound scaling of the B0 table as the Lite builder does it: stem
    /// (32) and head (1280) stay fixed, as do the first and the last stage's repeats and the
    /// first stage's input; every other width is `round_filters(w · c)`, every other repeat
    /// count `ceil(d · r)`.
    pub fn scaled(variant: u8, width: f64, depth: f64, resolution: usize) -> Self {
        let last = B0_STAGES.len() - 1;
        let stages = B0_STAGES
            .iter()
            .enumerate()
            .map(
                |(i, &(expand_ratio, kernel, stride, input, output, repeats))| MbConvConfig {
                    expand_ratio,
                    kernel,
                    stride,
                    input: if i == 0 {
                        32
                    } else {
                        round_filters(input, width)
                    },
                    output: round_filters(output, width),
                    repeats: if i == 0 || i == last {
                        repeats
                    } else {
                        (depth * repeats as f64).ceil() as usize
                    },
                },
            )
            .collect();
        Self {
            variant,
            resolution,
            stem: 32,
            stages,
            head: 1280,
            classes: 1000,
            bn_eps: 1e-3,
        }
    }

    /// The name `--backbone` gives this model.
    pub fn name(&self) -> String {
        format!("efficientnet-lite{}", self.variant)
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
        let blocks = EfficientNetLiteConfig::lite0().blocks();
        assert_eq!(blocks.len(), 16);
        assert_eq!(blocks.iter().filter(|b| b.residual()).count(), 9);
        assert_eq!(blocks[15].output, 320);
    }

    #[test]
    fn scaled_tables_match_the_reference_builder() {
        // Widths and repeats as efficientnet_lite_pytorch builds them (and the checkpoints'
        // tensor shapes say): Lite2 rounds 112·1.1 = 123.2 down to 120, 40·1.1 = 44 up to 48.
        let widths =
            |c: &EfficientNetLiteConfig| c.stages.iter().map(|s| s.output).collect::<Vec<_>>();
        let repeats =
            |c: &EfficientNetLiteConfig| c.stages.iter().map(|s| s.repeats).collect::<Vec<_>>();
        let l1 = EfficientNetLiteConfig::lite1();
        assert_eq!(widths(&l1), [16, 24, 40, 80, 112, 192, 320]);
        assert_eq!(repeats(&l1), [1, 3, 3, 4, 4, 5, 1]);
        let l2 = EfficientNetLiteConfig::lite2();
        assert_eq!(widths(&l2), [16, 24, 48, 88, 120, 208, 352]);
        assert_eq!(repeats(&l2), [1, 3, 3, 4, 4, 5, 1]);
        assert_eq!(l2.stages[0].input, 32);
        assert_eq!(l2.blocks().len(), 21);
        assert_eq!(
            EfficientNetLiteConfig::lite0(),
            EfficientNetLiteConfig::scaled(0, 1.0, 1.0, 224)
        );
    }
}
