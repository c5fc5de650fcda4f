/// Errors of the transform stage; each lists what is valid.
#[derive(Debug, thiserror::Error)]
pub enum TransformError {
    #[error("unknown transform {name:?}; valid: {valid}")]
    UnknownOp { name: String, valid: String },
    #[error("{op}: severity {severity} is out of range; valid: 1..=5")]
    Severity { op: &'static str, severity: u8 },
    #[error(
        "bad transform chain {chain:?}: {reason} (syntax: name[@severity][+name[@severity]...], e.g. blur@3+contrast@2)"
    )]
    Syntax { chain: String, reason: String },
    #[error("{op}: image {width}x{height} is too small (at least {min} pixels a side)")]
    TooSmall {
        op: &'static str,
        width: usize,
        height: usize,
        min: usize,
    },
    #[error("image codec failed: {0}")]
    Codec(String),
}
