use super::{check, descending_groups};
use crate::EvalError;

/// Average precision, equal to scikit-learn's `average_precision_score`:
/// `Σ_n (R_n − R_{n−1}) P_n` over the distinct score thresholds, from the highest down (no
/// interpolation; tied scores form one threshold).
pub fn average_precision(scores: &[f32], anomalous: &[bool]) -> Result<f64, EvalError> {
    let (positives, _) = check(scores, anomalous)?;
    let (order, groups) = descending_groups(scores);
    let (mut tp, mut fp, mut ap, mut last_recall) = (0usize, 0usize, 0.0, 0.0);
    for group in groups {
        let pos = order[group.clone()]
            .iter()
            .filter(|&&i| anomalous[i])
            .count();
        tp += pos;
        fp += group.len() - pos;
        let recall = tp as f64 / positives as f64;
        let precision = tp as f64 / (tp + fp) as f64;
        ap += (recall - last_recall) * precision;
        last_recall = recall;
    }
    Ok(ap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sklearn_docstring_example() {
        // average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333333333333333
        let ap = average_precision(&[0.1, 0.4, 0.35, 0.8], &[false, false, true, true]).unwrap();
        assert!((ap - 0.833_333_333_333_333_3).abs() < 1e-12);
    }

    #[test]
    fn ties_form_one_threshold() {
        // average_precision_score([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.35, 0.8, 0.4, 0.4])
        // = 0.7
        let labels = [false, false, true, true, false, true];
        let ap = average_precision(&[0.1, 0.4, 0.35, 0.8, 0.4, 0.4], &labels).unwrap();
        assert!((ap - 0.7).abs() < 1e-12, "{ap}");
    }

    #[test]
    fn perfect_ranking_is_one() {
        assert_eq!(
            average_precision(&[0.0, 1.0, 2.0], &[false, true, true]).unwrap(),
            1.0
        );
    }
}
