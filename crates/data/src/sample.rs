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
        match &self.image {
            ImageRef::File(path) => {
                let bytes = std::fs::read(path).map_err(|e| DataError::io(path, e))?;
                decode_image(&bytes, &path.display().to_string())
            }
            ImageRef::Idx { images, index } => images.image(*index),
        }
    }

    /// A short, stable description of where the pixels are, for fingerprints and reports.
    pub fn location(&self) -> String {
        match &self.image {
            ImageRef::File(path) => path.display().to_string(),
            ImageRef::Idx { images, index } => format!("{}#{index}", images.path().display()),
        }
    }
}
