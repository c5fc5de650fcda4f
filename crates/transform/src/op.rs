//! The named operations, their severities, and chains (`blur@3+contrast@2`).

use std::fmt;
use std::str::FromStr;

use swan_data::Image;

use crate::rng::Rng;
use crate::{TransformError, corrupt, geometric, photometric};

/// Every operation swan knows. Names are the chain syntax's (`Op::name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Op {
    /// Mirror left–right (`hflip`).
    FlipH,
    /// Mirror top–bottom (`vflip`).
    FlipV,
    /// Quarter turn counter-clockwise (`rot90`).
    Rot90,
    /// Half turn (`rot180`).
    Rot180,
    /// Three quarter turns counter-clockwise (`rot270`).
    Rot270,
    /// Random resized crop, resized back to the input size.
    Crop,
    /// Additive Gaussian noise (`noise`).
    GaussianNoise,
    /// Gaussian blur (`blur`).
    GaussianBlur,
    /// Glass blur: blur, local pixel shuffles, blur (`glass`).
    GlassBlur,
    /// JPEG compression round trip (`jpeg`).
    Jpeg,
    /// Contrast reduced towards each channel's mean (`contrast`).
    Contrast,
    /// Brightness raised in HSV (`brightness`).
    Brightness,
    /// Saturation scaled and shifted in HSV, lowered at severities 1–2, raised above
    /// (`saturation`).
    Saturation,
    /// Random brightness, contrast and saturation (`jitter`).
    ColorJitter,
    /// Snow over the image (`snow`).
    Snow,
    /// Red PANDA's views: Gaussian blur k = 5, σ = 1; contrast and saturation factors drawn
    /// from U(1.8, 3.0); random resized crop of scale U(0.5, 1). Severity is ignored.
    PandaBlur,
    /// Red PANDA's contrast view.
    PandaContrast,
    /// Red PANDA's saturation view.
    PandaSaturation,
    /// Red PANDA's crop view.
    PandaCrop,
}

impl Op {
    /// Every operation.
    pub const ALL: &[Op] = &[
        Op::FlipH,
        Op::FlipV,
        Op::Rot90,
        Op::Rot180,
        Op::Rot270,
        Op::Crop,
        Op::GaussianNoise,
        Op::GaussianBlur,
        Op::GlassBlur,
        Op::Jpeg,
        Op::Contrast,
        Op::Brightness,
        Op::Saturation,
        Op::ColorJitter,
        Op::Snow,
        Op::PandaBlur,
        Op::PandaContrast,
        Op::PandaSaturation,
        Op::PandaCrop,
    ];

    /// The name chains use.
    pub fn name(self) -> &'static str {
        match self {
            Op::FlipH => "hflip",
            Op::FlipV => "vflip",
            Op::Rot90 => "rot90",
            Op::Rot180 => "rot180",
            Op::Rot270 => "rot270",
            Op::Crop => "crop",
            Op::GaussianNoise => "noise",
            Op::GaussianBlur => "blur",
            Op::GlassBlur => "glass",
            Op::Jpeg => "jpeg",
            Op::Contrast => "contrast",
            Op::Brightness => "brightness",
            Op::Saturation => "saturation",
            Op::ColorJitter => "jitter",
            Op::Snow => "snow",
            Op::PandaBlur => "panda-blur",
            Op::PandaContrast => "panda-contrast",
            Op::PandaSaturation => "panda-saturation",
            Op::PandaCrop => "panda-crop",
        }
    }

    /// Applies the operation at `severity` (1..=5) with randomness drawn from `rng`.
    pub fn apply(self, img: &Image, severity: u8, rng: &mut Rng) -> Result<Image, TransformError> {
        self.apply_owned(img.clone(), severity, rng)
    }

    /// As [`Op::apply`], consuming the image: pixel-wise operations (noise, contrast,
    /// brightness, saturation, jitter, Red PANDA's contrast and saturation) reuse its buffer.
    pub fn apply_owned(
        self,
        img: Image,
        severity: u8,
        rng: &mut Rng,
    ) -> Result<Image, TransformError> {
        let img_ref = &img;
        if !(1..=5).contains(&severity) {
            return Err(TransformError::Severity {
                op: self.name(),
                severity,
            });
        }
        let s = usize::from(severity - 1);
        Ok(match self {
            Op::FlipH => geometric::flip(img_ref, true),
            Op::FlipV => geometric::flip(img_ref, false),
            Op::Rot90 => img.rotate90(1),
            Op::Rot180 => img.rotate90(2),
            Op::Rot270 => img.rotate90(3),
            Op::Crop => geometric::random_resized_crop(img_ref, geometric::CROP_SCALE[s], rng)?,
            Op::GaussianNoise => corrupt::gaussian_noise(img, corrupt::NOISE[s], rng),
            Op::GaussianBlur => corrupt::gaussian_blur(img_ref, corrupt::BLUR[s]),
            Op::GlassBlur => corrupt::glass_blur(img_ref, corrupt::GLASS[s], rng),
            Op::Jpeg => corrupt::jpeg(img_ref, corrupt::JPEG[s])?,
            Op::Contrast => photometric::contrast(img, photometric::CONTRAST[s]),
            Op::Brightness => photometric::brightness(img, photometric::BRIGHTNESS[s]),
            Op::Saturation => photometric::saturation(img, photometric::SATURATION[s]),
            Op::ColorJitter => photometric::color_jitter(img, photometric::JITTER[s], rng),
            Op::Snow => corrupt::snow(img_ref, corrupt::SNOW[s], rng),
            Op::PandaBlur => photometric::panda_blur(img_ref),
            Op::PandaContrast => photometric::blend_contrast(img, rng.range(1.8, 3.0) as f32),
            Op::PandaSaturation => photometric::blend_saturation(img, rng.range(1.8, 3.0) as f32),
            Op::PandaCrop => geometric::random_resized_crop(img_ref, (0.5, 1.0), rng)?,
        })
    }
}

impl FromStr for Op {
    type Err = TransformError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Op::ALL
            .iter()
            .copied()
            .find(|o| o.name() == s)
            .ok_or_else(|| TransformError::UnknownOp {
                name: s.into(),
                valid: Op::ALL
                    .iter()
                    .map(|o| o.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

/// An operation at a severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Transform {
    /// The operation.
    pub op: Op,
    /// Its severity, 1 (mildest) to 5.
    pub severity: u8,
}

impl fmt::Display for Transform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.op.name(), self.severity)
    }
}

/// Operations applied in order, e.g. `blur@3+contrast@2` (severity 1 when omitted: `rot90`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Chain(pub Vec<Transform>);

impl Chain {
    /// Applies the chain; the same `seed` and image always give the same result.
    pub fn apply(&self, img: &Image, seed: u64) -> Result<Image, TransformError> {
        let mut rng = Rng::new(seed);
        let mut out = img.clone();
        for t in &self.0 {
            out = t.op.apply_owned(out, t.severity, &mut rng)?;
        }
        Ok(out)
    }

    /// Applies the chain to a batch on all cores; image `i` uses seed `seed + i`.
    pub fn apply_batch(&self, images: &[Image], seed: u64) -> Result<Vec<Image>, TransformError> {
        use rayon::prelude::*;
        images
            .par_iter()
            .enumerate()
            .map(|(i, img)| self.apply(img, seed.wrapping_add(i as u64)))
            .collect()
    }
}

impl FromStr for Chain {
    type Err = TransformError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let steps = s
            .split('+')
            .map(|part| {
                let part = part.trim();
                let (name, severity) = match part.split_once('@') {
                    Some((n, sev)) => (
                        n,
                        sev.parse::<u8>().map_err(|_| TransformError::Syntax {
                            chain: s.into(),
                            reason: format!("severity {sev:?} is not a number 1..5"),
                        })?,
                    ),
                    None => (part, 1),
                };
                let op: Op = name.parse()?;
                if !(1..=5).contains(&severity) {
                    return Err(TransformError::Severity {
                        op: op.name(),
                        severity,
                    });
                }
                Ok(Transform { op, severity })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if steps.is_empty() {
            return Err(TransformError::Syntax {
                chain: s.into(),
                reason: "empty chain".into(),
            });
        }
        Ok(Chain(steps))
    }
}

impl fmt::Display for Chain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join("+"))
    }
}

impl From<Chain> for String {
    fn from(c: Chain) -> Self {
        c.to_string()
    }
}

impl TryFrom<String> for Chain {
    type Error = TransformError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// A chain with its seed, applied when a sample is loaded (`swan_data::ImageRef::View`).
#[derive(Clone, Debug)]
pub struct ChainView {
    /// The operations.
    pub chain: Chain,
    /// The seed of their random draws.
    pub seed: u64,
}

impl swan_data::ImageView for ChainView {
    fn apply(&self, img: Image) -> Result<Image, swan_data::DataError> {
        self.chain
            .apply(&img, self.seed)
            .map_err(|e| swan_data::DataError::Decode {
                path: format!("<transform {}>", self.chain),
                reason: e.to_string(),
            })
    }

    fn key(&self) -> String {
        format!("{}#{}", self.chain, self.seed)
    }
}
