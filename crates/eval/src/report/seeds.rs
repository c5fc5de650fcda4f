//! One evaluation over several seeds (`swan eval --seeds`): every metric of every split, and
//! of the mean over splits, as its mean, sample standard deviation and per-seed values.
//!
//! Splits are matched by name across seeds; a split some seeds lack (protocols whose split
//! names depend on the draw) is summarised over the seeds that have it, which its `seeds`
//! list says.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{ComponentResult, MeanResult, Probes, SplitResult};

/// One metric over seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    /// Mean over the seeds.
    pub mean: f64,
    /// Sample standard deviation (divisor n − 1); 0 for a single seed.
    pub sd: f64,
    /// The seeds that have this metric, in the order given.
    pub seeds: Vec<u64>,
    /// This metric's value for each of `seeds`.
    pub values: Vec<f64>,
}

/// A standard deviation in percent for a table, five wide; `–` for a single value, which has
/// none (the JSON keeps 0).
fn sd_text(sd: f64, n: usize) -> String {
    if n > 1 {
        format!("{:>5.2}", 100.0 * sd)
    } else {
        format!("{:>5}", "–")
    }
}

/// Mean and sample standard deviation (0 for one value) of a non-empty list.
fn mean_sd(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let sd = if values.len() > 1 {
        (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt()
    } else {
        0.0
    };
    (mean, sd)
}

impl Spread {
    fn of(seeds: Vec<u64>, values: Vec<f64>) -> Self {
        let (mean, sd) = mean_sd(&values);
        Self {
            mean,
            sd,
            seeds,
            values,
        }
    }
}

/// One split (by name) over seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SplitSpread {
    /// The split's name.
    pub name: String,
    /// Metric name (`auroc`, `ap`, `ra`, `probe_nuisance`, `component.seen.auroc`, ...) →
    /// its spread; fractions in [0, 1] as in the per-seed reports.
    pub metrics: BTreeMap<String, Spread>,
}

/// Every split and the mean over splits, over seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeedSummary {
    /// The seeds, in the order given.
    pub seeds: Vec<u64>,
    /// Every split over the seeds.
    pub splits: Vec<SplitSpread>,
    /// The per-seed means over splits (each seed's `mean` row), over seeds.
    pub mean: BTreeMap<String, Spread>,
}

/// One seed's results: its seed, its splits and their mean.
pub struct SeedRun<'a> {
    /// The seed of the run.
    pub seed: u64,
    /// Its splits' results.
    pub splits: &'a [SplitResult],
    /// Their mean.
    pub mean: &'a MeanResult,
}

/// The metrics a result reports, by name: AUROC and AP, and those its protocol adds.
fn metrics(
    auroc: f64,
    ap: f64,
    optional: [(&str, Option<f64>); 10],
    probes: Option<Probes>,
    components: &[ComponentResult],
) -> Vec<(String, f64)> {
    let mut out = vec![("auroc".to_string(), auroc), ("ap".to_string(), ap)];
    out.extend(
        optional
            .into_iter()
            .filter_map(|(name, v)| v.map(|v| (name.to_string(), v))),
    );
    if let Some(p) = probes {
        out.push(("probe_nuisance".into(), p.nuisance));
        out.push(("probe_relevant".into(), p.relevant));
    }
    for c in components {
        out.push((format!("component.{}.auroc", c.name), c.auroc));
        out.push((format!("component.{}.ap", c.name), c.ap));
    }
    out
}

fn split_metrics(r: &SplitResult) -> Vec<(String, f64)> {
    metrics(
        r.auroc,
        r.ap,
        [
            ("ad", r.ad),
            ("pa", r.pa),
            ("ra", r.ra),
            ("seen_auroc", r.seen_auroc),
            ("seen_ap", r.seen_ap),
            ("pixel_auroc", r.pixel_auroc),
            ("pixel_aupro", r.pixel_aupro),
            ("calibrated_fpr", r.calibrated.map(|c| c.fpr)),
            ("calibrated_tpr", r.calibrated.map(|c| c.tpr)),
            (
                "calibrated_pseudo",
                r.calibrated.and_then(|c| c.pseudo_flagged),
            ),
        ],
        r.probes,
        &r.components,
    )
}

fn mean_metrics(m: &MeanResult) -> Vec<(String, f64)> {
    metrics(
        m.auroc,
        m.ap,
        [
            ("ad", m.ad),
            ("pa", m.pa),
            ("ra", m.ra),
            ("seen_auroc", m.seen_auroc),
            ("seen_ap", m.seen_ap),
            ("pixel_auroc", m.pixel_auroc),
            ("pixel_aupro", m.pixel_aupro),
            ("calibrated_fpr", m.calibrated_fpr),
            ("calibrated_tpr", m.calibrated_tpr),
            ("calibrated_pseudo", m.calibrated_pseudo),
        ],
        m.probes,
        &m.components,
    )
}

/// Gathers (seed, metrics) rows into spreads, metric by metric.
fn spreads(rows: Vec<(u64, Vec<(String, f64)>)>) -> BTreeMap<String, Spread> {
    let mut by_metric: BTreeMap<String, (Vec<u64>, Vec<f64>)> = BTreeMap::new();
    for (seed, metrics) in rows {
        for (name, v) in metrics {
            let (seeds, values) = by_metric.entry(name).or_default();
            seeds.push(seed);
            values.push(v);
        }
    }
    by_metric
        .into_iter()
        .map(|(name, (seeds, values))| (name, Spread::of(seeds, values)))
        .collect()
}

/// Summarises the runs of one evaluation with different seeds. Splits keep the order in
/// which they first appear.
pub fn summarise(runs: &[SeedRun<'_>]) -> SeedSummary {
    let mut names: Vec<&str> = Vec::new();
    for r in runs {
        for s in r.splits {
            if !names.contains(&s.name.as_str()) {
                names.push(&s.name);
            }
        }
    }
    let splits = names
        .iter()
        .map(|&name| SplitSpread {
            name: name.to_string(),
            metrics: spreads(
                runs.iter()
                    .filter_map(|r| {
                        let s = r.splits.iter().find(|s| s.name == name)?;
                        Some((r.seed, split_metrics(s)))
                    })
                    .collect(),
            ),
        })
        .collect();
    SeedSummary {
        seeds: runs.iter().map(|r| r.seed).collect(),
        splits,
        mean: spreads(
            runs.iter()
                .map(|r| (r.seed, mean_metrics(r.mean)))
                .collect(),
        ),
    }
}

/// The metrics the terminal tables show, when the runs have them: (key, title).
const COLUMNS: [(&str, &str); 11] = [
    ("auroc", "AUROC"),
    ("ap", "AP"),
    ("ad", "AD"),
    ("pa", "PA"),
    ("ra", "RA"),
    ("seen_auroc", "seen AUROC"),
    ("pixel_auroc", "pixel AUROC"),
    ("pixel_aupro", "AUPRO"),
    ("calibrated_fpr", "FPR p≤α"),
    ("calibrated_tpr", "TPR p≤α"),
    ("calibrated_pseudo", "pseudo p≤α"),
];

/// A cell of the terminal tables.
trait Cell {
    /// Values behind it (seeds, or pairs).
    fn n(&self) -> usize;
    fn text(&self) -> String;
}

impl Cell for Spread {
    fn n(&self) -> usize {
        self.values.len()
    }

    fn text(&self) -> String {
        format!(
            "{:>6.2} ± {}",
            100.0 * self.mean,
            sd_text(self.sd, self.values.len())
        )
    }
}

/// One row per split and a last `mean` row; a column for each metric of [`COLUMNS`] the
/// mean row has; `count` heads the column of how many values each row has (by AUROC's).
fn table<M: Cell>(
    count: &str,
    title: impl Fn(&str) -> String,
    splits: &[(&str, &BTreeMap<String, M>)],
    mean: &BTreeMap<String, M>,
) -> String {
    let columns: Vec<(&str, &str)> = COLUMNS
        .into_iter()
        .filter(|(key, _)| mean.contains_key(*key))
        .collect();
    let width = splits
        .iter()
        .map(|(n, _)| n.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let cell_width = mean.values().next().map_or(0, |m| m.text().chars().count());
    let mut out = format!("{:<width$}  {count:>5}", "split");
    for (_, name) in &columns {
        out += &format!("  {:>cell_width$}", title(name));
    }
    out.push('\n');
    for (name, metrics) in splits.iter().copied().chain([("mean", mean)]) {
        let n = metrics.get("auroc").map_or(0, M::n);
        out += &format!("{name:<width$}  {n:>5}");
        for (key, _) in &columns {
            let text = metrics.get(*key).map_or_else(|| "-".to_string(), M::text);
            out += &format!("  {text:>cell_width$}");
        }
        out.push('\n');
    }
    out
}

/// The summary as a terminal table: per split, AUROC and AP (and AD / PA / RA, seen AUROC,
/// when the protocol has them) as mean ± sd in percent over the seeds.
pub fn format_summary(s: &SeedSummary) -> String {
    let splits: Vec<_> = s
        .splits
        .iter()
        .map(|x| (x.name.as_str(), &x.metrics))
        .collect();
    table("seeds", str::to_string, &splits, &s.mean)
}

/// One metric of two runs, paired by seed: `other − base`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// Mean of the paired differences.
    pub mean: f64,
    /// Sample standard deviation of the paired differences; 0 for a single pair.
    pub sd: f64,
    /// The pairs `[base seed, other seed]` (the same seed in both runs, unless each run has
    /// only one).
    pub pairs: Vec<[u64; 2]>,
    /// The difference `other − base` of each pair, in the order of `pairs`.
    pub values: Vec<f64>,
    /// Pairs in which `other` is higher.
    pub higher: usize,
}

/// One split (by name) of two runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SplitDifference {
    /// The split's name.
    pub name: String,
    /// Metric name → its paired differences.
    pub metrics: BTreeMap<String, Difference>,
}

/// Two runs of an evaluation compared metric by metric, paired by seed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// The splits both runs have, in the base run's order.
    pub splits: Vec<SplitDifference>,
    /// The per-seed means over splits, compared.
    pub mean: BTreeMap<String, Difference>,
    /// Splits only one run has, by name (left out of the comparison).
    pub unmatched: Vec<String>,
}

/// Pairs the seeds of two spreads: the seeds both have; or, when each run has exactly one
/// seed and they differ, those two.
fn pair(base: &Spread, other: &Spread) -> Vec<(usize, usize)> {
    let common: Vec<(usize, usize)> = base
        .seeds
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((i, other.seeds.iter().position(|o| o == s)?)))
        .collect();
    if common.is_empty() && base.seeds.len() == 1 && other.seeds.len() == 1 {
        vec![(0, 0)]
    } else {
        common
    }
}

fn differences(
    base: &BTreeMap<String, Spread>,
    other: &BTreeMap<String, Spread>,
) -> BTreeMap<String, Difference> {
    base.iter()
        .filter_map(|(name, b)| {
            let o = other.get(name)?;
            let pairs = pair(b, o);
            if pairs.is_empty() {
                return None;
            }
            let values: Vec<f64> = pairs
                .iter()
                .map(|&(i, j)| o.values[j] - b.values[i])
                .collect();
            let (mean, sd) = mean_sd(&values);
            Some((
                name.clone(),
                Difference {
                    mean,
                    sd,
                    pairs: pairs
                        .iter()
                        .map(|&(i, j)| [b.seeds[i], o.seeds[j]])
                        .collect(),
                    higher: values.iter().filter(|&&v| v > 0.0).count(),
                    values,
                },
            ))
        })
        .collect()
}

/// Compares `other` with `base` (differences are `other − base`), split by split (matched by
/// name) and on the mean over splits, pairing the runs' seeds.
pub fn compare(base: &SeedSummary, other: &SeedSummary) -> Comparison {
    let mut unmatched = Vec::new();
    let mut splits = Vec::new();
    for b in &base.splits {
        match other.splits.iter().find(|o| o.name == b.name) {
            Some(o) => splits.push(SplitDifference {
                name: b.name.clone(),
                metrics: differences(&b.metrics, &o.metrics),
            }),
            None => unmatched.push(b.name.clone()),
        }
    }
    unmatched.extend(
        other
            .splits
            .iter()
            .filter(|o| !base.splits.iter().any(|b| b.name == o.name))
            .map(|o| o.name.clone()),
    );
    Comparison {
        splits,
        mean: differences(&base.mean, &other.mean),
        unmatched,
    }
}

impl Cell for Difference {
    fn n(&self) -> usize {
        self.values.len()
    }

    fn text(&self) -> String {
        format!(
            "{:>+7.2} ± {} ({:>2}/{:<2})",
            100.0 * self.mean,
            sd_text(self.sd, self.values.len()),
            self.higher,
            self.values.len()
        )
    }
}

/// The comparison as a terminal table: per split, each metric's paired difference in
/// percentage points as mean ± sd, and on how many pairs `other` is higher.
pub fn format_comparison(c: &Comparison) -> String {
    let splits: Vec<_> = c
        .splits
        .iter()
        .map(|x| (x.name.as_str(), &x.metrics))
        .collect();
    table("pairs", |name| format!("Δ {name}"), &splits, &c.mean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(name: &str, auroc: f64, ra: Option<f64>) -> SplitResult {
        SplitResult {
            auroc,
            ap: auroc / 2.0,
            ra,
            ..SplitResult::empty(name, 10)
        }
    }

    #[test]
    fn spreads_are_mean_and_sample_sd_per_split_and_of_the_means() {
        let a = [split("0", 0.9, Some(0.6)), split("1", 0.7, Some(0.4))];
        let b = [split("0", 0.8, Some(0.5)), split("1", 0.5, Some(0.2))];
        let (ma, mb) = (super::super::mean(&a), super::super::mean(&b));
        let s = summarise(&[
            SeedRun {
                seed: 3,
                splits: &a,
                mean: &ma,
            },
            SeedRun {
                seed: 7,
                splits: &b,
                mean: &mb,
            },
        ]);
        assert_eq!(s.seeds, [3, 7]);
        let names: Vec<&str> = s.splits.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["0", "1"]);
        let auroc0 = &s.splits[0].metrics["auroc"];
        assert!((auroc0.mean - 0.85).abs() < 1e-12);
        // Two values 0.9 and 0.8: sample sd = |0.9 − 0.8| / √2.
        assert!((auroc0.sd - 0.1 / 2f64.sqrt()).abs() < 1e-12);
        assert_eq!(auroc0.seeds, [3, 7]);
        assert_eq!(auroc0.values, [0.9, 0.8]);
        // The mean row spreads each seed's mean over splits: 0.8 and 0.65.
        let mean = &s.mean["auroc"];
        assert!((mean.mean - 0.725).abs() < 1e-12, "{mean:?}");
        assert_eq!(mean.values, [0.8, 0.65]);
        assert!((s.mean["ra"].mean - 0.425).abs() < 1e-12);
        assert!((s.splits[1].metrics["ap"].mean - 0.3).abs() < 1e-12);
        let table = format_summary(&s);
        assert!(table.contains("RA") && !table.contains("seen"), "{table}");
        assert!(table.lines().last().unwrap().starts_with("mean"), "{table}");
        assert!(table.contains(" 72.50 ± 10.61"), "{table}");
    }

    #[test]
    fn pixel_metrics_are_summarised_over_seeds_when_the_runs_have_them() {
        let with_maps = |auroc: f64, aupro: f64| {
            vec![SplitResult {
                pixel_auroc: Some(auroc),
                pixel_aupro: Some(aupro),
                ..split("bottle", 0.9, None)
            }]
        };
        assert_eq!(
            super::super::mean(&with_maps(0.8, 0.6)).pixel_aupro,
            Some(0.6)
        );
        let s = merged(&[(0, with_maps(0.8, 0.6)), (1, with_maps(0.9, 0.4))]);
        assert!((s.mean["pixel_aupro"].mean - 0.5).abs() < 1e-12);
        assert_eq!(s.splits[0].metrics["pixel_auroc"].values, [0.8, 0.9]);
        let table = format_summary(&s);
        assert!(
            table.contains("pixel AUROC") && table.contains("AUPRO"),
            "{table}"
        );
        assert!(table.contains(" 50.00 ± 14.14"), "{table}");
        // Runs without maps get no such columns.
        assert!(!format_summary(&run(0, &[split("0", 0.9, None)])).contains("AUPRO"));
    }

    fn run(seed: u64, splits: &[SplitResult]) -> SeedSummary {
        let m = super::super::mean(splits);
        summarise(&[SeedRun {
            seed,
            splits,
            mean: &m,
        }])
    }

    fn merged(runs: &[(u64, Vec<SplitResult>)]) -> SeedSummary {
        let means: Vec<MeanResult> = runs.iter().map(|(_, s)| super::super::mean(s)).collect();
        summarise(
            &runs
                .iter()
                .zip(&means)
                .map(|((seed, splits), mean)| SeedRun {
                    seed: *seed,
                    splits,
                    mean,
                })
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn comparisons_pair_seeds_and_report_the_spread_of_the_differences() {
        let base = merged(&[
            (0, vec![split("a", 0.80, None), split("b", 0.60, None)]),
            (1, vec![split("a", 0.70, None), split("b", 0.60, None)]),
            (2, vec![split("a", 0.90, None), split("b", 0.50, None)]),
        ]);
        // Seed 2 missing, seed 5 extra: only seeds 0 and 1 pair.
        let other = merged(&[
            (5, vec![split("a", 0.10, None), split("c", 0.1, None)]),
            (1, vec![split("a", 0.75, None), split("b", 0.70, None)]),
            (0, vec![split("a", 0.70, None), split("b", 0.70, None)]),
        ]);
        let c = compare(&base, &other);
        assert_eq!(c.unmatched, ["c"]);
        let a = &c.splits[0].metrics["auroc"];
        assert_eq!(a.pairs, [[0, 0], [1, 1]]);
        // a: 0.70 − 0.80 and 0.75 − 0.70.
        assert!((a.values[0] + 0.1).abs() < 1e-12 && (a.values[1] - 0.05).abs() < 1e-12);
        assert!((a.mean + 0.025).abs() < 1e-12);
        assert!((a.sd - 0.15 / 2f64.sqrt()).abs() < 1e-12);
        assert_eq!(a.higher, 1);
        let b = &c.splits[1].metrics["auroc"];
        assert_eq!((b.higher, b.values.len()), (2, 2));
        let table = format_comparison(&c);
        assert!(
            table.contains("Δ AUROC") && table.contains("( 1/2 )"),
            "{table}"
        );
        assert!(table.lines().last().unwrap().starts_with("mean"), "{table}");

        // Two single runs with different seeds are paired with each other.
        let c = compare(
            &run(0, &[split("a", 0.5, None)]),
            &run(3, &[split("a", 0.6, None)]),
        );
        let a = &c.mean["auroc"];
        assert_eq!((a.pairs.as_slice(), a.sd), (&[[0, 3]][..], 0.0));
        assert!((a.mean - 0.1).abs() < 1e-12);
        // One pair has no spread: the table says so rather than printing 0.00.
        let table = format_comparison(&c);
        assert!(table.contains("+10.00 ±     – ( 1/1 )"), "{table}");
    }

    #[test]
    fn a_summary_reads_back_from_its_json() {
        let s = merged(&[
            (0, vec![split("a", 0.8, Some(0.3))]),
            (1, vec![split("a", 0.6, Some(0.2))]),
        ]);
        let back: SeedSummary = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn a_split_some_seeds_lack_is_summarised_over_those_that_have_it() {
        let a = [split("x", 0.9, None), split("y", 0.6, None)];
        let b = [split("x", 0.7, None)];
        let (ma, mb) = (super::super::mean(&a), super::super::mean(&b));
        let s = summarise(&[
            SeedRun {
                seed: 0,
                splits: &a,
                mean: &ma,
            },
            SeedRun {
                seed: 1,
                splits: &b,
                mean: &mb,
            },
        ]);
        let y = &s.splits[1].metrics["auroc"];
        assert_eq!((y.seeds.as_slice(), y.sd), (&[0][..], 0.0));
        assert!(!s.mean.contains_key("ra"));
    }
}
