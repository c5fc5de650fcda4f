//! Decision thresholds from held-out normal scores.

use crate::ScoreError;

/// The smallest threshold `t` (one of the given scores, or +∞ nudged from the largest) such
/// that at most `target_fpr` of the held-out normal scores are `> t`: images scoring above
/// it are flagged anomalous.
pub fn threshold_at_fpr(normal_scores: &[f32], target_fpr: f64) -> Result<f32, ScoreError> {
    if normal_scores.is_empty() {
        return Err(ScoreError::TooFewRows {
            scorer: "threshold",
            needed: 1,
            got: 0,
        });
    }
    if !(0.0..=1.0).contains(&target_fpr) {
        return Err(ScoreError::Params {
            scorer: "threshold",
            reason: format!("target FPR must be in [0, 1], got {target_fpr}"),
        });
    }
    if normal_scores.iter().any(|s| !s.is_finite()) {
        return Err(ScoreError::Params {
            scorer: "threshold",
            reason: "normal scores hold NaN or infinity".into(),
        });
    }
    let mut sorted = normal_scores.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a)); // descending
    let allowed = (target_fpr * sorted.len() as f64).floor() as usize; // scores allowed above t
    Ok(if allowed >= sorted.len() {
        sorted[sorted.len() - 1]
    } else {
        sorted[allowed]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_percent_of_ten_scores_allows_one_above() {
        let s: Vec<f32> = (1..=10).map(|v| v as f32).collect();
        let t = threshold_at_fpr(&s, 0.1).unwrap();
        assert_eq!(t, 9.0);
        assert_eq!(s.iter().filter(|&&v| v > t).count(), 1);
    }

    #[test]
    fn zero_fpr_is_the_maximum() {
        assert_eq!(threshold_at_fpr(&[0.3, 0.9, 0.1], 0.0).unwrap(), 0.9);
    }

    #[test]
    fn bad_target_is_an_error() {
        assert!(threshold_at_fpr(&[0.0], 1.5).is_err());
        assert!(threshold_at_fpr(&[], 0.1).is_err());
    }
}
