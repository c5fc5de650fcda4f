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
    /// Labelled anomalies (dra, devnet): any data source, e.g. folder:DIR or
    /// idx:DIR with --anomaly-class. Every image of it is used (all splits).
    #[arg(long, value_name = "[KIND:]PATH")]
    anomalies: Option<swan_data::DataSpec>,
    /// Only these classes of --anomalies (repeatable); default: every class.
    #[arg(long = "anomaly-class", value_name = "CLASS", requires = "anomalies")]
    anomaly_classes: Vec<String>,
    /// Use at most N labelled anomalies (the first N of --anomalies).
    #[arg(long, value_name = "N", requires = "anomalies")]
    max_anomalies: Option<usize>,
    /// An outlier-exposure corpus (methods that learn from one): any data source; every
    /// image of it is used (all splits).
    #[arg(long, value_name = "[KIND:]PATH")]
    oe: Option<swan_data::DataSpec>,
    /// Only these classes of --oe (repeatable); default: every class.
    #[arg(long = "oe-class", value_name = "CLASS", requires = "oe")]
    oe_classes: Vec<String>,
    /// The attribute to ignore (red-panda): a column of a CSV source, e.g. camera.
    #[arg(long, value_name = "ATTR")]
    nuisance: Option<String>,
    #[command(flatten)]
    method: MethodArgs,
    #[command(flatten)]
    encoder: EncoderArgs,
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    train: TrainArgs,
    /// Model file to write (safetensors with a JSON header).
    #[arg(long, short, default_value = "model.safetensors", value_parser = crate::args::file_out)]
    out: PathBuf,
}

pub fn run(args: FitArgs, global: &Global) -> Result<()> {
    if args.train.resume && args.train.train_dir.is_none() {
        anyhow::bail!(
            "--resume continues from the checkpoints in --train-dir: give the --train-dir of the interrupted run"
        );
    }
    let mut config = resolve_method(&args.method)?;
    crate::settings::apply_antialias(&mut config, args.encoder.antialias);
    let samples = common::load_samples(&args.data.data)?;
    let normal = common::normal_training_samples(
        samples,
        args.split,
        &args.classes,
        &args.data.data.to_string(),
    )?;
    let mut data = TrainData::normal(normal);
    data.nuisance = args.nuisance.clone();
    if let Some(spec) = &args.anomalies {
        let mut anomalies = common::select_samples(
            common::load_samples(spec)?,
            SplitChoice::All,
            &args.anomaly_classes,
            &format!("--anomalies {spec}"),
        )?;
        if let Some(n) = args.max_anomalies {
            if n == 0 {
                anyhow::bail!("--max-anomalies 0 leaves no labelled anomalies");
            }
            anomalies.truncate(n);
        }
        data.anomalies = anomalies;
    }
    if let Some(spec) = &args.oe {
        let corpus = common::select_samples(
            common::load_samples(spec)?,
            SplitChoice::All,
            &args.oe_classes,
            &format!("--oe {spec}"),
        )?;
        data.outlier_exposure = corpus;
    }
    let encoder = common::load_encoder_for(&config, &args.encoder)?;
    let mut ctx = common::with_train_args(
        common::run_context(encoder.clone(), args.encoder.batch_size, &args.run, global),
        &args.train,
    );
    match &args.train.train_dir {
        Some(dir) => common::set_interrupt_note(format!(
            "training checkpoints are kept in {}: the same command with --resume continues",
            dir.display()
        )),
        None if config.kind().trains() => common::set_interrupt_note(
            "no --train-dir, so no checkpoint was kept: with --train-dir DIR a run keeps \
             checkpoints that --resume continues from"
                .into(),
        ),
        None => {}
    }
    // One fit: DN2's memory bank takes the embedded rows instead of a copy of them.
    ctx.keep_features = false;
    let fitted = config.fit(&data, &mut ctx).context("fitting")?;
    fitted
        .save(&args.out, encoder.as_deref())
        .with_context(|| format!("writing model {}", args.out.display()))?;
    common::report_skipped(fitted.skipped());
    eprintln!(
        "fitted {} on {} images of {}{} -> {}",
        fitted.kind().name(),
        fitted.n_train(),
        args.data.data,
        fitted
            .describe()
            .map_or(String::new(), |d| format!(" ({d})")),
        args.out.display()
    );
    Ok(())
}
