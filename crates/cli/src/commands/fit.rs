use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use swan_method::TrainData;

use crate::args::{DataArgs, EncoderArgs, MethodArgs, RunArgs, TrainArgs};
use crate::common::{self, Global, SplitChoice};
use crate::settings::resolve_method;

/// `swan fit`: normal images in, one model file out.
#[derive(Args, Debug)]
pub struct FitArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Only images of these classes are normal (repeatable); default: every class.
    #[arg(long = "class", value_name = "CLASS")]
    classes: Vec<String>,
    /// Which split of the dataset to train on.
    #[arg(long, value_enum, default_value = "train")]
    split: SplitChoice,
    #[command(flatten)]
    method: MethodArgs,
    #[command(flatten)]
    encoder: EncoderArgs,
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    train: TrainArgs,
    /// Model file to write (safetensors with a JSON header).
    #[arg(long, short, default_value = "model.safetensors")]
    out: PathBuf,
}

pub fn run(args: FitArgs, global: &Global) -> Result<()> {
    let config = resolve_method(&args.method)?;
    let samples = common::load_samples(&args.data.data)?;
    let normal = common::normal_training_samples(samples, args.split, &args.classes);
    if normal.is_empty() {
        anyhow::bail!(
            "no normal training images in {} (split {:?}, classes {:?})",
            args.data.data,
            args.split,
            args.classes
        );
    }
    let encoder = common::load_encoder_for(&config, &args.encoder)?;
    let mut ctx = common::with_train_args(
        common::run_context(encoder.clone(), args.encoder.batch_size, &args.run, global),
        &args.train,
    );
    let fitted = config
        .fit(&TrainData::normal(normal), &mut ctx)
        .context("fitting")?;
    fitted
        .save(&args.out, encoder.as_deref())
        .with_context(|| format!("writing model {}", args.out.display()))?;
    common::report_skipped(fitted.skipped());
    eprintln!(
        "fitted {} on {} images -> {}",
        fitted.kind().name(),
        fitted.n_train(),
        args.out.display()
    );
    Ok(())
}
