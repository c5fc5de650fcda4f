use std::path::PathBuf;

/// Errors of the encoder stage. Each names the file, key or shape involved.
#[derive(Debug, thiserror::Error)]
pub enum EncoderError {
    /// The I/O error is in the message, not a `source()` (a printed chain would repeat it).
    #[error("cannot read {path}: {cause}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        cause: std::io::Error,
    },
    /// A checkpoint that is not one swan reads (damaged, or another format).
    #[error("cannot load checkpoint {path}: {reason}")]
    Checkpoint {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// Weights without tensors the model needs.
    #[error("weights do not fit {model}: missing keys {missing:?}")]
    MissingKeys {
        /// The model.
        model: String,
        /// The tensor names not found.
        missing: Vec<String>,
    },
    /// Weights with tensors the model has no place for.
    #[error("weights do not fit {model}: unused keys {unused:?}")]
    UnusedKeys {
        /// The model.
        model: String,
        /// The tensor names left over.
        unused: Vec<String>,
    },
    /// A tensor of the wrong shape.
    #[error("tensor {key} has shape {found:?}, expected {expected:?}")]
    Shape {
        /// The tensor's name.
        key: String,
        /// Its shape in the file.
        found: Vec<usize>,
        /// The shape the model needs.
        expected: Vec<usize>,
    },
    /// A tap name the backbone does not have (the name, then the available ones).
    #[error("unknown feature tap {0:?}; available: {1}")]
    UnknownTap(String, String),
    /// A backbone name swan does not know.
    #[error(
        "unknown backbone {0:?}; available: {available}",
        available = crate::Backbone::names()
    )]
    UnknownBackbone(String),
    /// A device this build cannot run on.
    #[error(
        "unknown device {name:?}: this build runs on {available}{hint}",
        hint = if name == "wgpu" || name == "cuda" {
            format!(" (build swan with `--features {name}` for {name})")
        } else {
            String::new()
        }
    )]
    UnknownDevice {
        /// The device named.
        name: String,
        /// The devices this build has.
        available: String,
    },
    /// An input size outside what the encoder takes.
    #[error(
        "image size {0} is out of range: {min} to {max} pixels",
        min = crate::backbone::MIN_IMAGE_SIZE,
        max = crate::backbone::MAX_IMAGE_SIZE
    )]
    ImageSize(usize),
    /// NaN or infinite activations (damaged weights, or a diverged fine-tuning).
    #[error("encoder produced non-finite values")]
    NonFinite,
    /// Reading or decoding the images failed.
    #[error(transparent)]
    Data(#[from] swan_data::DataError),
}
