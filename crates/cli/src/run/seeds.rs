//! `swan eval --seeds`: one evaluation per seed, and every metric over the seeds.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use serde::Serialize;
use swan_eval::Protocol;
use swan_eval::report::write_json;
use swan_method::MethodConfig;

use super::{EvalPlan, run_eval};
use crate::common::Global;

/// Where `swan eval --seeds` writes seed `seed`'s report: `results.json` →
/// `results.seed3.json`, beside it.
pub fn seed_report_path(out: &Path, seed: u64) -> PathBuf {
    let stem = out.file_stem().map_or_else(
        || "results".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let ext = out
        .extension()
        .map_or_else(|| "json".to_string(), |e| e.to_string_lossy().into_owned());
    out.with_file_name(format!("{stem}.seed{seed}.{ext}"))
}

/// The report of `swan eval --seeds`: what ran, the per-seed reports, and every metric over
/// the seeds.
#[derive(Serialize)]
pub struct SeedsReport<'a> {
    pub format_version: u32,
    pub swan_version: &'static str,
    pub command: Vec<String>,
    pub method: &'a MethodConfig,
    pub protocol: &'static str,
    pub protocol_config: &'a Protocol,
    pub data: String,
    /// Each seed's own report (the layout of a single `swan eval`), in the order of `seeds`.
    pub reports: Vec<PathBuf>,
    #[serde(flatten)]
    pub summary: swan_eval::report::seeds::SeedSummary,
    pub total_seconds: f64,
}

/// Format of the `swan eval --seeds` summary report.
pub const SEEDS_REPORT_FORMAT_VERSION: u32 = 1;

/// `swan eval --seeds`: the evaluation once per seed, each with its own report (and
/// `--resume` file), then the summary over seeds at `plan.out`.
pub fn run_eval_seeds(mut plan: EvalPlan, seeds: &[u64], global: &Global) -> Result<()> {
    if let Some(dup) = seeds
        .iter()
        .enumerate()
        .find_map(|(i, s)| seeds[..i].contains(s).then_some(s))
    {
        anyhow::bail!("--seeds: seed {dup} is given twice");
    }
    let start = Instant::now();
    let out = plan.out.clone();
    let train_dir = plan.train.train_dir.clone();
    let mut reports = Vec::new();
    for (i, &seed) in seeds.iter().enumerate() {
        plan.run.seed = seed;
        plan.out = seed_report_path(&out, seed);
        // Training runs are named after their split: each seed keeps its checkpoints and
        // logs in its own folder, so seeds neither overwrite nor resume each other's.
        plan.train.train_dir = train_dir.as_ref().map(|d| d.join(format!("seed{seed}")));
        eprintln!(
            "seed {seed} ({} of {}): report {}",
            i + 1,
            seeds.len(),
            plan.out.display()
        );
        let report = run_eval(&plan, global).with_context(|| format!("seed {seed}"))?;
        reports.push((plan.out.clone(), report));
        println!();
    }
    let runs: Vec<swan_eval::report::seeds::SeedRun<'_>> = reports
        .iter()
        .map(|(_, r)| swan_eval::report::seeds::SeedRun {
            seed: r.seed,
            splits: &r.splits,
            mean: &r.mean,
        })
        .collect();
    let summary = swan_eval::report::seeds::summarise(&runs);
    println!(
        "{} / {} on {}, seeds {}: mean ± sd over seeds (%)\n",
        plan.method.kind().name(),
        plan.protocol.name(),
        plan.data,
        seeds
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    print!("{}", swan_eval::report::seeds::format_summary(&summary));
    let report = SeedsReport {
        format_version: SEEDS_REPORT_FORMAT_VERSION,
        swan_version: env!("CARGO_PKG_VERSION"),
        command: std::env::args().collect(),
        method: &plan.method,
        protocol: plan.protocol.name(),
        protocol_config: &plan.protocol,
        data: plan.data.to_string(),
        reports: reports.iter().map(|(p, _)| p.clone()).collect(),
        summary,
        total_seconds: start.elapsed().as_secs_f64(),
    };
    write_json(&out, &report).context("writing the summary over seeds")?;
    println!(
        "\nsummary over seeds written to {} (per-seed reports: {})",
        out.display(),
        report
            .reports
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}
