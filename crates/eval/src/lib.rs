//! swan's `eval` stage: metrics on `&[f32]` scores and boolean anomaly labels, protocol
//! builders that turn a labelled dataset into train/test splits, and reports.

#![warn(missing_docs)]

mod error;
pub mod metrics;
pub mod protocol;
pub mod report;

pub use error::EvalError;
pub use metrics::{
    PrPoint, RocPoint, auroc, auroc_ci95, auroc_delong, average_precision, pr_curve, roc_curve,
};
pub use protocol::{
    EvalSplit, NagadParams, Protocol, SeenClass, SsaScope, build_splits, calibration_hold_out,
    calibration_hold_out_by_group, expand_samples, group_of, hold_out_calibration, scored_only,
};
