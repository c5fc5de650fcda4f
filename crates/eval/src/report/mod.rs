//! Per-split results, their mean, a text table for the terminal, and atomic JSON reports.

use serde::Serialize;

use crate::{EvalError, EvalSplit, auroc, average_precision};

/// Metrics of one split.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct SplitResult {
    pub name: String,
    pub n_train: usize,
    pub n_test: usize,
    pub n_anomalous: usize,
    /// Fraction in [0, 1].
    pub auroc: f64,
    /// Fraction in [0, 1].
    pub ap: f64,
    /// Labelled anomalies the protocol offered for training (DRA settings).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub n_labelled_anomalies: usize,
    /// Anomalies hidden in the training set (pollution).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub n_polluted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl SplitResult {
    /// Scores `scores` (one per test sample of `split`, possibly fewer when images were
    /// skipped: `kept` marks which test samples have a score).
    pub fn compute(
        split: &EvalSplit,
        n_train: usize,
        scores: &[f32],
        kept: &[bool],
    ) -> Result<Self, EvalError> {
        let labels: Vec<bool> = split
            .anomalous
            .iter()
            .zip(kept)
            .filter(|(_, k)| **k)
            .map(|(a, _)| *a)
            .collect();
        Ok(Self {
            name: split.name.clone(),
            n_train,
            n_test: labels.len(),
            n_anomalous: labels.iter().filter(|&&a| a).count(),
            auroc: auroc(scores, &labels)?,
            ap: average_precision(scores, &labels)?,
            n_labelled_anomalies: 0,
            n_polluted: 0,
        })
    }
}

/// Mean AUROC and AP over splits.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct MeanResult {
    pub auroc: f64,
    pub ap: f64,
}

pub fn mean(results: &[SplitResult]) -> MeanResult {
    let n = results.len().max(1) as f64;
    MeanResult {
        auroc: results.iter().map(|r| r.auroc).sum::<f64>() / n,
        ap: results.iter().map(|r| r.ap).sum::<f64>() / n,
    }
}

/// A fixed-width table (percentages) for the terminal.
pub fn format_table(results: &[SplitResult], mean: &MeanResult) -> String {
    let width = results
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(5)
        .max(5);
    let mut out = format!(
        "{:<width$}  {:>7}  {:>6}  {:>6}  {:>7}\n",
        "split", "n_train", "n_test", "AUROC", "AP"
    );
    for r in results {
        out += &format!(
            "{:<width$}  {:>7}  {:>6}  {:>6.2}  {:>7.2}\n",
            r.name,
            r.n_train,
            r.n_test,
            100.0 * r.auroc,
            100.0 * r.ap
        );
    }
    out += &format!(
        "{:<width$}  {:>7}  {:>6}  {:>6.2}  {:>7.2}\n",
        "mean",
        "",
        "",
        100.0 * mean.auroc,
        100.0 * mean.ap
    );
    out
}

/// Serialises `value` as pretty JSON and writes it atomically.
pub fn write_json<T: Serialize>(
    path: &std::path::Path,
    value: &T,
) -> Result<(), swan_data::DataError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| swan_data::DataError::Layout {
        path: path.into(),
        reason: format!("cannot serialise report: {e}"),
    })?;
    swan_data::write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_test_samples_are_left_out_of_the_metrics() {
        let split = EvalSplit {
            name: "0".into(),
            train: vec![0],
            test: vec![1, 2, 3],
            anomalous: vec![false, true, true],
            labelled_anomalies: Vec::new(),
            polluted: 0,
        };
        let r = SplitResult::compute(&split, 1, &[0.1, 0.9], &[true, false, true]).unwrap();
        assert_eq!((r.n_test, r.n_anomalous, r.auroc), (2, 1, 1.0));
    }

    #[test]
    fn table_shows_percentages_and_mean() {
        let r = vec![SplitResult {
            name: "0".into(),
            n_train: 10,
            n_test: 20,
            n_anomalous: 18,
            auroc: 0.8593,
            ap: 0.5,
            n_labelled_anomalies: 0,
            n_polluted: 0,
        }];
        let t = format_table(&r, &mean(&r));
        assert!(t.contains("85.93") && t.contains("mean"), "{t}");
    }
}
