/// Errors of the eval stage.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EvalError {
    /// Scores and labels of different lengths.
    #[error("{scores} scores but {labels} labels")]
    Length {
        /// Number of scores.
        scores: usize,
        /// Number of labels.
        labels: usize,
    },
    /// Only one kind of sample: a ranking metric needs both.
    #[error(
        "a metric needs both normal and anomalous samples ({positives} anomalous, {negatives} normal)"
    )]
    OneClass {
        /// Anomalous samples.
        positives: usize,
        /// Normal samples.
        negatives: usize,
    },
    /// A score that cannot be ranked.
    #[error("score {index} is NaN or infinite")]
    NonFinite {
        /// Its position.
        index: usize,
    },
    /// An anomaly map or mask that does not fit its image or the others.
    #[error("anomaly map: {0}")]
    Map(String),
    /// A protocol cannot be built on this data with these parameters.
    #[error("protocol {protocol}: {reason}")]
    Protocol {
        /// The protocol's name.
        protocol: String,
        /// What is missing or wrong.
        reason: String,
    },
}
