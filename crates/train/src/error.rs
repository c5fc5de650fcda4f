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
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Swan(#[from] swan_data::DataError),
}
