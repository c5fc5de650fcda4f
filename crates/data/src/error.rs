use std::path::PathBuf;

/// Everything that can go wrong while reading data. Each variant names the file involved.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// The I/O error is part of the message and deliberately not a `source()`, so a printed
    /// error chain does not repeat it.
    #[error("cannot read {path}: {cause}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        cause: std::io::Error,
    },
    /// Like `Io`, for a file being written (or the folder it goes in).
    #[error("cannot write {path}: {cause}")]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        cause: std::io::Error,
    },
    /// An image that cannot be decoded (unknown format, truncated, too large).
    #[error("cannot decode image {path}: {reason}")]
    Decode {
        /// The image's file, or its name (an image in memory, an array entry).
        path: String,
        /// Why.
        reason: String,
    },
    /// An IDX file that does not hold what its header says.
    #[error("{path} is not a valid IDX file: {reason}")]
    Idx {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A CSV manifest with a missing column, a bad row or a bad value.
    #[error("{path}: {reason}")]
    Csv {
        /// The manifest.
        path: PathBuf,
        /// What is wrong, with the row.
        reason: String,
    },
    /// A `KIND:PATH` data source that cannot be understood.
    #[error("bad data spec {spec:?}: {reason}")]
    Spec {
        /// The spec as given.
        spec: String,
        /// Why.
        reason: String,
    },
    /// A folder (or archive) not laid out as its kind needs (MVTec, CIFAR, a class folder).
    #[error("{path}: {reason}")]
    Layout {
        /// The folder or archive.
        path: PathBuf,
        /// What was expected.
        reason: String,
    },
    /// A resize to an empty size.
    #[error("cannot resize an image to {height}x{width}: sizes must be positive")]
    ResizeTarget {
        /// Height asked for.
        height: usize,
        /// Width asked for.
        width: usize,
    },
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
