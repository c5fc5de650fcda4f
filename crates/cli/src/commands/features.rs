use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use swan_encoder::Tap;
use swan_method::{FeaturesFile, RowInfo};

use crate::args::{DataArgs, EncoderArgs, RunArgs};
use crate::common::{self, Global, SplitChoice};

/// `swan features`: images in, a features file (embeddings at one or more taps) out.
#[derive(Args, Debug)]
pub struct FeaturesArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Which split of the dataset to embed.
    #[arg(long, value_enum, default_value = "all")]
    split: SplitChoice,
    /// Only images of these classes (repeatable); default: every class.
    #[arg(long = "class", value_name = "CLASS")]
    classes: Vec<String>,
    /// Taps to store (comma-separated): pooled, head, block00..block15, stem. Feature maps
    /// are average-pooled.
    #[arg(long, value_delimiter = ',', default_value = "pooled")]
    taps: Vec<Tap>,
    #[command(flatten)]
    encoder: EncoderArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Features file to write: safetensors, or a NumPy `.npz` when the name ends in `.npz`
    /// (a float32 array per tap, `ids`, `labels` 0 / 1 / -1 unknown, `classes`, `splits`,
    /// and `swan_header`; `np.load(FILE)["pooled"]`). `swan score` reads both.
    #[arg(long, short)]
    out: PathBuf,
}

pub fn run(args: FeaturesArgs, global: &Global) -> Result<()> {
    let samples = common::select_samples(
        common::load_samples(&args.data.data)?,
        args.split,
        &args.classes,
        &args.data.data.to_string(),
    )?;
    let encoder = Arc::new(common::load_encoder(&args.encoder)?);
    let mut ctx = common::run_context(
        Some(Arc::clone(&encoder)),
        args.encoder.batch_size,
        &args.run,
        global,
    );
    // Each tap's rows go into the file once: move them rather than keep a copy.
    ctx.keep_features = false;
    let mut layers = Vec::new();
    let mut kept = vec![true; samples.len()];
    let mut skipped = Vec::new();
    for &tap in &args.taps {
        let e = ctx
            .embed_once(&samples, tap)
            .with_context(|| format!("embedding at {tap}"))?;
        kept = e.kept.clone();
        skipped = e.skipped;
        layers.push((tap, e.matrix));
        if !kept.contains(&true) {
            common::report_skipped(&skipped);
            anyhow::bail!(
                "{}: none of the {} images could be read; nothing written",
                args.data.data,
                samples.len()
            );
        }
    }
    let rows: Vec<RowInfo> = samples
        .iter()
        .zip(&kept)
        .filter(|(_, k)| **k)
        .map(|(s, _)| RowInfo::of(s))
        .collect();
    let file = FeaturesFile {
        encoder: ctx.encoder_spec(args.taps[0])?,
        rows,
        layers,
        skipped,
    };
    if args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("npz"))
    {
        file.write_npz(&args.out)
    } else {
        file.write(&args.out)
    }
    .context("writing the features file")?;
    common::report_skipped(&file.skipped);
    eprintln!(
        "wrote {} rows x {} tap(s) ({}) -> {}",
        file.rows.len(),
        file.layers.len(),
        args.taps
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(","),
        args.out.display()
    );
    Ok(())
}
