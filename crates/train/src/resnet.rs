//! CIFAR-style ResNet-18 (He et al. 2016, the CIFAR variant used by SimSiam/NSA): a 3×3 stem
//! without max-pool, four stages of two basic blocks, a width multiplier on every channel count.

use burn::module::Module;
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{BatchNorm, BatchNormConfig, PaddingConfig2d};
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};

/// Architecture of [`ResNet`].
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResNetConfig {
    /// Multiplies every channel count (1.0 = ResNet-18 with 64..512 channels).
    pub width: f32,
    /// Input channels (3 for RGB).
    pub in_channels: usize,
}

impl Default for ResNetConfig {
    fn default() -> Self {
        Self {
            width: 1.0,
            in_channels: 3,
        }
    }
}

/// Stage layout of ResNet-18: (base channels, stride of the first block), two blocks each.
const STAGES: [(usize, usize); 4] = [(64, 1), (128, 2), (256, 2), (512, 2)];

impl ResNetConfig {
    /// `base` channels at this width multiplier (at least 1).
    pub fn channels(&self, base: usize) -> usize {
        ((base as f32 * self.width).round() as usize).max(1)
    }

    /// Channels of the four stage outputs.
    pub fn stage_channels(&self) -> [usize; 4] {
        STAGES.map(|(c, _)| self.channels(c))
    }

    /// Dimension of the final pooled embedding.
    pub fn out_dim(&self) -> usize {
        self.stage_channels()[3]
    }

    /// A ResNet-18 with fresh weights (burn's default initialisation, PyTorch's
    /// Kaiming-uniform) on `device`.
    pub fn init(&self, device: &Device) -> ResNet {
        let stem_c = self.channels(64);
        let stem = ConvBn::new(self.in_channels, stem_c, 3, 1, device);
        let mut blocks = Vec::new();
        let mut c_in = stem_c;
        for (base, stride) in STAGES {
            let c = self.channels(base);
            blocks.push(BasicBlock::new(c_in, c, stride, device));
            blocks.push(BasicBlock::new(c, c, 1, device));
            c_in = c;
        }
        ResNet { stem, blocks }
    }
}

fn conv(c_in: usize, c_out: usize, k: usize, stride: usize, device: &Device) -> Conv2d {
    let p = k / 2;
    Conv2dConfig::new([c_in, c_out], [k, k])
        .with_stride([stride, stride])
        .with_padding(PaddingConfig2d::Explicit(p, p, p, p))
        .with_bias(false)
        .init(device)
}

/// Convolution without bias followed by batch-norm.
#[derive(Module, Debug)]
pub struct ConvBn {
    /// The convolution.
    pub conv: Conv2d,
    /// Its batch-norm.
    pub bn: BatchNorm,
}

impl ConvBn {
    fn new(c_in: usize, c_out: usize, k: usize, stride: usize, device: &Device) -> Self {
        Self {
            conv: conv(c_in, c_out, k, stride, device),
            bn: BatchNormConfig::new(c_out).init(device),
        }
    }

    /// # Shapes
    /// - `x`: `[n, c_in, h, w]` → `[n, c_out, h / stride, w / stride]`
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let y = swan_encoder::kernels::conv2d_layer(&self.conv, x);
        swan_encoder::kernels::batch_norm(&self.bn, y)
    }
}

/// `relu(bn(conv(relu(bn(conv(x))))) + shortcut(x))`.
#[derive(Module, Debug)]
pub struct BasicBlock {
    /// The first 3×3 convolution (strided when the block downsamples).
    pub a: ConvBn,
    /// The second 3×3 convolution.
    pub b: ConvBn,
    /// 1×1 strided projection when the shape changes.
    pub shortcut: Option<ConvBn>,
}

impl BasicBlock {
    fn new(c_in: usize, c_out: usize, stride: usize, device: &Device) -> Self {
        Self {
            a: ConvBn::new(c_in, c_out, 3, stride, device),
            b: ConvBn::new(c_out, c_out, 3, 1, device),
            shortcut: (stride != 1 || c_in != c_out)
                .then(|| ConvBn::new(c_in, c_out, 1, stride, device)),
        }
    }

    /// # Shapes
    /// - `x`: `[n, c_in, h, w]` → `[n, c_out, h / stride, w / stride]`
    pub fn forward(&self, x: Tensor<4>) -> Tensor<4> {
        let y = self.b.forward(relu(self.a.forward(x.clone())));
        let s = match &self.shortcut {
            Some(sc) => sc.forward(x),
            None => x,
        };
        relu(y + s)
    }
}

/// The backbone. [`ResNet::forward`] gives the global-average-pooled output of every stage.
#[derive(Module, Debug)]
pub struct ResNet {
    /// 3×3 stride-1 stem (CIFAR-style: no max-pool).
    pub stem: ConvBn,
    /// Eight basic blocks, two per stage.
    pub blocks: Vec<BasicBlock>,
}

/// Global-average-pooled outputs of the four stages, `[n, c_i]` each; `stages[3]` is the
/// embedding.
pub struct StageFeatures {
    /// One `[n, c_i]` tensor per stage.
    pub stages: Vec<Tensor<2>>,
}

impl StageFeatures {
    /// The last stage's: the embedding.
    pub fn last(&self) -> Tensor<2> {
        self.stages[self.stages.len() - 1].clone()
    }
}

/// `[n, c, h, w]` → `[n, c]`.
pub fn global_avg_pool(x: Tensor<4>) -> Tensor<2> {
    let [n, c, h, w] = x.dims();
    x.reshape([n, c, h * w]).mean_dim(2).reshape([n, c])
}

impl ResNet {
    /// # Shapes
    /// - `x`: `[n, in_channels, h, w]` (normalised pixels)
    pub fn forward(&self, x: Tensor<4>) -> StageFeatures {
        let mut x = relu(self.stem.forward(x));
        let mut stages = Vec::with_capacity(4);
        for (i, block) in self.blocks.iter().enumerate() {
            x = block.forward(x);
            if i % 2 == 1 {
                stages.push(global_avg_pool(x.clone()));
            }
        }
        StageFeatures { stages }
    }

    /// The pooled output of the last stage only.
    pub fn embed(&self, x: Tensor<4>) -> Tensor<2> {
        let mut x = relu(self.stem.forward(x));
        for block in &self.blocks {
            x = block.forward(x);
        }
        global_avg_pool(x)
    }
}
