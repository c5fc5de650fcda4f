use std::path::PathBuf;

/// Errors of the encoder stage. Each names the file, key or shape involved.
#[derive(Debug, thiserror::Error)]
pub enum EncoderError {
    /// The I/O error is in the message, not a `source()` (a printed chain would repeat it).
    #[error("cannot read {path}: {cause}")]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("cannot load checkpoint {path}: {reason}")]
    Checkpoint { path: PathBuf, reason: String },
    #[error("weights do not fit {model}: missing keys {missing:?}")]
    MissingKeys { model: String, missing: Vec<String> },
    #[error("weights do not fit {model}: unused keys {unused:?}")]
    UnusedKeys { model: String, unused: Vec<String> },
    #[error("tensor {key} has shape {found:?}, expected {expected:?}")]
    Shape {
        key: String,
        found: Vec<usize>,
        expected: Vec<usize>,
    },
    #[error("unknown feature tap {0:?}; available: {1}")]
    UnknownTap(String, String),
    #[error("unknown backbone {0:?}; available: efficientnet-lite0")]
    UnknownBackbone(String),
    #[error(
        "unknown device {name:?}: this build runs on {available}{hint}",
        hint = if name == "wgpu" || name == "cuda" {
            format!(" (build swan with `--features {name}` for {name})")
        } else {
            String::new()
        }
    )]
    UnknownDevice { name: String, available: String },
    #[error(
        "image size {0} is out of range: {min} to {max} pixels",
        min = crate::backbone::MIN_IMAGE_SIZE,
        max = crate::backbone::MAX_IMAGE_SIZE
    )]
    ImageSize(usize),
    #[error("encoder produced non-finite values")]
    NonFinite,
    #[error(transparent)]
    Data(#[from] swan_data::DataError),
}
