use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::source::idx::IdxImages;
use crate::{DataError, Image, decode_image};

/// Whether a sample is known to be normal, known to be anomalous, or not labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Normal,
    Anomaly,
    Unknown,
}

/// The split a source assigned to a sample, when it has one (IDX train/t10k, MVTec train/test).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    Train,
    Test,
}

/// Where a sample's pixels live. Decoding happens in [`Sample::load`].
#[derive(Clone, Debug)]
pub enum ImageRef {
    /// An encoded image file (PNG, JPEG, BMP, TIFF).
    File(PathBuf),
    /// Image `index` of an IDX image file.
    Idx {
        images: Arc<IdxImages>,
        index: usize,
    },
    /// Another image turned by `quarter_turns` × 90° counter-clockwise (an exact pixel
    /// permutation; used to give a dataset a synthetic orientation attribute).
    Rotated {
        inner: Box<ImageRef>,
        quarter_turns: u8,
    },
    /// Another image seen through an operation defined outside this crate (a transform
    /// chain with its seed), applied at load time.
    View {
        inner: Box<ImageRef>,
        view: Arc<dyn ImageView>,
    },
}

/// An operation applied to an image when it is loaded. Implemented by the transform stage.
pub trait ImageView: Send + Sync + std::fmt::Debug {
    fn apply(&self, img: Image) -> Result<Image, DataError>;
    /// Identifies the operation and its randomness, for cache keys and reports.
    fn key(&self) -> String;
}

impl ImageRef {
    fn load(&self) -> Result<Image, DataError> {
        match self {
            Self::File(path) => {
                let bytes = std::fs::read(path).map_err(|e| DataError::io(path, e))?;
                decode_image(&bytes, &path.display().to_string())
            }
            Self::Idx { images, index } => images.image(*index),
            Self::Rotated {
                inner,
                quarter_turns,
            } => Ok(inner.load()?.rotate90(*quarter_turns)),
            Self::View { inner, view } => view.apply(inner.load()?),
        }
    }

    fn location(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Idx { images, index } => format!("{}#{index}", images.path().display()),
            Self::Rotated {
                inner,
                quarter_turns,
            } => {
                format!(
                    "{}@rot{}",
                    inner.location(),
                    90 * u32::from(quarter_turns % 4)
                )
            }
            Self::View { inner, view } => format!("{}@{}", inner.location(), view.key()),
        }
    }

    /// The file the pixels come from.
    pub fn file(&self) -> &std::path::Path {
        match self {
            Self::File(path) => path,
            Self::Idx { images, .. } => images.path(),
            Self::Rotated { inner, .. } | Self::View { inner, .. } => inner.file(),
        }
    }
}

/// One image of a dataset with everything known about it.
#[derive(Clone, Debug)]
pub struct Sample {
    /// Unique inside its dataset: a relative path, or `train/00042` for IDX.
    pub id: String,
    pub image: ImageRef,
    /// Class name, when the source has classes.
    pub class: Option<String>,
    pub label: Label,
    pub split: Option<Split>,
    /// Named string attributes (e.g. a nuisance such as `camera`), from CSV columns.
    pub attributes: BTreeMap<String, String>,
}

impl Sample {
    /// Decodes the image. Errors name the file.
    pub fn load(&self) -> Result<Image, DataError> {
        self.image.load()
    }

    /// A short, stable description of where the pixels are, for fingerprints and reports.
    pub fn location(&self) -> String {
        self.image.location()
    }
}

/// Gives every sample a synthetic orientation nuisance: a seeded choice of 0°, 90°, 180° or
/// 270° (from a hash of the id), applied to its pixels and recorded as the attribute `name`
/// (`"0"`, `"90"`, ...). Used to test nuisance-aware protocols on data without one.
pub fn with_rotation_attribute(samples: Vec<Sample>, name: &str, seed: u64) -> Vec<Sample> {
    use sha2::{Digest, Sha256};
    samples
        .into_iter()
        .map(|mut s| {
            let h = Sha256::new()
                .chain_update(seed.to_le_bytes())
                .chain_update(s.id.as_bytes())
                .finalize();
            let quarter_turns = h[0] % 4;
            s.attributes.insert(
                name.to_string(),
                (90 * u32::from(quarter_turns)).to_string(),
            );
            s.image = ImageRef::Rotated {
                inner: Box::new(s.image),
                quarter_turns,
            };
            s
        })
        .collect()
}
