//! Decision thresholds and conformal p-values from held-out normal scores.

use crate::ScoreError;

/// The threshold at false-positive rate `target_fpr` on new normal images: images scoring
/// above it are flagged anomalous, and a new normal image drawn like the held-out ones is
/// flagged with probability at most `target_fpr` (over the draw of both; split-conformal, so
/// this holds for any number n of held-out scores). It is the j-th largest held-out score, j
/// the largest integer with j / (n + 1) ≤ `target_fpr`: a new image is then flagged exactly
/// when its conformal p-value ([`Calibration::p_value`]) is ≤ `target_fpr`. (The in-sample
/// quantile, the largest score with at most `target_fpr · n` held-out scores above it, flags
/// new normals with probability up to (⌊target_fpr · n⌋ + 1) / (n + 1): 14 % for 10 % on 20
/// held-out scores.) An error when n is too small for the rate: j ≥ 1 needs n ≥ 1 / rate − 1.
pub fn threshold_at_fpr(normal_scores: &[f32], target_fpr: f64) -> Result<f32, ScoreError> {
    check_normal_scores(normal_scores)?;
    let mut sorted = normal_scores.to_vec();
    sorted.sort_by(f32::total_cmp);
    threshold_in_ascending(&sorted, target_fpr)
}

/// How many held-out normal scores [`threshold_at_fpr`] needs for a false-positive rate:
/// the smallest n with 1 / (n + 1) ≤ `target_fpr`.
pub fn held_out_needed(target_fpr: f64) -> usize {
    if target_fpr.is_nan() || target_fpr <= 0.0 {
        return usize::MAX;
    }
    let mut n = ((1.0 / target_fpr).ceil() as usize).saturating_sub(1);
    while 1.0 / (n + 1) as f64 > target_fpr {
        n += 1;
    }
    while n > 0 && 1.0 / n as f64 <= target_fpr {
        n -= 1;
    }
    n
}

/// [`threshold_at_fpr`] on checked scores already sorted ascending.
fn threshold_in_ascending(ascending: &[f32], target_fpr: f64) -> Result<f32, ScoreError> {
    if !(target_fpr > 0.0 && target_fpr < 1.0) {
        return Err(ScoreError::Params {
            scorer: "threshold",
            reason: format!(
                "the target false-positive rate must lie in (0, 1), got {target_fpr} (a rate \
                 of 0 cannot be kept: new normals score above every held-out one with \
                 probability 1 / (n + 1))"
            ),
        });
    }
    let n = ascending.len();
    let slots = (n + 1) as f64;
    let j = flag_slots(n, target_fpr);
    if j == 0 {
        return Err(ScoreError::Params {
            scorer: "threshold",
            reason: format!(
                "a false-positive rate of {target_fpr} needs at least {} held-out normal \
                 scores, there are {n} (with {n} the smallest rate that can be kept is \
                 1 / {} = {:.4})",
                held_out_needed(target_fpr),
                n + 1,
                1.0 / slots
            ),
        });
    }
    // The j-th largest: j − 1 held-out scores lie above it (fewer with ties).
    Ok(ascending[n - j])
}

/// The largest j ≤ n with j / (n + 1) ≤ `rate`: a new image is flagged at `rate` when at most
/// j − 1 of n held-out scores lie at or above it. Computed as p-values are, so that "above the
/// threshold" and "p-value ≤ rate" agree to the last bit.
fn flag_slots(n: usize, rate: f64) -> usize {
    if rate.is_nan() || rate <= 0.0 {
        return 0;
    }
    let slots = (n + 1) as f64;
    let mut j = ((rate * slots).floor() as usize).min(n);
    while j < n && (j + 1) as f64 / slots <= rate {
        j += 1;
    }
    while j > 0 && j as f64 / slots > rate {
        j -= 1;
    }
    j
}

/// P(X ≥ k) for X beta-binomial(total, a, b): the number of successes in `total` trials whose
/// success probability is itself Beta(a, b). Summed in log space (pmf(0) underflows for large
/// `total`), with the pmf's ratio pmf(i + 1) / pmf(i) = (total − i)(i + a) / ((i + 1)(total −
/// i − 1 + b)).
fn beta_binomial_upper_tail(k: usize, total: usize, a: f64, b: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if k > total {
        return 0.0;
    }
    let mut log_pmf: f64 = (0..total)
        .map(|i| ((b + i as f64) / (a + b + i as f64)).ln())
        .sum();
    let mut logs = Vec::with_capacity(total + 1 - k);
    for i in 0..=total {
        if i >= k {
            logs.push(log_pmf);
        }
        if i < total {
            let i_f = i as f64;
            log_pmf += ((total as f64 - i_f) * (i_f + a)).ln()
                - ((i_f + 1.0) * (total as f64 - i_f - 1.0 + b)).ln();
        }
    }
    let max = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (max + logs.iter().map(|l| (l - max).exp()).sum::<f64>().ln())
        .exp()
        .min(1.0)
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

    /// The share of new normal images, drawn like the held-out ones, whose p-value is ≤
    /// `rate`, in expectation over the draw of both: j / (n + 1), j the number of p-values ≤
    /// `rate` a new image can take (at most `rate`; 0 when `rate` < 1 / (n + 1)).
    pub fn expected_rate(&self, rate: f64) -> f64 {
        flag_slots(self.sorted.len(), rate) as f64 / (self.sorted.len() + 1) as f64
    }

    /// How surprising it is that `flagged` of `total` new normal images have a p-value ≤
    /// `rate`, if they are drawn like the held-out images: P(X ≥ `flagged`), X the number a
    /// draw gives. Given the held-out scores each new image is flagged independently with a
    /// probability that is itself Beta(j, n + 1 − j) over their draw (j as in
    /// [`Self::expected_rate`]), so X is beta-binomial, wider than a binomial at the expected
    /// rate: one calibration set moves every image's chance together. A small value says the
    /// new normals score higher than the held-out ones did (the data changed, or the held-out
    /// images were not like them), and the p-values no longer keep their level on them.
    pub fn excess_p_value(&self, rate: f64, flagged: usize, total: usize) -> f64 {
        match self.flag_chance(rate) {
            Some((a, b)) => beta_binomial_upper_tail(flagged, total, a, b),
            None if flagged == 0 => 1.0,
            None => 0.0,
        }
    }

    /// The other side of [`Self::excess_p_value`]: how likely as few as `flagged` of `total`
    /// new normal images (or fewer) get a p-value ≤ `rate`. A small value says the held-out
    /// images scored higher than these new normals do (anomalies among the held-out images,
    /// say): decisions stay within their false-positive promise but flag fewer anomalies than
    /// a clean calibration would.
    pub fn shortfall_p_value(&self, rate: f64, flagged: usize, total: usize) -> f64 {
        match self.flag_chance(rate) {
            // X ≤ k exactly when the unflagged, total − X, number at least total − k; they
            // are beta-binomial with the two parameters swapped. Summed directly, a small
            // tail keeps its digits (1 − P(X ≥ k + 1) would lose them).
            Some((a, b)) => beta_binomial_upper_tail(total.saturating_sub(flagged), total, b, a),
            None => 1.0,
        }
    }

    /// The Beta(a, b) that a new normal image's chance of a p-value ≤ `rate` follows over the
    /// draw of the held-out scores: (j, n + 1 − j), j as in [`Self::expected_rate`]; `None`
    /// when no p-value can be that small (j = 0).
    fn flag_chance(&self, rate: f64) -> Option<(f64, f64)> {
        let n = self.sorted.len();
        let j = flag_slots(n, rate);
        (j > 0).then(|| (j as f64, (n + 1 - j) as f64))
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

    /// A fixed linear congruential stream of uniform draws in [0, 1).
    fn uniform_stream(mut state: u64) -> impl FnMut() -> f32 {
        move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 40) as f32 / (1u64 << 24) as f32
        }
    }

    #[test]
    fn the_threshold_is_the_conformal_quantile() {
        let s: Vec<f32> = (1..=10).map(|v| v as f32).collect();
        // n = 10: j / 11 ≤ rate. 10 %: j = 1, the largest score (nothing held out above it;
        // a new normal lands above it with probability 1 / 11). 20 %: j = 2, the second.
        assert_eq!(threshold_at_fpr(&s, 0.1).unwrap(), 10.0);
        assert_eq!(threshold_at_fpr(&s, 0.2).unwrap(), 9.0);
        assert_eq!(
            threshold_at_fpr(&s, 2.0 / 11.0).unwrap(),
            9.0,
            "j / (n + 1) exactly"
        );
        assert_eq!(threshold_at_fpr(&s, 0.99).unwrap(), 1.0);
        // Below 1 / 11 no threshold keeps the rate: refused, naming what it needs.
        let e = threshold_at_fpr(&s, 0.05).unwrap_err().to_string();
        assert!(e.contains("needs at least 19 held-out"), "{e}");
        assert_eq!(held_out_needed(0.05), 19);
        assert_eq!(held_out_needed(0.1), 9);
        assert_eq!(held_out_needed(0.01), 99);
        assert_eq!(held_out_needed(0.3), 3);
        assert_eq!(held_out_needed(0.0), usize::MAX);
        for rate in [0.01, 0.05, 0.1, 0.3] {
            let n = held_out_needed(rate);
            assert!(threshold_at_fpr(&vec![1.0; n], rate).is_ok());
            assert!(threshold_at_fpr(&vec![1.0; n - 1], rate).is_err());
        }
    }

    #[test]
    fn above_the_threshold_is_p_at_most_the_rate() {
        let s = [0.7, 0.1, 0.9, 0.4, 0.4, 0.3, 0.4, 0.8, 0.2, 0.6];
        let c = Calibration::new(&s).unwrap();
        let probes: Vec<f32> = (0..=22).map(|i| i as f32 * 0.05).collect();
        for rate in [0.1, 0.15, 0.2, 3.0 / 11.0, 0.3, 4.0 / 11.0, 0.5, 0.9, 0.95] {
            let t = c.threshold_at_fpr(rate).unwrap();
            assert_eq!(t, threshold_at_fpr(&s, rate).unwrap());
            for &x in probes.iter().chain(&s) {
                assert_eq!(x > t, c.p_value(x) <= rate, "rate {rate}, score {x}, t {t}");
            }
        }
    }

    #[test]
    fn beta_binomial_tails_match_the_closed_forms() {
        // a = b = 1: the success probability is uniform and X uniform on 0..=N.
        for k in 0..=7 {
            let want = (8 - k) as f64 / 8.0;
            assert!(
                (beta_binomial_upper_tail(k, 7, 1.0, 1.0) - want).abs() < 1e-12,
                "{k}"
            );
        }
        // a = 2, b = 3, N = 4: pmf(x) = C(4, x) B(x + 2, 7 − x) / B(2, 3), by factorials.
        let f = |n: u64| (1..=n).product::<u64>() as f64;
        let beta = |a: u64, b: u64| f(a - 1) * f(b - 1) / f(a + b - 1);
        let pmf = |x: u64| f(4) / (f(x) * f(4 - x)) * beta(x + 2, 7 - x) / beta(2, 3);
        for k in 0..=4u64 {
            let want: f64 = (k..=4).map(pmf).sum();
            let got = beta_binomial_upper_tail(k as usize, 4, 2.0, 3.0);
            assert!((got - want).abs() < 1e-12, "{k}: {got} vs {want}");
        }
        assert_eq!(beta_binomial_upper_tail(5, 4, 2.0, 3.0), 0.0);
        // Large N in log space: N = 100 000 at mean 1 / 20, the tail at the mean is near 1/2.
        let mid = beta_binomial_upper_tail(5000, 100_000, 30.0, 570.0);
        assert!((0.4..0.6).contains(&mid), "{mid}");
        assert!(beta_binomial_upper_tail(20_000, 100_000, 30.0, 570.0) < 1e-20);
    }

    #[test]
    fn the_excess_p_value_is_calibrated_on_exchangeable_batches() {
        // 19 held-out scores, batches of 50 new ones from the same distribution: at rate 0.1
        // (j = 2, expected 2 / 20), P(excess p-value ≤ 0.05) over many batches stays ≤ 0.05.
        let mut draw = uniform_stream(0x9e37_79b9_7f4a_7c15);
        let trials = 2000;
        let mut rejected = 0;
        for _ in 0..trials {
            let c = Calibration::new(&(0..19).map(|_| draw()).collect::<Vec<_>>()).unwrap();
            assert!((c.expected_rate(0.1) - 0.1).abs() < 1e-12);
            let flagged = (0..50).filter(|_| c.p_value(draw()) <= 0.1).count();
            rejected += usize::from(c.excess_p_value(0.1, flagged, 50) <= 0.05);
        }
        let rate = rejected as f64 / trials as f64;
        assert!(
            rate <= 0.05 + 4.0 * (0.05 * 0.95 / trials as f64).sqrt(),
            "{rate}"
        );
        assert!(
            rate > 0.01,
            "{rate}: far below its level, the test would be useless"
        );
        // Against exact rational sums of the beta-binomial(200, 5, 95) pmf (Python fractions;
        // scipy's betabinom.sf is off by 8e-6 at the last): 99 held-out scores, rate 0.05.
        let c = Calibration::new(&(0..99).map(|i| i as f32).collect::<Vec<_>>()).unwrap();
        assert_eq!(c.expected_rate(0.05), 0.05);
        for (k, want) in [
            (10, 0.480_993_916_447_123_97),
            (30, 0.002_731_212_998_920_926),
            (60, 1.936_230_965_617_227_8e-8),
        ] {
            let got = c.excess_p_value(0.05, k, 200);
            assert!((got / want - 1.0).abs() < 1e-9, "{k}: {got} vs {want}");
        }
        assert_eq!(c.excess_p_value(0.05, 0, 200), 1.0);
        // The lower tail, by the same exact sums: P(X ≤ 2) and P(X ≤ 10) of 200 at Beta(5, 95).
        assert!((c.shortfall_p_value(0.05, 2, 200) - 0.042_088_966_596_857_035).abs() < 1e-12);
        assert!((c.shortfall_p_value(0.05, 10, 200) - 0.592_293_799_728_65).abs() < 1e-12);
        assert_eq!(c.shortfall_p_value(0.05, 200, 200), 1.0);
        // A deep lower tail keeps its digits (1 − P(X ≥ 1) would keep about 7 of them here):
        // of 5000, P(X = 0) = B(5, 5095) / B(5, 95) = Π_{i<5000} (95 + i) / (100 + i) ≈ 3e-9.
        let none: f64 = (0..5000)
            .map(|i| (95.0 + i as f64) / (100.0 + i as f64))
            .product();
        let got = c.shortfall_p_value(0.05, 0, 5000);
        assert!((got / none - 1.0).abs() < 1e-12, "{got} vs {none}");
        assert_eq!(
            c.shortfall_p_value(0.001, 0, 200),
            1.0,
            "no p-value that small"
        );
        assert_eq!(c.expected_rate(0.001), 0.0);
    }

    #[test]
    fn bad_target_is_an_error() {
        for rate in [0.0, 1.0, 1.5, -0.1, f64::NAN] {
            assert!(threshold_at_fpr(&[0.0, 1.0], rate).is_err(), "{rate}");
        }
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
        let mut uniform = uniform_stream(0x2545_f491_4f6c_dd1d);
        let mut draw = || uniform().powi(3); // skewed, in [0, 1)
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
