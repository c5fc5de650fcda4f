/// Errors of the transform stage; each lists what is valid.
#[derive(Debug, thiserror::Error)]
pub enum TransformError {
    /// An operation name swan does not know.
    #[error("unknown transform {name:?}; valid: {valid}")]
    UnknownOp {
        /// The name given.
        name: String,
        /// The names swan knows, comma-separated.
        valid: String,
    },
    /// A severity outside 1..=5.
    #[error("{op}: severity {severity} is out of range; valid: 1..=5")]
    Severity {
        /// The operation.
        op: &'static str,
        /// The severity given.
        severity: u8,
    },
    /// A chain that does not parse.
    #[error(
        "bad transform chain {chain:?}: {reason} (syntax: name[@severity][+name[@severity]...], e.g. blur@3+contrast@2)"
    )]
    Syntax {
        /// The chain as given.
        chain: String,
        /// What is wrong.
        reason: String,
    },
    /// An image too small for the operation.
    #[error("{op}: image {width}x{height} is too small (at least {min} pixels a side)")]
    TooSmall {
        /// The operation.
        op: &'static str,
        /// The image's width.
        width: usize,
        /// The image's height.
        height: usize,
        /// The least side the operation takes.
        min: usize,
    },
    /// The JPEG round trip of `jpeg` failed.
    #[error("image codec failed: {0}")]
    Codec(String),
}
