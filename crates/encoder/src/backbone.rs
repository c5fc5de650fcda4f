use std::path::Path;
use std::str::FromStr;

use burn::tensor::{Device, Tensor, TensorData};
use rayon::prelude::*;
use swan_data::Image;

use crate::efficientnet_lite::{
    BatchNormMode, EfficientNetLite, EfficientNetLiteConfig, LiteWeights, TapTensor, load_lite,
};
use crate::import::{RawTensor, TensorMap, read_checkpoint};
use crate::{EncoderError, Preprocess, Tap};

/// The backbones swan can load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Backbone {
    /// Written as `--backbone` spells it; files written before that say `efficient-net-lite0`.
    #[serde(rename = "efficientnet-lite0", alias = "efficient-net-lite0")]
    EfficientNetLite0,
    /// EfficientNet-Lite1: Lite0's widths, more blocks (21), 240 px nominal input.
    #[serde(rename = "efficientnet-lite1")]
    EfficientNetLite1,
    /// EfficientNet-Lite2: 1.1 times Lite0's widths, 21 blocks, 260 px nominal input.
    #[serde(rename = "efficientnet-lite2")]
    EfficientNetLite2,
}

impl Backbone {
    /// Every backbone swan has.
    pub const ALL: &[Backbone] = &[
        Backbone::EfficientNetLite0,
        Backbone::EfficientNetLite1,
        Backbone::EfficientNetLite2,
    ];

    /// Every backbone's name, comma-separated (for messages).
    pub fn names() -> String {
        Self::ALL
            .iter()
            .map(|b| b.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The name `--backbone` takes.
    pub fn name(self) -> &'static str {
        match self {
            Self::EfficientNetLite0 => "efficientnet-lite0",
            Self::EfficientNetLite1 => "efficientnet-lite1",
            Self::EfficientNetLite2 => "efficientnet-lite2",
        }
    }

    /// The pretrained checkpoint this backbone loads.
    pub fn weights(self) -> LiteWeights {
        match self {
            Self::EfficientNetLite0 => LiteWeights::Lite0,
            Self::EfficientNetLite1 => LiteWeights::Lite1,
            Self::EfficientNetLite2 => LiteWeights::Lite2,
        }
    }

    /// The architecture.
    pub fn config(self) -> EfficientNetLiteConfig {
        self.weights().config()
    }

    /// Where swan looks for this backbone's weights when no file is named (see
    /// [`LiteWeights::default_path`]).
    pub fn default_weights_path(self) -> std::path::PathBuf {
        self.weights().default_path()
    }

    /// The last MBConv block's tap (Lite0 `block15`, Lite1 and Lite2 `block20`): the deepest
    /// feature map before the head convolution.
    pub fn last_block(self) -> Tap {
        self.stage_end(self.config().stages.len() - 1)
            .expect("the last stage exists")
    }

    /// The tap after the last block of stage `stage` (0-based, of the seven), if there is
    /// one: Lite0's stage 4 ends at `block10`, Lite1's and Lite2's at `block14`.
    pub fn stage_end(self, stage: usize) -> Option<Tap> {
        let stages = self.config().stages;
        if stage >= stages.len() {
            return None;
        }
        let blocks: usize = stages[..=stage].iter().map(|s| s.repeats).sum();
        u8::try_from(blocks - 1).ok().map(Tap::Block)
    }

    /// Width of a tap's output channels (or vector length).
    pub fn tap_channels(self, tap: Tap) -> Result<usize, EncoderError> {
        let config = self.config();
        let blocks = config.blocks();
        match tap {
            Tap::Stem => Ok(config.stem),
            Tap::Block(i) => blocks.get(usize::from(i)).map(|b| b.output).ok_or_else(|| {
                EncoderError::UnknownTap(
                    tap.to_string(),
                    format!(
                        "{} has stem, block00..block{:02}, head, pooled, logits",
                        self.name(),
                        blocks.len() - 1
                    ),
                )
            }),
            Tap::Head | Tap::Pooled => Ok(config.head),
            Tap::Logits => Ok(config.classes),
        }
    }

    /// The backbone whose network a checkpoint's tensors load into (every key used, every
    /// shape right), if any.
    pub fn of_checkpoint(tensors: &TensorMap) -> Option<Backbone> {
        let device = Device::flex();
        Self::ALL
            .iter()
            .copied()
            .find(|b| load_lite(&b.config(), tensors, BatchNormMode::Fold, &device).is_ok())
    }

    /// Preprocessing of the backbone's pretrained weights at `size` pixels.
    pub fn preprocess(self, size: usize) -> Preprocess {
        self.weights().preprocess(size)
    }
}

impl FromStr for Backbone {
    type Err = EncoderError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|b| b.name() == s)
            .ok_or_else(|| EncoderError::UnknownBackbone(s.into()))
    }
}

/// The compute device: `cpu` (burn's pure-Rust `flex` backend), or `cuda` / `wgpu` when
/// swan was built with that cargo feature.
pub fn device_from_name(name: &str) -> Result<Device, EncoderError> {
    match name {
        "cpu" | "flex" => Ok(Device::flex()),
        #[cfg(feature = "cuda")]
        "cuda" => Ok(Device::cuda(0)),
        #[cfg(feature = "wgpu")]
        "wgpu" => Ok(Device::wgpu(Default::default())),
        other => Err(EncoderError::UnknownDevice {
            name: other.to_string(),
            available: format!(
                "cpu{}{}",
                if cfg!(feature = "cuda") { ", cuda" } else { "" },
                if cfg!(feature = "wgpu") { ", wgpu" } else { "" }
            ),
        }),
    }
}

/// A loaded, frozen backbone with its preprocessing: images in, tap activations out.
pub struct Encoder {
    backbone: Backbone,
    model: EfficientNetLite,
    preprocess: Preprocess,
    device: Device,
    tensors: TensorMap,
    digest: String,
}

impl Encoder {
    /// Loads weights from a `.pth` (legacy) or safetensors file.
    pub fn load(
        backbone: Backbone,
        weights: &Path,
        image_size: usize,
        device: &Device,
    ) -> Result<Self, EncoderError> {
        let tensors = read_checkpoint(weights)?;
        Self::from_tensors(backbone, tensors, image_size, device).map_err(|e| match e {
            EncoderError::MissingKeys { .. }
            | EncoderError::UnusedKeys { .. }
            | EncoderError::Shape { .. } => EncoderError::Checkpoint {
                path: weights.into(),
                reason: format!("not {} weights: {e}", backbone.name()),
            },
            other => other,
        })
    }

    /// Builds the encoder from named checkpoint tensors (the `.pth` key names).
    pub fn from_tensors(
        backbone: Backbone,
        tensors: TensorMap,
        image_size: usize,
        device: &Device,
    ) -> Result<Self, EncoderError> {
        check_image_size(image_size)?;
        let model = load_lite(&backbone.config(), &tensors, BatchNormMode::Fold, device)?;
        let digest = digest_tensors(&tensors);
        Ok(Self {
            backbone,
            model,
            preprocess: backbone.preprocess(image_size),
            device: device.clone(),
            tensors,
            digest,
        })
    }

    /// The network this encoder runs.
    pub fn backbone(&self) -> Backbone {
        self.backbone
    }

    /// The same weights at another input size (a second model built from the same tensors;
    /// image pyramids run the encoder at several sizes), with the same resize filter.
    pub fn resized(&self, image_size: usize) -> Result<Self, EncoderError> {
        Ok(Self::from_tensors(
            self.backbone,
            self.tensors.clone(),
            image_size,
            &self.device,
        )?
        .with_antialias(self.preprocess.antialias))
    }

    /// Antialiased shrinking of images larger than the input size (see
    /// [`Preprocess::antialias`]).
    pub fn with_antialias(mut self, on: bool) -> Self {
        self.preprocess.antialias = on;
        self
    }

    /// How images are turned into its input (size, filter, normalisation).
    pub fn preprocess(&self) -> Preprocess {
        self.preprocess
    }

    /// The checkpoint tensors the encoder was built from (to store in model files).
    pub fn tensors(&self) -> &TensorMap {
        &self.tensors
    }

    /// SHA-256 over the checkpoint's keys and values: identifies the weights.
    pub fn weights_digest(&self) -> &str {
        &self.digest
    }

    /// Activations of `taps` for a batch of images, each `[n, ...]` row-major. Large images
    /// go through the network in several passes (see [`Encoder::features_in_passes`]).
    pub fn features(&self, images: &[Image], taps: &[Tap]) -> Result<Vec<RawTensor>, EncoderError> {
        self.features_in_passes(images, taps, images_per_pass(self.preprocess.size))
    }

    /// Like [`Encoder::features`], with at most `per_pass` images in one forward pass (the
    /// rows do not depend on it: inference treats every image on its own). `features` picks
    /// the largest pass whose activations fit a 2 GiB budget, so a batch of 128 images at
    /// 1024 px does not ask for tens of gigabytes at once.
    pub fn features_in_passes(
        &self,
        images: &[Image],
        taps: &[Tap],
        per_pass: usize,
    ) -> Result<Vec<RawTensor>, EncoderError> {
        let per_pass = per_pass.max(1);
        if images.len() > per_pass {
            let mut parts: Vec<Vec<RawTensor>> = Vec::new();
            for chunk in images.chunks(per_pass) {
                parts.push(self.features_in_passes(chunk, taps, per_pass)?);
            }
            return Ok((0..taps.len())
                .map(|t| concat_rows(parts.iter().map(|p| &p[t])))
                .collect());
        }
        for &tap in taps {
            self.backbone.tap_channels(tap)?;
        }
        let n = images.len();
        if n == 0 {
            return taps
                .iter()
                .map(|&t| {
                    Ok(RawTensor::new(
                        vec![0, self.backbone.tap_channels(t)?],
                        Vec::new(),
                    ))
                })
                .collect();
        }
        let s = self.preprocess.size;
        let mut input = vec![0f32; n * 3 * s * s];
        input
            .par_chunks_mut(3 * s * s)
            .zip(images.par_iter())
            .try_for_each(|(out, img)| self.preprocess.apply_into(img, out))?;
        self.features_preprocessed(RawTensor::new(vec![n, 3, s, s], input), taps)
    }

    /// Like [`Encoder::features`] for an already preprocessed `[n, 3, h, w]` batch.
    pub fn features_preprocessed(
        &self,
        input: RawTensor,
        taps: &[Tap],
    ) -> Result<Vec<RawTensor>, EncoderError> {
        if input.shape.len() != 4 || input.shape[1] != 3 {
            return Err(EncoderError::Shape {
                key: "input".into(),
                found: input.shape,
                expected: vec![0, 3, self.preprocess.size, self.preprocess.size],
            });
        }
        let shape: [usize; 4] = [input.shape[0], 3, input.shape[2], input.shape[3]];
        let x: Tensor<4> = Tensor::from_data(TensorData::new(input.data, shape), &self.device);
        self.model
            .forward_taps(x, taps)
            .into_iter()
            .map(|t| {
                let data = match t {
                    TapTensor::Map(t) => t.into_data(),
                    TapTensor::Vector(t) => t.into_data(),
                };
                let shape = data.shape().to_vec();
                let values: Vec<f32> = data.try_into_vec().map_err(|_| EncoderError::NonFinite)?;
                if values.iter().any(|v| !v.is_finite()) {
                    return Err(EncoderError::NonFinite);
                }
                Ok(RawTensor::new(shape, values))
            })
            .collect()
    }
}

/// The smallest input side the encoders accept (Lite0 downsamples 32 times).
pub const MIN_IMAGE_SIZE: usize = 32;
/// The largest input side: one Lite0 pass at 4096 px already holds about 3.4 GB of
/// activations.
pub const MAX_IMAGE_SIZE: usize = 4096;

/// Checks an input side against [`MIN_IMAGE_SIZE`] and [`MAX_IMAGE_SIZE`].
pub fn check_image_size(image_size: usize) -> Result<(), EncoderError> {
    if (MIN_IMAGE_SIZE..=MAX_IMAGE_SIZE).contains(&image_size) {
        Ok(())
    } else {
        Err(EncoderError::ImageSize(image_size))
    }
}

/// Activation memory one forward pass may hold, and what one image at side `s` takes: about
/// 200·s² bytes at the peak of a Lite0 pass (measured on machine A: 24 images at 256 and 512
/// px raised the peak resident memory by 12.8 and 52 MB per image).
const ACTIVATION_BUDGET_BYTES: usize = 2 << 30;
const ACTIVATION_BYTES_PER_PIXEL: usize = 200;

/// How many images of side `s` one encoder pass takes (at least one): 213 at 224 px, 40 at
/// 512 px, 10 at 1024 px.
fn images_per_pass(s: usize) -> usize {
    (ACTIVATION_BUDGET_BYTES / (ACTIVATION_BYTES_PER_PIXEL * s * s).max(1)).max(1)
}

/// Stacks `[n_i, ...]` tensors of the same trailing shape along the first axis.
fn concat_rows<'a>(parts: impl Iterator<Item = &'a RawTensor>) -> RawTensor {
    let mut shape = Vec::new();
    let mut data = Vec::new();
    let mut rows = 0;
    for p in parts {
        if shape.is_empty() {
            shape = p.shape.clone();
        }
        rows += p.shape[0];
        data.extend_from_slice(&p.data);
    }
    if let Some(first) = shape.first_mut() {
        *first = rows;
    }
    RawTensor::new(shape, data)
}

fn digest_tensors(tensors: &TensorMap) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for (k, t) in tensors {
        h.update(k.as_bytes());
        for d in &t.shape {
            h.update((*d as u64).to_le_bytes());
        }
        for v in &t.data {
            h.update(v.to_le_bytes());
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_devices_name_what_this_build_runs_on() {
        let Err(e) = device_from_name("tpu") else {
            panic!("tpu is not a device")
        };
        let e = e.to_string();
        assert!(
            e.contains("unknown device \"tpu\": this build runs on cpu"),
            "{e}"
        );
        if !cfg!(feature = "wgpu") {
            let Err(e) = device_from_name("wgpu") else {
                panic!("wgpu without its feature")
            };
            assert!(e.to_string().contains("--features wgpu"), "{e}");
        }
    }

    #[test]
    fn the_last_block_is_the_deepest_block_tap() {
        let last = |b: Backbone| b.last_block();
        assert_eq!(last(Backbone::EfficientNetLite0), Tap::Block(15));
        assert_eq!(last(Backbone::EfficientNetLite1), Tap::Block(20));
        assert_eq!(last(Backbone::EfficientNetLite2), Tap::Block(20));
        for &b in Backbone::ALL {
            let Tap::Block(i) = b.last_block() else {
                unreachable!()
            };
            assert!(b.tap_channels(Tap::Block(i)).is_ok());
            assert!(b.tap_channels(Tap::Block(i + 1)).is_err());
        }
        assert_eq!(
            Backbone::EfficientNetLite2
                .tap_channels(Tap::Block(20))
                .unwrap(),
            352
        );
        // Stage 4 (of 0..=6) ends where Red PANDA's tier B splits the encoder.
        assert_eq!(
            Backbone::EfficientNetLite0.stage_end(4),
            Some(Tap::Block(10))
        );
        assert_eq!(
            Backbone::EfficientNetLite2.stage_end(4),
            Some(Tap::Block(14))
        );
        assert_eq!(Backbone::EfficientNetLite1.stage_end(7), None);
    }

    #[test]
    fn backbones_are_written_as_the_flag_spells_them_and_old_files_still_read() {
        for &b in Backbone::ALL {
            let json = serde_json::to_string(&b).unwrap();
            assert_eq!(json, format!("\"{}\"", b.name()));
            assert_eq!(serde_json::from_str::<Backbone>(&json).unwrap(), b);
        }
        assert_eq!(
            serde_json::from_str::<Backbone>("\"efficient-net-lite0\"").unwrap(),
            Backbone::EfficientNetLite0
        );
    }
}
