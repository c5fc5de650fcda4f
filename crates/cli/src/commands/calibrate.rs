//! `swan calibrate`: score held-out normal images with a saved model and keep their scores in
//! the model file, so that `swan score` and `swan serve` give every image a conformal p-value
//! and threshold at a false-positive rate with no other data.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use swan_method::Fitted;

use crate::args::{DataArgs, ModelRunArgs};
use crate::common::{self, Global, SplitChoice};

/// `swan calibrate`: a model file and held-out normal images in, the calibrated model out.
#[derive(Args, Debug)]
pub struct CalibrateArgs {
    /// Model file written by `swan fit`.
    #[arg(long, short)]
    model: PathBuf,
    // The held-out normal images (--data): none of them may be among the model's training
    // images, whose scores are lower than those of unseen normals; images labelled anomalous
    // are left out.
    #[command(flatten)]
    data: DataArgs,
    /// Only images of these classes (repeatable); default: every class.
    #[arg(long = "class", value_name = "CLASS")]
    classes: Vec<String>,
    /// Which split of --data holds the held-out normals.
    #[arg(long, value_enum, default_value = "test")]
    split: SplitChoice,
    /// Where to write the calibrated model; default: replace --model (atomically).
    #[arg(long, short, value_parser = crate::args::file_out)]
    out: Option<PathBuf>,
    #[command(flatten)]
    model_run: ModelRunArgs,
}

pub fn run(args: CalibrateArgs, global: &Global) -> Result<()> {
    let device = common::select_device(&args.model_run.device)?;
    let (mut model, encoder) = Fitted::load(&args.model, &device)
        .with_context(|| format!("loading the --model file {}", args.model.display()))?;
    let spec = &args.data.data;
    let normals = common::normal_training_samples(
        common::load_samples(spec)?,
        args.split,
        &args.classes,
        &spec.to_string(),
    )?;
    let mut what = spec.to_string();
    if !args.classes.is_empty() {
        what += &format!(", classes {}", args.classes.join(", "));
    }
    if args.split != SplitChoice::All && normals.iter().any(|s| s.split.is_some()) {
        what += &format!(", {}", args.split.phrase().trim_start_matches("in the "));
    }
    what += &format!(", {} normal images", normals.len());
    let encoder = encoder.map(Arc::new);
    let mut ctx = common::run_context(
        encoder.clone(),
        args.model_run.batch_size,
        &args.model_run.run,
        global,
    );
    ctx.keep_features = false;
    if let Some(old) = model.calibration() {
        eprintln!(
            "replacing the calibration on {} images ({})",
            old.scores.len(),
            old.data
        );
    }
    let (calibration, skipped) = model
        .held_out_scores(&normals, what, &mut ctx)
        .context("scoring the held-out normals")?;
    common::report_skipped(&skipped);
    super::fit::print_calibration(&calibration);
    model.set_calibration(Some(calibration));
    let out = args.out.as_ref().unwrap_or(&args.model);
    model
        .save(out, encoder.as_deref())
        .with_context(|| format!("writing model {}", out.display()))?;
    eprintln!("calibrated model -> {}", out.display());
    Ok(())
}
