//! `swan eval`: protocol splits → `MethodConfig::fit` → score → metrics → report.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use serde::Serialize;
use swan_data::{DataSpec, Sample};
use swan_eval::Protocol;
use swan_eval::report::{MeanResult, SplitResult, format_table, mean, write_json};
use swan_method::{EncoderSpec, MethodConfig, Skipped, TrainData};

use crate::args::{EncoderArgs, RunArgs};
use crate::common::{self, Global};

/// Everything `swan eval` needs.
pub struct EvalPlan {
    pub data: DataSpec,
    pub protocol: Protocol,
    pub method: MethodConfig,
    pub encoder: EncoderArgs,
    pub run: RunArgs,
    pub max_train: Option<usize>,
    pub max_test: Option<usize>,
    pub out: PathBuf,
}

/// Version of the results JSON layout.
pub const REPORT_FORMAT_VERSION: u32 = 1;

/// The JSON report: results plus everything needed to rerun them.
#[derive(Serialize)]
pub struct EvalReport {
    pub format_version: u32,
    pub swan_version: &'static str,
    pub command: Vec<String>,
    pub method: MethodConfig,
    pub protocol: &'static str,
    pub data: String,
    pub data_fingerprint: String,
    pub encoder: EncoderSpec,
    pub seed: u64,
    pub threads: usize,
    pub max_train: Option<usize>,
    pub max_test: Option<usize>,
    pub splits: Vec<SplitResult>,
    pub mean: MeanResult,
    pub skipped: Vec<Skipped>,
    pub timings: Timings,
}

#[derive(Serialize)]
pub struct Timings {
    /// Images embedded (train and test, each once).
    pub images: usize,
    pub encode_seconds: f64,
    pub encode_images_per_second: f64,
    pub fit_and_score_seconds: f64,
    pub total_seconds: f64,
}

pub fn run_eval(plan: &EvalPlan, global: &Global) -> Result<EvalReport> {
    let start = Instant::now();
    let samples = common::load_samples(&plan.data)?;
    let mut splits = swan_eval::build_splits(&samples, plan.protocol, plan.run.seed)
        .with_context(|| format!("building {} splits of {}", plan.protocol.name(), plan.data))?;
    for s in &mut splits {
        if let Some(n) = plan.max_train {
            s.train.truncate(n);
        }
        if let Some(n) = plan.max_test {
            s.test.truncate(n);
            s.anomalous.truncate(n);
        }
    }
    let encoder = Arc::new(common::load_encoder(&plan.encoder)?);
    let mut ctx = common::run_context(
        Arc::clone(&encoder),
        plan.encoder.batch_size,
        &plan.run,
        global,
    );
    let tap = plan
        .method
        .embedding_tap()
        .unwrap_or(swan_encoder::Tap::Pooled);

    // Encode every image the splits use once; each split's fit and score then hit the cache.
    let mut used: Vec<usize> = splits
        .iter()
        .flat_map(|s| s.train.iter().chain(&s.test).copied())
        .collect();
    used.sort_unstable();
    used.dedup();
    let used_samples: Vec<Sample> = used.iter().map(|&i| samples[i].clone()).collect();
    let t_encode = Instant::now();
    let all = ctx.embed(&used_samples, tap).context("encoding images")?;
    let encode_seconds = t_encode.elapsed().as_secs_f64();

    let t_fit = Instant::now();
    let mut results = Vec::with_capacity(splits.len());
    for split in &splits {
        let pick =
            |idx: &[usize]| -> Vec<Sample> { idx.iter().map(|&i| samples[i].clone()).collect() };
        let fitted = plan
            .method
            .fit(&TrainData::normal(pick(&split.train)), &mut ctx)
            .with_context(|| format!("fitting split {}", split.name))?;
        let scored = fitted
            .score(&pick(&split.test), &mut ctx)
            .with_context(|| format!("scoring split {}", split.name))?;
        let result = SplitResult::compute(split, fitted.n_train(), &scored.scores, &scored.kept)
            .with_context(|| format!("metrics of split {}", split.name))?;
        tracing::info!(
            "split {}: AUROC {:.4} AP {:.4}",
            result.name,
            result.auroc,
            result.ap
        );
        results.push(result);
    }
    let fit_and_score_seconds = t_fit.elapsed().as_secs_f64();
    let mean = mean(&results);
    println!(
        "{} / {} on {}\n",
        plan.method.kind().name(),
        plan.protocol.name(),
        plan.data
    );
    print!("{}", format_table(&results, &mean));

    let report = EvalReport {
        format_version: REPORT_FORMAT_VERSION,
        swan_version: env!("CARGO_PKG_VERSION"),
        command: std::env::args().collect(),
        method: plan.method.clone(),
        protocol: plan.protocol.name(),
        data: plan.data.to_string(),
        data_fingerprint: swan_data::fingerprint_samples(&used_samples),
        encoder: ctx.encoder_spec(tap),
        seed: plan.run.seed,
        threads: rayon::current_num_threads(),
        max_train: plan.max_train,
        max_test: plan.max_test,
        splits: results,
        mean,
        skipped: all.skipped.clone(),
        timings: Timings {
            images: used_samples.len(),
            encode_seconds,
            encode_images_per_second: used_samples.len() as f64 / encode_seconds.max(1e-9),
            fit_and_score_seconds,
            total_seconds: start.elapsed().as_secs_f64(),
        },
    };
    write_json(&plan.out, &report).with_context(|| format!("writing {}", plan.out.display()))?;
    common::report_skipped(&all.skipped);
    println!("\nresults written to {}", plan.out.display());
    Ok(report)
}
