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
    /// Train on at most N normal images per class (the first N of each; the images `swan eval
    /// --max-train N` trains on); default: all.
    #[arg(long, value_name = "N", value_parser = crate::args::at_least_one)]
    max_train: Option<usize>,
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
    /// Hold out this fraction of the normal training images (drawn with --seed and --class:
    /// the images `swan eval --protocol one-vs-rest --calibration-split` holds out of that
    /// class's split with the same seed), fit on the rest, and keep the held-out images'
    /// scores in the model file: `swan score` and `swan serve` then give every image a
    /// conformal p-value and take --threshold-fpr with no other held-out data. 0.1 is a good
    /// start; p-values go down to 1 / (held-out + 1). `swan calibrate` does the same with
    /// separate normal images.
    #[arg(long, value_name = "FRACTION", value_parser = crate::args::open_fraction)]
    calibration_split: Option<f64>,
    /// Hold out whole groups of --calibration-split images: those sharing a value of this
    /// attribute (a CSV column naming the object, video or patient an image shows). A held-out
    /// image whose near-twin is among the training images scores lower than a new image would,
    /// and p-values from such scores flag too many new normals.
    #[arg(long, value_name = "ATTR", requires = "calibration_split")]
    calibration_group: Option<String>,
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
    let normal: Vec<_> = normal
        .into_iter()
        .filter(common::first_per_class(args.max_train))
        .collect();
    let (normal, held_out) = match args.calibration_split {
        Some(fraction) => {
            let (train, held) = split_off_calibration(
                normal,
                fraction,
                args.run.seed,
                &calibration_draw_name(&args.classes),
                args.calibration_group.as_deref(),
            )?;
            let grouped = args
                .calibration_group
                .as_ref()
                .map_or(String::new(), |g| format!(", whole groups of {g}"));
            let what = format!(
                "{}: {} of the {} normal training images held out (--calibration-split \
                 {fraction}, seed {}{grouped})",
                args.data.data,
                held.len(),
                train.len() + held.len(),
                args.run.seed
            );
            (train, Some((held, what)))
        }
        None => (normal, None),
    };
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
    ctx.rank_encoder =
        common::load_rank_encoder(&config, args.method.rank_weights.as_deref(), &args.encoder)?;
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
    let mut fitted = config.fit(&data, &mut ctx).context("fitting")?;
    if let Some((held, what)) = held_out {
        let (calibration, skipped) = fitted
            .held_out_scores(&held, what, &mut ctx)
            .context("scoring the held-out calibration images")?;
        common::report_skipped(&skipped);
        print_calibration(&calibration);
        fitted.set_calibration(Some(calibration));
    }
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

/// Splits `normal` into training images and a held-out calibration set of `fraction` of them
/// (at least one each), both in their original order: `swan_eval::calibration_hold_out`, the
/// draw `swan eval --calibration-split` makes, keyed by `seed` and `name`.
fn split_off_calibration(
    normal: Vec<swan_data::Sample>,
    fraction: f64,
    seed: u64,
    name: &str,
    group: Option<&str>,
) -> Result<(Vec<swan_data::Sample>, Vec<swan_data::Sample>)> {
    let held = match group {
        None => swan_eval::calibration_hold_out(normal.len(), fraction, seed, name),
        Some(attribute) => normal
            .iter()
            .map(|s| swan_eval::group_of(s, attribute))
            .collect::<Result<Vec<&str>, _>>()
            .and_then(|groups| {
                swan_eval::calibration_hold_out_by_group(&groups, fraction, seed, name)
            }),
    }
    .context("--calibration-split")?;
    let (held, train): (Vec<_>, Vec<_>) = normal.into_iter().zip(held).partition(|(_, h)| *h);
    Ok((
        train.into_iter().map(|(s, _)| s).collect(),
        held.into_iter().map(|(s, _)| s).collect(),
    ))
}

/// The name `swan fit` keys its calibration draw with: the normal class, as `swan eval` names
/// the one-vs-rest split of that class ("all" for every class, as the `given` protocol's
/// split; classes joined by "+" for several).
fn calibration_draw_name(classes: &[String]) -> String {
    if classes.is_empty() {
        "all".into()
    } else {
        classes.join("+")
    }
}

/// What a calibration holds, in a line: how many held-out scores, and the thresholds at a few
/// false-positive rates.
pub(crate) fn print_calibration(c: &swan_method::CalibrationRecord) {
    eprintln!(
        "calibrated on {} held-out normal images ({}): {}; smallest p-value 1/{}",
        c.scores.len(),
        c.data,
        common::calibration_thresholds(&c.scores),
        c.scores.len() + 1
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn samples(n: usize) -> Vec<swan_data::Sample> {
        (0..n)
            .map(|i| swan_data::Sample::encoded(format!("{i}.png"), vec![i as u8]))
            .collect()
    }

    #[test]
    fn calibration_split_is_seeded_disjoint_and_keeps_order() {
        let (train, held) = split_off_calibration(samples(50), 0.1, 7, "0", None).unwrap();
        assert_eq!((train.len(), held.len()), (45, 5));
        let ids = |v: &[swan_data::Sample]| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        let (t, h) = (ids(&train), ids(&held));
        assert!(h.iter().all(|id| !t.contains(id)));
        let number = |id: &String| id.trim_end_matches(".png").parse::<usize>().unwrap();
        assert!(t.windows(2).all(|w| number(&w[0]) < number(&w[1])));
        assert!(h.windows(2).all(|w| number(&w[0]) < number(&w[1])));
        // The same seed draws the same images; another seed others.
        let (_, again) = split_off_calibration(samples(50), 0.1, 7, "0", None).unwrap();
        assert_eq!(ids(&again), h);
        let (_, other) = split_off_calibration(samples(50), 0.1, 8, "0", None).unwrap();
        assert_ne!(ids(&other), h);
        let (_, named) = split_off_calibration(samples(50), 0.1, 7, "1", None).unwrap();
        assert_ne!(ids(&named), h, "another class, another draw");
        assert_eq!(calibration_draw_name(&[]), "all");
        assert_eq!(calibration_draw_name(&["4".into()]), "4");
        assert_eq!(calibration_draw_name(&["a".into(), "b".into()]), "a+b");
        // At least one image on each side.
        let (t, h) = split_off_calibration(samples(3), 0.01, 0, "0", None).unwrap();
        assert_eq!((t.len(), h.len()), (2, 1));
        let (t, h) = split_off_calibration(samples(3), 0.99, 0, "0", None).unwrap();
        assert_eq!((t.len(), h.len()), (1, 2));
        assert!(split_off_calibration(samples(1), 0.5, 0, "0", None).is_err());
        use crate::args::open_fraction;
        assert!(open_fraction("0").is_err() && open_fraction("1").is_err());
        assert_eq!(open_fraction("0.1"), Ok(0.1));
    }
}
