use std::path::PathBuf;

/// Everything that can go wrong while reading data. Each variant names the file involved.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// The I/O error is part of the message and deliberately not a `source()`, so a printed
    /// error chain does not repeat it.
    #[error("cannot read {path}: {cause}")]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    /// Like `Io`, for a file being written (or the folder it goes in).
    #[error("cannot write {path}: {cause}")]
    Write {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("cannot decode image {path}: {reason}")]
    Decode { path: String, reason: String },
    #[error("{path} is not a valid IDX file: {reason}")]
    Idx { path: PathBuf, reason: String },
    #[error("{path}: {reason}")]
    Csv { path: PathBuf, reason: String },
    #[error("bad data spec {spec:?}: {reason}")]
    Spec { spec: String, reason: String },
    #[error("{path}: {reason}")]
    Layout { path: PathBuf, reason: String },
    #[error("cannot resize an image to {height}x{width}: sizes must be positive")]
    ResizeTarget { height: usize, width: usize },
}

impl DataError {
    /// An I/O error while writing `path` (or creating the folder it goes in).
    pub fn write(path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Self::Write {
            path: path.into(),
            cause,
        }
    }

    /// An I/O error while reading `path`.
    pub fn io(path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            cause,
        }
    }
}
