use super::{check, descending_groups};
use crate::EvalError;

/// Area under the ROC curve, equal to scikit-learn's `roc_auc_score`: the probability that a
/// random anomaly scores above a random normal sample, ties counting one half.
pub fn auroc(scores: &[f32], anomalous: &[bool]) -> Result<f64, EvalError> {
    let (positives, negatives) = check(scores, anomalous)?;
    let (order, groups) = descending_groups(scores);
    // Walk from the highest score down: each anomaly in a group beats every normal sample
    // below the group and ties with the normal samples inside it.
    let mut normals_below = negatives as f64;
    let mut wins = 0.0;
    for group in groups {
        let pos = order[group.clone()]
            .iter()
            .filter(|&&i| anomalous[i])
            .count() as f64;
        let neg = group.len() as f64 - pos;
        normals_below -= neg;
        wins += pos * (normals_below + 0.5 * neg);
    }
    Ok(wins / (positives as f64 * negatives as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_reversed_rankings() {
        let labels = [false, false, true, true];
        assert_eq!(auroc(&[0.1, 0.2, 0.3, 0.4], &labels).unwrap(), 1.0);
        assert_eq!(auroc(&[0.4, 0.3, 0.2, 0.1], &labels).unwrap(), 0.0);
    }

    #[test]
    fn hand_computed_with_ties() {
        // sklearn.metrics.roc_auc_score([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.35, 0.8, 0.4, 0.4])
        // = 0.6666666666666667
        let labels = [false, false, true, true, false, true];
        let scores = [0.1, 0.4, 0.35, 0.8, 0.4, 0.4];
        assert!((auroc(&scores, &labels).unwrap() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn all_tied_is_one_half() {
        assert_eq!(auroc(&[1.0; 4], &[true, false, true, false]).unwrap(), 0.5);
    }

    #[test]
    fn one_class_is_an_error() {
        assert!(matches!(
            auroc(&[0.1, 0.2], &[true, true]),
            Err(EvalError::OneClass { .. })
        ));
    }

    #[test]
    fn nan_is_an_error() {
        assert!(matches!(
            auroc(&[f32::NAN, 0.2], &[true, false]),
            Err(EvalError::NonFinite { index: 0 })
        ));
    }
}
