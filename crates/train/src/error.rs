use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("{0}")]
    Config(String),
    #[error("data: {0}")]
    Data(String),
    #[error("weights: {0}")]
    Weights(String),
    #[error("checkpoint: {0}")]
    Checkpoint(String),
    #[error("checkpoint {path}: {reason}")]
    CheckpointFile { path: PathBuf, reason: String },
    #[error("training diverged: {0}")]
    NonFinite(String),
    /// The I/O error is in the message, not a `source()` (a printed chain would repeat it).
    #[error("{path}: {cause}")]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error(transparent)]
    Swan(#[from] swan_data::DataError),
}
