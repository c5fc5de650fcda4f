use std::path::PathBuf;

/// Errors of the training engine.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// A configuration that cannot run (a zero batch, a bad learning rate, …).
    #[error("{0}")]
    Config(String),
    /// Training data that does not fit the run (too few items, wrong shapes).
    #[error("data: {0}")]
    Data(String),
    /// Weights that do not fit the network.
    #[error("weights: {0}")]
    Weights(String),
    /// A checkpoint that does not fit the run being resumed.
    #[error("checkpoint: {0}")]
    Checkpoint(String),
    /// A checkpoint file that cannot be read.
    #[error("checkpoint {path}: {reason}")]
    CheckpointFile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A loss or gradient that became NaN or infinite.
    #[error("training diverged: {0}")]
    NonFinite(String),
    /// The I/O error is in the message, not a `source()` (a printed chain would repeat it).
    #[error("{path}: {cause}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        cause: std::io::Error,
    },
    /// Reading the images failed.
    #[error(transparent)]
    Swan(#[from] swan_data::DataError),
}
