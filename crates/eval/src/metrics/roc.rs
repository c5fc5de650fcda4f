use super::{check, descending_groups};
use crate::EvalError;

/// One point of the ROC curve: predicting "anomalous" for scores `>= threshold`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct RocPoint {
    pub fpr: f64,
    pub tpr: f64,
    pub threshold: f32,
}

/// The ROC curve at every distinct score, starting at (0, 0) with threshold +∞, as
/// scikit-learn's `roc_curve(..., drop_intermediate=False)`.
pub fn roc_curve(scores: &[f32], anomalous: &[bool]) -> Result<Vec<RocPoint>, EvalError> {
    let (positives, negatives) = check(scores, anomalous)?;
    let (order, groups) = descending_groups(scores);
    let mut points = vec![RocPoint {
        fpr: 0.0,
        tpr: 0.0,
        threshold: f32::INFINITY,
    }];
    let (mut tp, mut fp) = (0usize, 0usize);
    for group in groups {
        let pos = order[group.clone()]
            .iter()
            .filter(|&&i| anomalous[i])
            .count();
        tp += pos;
        fp += group.len() - pos;
        points.push(RocPoint {
            fpr: fp as f64 / negatives as f64,
            tpr: tp as f64 / positives as f64,
            threshold: scores[order[group.start]],
        });
    }
    Ok(points)
}

/// One point of the precision-recall curve at a threshold.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PrPoint {
    pub recall: f64,
    pub precision: f64,
    pub threshold: f32,
}

/// Precision and recall at every distinct score, from the highest threshold down.
pub fn pr_curve(scores: &[f32], anomalous: &[bool]) -> Result<Vec<PrPoint>, EvalError> {
    let (positives, _) = check(scores, anomalous)?;
    let (order, groups) = descending_groups(scores);
    let (mut tp, mut fp) = (0usize, 0usize);
    Ok(groups
        .into_iter()
        .map(|group| {
            let pos = order[group.clone()]
                .iter()
                .filter(|&&i| anomalous[i])
                .count();
            tp += pos;
            fp += group.len() - pos;
            PrPoint {
                recall: tp as f64 / positives as f64,
                precision: tp as f64 / (tp + fp) as f64,
                threshold: scores[order[group.start]],
            }
        })
        .collect())
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
