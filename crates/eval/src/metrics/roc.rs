use super::{check, descending_groups};
use crate::EvalError;

/// One point of the ROC curve: predicting "anomalous" for scores `>= threshold`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct RocPoint {
    /// Share of normal samples at or above the threshold.
    pub fpr: f64,
    /// Share of anomalous samples at or above the threshold.
    pub tpr: f64,
    /// The score threshold.
    pub threshold: f32,
}

/// The ROC curve at every distinct score, starting at (0, 0) with threshold +∞, as
/// scikit-learn's `roc_curve(..., drop_intermediate=False)`.
pub fn roc_curve(scores: &[f32], anomalous: &[bool]) -> Result<Vec<RocPoint>, EvalError> {
    let (positives, negatives, counts) = cumulative_counts(scores, anomalous)?;
    let start = RocPoint {
        fpr: 0.0,
        tpr: 0.0,
        threshold: f32::INFINITY,
    };
    Ok(std::iter::once(start)
        .chain(counts.into_iter().map(|(tp, fp, threshold)| RocPoint {
            fpr: fp as f64 / negatives as f64,
            tpr: tp as f64 / positives as f64,
            threshold,
        }))
        .collect())
}

/// One point of the precision-recall curve at a threshold.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PrPoint {
    /// Share of anomalous samples at or above the threshold.
    pub recall: f64,
    /// Share of anomalous samples among those at or above the threshold.
    pub precision: f64,
    /// The score threshold.
    pub threshold: f32,
}

/// Precision and recall at every distinct score, from the highest threshold down.
pub fn pr_curve(scores: &[f32], anomalous: &[bool]) -> Result<Vec<PrPoint>, EvalError> {
    let (positives, _, counts) = cumulative_counts(scores, anomalous)?;
    Ok(counts
        .into_iter()
        .map(|(tp, fp, threshold)| PrPoint {
            recall: tp as f64 / positives as f64,
            precision: tp as f64 / (tp + fp) as f64,
            threshold,
        })
        .collect())
}

/// (positives, negatives, and per distinct score from the highest down: true and false
/// positives at or above it, and the score).
type Counts = (usize, usize, Vec<(usize, usize, f32)>);

fn cumulative_counts(scores: &[f32], anomalous: &[bool]) -> Result<Counts, EvalError> {
    let (positives, negatives) = check(scores, anomalous)?;
    let (order, groups) = descending_groups(scores);
    let (mut tp, mut fp) = (0usize, 0usize);
    let counts = groups
        .into_iter()
        .map(|group| {
            let pos = order[group.clone()]
                .iter()
                .filter(|&&i| anomalous[i])
                .count();
            tp += pos;
            fp += group.len() - pos;
            (tp, fp, scores[order[group.start]])
        })
        .collect();
    Ok((positives, negatives, counts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sklearn_example_points() {
        // roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]):
        // fpr [0, 0, 0.5, 0.5, 1], tpr [0, 0.5, 0.5, 1, 1]
        let pts = roc_curve(&[0.1, 0.4, 0.35, 0.8], &[false, false, true, true]).unwrap();
        let fpr: Vec<f64> = pts.iter().map(|p| p.fpr).collect();
        let tpr: Vec<f64> = pts.iter().map(|p| p.tpr).collect();
        assert_eq!(fpr, [0.0, 0.0, 0.5, 0.5, 1.0]);
        assert_eq!(tpr, [0.0, 0.5, 0.5, 1.0, 1.0]);
        assert_eq!(pts[1].threshold, 0.8);
    }

    #[test]
    fn trapezoid_area_equals_auroc() {
        let labels = [false, false, true, true, false, true];
        let scores = [0.1, 0.4, 0.35, 0.8, 0.4, 0.4];
        let pts = roc_curve(&scores, &labels).unwrap();
        let area: f64 = pts
            .windows(2)
            .map(|w| (w[1].fpr - w[0].fpr) * (w[1].tpr + w[0].tpr) / 2.0)
            .sum();
        assert!((area - crate::auroc(&scores, &labels).unwrap()).abs() < 1e-12);
    }
}
