//! `swan calibrate`: score held-out normal images with a saved model and keep their scores in
//! the model file, so that `swan score` and `swan serve` give every image a conformal p-value
//! and threshold at a false-positive rate with no other data; `--check`: whether recent normal
//! images still get p-values that keep their level against a model's calibration.

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
    #[arg(long, short, value_parser = crate::args::file_out, conflicts_with = "check")]
    out: Option<PathBuf>,
    /// Check the model's calibration instead of replacing it: score --data (recent images
    /// known to be normal) and test whether as many of them get p ≤ 0.01, 0.05 and 0.1 as the
    /// calibration promises (at most that share, in expectation) or more than chance allows
    /// (exact beta-binomial p-value of the count: one calibration set moves every image's
    /// chance together). Exits with status 3 (other errors: 1) when a level is exceeded at
    /// p < 0.01 (Bonferroni over the levels checked): the images score higher than the
    /// held-out ones did, so the model's p-values, --threshold-fpr and --fdr no longer keep
    /// their promise on such data. Too few small p-values (held-out images that scored higher
    /// than these, e.g. anomalies among them) are reported in a note, not a failure. The
    /// model file is not changed.
    #[arg(long)]
    check: bool,
    /// With --check: print the result as one JSON object on standard output (the
    /// calibration and the images checked, per level the count, rate, expected rate and
    /// p-value, the Bonferroni p-value and `consistent`) instead of lines.
    #[arg(long, requires = "check")]
    json: bool,
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
    if args.check {
        return check(&model, &normals, what, &args.model, args.json, &mut ctx);
    }
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

/// `swan calibrate --check` found the images inconsistent with the model's calibration: the
/// command exits with [`CalibrationRejected::EXIT_CODE`], not the 1 of other errors, so that a
/// scheduled check can tell "recalibrate" from "could not check".
#[derive(Debug)]
pub struct CalibrationRejected(String);

impl CalibrationRejected {
    pub const EXIT_CODE: u8 = 3;
}

impl std::fmt::Display for CalibrationRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CalibrationRejected {}

/// The levels `swan calibrate --check` tests.
pub(crate) const CHECK_LEVELS: [f64; 3] = [0.01, 0.05, 0.1];

/// One level of `swan calibrate --check`.
struct LevelCheck {
    alpha: f64,
    /// Images with p ≤ alpha.
    flagged: usize,
    /// The share the calibration expects.
    expected: f64,
    /// How likely that many or more, and that few or fewer, if drawn like the held-out images.
    p_more: f64,
    p_fewer: f64,
}

/// `swan calibrate --check`: the share of `normals` with p ≤ each level against the model's
/// calibration, and whether it exceeds what the calibration allows beyond chance.
fn check(
    model: &Fitted,
    normals: &[swan_data::Sample],
    what: String,
    path: &std::path::Path,
    json: bool,
    ctx: &mut swan_method::RunContext,
) -> Result<()> {
    let Some(calibration) = model.calibration() else {
        anyhow::bail!(
            "{} has no calibration to check: `swan calibrate --model {} --data HELD_OUT` (normal \
             images kept out of training) calibrates it",
            path.display(),
            path.display()
        );
    };
    let (recent, skipped) = model
        .held_out_scores(normals, what, ctx)
        .context("scoring the images to check")?;
    common::report_skipped(&skipped);
    let c = &calibration.scores;
    let total = recent.scores.len();
    eprintln!(
        "checking the calibration on {} held-out normal images ({}) with {total} images ({})",
        c.len(),
        calibration.data,
        recent.data
    );
    let levels: Vec<f64> = CHECK_LEVELS
        .into_iter()
        .filter(|&a| c.len() >= swan_score::held_out_needed(a))
        .collect();
    if levels.is_empty() {
        anyhow::bail!(
            "the calibration holds {} held-out scores, too few for p-values of 0.1 (needs {})",
            c.len(),
            swan_score::held_out_needed(0.1)
        );
    }
    let rows: Vec<LevelCheck> = levels
        .iter()
        .map(|&alpha| {
            let flagged = recent
                .scores
                .scores()
                .iter()
                .filter(|&&s| c.p_value(s) <= alpha)
                .count();
            LevelCheck {
                alpha,
                flagged,
                expected: c.expected_rate(alpha),
                p_more: c.excess_p_value(alpha, flagged, total),
                p_fewer: c.shortfall_p_value(alpha, flagged, total),
            }
        })
        .collect();
    let bonferroni = |p: f64| (p * levels.len() as f64).min(1.0);
    let worst = rows
        .iter()
        .min_by(|a, b| a.p_more.total_cmp(&b.p_more))
        .expect("at least one level");
    let (alpha, corrected) = (worst.alpha, bonferroni(worst.p_more));
    let consistent = corrected >= 0.01;
    // The other direction, reported but not a failure: the held-out images scored higher
    // than these normals (anomalies among them?), so decisions are stricter than promised.
    let fewest = rows.iter().map(|r| r.p_fewer).fold(f64::INFINITY, f64::min);
    let conservative = bonferroni(fewest) < 0.01;
    if json {
        let record = serde_json::json!({
            "model": path.display().to_string(),
            "calibration": {"n": c.len(), "data": calibration.data},
            "checked": {"n": total, "data": recent.data, "skipped": skipped.len()},
            "levels": rows.iter().map(|r| serde_json::json!({
                "alpha": r.alpha,
                "flagged": r.flagged,
                "rate": r.flagged as f64 / total as f64,
                "expected_rate": r.expected,
                "p_value": r.p_more,
                "p_value_fewer": r.p_fewer,
            })).collect::<Vec<_>>(),
            "p_value_bonferroni": corrected,
            "consistent": consistent,
            "conservative": conservative,
        });
        println!("{}", serde_json::to_string_pretty(&record)?);
    } else {
        for r in &rows {
            println!(
                "p <= {}: {} of {total} ({:.2} %), the calibration allows {:.2} % in \
                 expectation; P(as many or more | drawn like the held-out images) = {:.3e}",
                r.alpha,
                r.flagged,
                100.0 * r.flagged as f64 / total as f64,
                100.0 * r.expected,
                r.p_more
            );
        }
    }
    if conservative && !json {
        println!(
            "note: fewer of these images get small p-values than the calibration expects \
             (p = {:.2e} over {} levels): the held-out images scored higher than these do \
             (anomalies among them, or normals harder than these). Decisions keep their \
             false-positive promise but flag fewer anomalies than a calibration on clean \
             recent normals would.",
            bonferroni(fewest),
            levels.len()
        );
    }
    if !consistent {
        return Err(CalibrationRejected(format!(
            "the calibration does not hold for these images: more of them get p <= {alpha} than \
             chance allows (p = {corrected:.2e} over {} levels). They score higher than the \
             held-out normals did (a changed camera, light or product, or held-out images \
             unlike these); the model's p-values, --threshold-fpr and --fdr would flag too many \
             such normals. Recalibrate on recent normal images: `swan calibrate --model {} \
             --data RECENT_NORMALS`",
            levels.len(),
            path.display()
        ))
        .into());
    }
    if !json {
        println!(
            "consistent with the calibration's false-positive promise (smallest p = \
             {corrected:.3} over {} levels, Bonferroni)",
            levels.len()
        );
    }
    Ok(())
}
