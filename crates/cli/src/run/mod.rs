//! `swan eval`: protocol splits → `MethodConfig::fit` → score → metrics → report.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use swan_data::{DataSpec, Sample};
use swan_eval::Protocol;
use swan_eval::protocol::NagadParams;
use swan_eval::report::heat::GalleryMaps;
use swan_eval::report::html::{self, ReportInfo, SplitScores};
use swan_eval::report::{MeanResult, SplitResult, format_table, mean, write_json};
use swan_method::{EncoderSpec, MethodConfig, ScoreMap, Skipped, TrainData};

use crate::args::{EncoderArgs, RunArgs, TrainArgs};
use crate::common::{self, Global};

mod probes;
mod resume;
mod seeds;

use probes::probes;
pub use resume::PARTIAL_FORMAT_VERSION;
use resume::{Resume, eval_key};
pub use seeds::{SEEDS_REPORT_FORMAT_VERSION, run_eval_seeds};

/// Everything `swan eval` needs.
pub struct EvalPlan {
    pub data: DataSpec,
    pub protocol: Protocol,
    pub method: MethodConfig,
    pub encoder: EncoderArgs,
    pub run: RunArgs,
    pub train: TrainArgs,
    /// Weights of KE's `--rank-backbone` (its default path when absent).
    pub rank_weights: Option<PathBuf>,
    /// Evaluate only these splits (all when empty).
    pub only_splits: Vec<String>,
    pub max_train: Option<usize>,
    pub max_test: Option<usize>,
    /// `--calibration-split` / `--calibration-alpha`: hold out normal training images and
    /// report the decision p ≤ α on the p-values they give.
    pub calibration: Option<CalibrationPlan>,
    /// Give every image a seeded synthetic nuisance (rotation or tint), drawn with its own
    /// seed, independent of the split seed.
    pub synthetic_nuisance: Option<SyntheticNuisanceInfo>,
    pub out: PathBuf,
}

/// `swan eval --calibration-split FRACTION --calibration-alpha ALPHA [--calibration-group
/// ATTR]`, as planned and as reports record it.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct CalibrationPlan {
    pub fraction: f64,
    pub alpha: f64,
    /// The attribute whose groups are held out whole (absent: image by image).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// A nuisance given to every image before the protocol is built.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SyntheticNuisance {
    /// A seeded turn by 0/90/180/270°, recorded as the attribute `rotation`.
    #[value(alias = "rotation")]
    Rot4,
    /// A seeded colour factor: none ×(1, 1, 1), red ×(1, .35, .35), green ×(.35, 1, .35) or
    /// blue ×(.35, .35, 1), recorded as the attribute `tint`.
    Tint4,
}

/// The seed the nuisance of `--synthetic-nuisance` is drawn with unless `--nuisance-seed`
/// says otherwise: fixed, so that every split seed sees the same nuisance on each image.
pub const DEFAULT_NUISANCE_SEED: u64 = 0;

/// `--synthetic-nuisance` with the seed of its draw (`--nuisance-seed`), as planned and as the
/// report records it.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntheticNuisanceInfo {
    pub kind: SyntheticNuisance,
    pub seed: u64,
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
    /// The protocol with its parameters.
    pub protocol_config: Protocol,
    pub data: String,
    pub data_fingerprint: String,
    /// The pretrained encoder (absent for methods that train their own network).
    pub encoder: Option<EncoderSpec>,
    pub seed: u64,
    pub threads: usize,
    pub max_train: Option<usize>,
    pub max_test: Option<usize>,
    /// `--calibration-split` / `--calibration-alpha` (absent without).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calibration: Option<CalibrationPlan>,
    pub splits: Vec<SplitResult>,
    pub mean: MeanResult,
    /// SPA / SSA: the one-vs-rest result on the untransformed images of the same run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sad: Option<MeanResult>,
    /// The synthetic nuisance given to every image (`--synthetic-nuisance`), with its seed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synthetic_nuisance: Option<SyntheticNuisanceInfo>,
    /// Splits taken from an interrupted run of the same evaluation (`--resume`), not
    /// recomputed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resumed: Vec<String>,
    pub skipped: Vec<Skipped>,
    pub timings: Timings,
}

#[derive(Serialize)]
pub struct Timings {
    /// Images embedded (train and test, each once).
    pub images: usize,
    /// Encoding every image once before the splits (methods on pooled frozen features);
    /// absent for methods that encode inside fit and score (then part of fit_and_score).
    pub encode_seconds: Option<f64>,
    pub encode_images_per_second: Option<f64>,
    pub fit_and_score_seconds: f64,
    pub total_seconds: f64,
}

/// A finished split: its metrics and its scored test images (for the HTML report).
#[derive(Clone, Serialize, Deserialize)]
struct FinishedSplit {
    result: SplitResult,
    scored: ScoredSet,
}

/// How [`evaluate_splits`] names its training runs and which fits it keeps.
#[derive(Default)]
struct Fits {
    /// Put before each split's name to name its training run (the checkpoint and log files in
    /// `--train-dir`), so that a second pass over splits of the same names (the standard SAD
    /// beside SPA / SSA) does not take the first pass's files for its own.
    prefix: String,
    /// Keep every fitted model for a later pass.
    keep: bool,
    /// Fitted models by split name and training data: a later pass whose split trains on the
    /// same images (SSA's standard SAD: SSA transforms only the test images) scores with the
    /// model already fitted instead of fitting it again.
    by_data: HashMap<String, Arc<swan_method::Fitted>>,
}

impl Fits {
    fn key(split: &str, data: &TrainData) -> String {
        let fp = swan_data::fingerprint_samples;
        format!(
            "{split}\0{}\0{}\0{}\0{:?}",
            fp(&data.normal),
            fp(&data.anomalies),
            fp(&data.outlier_exposure),
            data.nuisance
        )
    }
}

/// What each split measures beyond AUROC and AP.
#[derive(Clone, Copy, Default)]
struct Extras<'a> {
    /// NAGAD: the nuisance and relevance probes.
    nagad: Option<&'a NagadParams>,
    /// `--calibration-split`: the level α of the decision p ≤ α on the held-out images'
    /// p-values.
    alpha: Option<f64>,
}

/// Fits the method on each split's training images and scores its test images. With a
/// [`Resume`], splits it already holds are taken from it instead, and each newly finished
/// split is added to it and saved before the next one starts. With progress display on and
/// more than one split, a line per finished split goes to stderr (a long evaluation shows
/// where it is, also in a log file).
fn evaluate_splits(
    method: &MethodConfig,
    samples: &[Sample],
    splits: &[swan_eval::EvalSplit],
    extras: Extras<'_>,
    ctx: &mut swan_method::RunContext,
    mut resume: Option<&mut Resume>,
    fits: &mut Fits,
) -> Result<Vec<FinishedSplit>> {
    let mut finished = Vec::with_capacity(splits.len());
    let show = ctx.progress && splits.len() > 1;
    let announce = |i: usize, done: &FinishedSplit, how: &str| {
        if show {
            eprintln!(
                "[{}/{}] split {}: AUROC {:.2}  AP {:.2}  ({how})",
                i + 1,
                splits.len(),
                done.result.name,
                100.0 * done.result.auroc,
                100.0 * done.result.ap
            );
        }
    };
    for (i, split) in splits.iter().enumerate() {
        if let Some(done) = resume.as_deref().and_then(|r| r.get(&split.name)) {
            tracing::info!(
                "split {}: AUROC {:.4} AP {:.4} (reused from the interrupted run)",
                split.name,
                done.result.auroc,
                done.result.ap
            );
            announce(i, done, "reused");
            finished.push(done.clone());
            continue;
        }
        let t = Instant::now();
        let mut done = evaluate_split(method, samples, split, extras, ctx, fits)?;
        let seconds = t.elapsed().as_secs_f64();
        done.result.seconds = Some(seconds);
        announce(i, &done, &format!("{seconds:.0} s"));
        if let Some(r) = resume.as_deref_mut() {
            r.add(done.clone())?;
        }
        finished.push(done);
    }
    Ok(finished)
}

/// One split: fit, score, metrics (and NAGAD probes; with held-out calibration images, the
/// decision p ≤ `alpha`).
fn evaluate_split(
    method: &MethodConfig,
    samples: &[Sample],
    split: &swan_eval::EvalSplit,
    extras: Extras<'_>,
    ctx: &mut swan_method::RunContext,
    fits: &mut Fits,
) -> Result<FinishedSplit> {
    let uses = method.kind().uses();
    let pick = |idx: &[usize]| -> Vec<Sample> { idx.iter().map(|&i| samples[i].clone()).collect() };
    let mut data = TrainData::normal(pick(&split.train));
    if uses.labelled_anomalies {
        data.anomalies = pick(&split.labelled_anomalies);
    }
    if uses.outlier_exposure {
        data.outlier_exposure = pick(&split.outlier_exposure);
    }
    if uses.nuisance
        && let Some(p) = extras.nagad
    {
        data.nuisance = Some(p.nuisance.clone());
    }
    // Fingerprinting the training data (a file-metadata read per image file) only when a fit
    // may be kept or reused.
    let key = (fits.keep || !fits.by_data.is_empty()).then(|| Fits::key(&split.name, &data));
    let fitted = match key.as_ref().and_then(|k| fits.by_data.get(k)) {
        Some(f) => {
            tracing::info!(
                "split {}: scored with the model fitted on the same training images earlier in \
                 this run",
                split.name
            );
            Arc::clone(f)
        }
        None => {
            ctx.train.label = format!("{}{}", fits.prefix, split.name);
            let f = Arc::new(
                method
                    .fit(&data, ctx)
                    .with_context(|| format!("fitting split {}", split.name))?,
            );
            if let Some(key) = key.filter(|_| fits.keep) {
                fits.by_data.insert(key, Arc::clone(&f));
            }
            f
        }
    };
    // Models with anomaly maps are measured against the test images' ground-truth masks too.
    let masked = fitted.has_maps() && split.test.iter().any(|&i| samples[i].mask().is_some());
    ctx.maps = masked;
    let scored = fitted.score(&pick(&split.test), ctx);
    ctx.maps = false;
    let scored = scored.with_context(|| format!("scoring split {}", split.name))?;
    let mut result = SplitResult::compute(split, fitted.n_train(), &scored.scores, &scored.kept)
        .with_context(|| {
            let unread = scored.skipped.len();
            let note = if unread > 0 {
                format!(
                    " ({unread} of its {} test images could not be read)",
                    split.test.len()
                )
            } else {
                String::new()
            };
            format!("metrics of split {}{note}", split.name)
        })?;
    if let Some(p) = extras.nagad {
        result.probes = probes(&fitted, p, samples, split, ctx)
            .with_context(|| format!("probes of split {}", split.name))?;
        if let Some(pr) = &result.probes {
            tracing::info!("split {}: {}", split.name, pr.line());
        }
    }
    result.components = scored
        .components
        .iter()
        .map(|c| SplitResult::component(split, &c.name, &c.scores, &scored.kept))
        .collect::<Result<_, _>>()
        .with_context(|| format!("metrics of the score terms of split {}", split.name))?;
    for c in &result.components {
        tracing::info!(
            "split {}: term {} AUROC {:.4}{}",
            split.name,
            c.name,
            c.auroc,
            c.seen_auroc
                .map(|s| format!(" (seen {s:.4})"))
                .unwrap_or_default()
        );
    }
    let classes: Vec<Option<&str>> = split
        .test
        .iter()
        .map(|&i| samples[i].class.as_deref())
        .collect();
    result.by_class = SplitResult::by_anomaly_class(split, &classes, &scored.scores, &scored.kept)
        .with_context(|| format!("metrics by anomaly class of split {}", split.name))?;
    // The samples that have a score, in the order of the scores.
    let test = swan_eval::scored_only(&split.test, &scored.kept);
    // The heads' maps summed, as `swan score --maps` draws them (only when asked: `masked`).
    let total = ScoreMap::total(&scored.maps);
    let mut pixel_curves = None;
    if let Some(total) = &total {
        let kept: Vec<&Sample> = test.iter().map(|&i| &samples[i]).collect();
        let pixel = swan_eval::metrics::pixel_metrics(&kept, &total.values, total.shape)
            .with_context(|| format!("the pixel AUROC and AUPRO of split {}", split.name))?;
        if let Some(p) = pixel {
            for (id, why) in p.unread_masks.iter().take(20) {
                tracing::warn!("{id}: the ground-truth mask is not used: {why}");
            }
            tracing::info!(
                "split {}: pixel AUROC {:.2} %, AUPRO {:?} % on {} images ({} with masks, {} \
                 regions)",
                split.name,
                p.auroc,
                p.aupro,
                p.images,
                p.with_masks,
                p.regions
            );
            result.pixel_auroc = Some(p.auroc / 100.0);
            result.pixel_aupro = p.aupro.map(|a| a / 100.0);
            pixel_curves = Some(p.curves);
        }
    }
    if let (false, Some(alpha)) = (split.calibration.is_empty(), extras.alpha) {
        let (held, _) = fitted
            .held_out_scores(
                &pick(&split.calibration),
                format!("split {}'s held-out training normals", split.name),
                ctx,
            )
            .with_context(|| format!("scoring the calibration images of split {}", split.name))?;
        let calibration = held.scores;
        let p: Vec<f64> = scored
            .scores
            .iter()
            .map(|&s| calibration.p_value(s))
            .collect();
        let keep = |v: &[bool]| swan_eval::scored_only(v, &scored.kept);
        result.calibrated = swan_eval::report::CalibratedRates::compute(
            calibration.len(),
            alpha,
            &p,
            &keep(&split.anomalous),
            &keep(&split.pseudo),
            &|k, n| calibration.excess_p_value(alpha, k, n),
        );
    }
    result.n_labelled_anomalies = split.labelled_anomalies.len();
    result.fitted = fitted.describe();
    result.n_polluted = split.polluted;
    tracing::info!(
        "split {}: AUROC {:.4} AP {:.4}",
        result.name,
        result.auroc,
        result.ap
    );
    let keep = |v: &[bool]| swan_eval::scored_only(v, &scored.kept);
    let mut scored_set = ScoredSet {
        test,
        scores: scored.scores,
        anomalous: keep(&split.anomalous),
        pseudo: keep(&split.pseudo),
        nearest: Vec::new(),
        maps: None,
        pixel_curves,
    };
    let split_maps = total
        .as_ref()
        .map(|t| (t, ScoreMap::describe_total(&scored.maps)));
    (scored_set.nearest, scored_set.maps) =
        gallery_extras(&fitted, samples, &scored_set, split_maps, ctx).with_context(|| {
            format!(
                "the nearest training images or patch maps of split {}'s gallery images",
                split.name
            )
        })?;
    Ok(FinishedSplit {
        result,
        scored: scored_set,
    })
}

/// A gallery image's nearest training image: (position in the split's scores, id, distance).
type Nearest = (usize, String, f32);

/// What the report's galleries show beside the gallery images of `set`, by their position in
/// its scores: for models whose score is a distance to training images
/// ([`swan_method::Fitted::names_neighbours`]) the nearest training image of each, for models
/// that pool patch scores ([`swan_method::Fitted::has_maps`]: DRA, DevNet) their summed patch
/// maps — taken from `split_maps` (the split's own, with what they are) when its scoring made
/// them; empty for other models. Only the gallery images are scored again when something is
/// missing (from the run's feature table, for methods on pretrained features).
fn gallery_extras(
    fitted: &swan_method::Fitted,
    samples: &[Sample],
    set: &ScoredSet,
    split_maps: Option<(&ScoreMap, String)>,
    ctx: &mut swan_method::RunContext,
) -> Result<(Vec<Nearest>, Option<GalleryMaps>)> {
    let names = fitted.names_neighbours();
    let rescore_maps = fitted.has_maps() && split_maps.is_none();
    if !names && !fitted.has_maps() {
        return Ok((Vec::new(), None));
    }
    let mut rows: Vec<usize> = html::galleries(&set.scores, &set.anomalous, &set.pseudo)
        .into_iter()
        .flat_map(|(_, rows)| rows)
        .collect();
    rows.sort_unstable();
    rows.dedup();
    let known =
        split_maps.map(|(total, what)| gallery_maps(total, what, rows.iter().map(|&j| (j, j))));
    if !names && !rescore_maps {
        return Ok((Vec::new(), known));
    }
    let picked: Vec<Sample> = rows.iter().map(|&j| samples[set.test[j]].clone()).collect();
    ctx.neighbours = usize::from(names);
    ctx.maps = rescore_maps;
    let again = fitted.score(&picked, ctx);
    (ctx.neighbours, ctx.maps) = (0, false);
    let again = again?;
    // The gallery images were all read once; one that fails now is left without either.
    let kept_rows: Vec<usize> = rows
        .iter()
        .zip(&again.kept)
        .filter(|(_, k)| **k)
        .map(|(&j, _)| j)
        .collect();
    let nearest = kept_rows
        .iter()
        .zip(again.neighbours)
        .filter_map(|(&j, n)| n.into_iter().next().map(|(id, d)| (j, id, d)))
        .collect();
    let maps = known.or_else(|| {
        let total = ScoreMap::total(&again.maps)?;
        let at = kept_rows.iter().enumerate().map(|(i, &j)| (j, i));
        Some(gallery_maps(
            &total,
            ScoreMap::describe_total(&again.maps),
            at,
        ))
    });
    Ok((nearest, maps))
}

/// The summed maps `total` of the gallery images, given as (position in the split's scores,
/// row of `total`), coloured up to the largest value among them.
fn gallery_maps(
    total: &ScoreMap,
    what: String,
    picked: impl Iterator<Item = (usize, usize)>,
) -> GalleryMaps {
    let maps: Vec<(usize, Vec<f32>)> = picked.map(|(j, i)| (j, total.image(i).to_vec())).collect();
    let values: Vec<f32> = maps.iter().flat_map(|(_, m)| m.iter().copied()).collect();
    GalleryMaps {
        what,
        shape: total.shape,
        scale: ScoreMap::scale(&values),
        maps,
    }
}

/// Scored test images of one split: sample indices, scores, anomaly and pseudo-anomaly flags,
/// and the nearest training image of the report's gallery images (DN2, Red PANDA, one-stage
/// NSA).
#[derive(Clone, Serialize, Deserialize)]
struct ScoredSet {
    test: Vec<usize>,
    scores: Vec<f32>,
    anomalous: Vec<bool>,
    pseudo: Vec<bool>,
    #[serde(default)]
    nearest: Vec<(usize, String, f32)>,
    #[serde(default)]
    maps: Option<GalleryMaps>,
    #[serde(default)]
    pixel_curves: Option<swan_eval::metrics::PixelCurves>,
}

/// Keeps the first `max_train` training images of each class and the first `max_test` test
/// images, before any protocol is built (so pollution fractions and DRA removals apply to
/// the subset).
fn subset(samples: Vec<Sample>, max_train: Option<usize>, max_test: Option<usize>) -> Vec<Sample> {
    let mut train = common::first_per_class(max_train);
    let mut tests = 0usize;
    samples
        .into_iter()
        .filter(|s| match s.split {
            Some(swan_data::Split::Test) => {
                tests += 1;
                max_test.is_none_or(|n| tests <= n)
            }
            _ => train(s),
        })
        .collect()
}

pub fn run_eval(plan: &EvalPlan, global: &Global) -> Result<EvalReport> {
    let start = Instant::now();
    let mut samples = subset(
        common::load_samples(&plan.data)?,
        plan.max_train,
        plan.max_test,
    );
    if let Some(SyntheticNuisanceInfo { kind, seed }) = plan.synthetic_nuisance {
        samples = match kind {
            SyntheticNuisance::Rot4 => {
                swan_data::with_rotation_attribute(samples, "rotation", seed)
            }
            SyntheticNuisance::Tint4 => swan_data::with_tint_attribute(samples, "tint", seed),
        };
    }
    let samples = swan_eval::expand_samples(samples, &plan.protocol, plan.run.seed)?;
    let mut splits = swan_eval::build_splits(&samples, &plan.protocol, plan.run.seed)
        .with_context(|| {
            // Class-based protocols on data that labels its own anomalies (MVTec's
            // test/<defect>, a CSV `label` column) fail for want of classes; say what fits.
            let labelled = samples.iter().any(|s| s.label == swan_data::Label::Anomaly);
            let hint = match plan.protocol {
                Protocol::OneVsRest | Protocol::LeaveOneOut if labelled => {
                    " (the data labels its own anomalies: --protocol given evaluates on them)"
                }
                _ => "",
            };
            format!(
                "building {} splits of {}{hint}",
                plan.protocol.name(),
                plan.data
            )
        })?;
    if !plan.only_splits.is_empty() {
        let names: Vec<String> = splits.iter().map(|s| s.name.clone()).collect();
        if let Some(missing) = plan.only_splits.iter().find(|n| !names.contains(n)) {
            anyhow::bail!(
                "--only-splits: no split named {missing:?}; the splits are {}",
                names.join(", ")
            );
        }
        splits.retain(|s| plan.only_splits.contains(&s.name));
    }
    if let Some(c) = &plan.calibration {
        swan_eval::hold_out_calibration(
            &mut splits,
            &samples,
            c.fraction,
            plan.run.seed,
            c.group.as_deref(),
        )
        .context("--calibration-split")?;
    }
    let encoder = common::load_encoder_for(&plan.method, &plan.encoder)?;
    let mut ctx = common::with_train_args(
        common::run_context(encoder, plan.encoder.batch_size, &plan.run, global),
        &plan.train,
    );
    ctx.rank_encoder =
        common::load_rank_encoder(&plan.method, plan.rank_weights.as_deref(), &plan.encoder)?;
    let tap = plan
        .method
        .embedding_tap()
        .unwrap_or(swan_encoder::Tap::Pooled);

    // Encode every image of the dataset once (whatever the protocol uses of it), so the
    // disk cache entry, keyed by weights, preprocessing and data, serves every protocol;
    // each split's fit and score then hit the in-memory cache.
    let used_samples: &[Sample] = &samples;
    let t_encode = Instant::now();
    let skipped = if plan.method.embedding_tap().is_some() {
        ctx.prepare(used_samples, tap).context("encoding images")?
    } else {
        Vec::new()
    };
    let encode_seconds = plan
        .method
        .embedding_tap()
        .map(|_| t_encode.elapsed().as_secs_f64());

    let t_fit = Instant::now();
    let uses = plan.method.kind().uses();
    if !uses.labelled_anomalies && splits.iter().any(|s| !s.labelled_anomalies.is_empty()) {
        eprintln!(
            "note: {} does not use labelled anomalies; it is trained on the normal images only and \
             the protocol's labelled anomalies are left out of its training data",
            plan.method.kind().name()
        );
    }
    if !uses.outlier_exposure && splits.iter().any(|s| !s.outlier_exposure.is_empty()) {
        eprintln!(
            "note: {} does not use an outlier-exposure corpus; it is trained on the normal images \
             only (the corpus classes are still left out of the test set)",
            plan.method.kind().name()
        );
    }
    let nagad = match &plan.protocol {
        Protocol::Nagad(p) => Some(p),
        _ => None,
    };
    let data_fingerprint = swan_data::fingerprint_samples(used_samples);
    let encoder_spec = ctx
        .encoder
        .as_ref()
        .map(|e| plan.method.feature_tap(e.backbone()).unwrap_or(tap))
        .and_then(|t| ctx.encoder_spec(t).ok());
    let mut resume = Resume::open(
        &plan.out,
        eval_key(plan, &data_fingerprint, encoder_spec.as_ref())?,
        plan.train.resume,
    )?;
    let checkpoints = match &plan.train.train_dir {
        Some(d) => format!(" (training checkpoints in {})", d.display()),
        None if plan.method.kind().trains() => {
            " (no --train-dir: the split in training starts again)".into()
        }
        None => String::new(),
    };
    common::set_interrupt_note(format!(
        "finished splits are kept in {}{checkpoints}: the same command with --resume goes on from there",
        resume.path.display()
    ));
    let resumed: Vec<String> = splits
        .iter()
        .filter(|s| resume.get(&s.name).is_some())
        .map(|s| s.name.clone())
        .collect();
    if plan.train.resume && !resume.file.splits.is_empty() {
        eprintln!(
            "resuming from {} (finished earlier: {}): {} reused",
            resume.path.display(),
            resume.file.names().join(", "),
            if resumed.is_empty() {
                "none of this run's splits".to_string()
            } else {
                resumed.join(", ")
            }
        );
    }
    // SSA transforms only the test images: its standard SAD pass below trains on the same
    // images and reuses these fits.
    let mut fits = Fits {
        keep: matches!(plan.protocol, Protocol::Ssa { .. }),
        ..Fits::default()
    };
    let finished = match evaluate_splits(
        &plan.method,
        &samples,
        &splits,
        Extras {
            nagad,
            alpha: plan.calibration.as_ref().map(|c| c.alpha),
        },
        &mut ctx,
        Some(&mut resume),
        &mut fits,
    ) {
        Ok(f) => f,
        Err(e) => {
            let names = resume.file.names();
            if !names.is_empty() {
                eprintln!(
                    "note: the finished splits ({}) are saved in {}: the same command with --resume goes on from there",
                    names.join(", "),
                    resume.path.display()
                );
            }
            return Err(e);
        }
    };
    let fit_and_score_seconds = t_fit.elapsed().as_secs_f64();
    let (results, scored_sets): (Vec<SplitResult>, Vec<ScoredSet>) =
        finished.into_iter().map(|f| (f.result, f.scored)).unzip();
    let mean = mean(&results);
    println!(
        "{} / {} on {}{}\n",
        plan.method.kind().name(),
        plan.protocol.name(),
        plan.data,
        encoder_spec
            .as_ref()
            .map_or(String::new(), |e| format!(" ({})", e.describe()))
    );
    // Splits named after a class whose samples carry a `name` attribute (CIFAR's label
    // numbers) show the name too, in the table only; the report keeps the split names.
    let names = common::class_names(&samples);
    let shown: Vec<SplitResult> = results
        .iter()
        .cloned()
        .map(|mut r| {
            if let Some(name) = names.get(&r.name) {
                r.name = format!("{} {name}", r.name);
            }
            r
        })
        .collect();
    print!("{}", format_table(&shown, &mean));
    if let Some(p) = &mean.probes {
        println!("{}", p.line());
    }
    // Transformation protocols: the standard one-vs-rest (SAD) number on the untransformed
    // images, from the same run, next to them.
    let sad = if matches!(plan.protocol, Protocol::Spa { .. } | Protocol::Ssa { .. }) {
        let originals = subset(
            common::load_samples(&plan.data)?,
            plan.max_train,
            plan.max_test,
        );
        if plan.method.embedding_tap().is_some() {
            ctx.prepare(&originals, tap)
                .context("encoding the untransformed images")?;
        }
        let mut sad_splits =
            swan_eval::build_splits(&originals, &Protocol::OneVsRest, plan.run.seed)?;
        if let Some(c) = &plan.calibration {
            swan_eval::hold_out_calibration(
                &mut sad_splits,
                &originals,
                c.fraction,
                plan.run.seed,
                c.group.as_deref(),
            )?;
        }
        let sad_results: Vec<SplitResult> = evaluate_splits(
            &plan.method,
            &originals,
            &sad_splits,
            Extras {
                nagad: None,
                alpha: plan.calibration.as_ref().map(|c| c.alpha),
            },
            &mut ctx,
            None,
            &mut Fits {
                prefix: "sad-".into(),
                keep: false,
                by_data: std::mem::take(&mut fits.by_data),
            },
        )?
        .into_iter()
        .map(|f| f.result)
        .collect();
        let sad = swan_eval::report::mean(&sad_results);
        println!(
            "standard SAD (one-vs-rest, untransformed) mean AUROC {:.2}  AP {:.2}   |   {} mean AUROC {:.2}",
            100.0 * sad.auroc,
            100.0 * sad.ap,
            plan.protocol.name(),
            100.0 * mean.auroc
        );
        Some(sad)
    } else {
        None
    };

    let report = EvalReport {
        format_version: REPORT_FORMAT_VERSION,
        swan_version: env!("CARGO_PKG_VERSION"),
        command: std::env::args().collect(),
        method: plan.method.clone(),
        protocol: plan.protocol.name(),
        protocol_config: plan.protocol.clone(),
        data: plan.data.to_string(),
        data_fingerprint,
        encoder: encoder_spec,
        seed: plan.run.seed,
        threads: rayon::current_num_threads(),
        max_train: plan.max_train,
        max_test: plan.max_test,
        calibration: plan.calibration.clone(),
        splits: results,
        mean,
        sad,
        synthetic_nuisance: plan.synthetic_nuisance,
        resumed,
        skipped: skipped.clone(),
        timings: Timings {
            images: used_samples.len(),
            encode_seconds,
            encode_images_per_second: encode_seconds
                .map(|s| used_samples.len() as f64 / s.max(1e-9)),
            fit_and_score_seconds,
            total_seconds: start.elapsed().as_secs_f64(),
        },
    };
    write_json(&plan.out, &report).context("writing the eval report")?;
    let html_path = plan.out.with_extension("html");
    let html_splits: Vec<SplitScores<'_>> = report
        .splits
        .iter()
        .zip(scored_sets)
        .map(|(result, s)| SplitScores {
            result,
            test: s.test,
            scores: s.scores,
            anomalous: s.anomalous,
            pseudo: s.pseudo,
            nearest: s.nearest,
            maps: s.maps,
            pixel_curves: s.pixel_curves,
        })
        .collect();
    let info = ReportInfo {
        title: &format!(
            "swan — {} / {}",
            plan.method.kind().name(),
            plan.protocol.name()
        ),
        facts: vec![
            ("data", plan.data.to_string()),
            (
                "method",
                serde_json::to_string(&plan.method).unwrap_or_default(),
            ),
            (
                "protocol",
                serde_json::to_string(&plan.protocol).unwrap_or_default(),
            ),
            (
                "encoder",
                match &report.encoder {
                    Some(e) => e.describe(),
                    None => "trained by the method (no pretrained encoder)".into(),
                },
            ),
            ("seed", plan.run.seed.to_string()),
            ("images", report.timings.images.to_string()),
            ("skipped", report.skipped.len().to_string()),
            ("swan", env!("CARGO_PKG_VERSION").to_string()),
        ],
    };
    swan_eval::report::write_html(
        &html_path,
        &html::render(&info, &html_splits, &report.mean, &samples),
    )
    .context("writing the HTML report")?;
    let splits_path = plan.out.with_extension("splits.json");
    let ids =
        |idx: &[usize]| -> Vec<&str> { idx.iter().map(|&i| samples[i].id.as_str()).collect() };
    let split_ids: Vec<serde_json::Value> = splits
        .iter()
        .map(|s| {
            serde_json::json!({
                "name": s.name,
                "train": ids(&s.train),
                "calibration": ids(&s.calibration),
                "test": ids(&s.test),
                "test_anomalous": s.anomalous,
                "labelled_anomalies": ids(&s.labelled_anomalies),
                "seen_class": s.seen_class,
                "outlier_exposure": ids(&s.outlier_exposure),
                "corpus_classes": s.corpus_classes,
                "test_seen": s.seen,
                "test_pseudo": s.pseudo,
            })
        })
        .collect();
    let record = serde_json::json!({
        "protocol": plan.protocol,
        "seed": plan.run.seed,
        "data": plan.data.to_string(),
        "splits": split_ids,
    });
    write_json(&splits_path, &record).context("writing the split membership file")?;
    // The finished splits are in the report now; the partial file goes unless it holds splits
    // this report does not (an --only-splits run resumed from a larger one).
    if resume
        .file
        .splits
        .iter()
        .all(|f| report.splits.iter().any(|r| r.name == f.result.name))
    {
        match std::fs::remove_file(&resume.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                tracing::warn!("could not remove {}: {e}", resume.path.display())
            }
            _ => {}
        }
    } else {
        eprintln!(
            "note: {} still holds finished splits this report does not ({}); it is kept for a later --resume",
            resume.path.display(),
            resume
                .file
                .names()
                .into_iter()
                .filter(|n| !report.splits.iter().any(|r| &r.name == n))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    common::report_skipped(&skipped);
    println!(
        "\nresults written to {} (report: {}, split membership: {})",
        plan.out.display(),
        html_path.display(),
        splits_path.display()
    );
    Ok(report)
}
