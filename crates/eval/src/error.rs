/// Errors of the eval stage.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EvalError {
    #[error("{scores} scores but {labels} labels")]
    Length { scores: usize, labels: usize },
    #[error(
        "a metric needs both normal and anomalous samples ({positives} anomalous, {negatives} normal)"
    )]
    OneClass { positives: usize, negatives: usize },
    #[error("score {index} is NaN or infinite")]
    NonFinite { index: usize },
    #[error("anomaly map: {0}")]
    Map(String),
    #[error("protocol {protocol}: {reason}")]
    Protocol { protocol: String, reason: String },
}
