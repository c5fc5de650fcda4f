//! `swan compare`: two `swan eval` reports — single runs or summaries over seeds — metric by
//! metric and split by split, as paired differences over the seeds both ran.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;
use serde::Serialize;
use serde_json::Value;
use swan_eval::report::seeds::{self, Comparison, SeedRun, SeedSummary};
use swan_eval::report::{MeanResult, SplitResult, write_json};

use crate::common::Global;

/// `swan compare BASE OTHER`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  swan eval --method dn2 ... --seeds 0,1,2 --out dn2.json
  swan eval --method adib ... --seeds 0,1,2 --out adib.json
  swan compare dn2.json adib.json          # ADIB − DN2 per split: mean ± sd over seeds (higher on k of n)")]
pub struct CompareArgs {
    /// The report compared against: a `swan eval` report, or the summary `swan eval --seeds`
    /// writes.
    base: PathBuf,
    /// The report compared with it; differences are OTHER − BASE, paired by seed (the seeds
    /// both ran; two single runs are paired whatever their seeds).
    other: PathBuf,
    /// Also write the comparison as JSON here.
    #[arg(long, value_name = "FILE", value_parser = crate::args::file_out)]
    out: Option<PathBuf>,
}

/// What a report says about the evaluation it ran, for the header and the sanity checks.
struct Loaded {
    summary: SeedSummary,
    method: String,
    protocol: String,
    data: String,
    /// The method's and the protocol's settings as dotted keys (`method.k`, `protocol.fraction`).
    settings: BTreeMap<String, String>,
}

/// `value`'s leaves as dotted keys under `prefix`.
fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}.{k}"), v, out);
            }
        }
        leaf => {
            out.insert(prefix.to_string(), text(leaf));
        }
    }
}

/// The settings two reports differ in, as `key a → b` (`-` where one lacks the key).
fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> Vec<String> {
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| {
            let side = |m: &BTreeMap<String, String>| m.get(k).cloned().unwrap_or("-".into());
            format!("{k} {} → {}", side(a), side(b))
        })
        .collect()
}

fn text(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

fn load(path: &Path) -> Result<Loaded> {
    let raw =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let v: Value = serde_json::from_str(&raw)
        .with_context(|| format!("{}: not JSON (expected a swan eval report)", path.display()))?;
    let bad = |what: &str| {
        anyhow::anyhow!(
            "{}: not a swan eval report or summary over seeds ({what})",
            path.display()
        )
    };
    if ["protocol", "splits", "mean"]
        .iter()
        .any(|k| v.get(k).is_none())
    {
        bail!(bad("it lacks `protocol`, `splits` or `mean`"));
    }
    let summary = if v.get("reports").is_some() {
        serde_json::from_value::<SeedSummary>(v.clone())
            .with_context(|| format!("{}: a bad summary over seeds", path.display()))?
    } else {
        let splits: Vec<SplitResult> = serde_json::from_value(v["splits"].clone())
            .with_context(|| format!("{}: bad `splits`", path.display()))?;
        let mean: MeanResult = serde_json::from_value(v["mean"].clone())
            .with_context(|| format!("{}: bad `mean`", path.display()))?;
        let seed = v["seed"].as_u64().ok_or_else(|| bad("no `seed`"))?;
        seeds::summarise(&[SeedRun {
            seed,
            splits: &splits,
            mean: &mean,
        }])
    };
    let mut settings = BTreeMap::new();
    flatten("method", &v["method"], &mut settings);
    flatten("protocol", &v["protocol_config"], &mut settings);
    Ok(Loaded {
        summary,
        settings,
        method: text(&v["method"]["method"]),
        protocol: text(&v["protocol"]),
        data: text(&v["data"]),
    })
}

#[derive(Serialize)]
struct CompareReport<'a> {
    format_version: u32,
    swan_version: &'static str,
    base: &'a Path,
    other: &'a Path,
    #[serde(flatten)]
    comparison: &'a Comparison,
}

pub fn run(args: CompareArgs, _global: &Global) -> Result<()> {
    let (base, other) = (load(&args.base)?, load(&args.other)?);
    for (what, a, b) in [
        ("protocols", &base.protocol, &other.protocol),
        ("data", &base.data, &other.data),
    ] {
        if a != b {
            eprintln!(
                "note: the two reports have different {what} ({a} and {b}): their splits may not be comparable"
            );
        }
    }
    let comparison = seeds::compare(&base.summary, &other.summary);
    if comparison.splits.is_empty() {
        bail!(
            "{} and {} have no split in common",
            args.base.display(),
            args.other.display()
        );
    }
    if comparison.mean.is_empty() {
        bail!(
            "{} (seeds {:?}) and {} (seeds {:?}) have no seed in common to pair",
            args.base.display(),
            base.summary.seeds,
            args.other.display(),
            other.summary.seeds
        );
    }
    println!(
        "{} ({}) − {} ({}), {} on {}: paired differences in percentage points, mean ± sd \
         (higher on k of n pairs)\n",
        args.other.display(),
        other.method,
        args.base.display(),
        base.method,
        base.protocol,
        base.data
    );
    let differ = differing(&base.settings, &other.settings);
    if !differ.is_empty() {
        println!("settings that differ: {}\n", differ.join(", "));
    }
    print!("{}", seeds::format_comparison(&comparison));
    if !comparison.unmatched.is_empty() {
        println!(
            "\nleft out (in one report only): {}",
            comparison.unmatched.join(", ")
        );
    }
    if let Some(out) = &args.out {
        let report = CompareReport {
            format_version: 1,
            swan_version: env!("CARGO_PKG_VERSION"),
            base: &args.base,
            other: &args.other,
            comparison: &comparison,
        };
        write_json(out, &report).context("writing the comparison")?;
        println!("\ncomparison written to {}", out.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_that_differ_are_listed_as_dotted_keys() {
        let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
        flatten(
            "method",
            &serde_json::json!({"method": "dn2", "k": 2, "tap": {"block": 15}}),
            &mut a,
        );
        flatten(
            "method",
            &serde_json::json!({"method": "dn2", "k": 1, "metric": "cosine", "tap": {"block": 15}}),
            &mut b,
        );
        assert_eq!(
            differing(&a, &b),
            ["method.k 2 → 1", "method.metric - → cosine"]
        );
        assert!(differing(&a, &a).is_empty());
    }
}
