use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use swan_data::Sample;
use swan_encoder::Tap;
use swan_method::{FeaturesWriter, RowInfo, RunContext, Skipped};

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
    /// Taps to store (comma-separated): pooled, head, block00..block15 (..block20 for
    /// efficientnet-lite1 and -lite2), stem. Feature maps
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
    #[arg(long, short, value_parser = crate::args::file_out)]
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
    let npz = args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("npz"));
    let (rows, skipped) = write_in_parts(&args, &samples, &mut ctx, npz)?;
    common::report_skipped(&skipped);
    eprintln!(
        "wrote {} rows x {} tap(s) ({}) -> {}",
        rows,
        args.taps.len(),
        args.taps
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(","),
        args.out.display()
    );
    Ok(())
}

/// The rows of `samples` that could be read.
fn kept_rows(samples: &[Sample], kept: &[bool]) -> Vec<RowInfo> {
    samples
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .map(|(s, _)| RowInfo::of(s))
        .collect()
}

/// A features file (safetensors, or `.npz` when `npz`) written a part of the list at a time
/// (the parts of the feature cache), so memory holds one part's embeddings however many images
/// there are.
fn write_in_parts(
    args: &FeaturesArgs,
    samples: &[Sample],
    ctx: &mut RunContext,
    npz: bool,
) -> Result<(usize, Vec<Skipped>)> {
    let mut writer =
        FeaturesWriter::create(&args.out, &args.taps).context("writing the features file")?;
    ctx.in_parts(samples, "embedding", |ctx, part| -> Result<()> {
        let mut layers = Vec::with_capacity(args.taps.len());
        let (mut kept, mut skipped) = (Vec::new(), Vec::new());
        for &tap in &args.taps {
            let e = ctx
                .embed_once(part, tap)
                .with_context(|| format!("embedding at {tap}"))?;
            (kept, skipped) = (e.kept, e.skipped);
            layers.push(e.matrix);
        }
        writer
            .append(&layers, kept_rows(part, &kept), skipped)
            .context("writing the features file")
    })?;
    if writer.rows() == 0 {
        common::report_skipped(writer.skipped());
        anyhow::bail!(
            "{}: none of the {} images could be read; nothing written",
            args.data.data,
            samples.len()
        );
    }
    let encoder = ctx.encoder_spec(args.taps[0])?;
    let (rows, skipped) = if npz {
        writer.finish_npz(&encoder)
    } else {
        writer.finish(&encoder)
    }
    .context("writing the features file")?;
    Ok((rows.len(), skipped))
}
