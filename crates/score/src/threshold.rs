//! Decision thresholds and conformal p-values from held-out normal scores.

use crate::ScoreError;

/// The smallest threshold `t` (one of the given scores, or +∞ nudged from the largest) such
/// that at most `target_fpr` of the held-out normal scores are `> t`: images scoring above
/// it are flagged anomalous.
pub fn threshold_at_fpr(normal_scores: &[f32], target_fpr: f64) -> Result<f32, ScoreError> {
    check_normal_scores(normal_scores)?;
    let mut sorted = normal_scores.to_vec();
    sorted.sort_by(f32::total_cmp);
    threshold_in_ascending(&sorted, target_fpr)
}

/// [`threshold_at_fpr`] on checked scores already sorted ascending.
fn threshold_in_ascending(ascending: &[f32], target_fpr: f64) -> Result<f32, ScoreError> {
    if !(0.0..=1.0).contains(&target_fpr) {
        return Err(ScoreError::Params {
            scorer: "threshold",
            reason: format!("target FPR must be in [0, 1], got {target_fpr}"),
        });
    }
    let n = ascending.len();
    let allowed = (target_fpr * n as f64).floor() as usize; // scores allowed above t
    // The (allowed + 1)-th largest; the smallest when every score may lie above.
    Ok(ascending[n - 1 - allowed.min(n - 1)])
}

fn check_normal_scores(normal_scores: &[f32]) -> Result<(), ScoreError> {
    if normal_scores.is_empty() {
        return Err(ScoreError::TooFewRows {
            scorer: "threshold",
            needed: 1,
            got: 0,
        });
    }
    if normal_scores.iter().any(|s| !s.is_finite()) {
        return Err(ScoreError::Params {
            scorer: "threshold",
            reason: "normal scores hold NaN or infinity".into(),
        });
    }
    Ok(())
}

/// The scores of held-out normal images (a calibration set), which turn a detector's score
/// into a split-conformal p-value: `p(s) = (1 + #{calibration scores ≥ s}) / (n + 1)`.
///
/// When the calibration images and a new normal image are exchangeable (drawn alike, and
/// none of them seen in training), `P(p ≤ α) ≤ α` for every α: flagging `p ≤ α` flags at
/// most a fraction α of new normal images, whatever the detector and its score's scale.
/// The smallest p-value is `1 / (n + 1)`, so α below that flags nothing.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "Vec<f32>", into = "Vec<f32>")]
pub struct Calibration {
    /// Ascending.
    sorted: Vec<f32>,
}

impl Calibration {
    /// From held-out normal scores (any order; at least one, all finite).
    pub fn new(normal_scores: &[f32]) -> Result<Self, ScoreError> {
        check_normal_scores(normal_scores)?;
        let mut sorted = normal_scores.to_vec();
        sorted.sort_by(f32::total_cmp);
        Ok(Self { sorted })
    }

    /// Number of calibration scores.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Never true: a calibration holds at least one score.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// The calibration scores, ascending.
    pub fn scores(&self) -> &[f32] {
        &self.sorted
    }

    /// The conformal p-value of `score`, in `[1 / (n + 1), 1]`; NaN for a NaN score.
    pub fn p_value(&self, score: f32) -> f64 {
        if score.is_nan() {
            return f64::NAN;
        }
        // Scores below `score` come first in the ascending list.
        let below = self.sorted.partition_point(|&c| c < score);
        let at_or_above = self.sorted.len() - below;
        (1 + at_or_above) as f64 / (self.sorted.len() + 1) as f64
    }

    /// [`threshold_at_fpr`] on the calibration scores (checked and sorted when they were
    /// made).
    pub fn threshold_at_fpr(&self, target_fpr: f64) -> Result<f32, ScoreError> {
        threshold_in_ascending(&self.sorted, target_fpr)
    }
}

/// The Benjamini–Hochberg cutoff at false discovery rate `q` for a batch of p-values: the
/// largest `p_(k)` (the k-th smallest) with `p_(k) ≤ k q / m`, m the batch size. Flagging every
/// p-value at or below it keeps the expected share of normal images among those flagged at or
/// below `q` · (normal share of the batch); with conformal p-values of one calibration set this
/// holds as well (their dependence is positive: Bates et al., "Testing for outliers with
/// conformal p-values", 2023). `None` when nothing is flagged. NaN p-values are never flagged
/// but count in m.
pub fn benjamini_hochberg(p_values: &[f64], q: f64) -> Result<Option<f64>, ScoreError> {
    if !(q > 0.0 && q < 1.0) {
        return Err(ScoreError::Params {
            scorer: "fdr",
            reason: format!("the false discovery rate must lie in (0, 1), got {q}"),
        });
    }
    let m = p_values.len() as f64;
    let mut sorted: Vec<f64> = p_values.iter().copied().filter(|p| !p.is_nan()).collect();
    sorted.sort_by(f64::total_cmp);
    Ok(sorted
        .iter()
        .enumerate()
        .filter(|(k, p)| **p <= (k + 1) as f64 * q / m)
        .map(|(_, p)| *p)
        .next_back())
}

impl TryFrom<Vec<f32>> for Calibration {
    type Error = ScoreError;

    fn try_from(scores: Vec<f32>) -> Result<Self, ScoreError> {
        Self::new(&scores)
    }
}

impl From<Calibration> for Vec<f32> {
    fn from(c: Calibration) -> Self {
        c.sorted
    }
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
    fn a_calibration_thresholds_as_its_scores_do() {
        let s = [0.7, 0.1, 0.9, 0.4, 0.4, 0.3];
        let c = Calibration::new(&s).unwrap();
        for fpr in [0.0, 0.1, 0.2, 0.34, 0.5, 0.99, 1.0] {
            assert_eq!(
                c.threshold_at_fpr(fpr).unwrap(),
                threshold_at_fpr(&s, fpr).unwrap()
            );
        }
        assert_eq!(threshold_at_fpr(&s, 1.0).unwrap(), 0.1);
        assert!(c.threshold_at_fpr(-0.1).is_err());
    }

    #[test]
    fn bad_target_is_an_error() {
        assert!(threshold_at_fpr(&[0.0], 1.5).is_err());
        assert!(threshold_at_fpr(&[], 0.1).is_err());
    }

    #[test]
    fn p_values_count_calibration_scores_at_or_above() {
        let c = Calibration::new(&[3.0, 1.0, 2.0, 2.0]).unwrap();
        assert_eq!(c.scores(), &[1.0, 2.0, 2.0, 3.0]);
        // (1 + #{c ≥ s}) / 5
        assert_eq!(c.p_value(0.5), 1.0);
        assert_eq!(c.p_value(1.0), 1.0);
        assert_eq!(c.p_value(1.5), 4.0 / 5.0);
        assert_eq!(c.p_value(2.0), 4.0 / 5.0); // ties count as at or above
        assert_eq!(c.p_value(2.5), 2.0 / 5.0);
        assert_eq!(c.p_value(3.0), 2.0 / 5.0);
        assert_eq!(c.p_value(100.0), 1.0 / 5.0);
        assert!(c.p_value(f32::NAN).is_nan());
        assert_eq!(c.p_value(f32::INFINITY), 1.0 / 5.0);
    }

    #[test]
    fn empty_or_non_finite_calibration_is_an_error() {
        assert!(Calibration::new(&[]).is_err());
        assert!(Calibration::new(&[1.0, f32::NAN]).is_err());
        assert!(Calibration::new(&[f32::INFINITY]).is_err());
        // Deserialising checks the same.
        assert!(serde_json::from_str::<Calibration>("[]").is_err());
        let c: Calibration = serde_json::from_str("[2.0, 1.0]").unwrap();
        assert_eq!(c.scores(), &[1.0, 2.0]);
        assert_eq!(serde_json::to_string(&c).unwrap(), "[1.0,2.0]");
    }

    #[test]
    fn benjamini_hochberg_takes_the_largest_p_under_its_line() {
        // m = 5, q = 0.2: the line k q / m is 0.04, 0.08, 0.12, 0.16, 0.2.
        let p = [0.01, 0.3, 0.1, 0.05, 0.9];
        // Sorted 0.01 0.05 0.1 0.3 0.9: under the line at k = 1 (0.01 ≤ 0.04), k = 2 (0.05 ≤
        // 0.08), k = 3 (0.1 ≤ 0.12); not k = 4, 5.
        assert_eq!(benjamini_hochberg(&p, 0.2).unwrap(), Some(0.1));
        // A p-value over the line (0.12 > 2 · 0.2 / 4) does not stop later ones under it.
        assert_eq!(
            benjamini_hochberg(&[0.13, 0.04, 0.14, 0.12], 0.2).unwrap(),
            Some(0.14)
        );
        assert_eq!(benjamini_hochberg(&[0.5, 0.9], 0.1).unwrap(), None);
        assert_eq!(
            benjamini_hochberg(&[f64::NAN, 0.01], 0.1).unwrap(),
            Some(0.01),
            "NaN counts in m (0.01 ≤ 1 · 0.1 / 2) but is never flagged"
        );
        assert!(benjamini_hochberg(&p, 0.0).is_err() && benjamini_hochberg(&p, 1.0).is_err());
    }

    /// The conformal guarantee: with calibration and test scores drawn from one distribution,
    /// the fraction of test scores with p ≤ α stays at or below α (up to sampling error).
    #[test]
    fn p_values_of_exchangeable_scores_are_valid() {
        // A fixed linear congruential stream: 200 calibration sets of 19 scores, each with
        // one test score, all from the same distribution.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut draw = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 40) as f32 / (1u64 << 24) as f32).powi(3) // skewed, in [0, 1)
        };
        let trials = 4000;
        let mut at_most = [0usize; 3];
        let alphas = [0.05, 0.1, 0.25];
        for _ in 0..trials {
            let cal: Vec<f32> = (0..19).map(|_| draw()).collect();
            let p = Calibration::new(&cal).unwrap().p_value(draw());
            for (a, n) in alphas.iter().zip(&mut at_most) {
                *n += usize::from(p <= *a);
            }
        }
        for (a, n) in alphas.iter().zip(at_most) {
            let rate = n as f64 / trials as f64;
            // n = 19: p takes the values k / 20, so P(p ≤ α) = floor(20 α) / 20 exactly.
            let exact = (20.0 * a).floor() / 20.0;
            let sd = (exact * (1.0 - exact) / trials as f64).sqrt();
            assert!((rate - exact).abs() < 4.0 * sd, "α {a}: {rate} vs {exact}");
            assert!(rate <= a + 4.0 * sd, "α {a}: {rate}");
        }
    }
}
