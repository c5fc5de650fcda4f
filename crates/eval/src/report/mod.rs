//! Per-split results, their mean, a text table for the terminal, atomic JSON reports, and
//! the self-contained HTML report.

pub mod audit;
pub mod heat;
pub mod html;
pub mod scores;
pub mod seeds;
mod svg;

use serde::Serialize;

use crate::{EvalError, EvalSplit, auroc, auroc_ci95, average_precision};

/// Metrics of one split.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct SplitResult {
    /// The split's name (the normal class in one-vs-rest).
    pub name: String,
    /// Images the method was fitted on.
    pub n_train: usize,
    /// Test images scored.
    pub n_test: usize,
    /// Of them, anomalies.
    pub n_anomalous: usize,
    /// Fraction in [0, 1].
    pub auroc: f64,
    /// The 95 % confidence interval of `auroc` from DeLong's standard error (absent when the
    /// test images hold fewer than two normal or two anomalous ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auroc_ci95: Option<[f64; 2]>,
    /// Fraction in [0, 1].
    pub ap: f64,
    /// Labelled anomalies the protocol offered for training (DRA settings).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub n_labelled_anomalies: usize,
    /// Anomalies hidden in the training set (pollution).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub n_polluted: usize,
    /// NAGAD: anomalies vs all normal test samples, pseudo-anomalies included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad: Option<f64>,
    /// NAGAD: pseudo-anomalies vs familiar normals (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pa: Option<f64>,
    /// NAGAD: anomalies vs pseudo-anomalies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ra: Option<f64>,
    /// DRA hard setting: the seen anomaly class (`auroc` / `ap` then measure the unseen
    /// classes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_class: Option<String>,
    /// DRA hard setting: normal test images vs the seen class's test images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_auroc: Option<f64>,
    /// DRA hard setting: the average precision of the same comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_ap: Option<f64>,
    /// What the fit of this split learnt beyond its size (the method's own words: labelled
    /// anomalies used, transforms chosen, parameters trained).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fitted: Option<String>,
    /// Wall seconds of this split's fit, scoring and metrics (for a split reused by `swan eval
    /// --resume`, those of the run that computed it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
    /// NAGAD: linear probes on the detector's embeddings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probes: Option<Probes>,
    /// The terms of a summed score (DRA's heads), each measured as the split's own score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<ComponentResult>,
    /// The normal test images against the anomalies of each class, when the anomalies come
    /// from more than one (MVTec's defect types, the other classes of one-vs-rest): which
    /// kinds of anomaly the detector finds and which it misses. Hardest (lowest AUROC) first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_class: Vec<ClassResult>,
    /// Methods with anomaly maps (DRA, DevNet) on test images with ground-truth masks: the
    /// pixel AUROC of the maps ([`crate::metrics::pixel_metrics`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pixel_auroc: Option<f64>,
    /// The same maps' normalised area under the per-region overlap curve up to a
    /// false-positive rate of 30 % ([`crate::metrics::aupro`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pixel_aupro: Option<f64>,
    /// `swan eval --calibration-split`: the decision p ≤ α on the conformal p-values the
    /// held-out normal training images give.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibrated: Option<CalibratedRates>,
}

/// How the decision p ≤ α does on a split's test images, p being the conformal p-value of a
/// score against the scores of normal training images held out of the fit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct CalibratedRates {
    /// Held-out normal training images the p-values come from.
    pub n_calibration: usize,
    /// The level: an image is flagged when its p-value is at most α.
    pub alpha: f64,
    /// Fraction of the normal test images with p ≤ α: at most α in expectation when the
    /// held-out images and the test normals are drawn alike. NAGAD: the familiar normals.
    pub fpr: f64,
    /// Fraction of the anomalous test images with p ≤ α (DRA's hard setting: seen and unseen).
    pub tpr: f64,
    /// NAGAD: fraction of the pseudo-anomalies (normal content in unseen nuisance
    /// combinations) with p ≤ α — false alarms a nuisance-invariant detector keeps near α.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_flagged: Option<f64>,
    /// How likely as many normal test images (those of `fpr`) or more get p ≤ α if they are
    /// drawn like the held-out images (the beta-binomial tail of `swan calibrate --check`):
    /// small when the test normals score higher than the held-out ones did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fpr_p_value: Option<f64>,
    /// NAGAD: the same for the pseudo-anomalies — small when the unseen nuisance combinations
    /// raise the scores of normal content beyond what the calibration allows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_p_value: Option<f64>,
}

impl CalibratedRates {
    /// The rates of p ≤ `alpha` over `p_values`, aligned with `anomalous` and `pseudo` (empty
    /// when the split has no pseudo-anomalies); `None` when the test images are all normal or
    /// all anomalous. `excess(k, n)` is the probability that k or more of n images drawn like
    /// the held-out ones get p ≤ `alpha` (`swan_score::Calibration::excess_p_value`).
    pub fn compute(
        n_calibration: usize,
        alpha: f64,
        p_values: &[f64],
        anomalous: &[bool],
        pseudo: &[bool],
        excess: &dyn Fn(usize, usize) -> f64,
    ) -> Option<Self> {
        let pseudo = |i: usize| pseudo.get(i).copied().unwrap_or(false);
        // (flagged, of how many) among the images `keep` picks; `None` for none.
        let count = |keep: &dyn Fn(usize) -> bool| {
            let (flagged, n) = (0..p_values.len())
                .filter(|&i| keep(i))
                .fold((0, 0), |(f, n), i| {
                    (f + usize::from(p_values[i] <= alpha), n + 1)
                });
            (n > 0).then_some((flagged, n))
        };
        let rate = |(flagged, n): (usize, usize)| flagged as f64 / n as f64;
        let normal = count(&|i| !anomalous[i] && !pseudo(i))?;
        let pseudo = count(&|i| pseudo(i));
        Some(Self {
            n_calibration,
            alpha,
            fpr: rate(normal),
            tpr: rate(count(&|i| anomalous[i])?),
            pseudo_flagged: pseudo.map(rate),
            fpr_p_value: Some(excess(normal.0, normal.1)),
            pseudo_p_value: pseudo.map(|(k, n)| excess(k, n)),
        })
    }
}

/// AUROC / AP of the normal test images of a split against its anomalies of one class.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ClassResult {
    /// The anomalies' class (`(none)` for anomalies without one).
    pub class: String,
    /// Anomalies of that class among the split's scored test images.
    pub n: usize,
    /// AUROC of the normal test images against them, in [0, 1].
    pub auroc: f64,
    /// As [`SplitResult::auroc_ci95`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auroc_ci95: Option<[f64; 2]>,
    /// Average precision of the same comparison.
    pub ap: f64,
}

impl ClassResult {
    /// `class (AUROC %)`, as the tables name a split's hardest anomaly class.
    pub fn short(&self) -> String {
        format!("{} ({:.2})", self.class, 100.0 * self.auroc)
    }
}

/// A confidence interval of an AUROC in percent: `84.81–87.01`.
pub fn ci_percent([lo, hi]: [f64; 2]) -> String {
    format!("{:.2}–{:.2}", 100.0 * lo, 100.0 * hi)
}

/// AUROC / AP of one term of a summed anomaly score (DRA: `seen` g_s, `pseudo` g_p,
/// `residual` g_r, `normal` −g_n), on the same test images as the split's metrics: which
/// term ranks the anomalies, and which works against the sum.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ComponentResult {
    /// The term's name.
    pub name: String,
    /// AUROC of the term alone.
    pub auroc: f64,
    /// Average precision of the term alone.
    pub ap: f64,
    /// DRA hard setting: the term's AUROC on the seen class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_auroc: Option<f64>,
    /// DRA hard setting: the term's average precision on the seen class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_ap: Option<f64>,
}

/// Accuracies of logistic-regression probes trained on the embeddings of the training
/// images and tested on the normal test images (familiar and pseudo-anomalies):
/// invariance (predicting the nuisance; lower is better) and informativeness (predicting the
/// relevant attribute; higher is better), each with its chance level (the most frequent
/// test value's share).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Probes {
    /// Accuracy of predicting the nuisance (lower: more invariant).
    pub nuisance: f64,
    /// The nuisance probe's chance level.
    pub nuisance_chance: f64,
    /// Accuracy of predicting the relevant attribute (higher: more informative).
    pub relevant: f64,
    /// The relevant probe's chance level.
    pub relevant_chance: f64,
}

impl Probes {
    /// One line for the terminal.
    pub fn line(&self) -> String {
        format!(
            "probes: nuisance accuracy {:.3} (chance {:.3}; lower = more invariant), relevant accuracy {:.3} (chance {:.3})",
            self.nuisance, self.nuisance_chance, self.relevant, self.relevant_chance
        )
    }
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
        let keep = |v: &[bool]| crate::scored_only(v, kept);
        let labels = keep(&split.anomalous);
        let seen = keep(&split.seen);
        if seen.len() == scores.len() && seen.iter().any(|&s| s) {
            // DRA hard: the main metrics on normals + unseen anomalies, the seen class apart.
            let pick = |take: &dyn Fn(usize) -> bool| -> (Vec<f32>, Vec<bool>) {
                (0..scores.len())
                    .filter(|&i| take(i))
                    .map(|i| (scores[i], labels[i]))
                    .unzip()
            };
            let (s_unseen, y_unseen) = pick(&|i| !seen[i]);
            let (s_seen, y_seen) = pick(&|i| seen[i] || !labels[i]);
            return Ok(Self {
                n_test: y_unseen.len(),
                n_anomalous: y_unseen.iter().filter(|&&a| a).count(),
                auroc: auroc(&s_unseen, &y_unseen)?,
                auroc_ci95: auroc_ci95(&s_unseen, &y_unseen)?,
                ap: average_precision(&s_unseen, &y_unseen)?,
                seen_class: split.seen_class.clone(),
                seen_auroc: Some(auroc(&s_seen, &y_seen)?),
                seen_ap: Some(average_precision(&s_seen, &y_seen)?),
                ..Self::empty(&split.name, n_train)
            });
        }
        Ok(Self {
            n_test: labels.len(),
            n_anomalous: labels.iter().filter(|&&a| a).count(),
            auroc: auroc(scores, &labels)?,
            auroc_ci95: auroc_ci95(scores, &labels)?,
            ap: average_precision(scores, &labels)?,
            ..Self::empty(&split.name, n_train)
        }
        .with_nagad(scores, &labels, &keep(&split.pseudo)))
    }

    fn empty(name: &str, n_train: usize) -> Self {
        Self {
            name: name.to_string(),
            n_train,
            n_test: 0,
            n_anomalous: 0,
            auroc: f64::NAN,
            auroc_ci95: None,
            ap: f64::NAN,
            n_labelled_anomalies: 0,
            n_polluted: 0,
            ad: None,
            pa: None,
            ra: None,
            seen_class: None,
            seen_auroc: None,
            seen_ap: None,
            fitted: None,
            seconds: None,
            probes: None,
            components: Vec::new(),
            by_class: Vec::new(),
            pixel_auroc: None,
            pixel_aupro: None,
            calibrated: None,
        }
    }

    /// The normal test images (pseudo-anomalies included) against the anomalies of each
    /// class, hardest first; empty when the anomalies are of one class. `classes` holds the
    /// class of each test sample of `split`, `scores` and `kept` are as for
    /// [`SplitResult::compute`].
    pub fn by_anomaly_class(
        split: &EvalSplit,
        classes: &[Option<&str>],
        scores: &[f32],
        kept: &[bool],
    ) -> Result<Vec<ClassResult>, EvalError> {
        // (class, anomalous) of each scored test sample, aligned with `scores`.
        let rows: Vec<(&str, bool)> = classes
            .iter()
            .zip(&split.anomalous)
            .zip(kept)
            .filter(|(_, k)| **k)
            .map(|((c, &a), _)| (c.unwrap_or("(none)"), a))
            .collect();
        let mut names: Vec<&str> = rows.iter().filter(|r| r.1).map(|r| r.0).collect();
        names.sort_unstable();
        names.dedup();
        if names.len() < 2 || rows.len() != scores.len() {
            return Ok(Vec::new());
        }
        let mut out = Vec::with_capacity(names.len());
        for class in names {
            let (s, y): (Vec<f32>, Vec<bool>) = rows
                .iter()
                .zip(scores)
                .filter(|((c, a), _)| !a || *c == class)
                .map(|((_, a), &s)| (s, *a))
                .unzip();
            out.push(ClassResult {
                class: class.to_string(),
                n: y.iter().filter(|&&a| a).count(),
                auroc: auroc(&s, &y)?,
                auroc_ci95: auroc_ci95(&s, &y)?,
                ap: average_precision(&s, &y)?,
            });
        }
        out.sort_by(|a, b| a.auroc.total_cmp(&b.auroc));
        Ok(out)
    }

    /// Measures one term of a summed score (`scores` aligned with the split's scores) the way
    /// [`SplitResult::compute`] measures the score itself.
    pub fn component(
        split: &EvalSplit,
        name: &str,
        scores: &[f32],
        kept: &[bool],
    ) -> Result<ComponentResult, EvalError> {
        let r = Self::compute(split, 0, scores, kept)?;
        Ok(ComponentResult {
            name: name.to_string(),
            auroc: r.auroc,
            ap: r.ap,
            seen_auroc: r.seen_auroc,
            seen_ap: r.seen_ap,
        })
    }

    /// Adds the NAGAD scores when the split has pseudo-anomalies.
    fn with_nagad(mut self, scores: &[f32], anomalous: &[bool], pseudo: &[bool]) -> Self {
        if pseudo.len() != scores.len() || !pseudo.iter().any(|&p| p) {
            return self;
        }
        // (scores, positives) restricted to rows where `take` holds.
        let subset = |take: &dyn Fn(usize) -> bool, positive: &dyn Fn(usize) -> bool| {
            let idx: Vec<usize> = (0..scores.len()).filter(|&i| take(i)).collect();
            let s: Vec<f32> = idx.iter().map(|&i| scores[i]).collect();
            let y: Vec<bool> = idx.iter().map(|&i| positive(i)).collect();
            auroc(&s, &y).ok()
        };
        let familiar = |i: usize| !anomalous[i] && !pseudo[i];
        self.ad = Some(self.auroc);
        self.pa = subset(&|i| pseudo[i] || familiar(i), &|i| pseudo[i]);
        self.ra = subset(&|i| anomalous[i] || pseudo[i], &|i| anomalous[i]);
        self
    }
}

/// Mean AUROC and AP over splits (and NAGAD's AD / PA / RA when present).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct MeanResult {
    /// Mean AUROC over the splits, in [0, 1].
    pub auroc: f64,
    /// Mean average precision over the splits.
    pub ap: f64,
    /// NAGAD: anomalies against all normal test images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad: Option<f64>,
    /// NAGAD: pseudo-anomalies against familiar normals (lower is better).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pa: Option<f64>,
    /// NAGAD: anomalies against pseudo-anomalies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ra: Option<f64>,
    /// DRA hard setting: mean seen AUROC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_auroc: Option<f64>,
    /// DRA hard setting: mean seen average precision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_ap: Option<f64>,
    /// NAGAD: the probes' accuracies, averaged over the splits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probes: Option<Probes>,
    /// Per term of a summed score (DRA's heads): the mean over the splits that have it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<ComponentResult>,
    /// The mean pixel AUROC over the splits that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pixel_auroc: Option<f64>,
    /// The mean AUPRO over the splits that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pixel_aupro: Option<f64>,
    /// `--calibration-split`: the mean false-positive and detection rates of p ≤ α (and, for
    /// NAGAD, the share of pseudo-anomalies flagged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibrated_fpr: Option<f64>,
    /// `--calibration-split`: the mean share of anomalies flagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibrated_tpr: Option<f64>,
    /// `--calibration-split`, NAGAD: the mean share of pseudo-anomalies flagged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibrated_pseudo: Option<f64>,
}

/// The mean of `f` over the items that have a value (`None` when none has).
fn mean_where<T>(items: &[T], f: impl Fn(&T) -> Option<f64>) -> Option<f64> {
    let v: Vec<f64> = items.iter().filter_map(f).collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// The means over the splits' results (each optional metric over the splits that have it).
pub fn mean(results: &[SplitResult]) -> MeanResult {
    let n = results.len().max(1) as f64;
    let mean_of = |f: &dyn Fn(&SplitResult) -> Option<f64>| mean_where(results, f);
    MeanResult {
        auroc: results.iter().map(|r| r.auroc).sum::<f64>() / n,
        ap: results.iter().map(|r| r.ap).sum::<f64>() / n,
        ad: mean_of(&|r| r.ad),
        pa: mean_of(&|r| r.pa),
        ra: mean_of(&|r| r.ra),
        seen_auroc: mean_of(&|r| r.seen_auroc),
        seen_ap: mean_of(&|r| r.seen_ap),
        probes: (|| {
            Some(Probes {
                nuisance: mean_of(&|r| r.probes.map(|p| p.nuisance))?,
                nuisance_chance: mean_of(&|r| r.probes.map(|p| p.nuisance_chance))?,
                relevant: mean_of(&|r| r.probes.map(|p| p.relevant))?,
                relevant_chance: mean_of(&|r| r.probes.map(|p| p.relevant_chance))?,
            })
        })(),
        components: mean_components(results),
        pixel_auroc: mean_of(&|r| r.pixel_auroc),
        pixel_aupro: mean_of(&|r| r.pixel_aupro),
        calibrated_fpr: mean_of(&|r| r.calibrated.map(|c| c.fpr)),
        calibrated_tpr: mean_of(&|r| r.calibrated.map(|c| c.tpr)),
        calibrated_pseudo: mean_of(&|r| r.calibrated.and_then(|c| c.pseudo_flagged)),
    }
}

/// The mean of each score term over the splits, in the order the terms first appear.
fn mean_components(results: &[SplitResult]) -> Vec<ComponentResult> {
    let mut names: Vec<&str> = Vec::new();
    for c in results.iter().flat_map(|r| &r.components) {
        if !names.contains(&c.name.as_str()) {
            names.push(&c.name);
        }
    }
    names
        .into_iter()
        .map(|name| {
            let of: Vec<&ComponentResult> = results
                .iter()
                .flat_map(|r| r.components.iter().filter(|c| c.name == name))
                .collect();
            let n = of.len() as f64;
            ComponentResult {
                name: name.to_string(),
                auroc: of.iter().map(|c| c.auroc).sum::<f64>() / n,
                ap: of.iter().map(|c| c.ap).sum::<f64>() / n,
                seen_auroc: mean_where(&of, |c| c.seen_auroc),
                seen_ap: mean_where(&of, |c| c.seen_ap),
            }
        })
        .collect()
}

/// A fixed-width table (percentages) for the terminal.
pub fn format_table(results: &[SplitResult], mean: &MeanResult) -> String {
    let width = results
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(5)
        .max(5);
    let nagad = mean.ad.is_some();
    let seen = mean.seen_auroc.is_some();
    let pct =
        |v: Option<f64>| v.map_or_else(|| format!("{:>6}", "-"), |v| format!("{:>6.2}", 100.0 * v));
    let mut out = format!(
        "{:<width$}  {:>7}  {:>6}  {:>6}  {:>13}  {:>7}",
        "split", "n_train", "n_test", "AUROC", "(95 % CI)", "AP"
    );
    if nagad {
        out += &format!("  {:>6}  {:>6}  {:>6}", "AD", "PA", "RA");
    }
    if seen {
        out += &format!("  {:>6}  {:>9}  {:>7}", "seen", "seen AUROC", "seen AP");
    }
    // The anomaly class each split finds hardest, when its anomalies have several.
    let hardest = |r: &SplitResult| r.by_class.first().map(ClassResult::short);
    let by_class = results.iter().any(|r| !r.by_class.is_empty());
    if by_class {
        out += "  hardest anomaly class (AUROC)";
    }
    out.push('\n');
    let mut line = |name: &str,
                    n: [String; 2],
                    m: [f64; 2],
                    ci: Option<[f64; 2]>,
                    nagad_m: [Option<f64>; 3],
                    seen_m,
                    hard: Option<String>| {
        let [n_train, n_test] = n;
        let ci = ci.map_or(String::new(), |ci| format!("({})", ci_percent(ci)));
        out += &format!(
            "{name:<width$}  {n_train:>7}  {n_test:>6}  {:>6.2}  {ci:>13}  {:>7.2}",
            100.0 * m[0],
            100.0 * m[1]
        );
        if nagad {
            let [ad, pa, ra] = nagad_m;
            out += &format!("  {}  {}  {}", pct(ad), pct(pa), pct(ra));
        }
        if seen {
            let (class, auroc, ap): (&str, Option<f64>, Option<f64>) = seen_m;
            out += &format!("  {class:>6}  {:>10}  {:>7}", pct(auroc), pct(ap));
        }
        if let Some(hard) = hard {
            out += &format!("  {hard}");
        }
        out.push('\n');
    };
    for r in results {
        line(
            &r.name,
            [r.n_train.to_string(), r.n_test.to_string()],
            [r.auroc, r.ap],
            r.auroc_ci95,
            [r.ad, r.pa, r.ra],
            (
                r.seen_class.as_deref().unwrap_or("-"),
                r.seen_auroc,
                r.seen_ap,
            ),
            hardest(r),
        );
    }
    line(
        "mean",
        [String::new(), String::new()],
        [mean.auroc, mean.ap],
        None,
        [mean.ad, mean.pa, mean.ra],
        ("", mean.seen_auroc, mean.seen_ap),
        None,
    );
    if let [only] = results
        && !only.by_class.is_empty()
    {
        out += "anomalies by class, each against the normal test images (hardest first):\n";
        let width = only
            .by_class
            .iter()
            .map(|c| c.class.len())
            .max()
            .unwrap_or(5);
        for c in &only.by_class {
            let ci = c
                .auroc_ci95
                .map_or(String::new(), |ci| format!(" ({})", ci_percent(ci)));
            out += &format!(
                "  {:<width$}  {:>6} images  AUROC {:>6.2}{ci:<16}  AP {:>6.2}\n",
                c.class,
                c.n,
                100.0 * c.auroc,
                100.0 * c.ap
            );
        }
    }
    if !mean.components.is_empty() {
        let terms: Vec<String> = mean
            .components
            .iter()
            .map(|c| {
                let seen = c
                    .seen_auroc
                    .map(|s| format!(" (seen {:.2})", 100.0 * s))
                    .unwrap_or_default();
                format!("{} {:.2}{seen}", c.name, 100.0 * c.auroc)
            })
            .collect();
        out += &format!("score terms, mean AUROC: {}\n", terms.join(", "));
    }
    type Of = fn(&SplitResult) -> Option<f64>;
    let pixel_metrics: [(&str, Option<f64>, Of); 2] = [
        (
            "pixel AUROC (maps against ground-truth masks)",
            mean.pixel_auroc,
            |r| r.pixel_auroc,
        ),
        (
            "AUPRO (per-region overlap up to 30 % false positives)",
            mean.pixel_aupro,
            |r| r.pixel_aupro,
        ),
    ];
    for (what, mean, of) in pixel_metrics {
        let Some(p) = mean else { continue };
        let per_split: Vec<String> = results
            .iter()
            .filter_map(|r| of(r).map(|v| format!("{} {:.2}", r.name, 100.0 * v)))
            .collect();
        out += &format!(
            "{what}: mean {:.2}{}\n",
            100.0 * p,
            if per_split.len() > 1 {
                format!(" ({})", per_split.join(", "))
            } else {
                String::new()
            }
        );
    }
    if let (Some(fpr), Some(tpr), Some(c)) = (
        mean.calibrated_fpr,
        mean.calibrated_tpr,
        results.iter().find_map(|r| r.calibrated),
    ) {
        let held: Vec<usize> = results
            .iter()
            .filter_map(|r| r.calibrated.map(|c| c.n_calibration))
            .collect();
        let (lo, hi) = (
            held.iter().min().unwrap_or(&0),
            held.iter().max().unwrap_or(&0),
        );
        let held = if lo == hi {
            lo.to_string()
        } else {
            format!("{lo}–{hi}")
        };
        let pseudo = mean.calibrated_pseudo.map_or(String::new(), |p| {
            format!(", pseudo-anomalies {:.2} %", 100.0 * p)
        });
        // Splits whose normal test images (or pseudo-anomalies) get p ≤ α more often than the
        // calibration allows beyond chance.
        let beyond = |of: &dyn Fn(&CalibratedRates) -> Option<f64>| {
            let p: Vec<f64> = results
                .iter()
                .filter_map(|r| r.calibrated.as_ref().and_then(of))
                .collect();
            (p.iter().filter(|&&p| p < 0.01).count(), p.len())
        };
        let mut excess = vec![];
        for (what, (k, n)) in [
            ("normal test images", beyond(&|c| c.fpr_p_value)),
            ("pseudo-anomalies", beyond(&|c| c.pseudo_p_value)),
        ] {
            if n > 0 {
                excess.push(format!("{what} on {k} of {n} splits"));
            }
        }
        out += &format!(
            "p ≤ {} on p-values from {held} held-out training normals per split: false \
             positives {:.2} % of the normal test images, detections {:.2} % of the \
             anomalous{pseudo} (means over splits); flagged more often than the calibration \
             allows (p < 0.01): {}\n",
            c.alpha,
            100.0 * fpr,
            100.0 * tpr,
            excess.join(", ")
        );
    }
    out
}

/// Writes the HTML report atomically.
pub fn write_html(path: &std::path::Path, html: &str) -> Result<(), swan_data::DataError> {
    swan_data::write_atomic(path, html.as_bytes())
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
mod calibrated_tests {
    use super::*;

    #[test]
    fn calibrated_rates_count_p_values_at_or_below_alpha() {
        let p = [0.01, 0.04, 0.05, 0.3, 0.02, 0.5, 0.05, 0.9];
        let anomalous = [false, false, false, false, true, true, true, true];
        // The tail the counts are judged by, recorded as (k, n) → a number to check.
        let excess = |k: usize, n: usize| (100 * k + n) as f64;
        let r = CalibratedRates::compute(19, 0.05, &p, &anomalous, &[], &excess).unwrap();
        assert_eq!((r.n_calibration, r.alpha), (19, 0.05));
        assert_eq!(r.fpr, 0.75, "0.01, 0.04 and 0.05 of the four normals");
        assert_eq!(r.fpr_p_value, Some(304.0), "3 of 4 normals");
        assert_eq!(r.tpr, 0.5, "0.02 and 0.05 of the four anomalies");
        assert_eq!((r.pseudo_flagged, r.pseudo_p_value), (None, None));
        assert!(
            CalibratedRates::compute(19, 0.05, &p[..4], &anomalous[..4], &[], &excess).is_none()
        );
        // NAGAD: the first two normals are pseudo-anomalies, counted apart.
        let pseudo = [true, true, false, false, false, false, false, false];
        let r = CalibratedRates::compute(19, 0.05, &p, &anomalous, &pseudo, &excess).unwrap();
        assert_eq!((r.fpr, r.pseudo_flagged), (0.5, Some(1.0)));
        assert_eq!(
            (r.fpr_p_value, r.pseudo_p_value),
            (Some(102.0), Some(202.0))
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_terms_are_measured_like_the_score_and_averaged_by_name() {
        let split = EvalSplit {
            name: "0".into(),
            train: vec![0],
            test: vec![1, 2, 3, 4],
            anomalous: vec![false, false, true, true],
            ..EvalSplit::default()
        };
        let kept = [true; 4];
        // A term that ranks the anomalies first, and one that ranks them last.
        let good = SplitResult::component(&split, "seen", &[0.1, 0.2, 0.8, 0.9], &kept).unwrap();
        let bad = SplitResult::component(&split, "pseudo", &[0.9, 0.8, 0.2, 0.1], &kept).unwrap();
        assert_eq!((good.name.as_str(), good.auroc), ("seen", 1.0));
        assert_eq!((bad.name.as_str(), bad.auroc), ("pseudo", 0.0));
        let mut a = SplitResult::compute(&split, 1, &[0.1, 0.2, 0.8, 0.9], &kept).unwrap();
        a.components = vec![good.clone(), bad];
        let mut b = a.clone();
        b.components = vec![ComponentResult { auroc: 0.5, ..good }];
        let m = mean(&[a, b]);
        let got: Vec<(&str, f64)> = m
            .components
            .iter()
            .map(|c| (c.name.as_str(), c.auroc))
            .collect();
        assert_eq!(got, [("seen", 0.75), ("pseudo", 0.0)]);
        assert!(format_table(&[], &m).contains("score terms, mean AUROC: seen 75.00, pseudo 0.00"));
    }

    #[test]
    fn skipped_test_samples_are_left_out_of_the_metrics() {
        let split = EvalSplit {
            name: "0".into(),
            train: vec![0],
            test: vec![1, 2, 3],
            anomalous: vec![false, true, true],
            ..EvalSplit::default()
        };
        let r = SplitResult::compute(&split, 1, &[0.1, 0.9], &[true, false, true]).unwrap();
        assert_eq!((r.n_test, r.n_anomalous, r.auroc), (2, 1, 1.0));
    }

    #[test]
    fn nagad_scores_compare_the_right_groups() {
        // test rows: familiar normal, pseudo, pseudo, anomaly
        let split = EvalSplit {
            name: "a".into(),
            train: vec![0],
            test: vec![1, 2, 3, 4],
            anomalous: vec![false, false, false, true],
            pseudo: vec![false, true, true, false],
            ..EvalSplit::default()
        };
        let r = SplitResult::compute(&split, 1, &[0.1, 0.5, 0.05, 0.9], &[true; 4]).unwrap();
        assert_eq!(r.ad, Some(1.0));
        assert_eq!(r.pa, Some(0.5)); // one pseudo above the familiar normal, one below
        assert_eq!(r.ra, Some(1.0));
    }

    #[test]
    fn dra_hard_scores_unseen_and_seen_classes_apart() {
        // test rows: normal, normal, unseen anomaly, seen anomaly, seen anomaly
        let split = EvalSplit {
            name: "0".into(),
            train: vec![0],
            test: vec![1, 2, 3, 4, 5],
            anomalous: vec![false, false, true, true, true],
            seen: vec![false, false, false, true, true],
            seen_class: Some("1".into()),
            ..EvalSplit::default()
        };
        let r = SplitResult::compute(&split, 1, &[0.1, 0.3, 0.2, 0.9, 0.05], &[true; 5]).unwrap();
        assert_eq!((r.n_test, r.n_anomalous), (3, 1));
        assert_eq!(r.auroc, 0.5); // the unseen anomaly ranks between the two normals
        assert_eq!(r.seen_auroc, Some(0.5)); // one seen above both normals, one below
        let t = format_table(std::slice::from_ref(&r), &mean(std::slice::from_ref(&r)));
        assert!(t.contains("seen AUROC"), "{t}");
    }

    #[test]
    fn anomalies_are_measured_class_by_class_hardest_first() {
        // test rows: normal, normal, crack, crack, hole (left unscored), hole, hole
        let split = EvalSplit {
            name: "all".into(),
            train: vec![0],
            test: (1..8).collect(),
            anomalous: vec![false, false, true, true, true, true, true],
            ..EvalSplit::default()
        };
        let classes = [
            Some("good"),
            Some("good"),
            Some("crack"),
            Some("crack"),
            Some("hole"),
            Some("hole"),
            None,
        ];
        let kept = [true, true, true, true, false, true, true];
        // The cracks above both normals; the scored hole between them; the classless
        // anomaly below both.
        let scores = [0.2, 0.4, 0.9, 0.8, 0.3, 0.1];
        let by = SplitResult::by_anomaly_class(&split, &classes, &scores, &kept).unwrap();
        let got: Vec<(&str, usize, f64)> = by
            .iter()
            .map(|c| (c.class.as_str(), c.n, c.auroc))
            .collect();
        assert_eq!(
            got,
            [("(none)", 1, 0.0), ("hole", 1, 0.5), ("crack", 2, 1.0)]
        );
        let mut r = SplitResult::compute(&split, 1, &scores, &kept).unwrap();
        r.by_class = by;
        let t = format_table(std::slice::from_ref(&r), &mean(std::slice::from_ref(&r)));
        assert!(
            t.contains("hardest anomaly class (AUROC)") && t.contains("(none) (0.00)"),
            "{t}"
        );
        assert!(t.contains("  crack        2 images  AUROC 100.00"), "{t}");
        // Anomalies of one class: nothing to break down.
        let one = [Some("good"), Some("good"), Some("crack"), Some("crack")];
        let split = EvalSplit {
            test: (1..5).collect(),
            anomalous: vec![false, false, true, true],
            ..split
        };
        let by = SplitResult::by_anomaly_class(&split, &one, &[0.1, 0.2, 0.3, 0.4], &[true; 4]);
        assert!(by.unwrap().is_empty());
    }

    #[test]
    fn table_shows_percentages_and_mean() {
        let r = vec![SplitResult {
            n_test: 20,
            n_anomalous: 18,
            auroc: 0.8593,
            ap: 0.5,
            ..SplitResult::empty("0", 10)
        }];
        let t = format_table(&r, &mean(&r));
        assert!(t.contains("85.93") && t.contains("mean"), "{t}");
    }
}
