use crate::{EvalError, pr_curve};

/// Average precision, equal to scikit-learn's `average_precision_score`:
/// `Σ_n (R_n − R_{n−1}) P_n` over the distinct score thresholds, from the highest down (no
/// interpolation; tied scores form one threshold), summed along [`pr_curve`].
pub fn average_precision(scores: &[f32], anomalous: &[bool]) -> Result<f64, EvalError> {
    let mut last_recall = 0.0;
    Ok(pr_curve(scores, anomalous)?
        .into_iter()
        .map(|p| {
            let step = (p.recall - last_recall) * p.precision;
            last_recall = p.recall;
            step
        })
        .sum())
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
