use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::Args;
use swan_data::{Label, Split};
use swan_method::{CalibrationRecord, Embeddings, EncoderSpec, Fitted, RowInfo};
use swan_score::{Calibration, Ensemble, ScorerConfig};

use crate::scorer_file::{LayeredScorer, pick_layer};

use crate::args::ModelRunArgs;
use crate::common::{self, Global, SplitChoice};

/// `swan score`: a model file and images, or a features file and a query features file, in;
/// a CSV of scores out.
#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// Model file written by `swan fit` (use with --data).
    #[arg(
        long,
        short,
        required_unless_present_any = ["features", "load_scorer"],
        conflicts_with_all = [
            "features", "load_scorer", "query", "scorer", "scorer_config", "k", "tap",
            "save_scorer",
        ]
    )]
    model: Option<PathBuf>,
    /// Dataset to score with --model (see `swan fit --help` for [KIND:]PATH).
    #[arg(long, value_name = "[KIND:]PATH", requires = "model")]
    data: Option<swan_data::DataSpec>,
    /// Which split of the dataset to score.
    #[arg(long, value_enum, default_value = "all")]
    split: SplitChoice,

    /// Training embeddings: fit --scorer on their rows. A features file (`swan features`,
    /// safetensors or .npz), or embeddings from any other encoder: a safetensors file of
    /// `[n, d]` float tensors (with an optional 1-D `labels` tensor, 0 normal / 1 anomaly),
    /// a NumPy `.npz` of such arrays (plus optional string `ids`), or a `.npy` array `[n, d]`.
    #[arg(long, value_name = "FILE", requires = "query")]
    features: Option<PathBuf>,
    /// A scorer saved with --save-scorer, instead of fitting one; it reads the layers it was
    /// fitted on (--tap may repeat them, or name the layer for one fitted on the default).
    #[arg(
        long,
        value_name = "FILE",
        requires = "query",
        conflicts_with_all = ["features", "scorer", "scorer_config", "k", "save_scorer"]
    )]
    load_scorer: Option<PathBuf>,
    /// Embeddings whose rows are scored (the same kinds of file as --features).
    #[arg(long, value_name = "FILE")]
    query: Option<PathBuf>,
    /// Scorer fitted on --features: knn, mahalanobis, k-cos, k-cos-centred, c-cos, ocsvm, lof.
    #[arg(long, default_value = "knn")]
    scorer: String,
    /// Scorer hyper-parameters from a TOML file (`scorer = "ocsvm"`, `kernel = "sigmoid"`,
    /// `nu = 0.2`, ...); replaces --scorer.
    #[arg(long, value_name = "FILE")]
    scorer_config: Option<PathBuf>,
    /// knn / lof: neighbours.
    #[arg(long)]
    k: Option<usize>,
    /// Layer(s) of the embeddings files to use [default: the first one]: taps of `swan
    /// features` files (pooled, block15, ...), tensor or array names in other files. Several
    /// (comma-separated) are scored separately and summed after normalising each by the
    /// range of its scores on the training rows (NSA's multi-layer ensemble).
    #[arg(
        long,
        visible_alias = "layer",
        value_name = "NAME",
        value_delimiter = ','
    )]
    tap: Vec<String>,
    /// Write the fitted scorer here (safetensors) for --load-scorer: every layer of --tap
    /// (with its ensemble range) and the encoder of --features, which the loaded scorer checks
    /// the --query embeddings against.
    #[arg(long, value_name = "FILE", value_parser = crate::args::file_out)]
    save_scorer: Option<PathBuf>,
    /// Add a 0/1 `anomalous` column: the threshold at which new normal images, drawn like the
    /// held-out normal images, are flagged with probability at most FPR — the images whose
    /// p-value is ≤ FPR (held-out normals: --holdout with features files; with --model,
    /// --holdout-data or else the model's own calibration from `swan fit --calibration-split`
    /// / `swan calibrate`). FPR needs at least 1 / FPR − 1 held-out images (19 for 0.05).
    #[arg(long, value_name = "FPR", value_parser = crate::args::open_fraction)]
    threshold_fpr: Option<f64>,
    /// Add a 0/1 `anomalous` column: 1 where the score is above SCORE (a threshold an earlier
    /// --threshold-fpr run printed, or one chosen by hand).
    #[arg(long, value_name = "SCORE", conflicts_with = "threshold_fpr", value_parser = finite_score)]
    threshold: Option<f32>,
    /// Add a 0/1 `anomalous` column that flags the images of this run so that, in expectation,
    /// at most a fraction Q of the flagged images are normal (the Benjamini–Hochberg procedure
    /// on the p-values; needs held-out normal scores, as the p_value column does). For
    /// inspecting a batch: how many are flagged depends on the batch, not on a fixed score.
    #[arg(long, value_name = "Q", conflicts_with_all = ["threshold", "threshold_fpr"], value_parser = crate::args::open_fraction)]
    fdr: Option<f64>,
    /// Name each image's K nearest training images and their distances (columns
    /// neighbour_1, distance_1, ... of the CSV; captions in --report): what a DN2, Red PANDA or
    /// NSA (k-Cos, one layer: the angle) model's score is the distance to, or a --scorer knn's
    /// or k-cos's on one layer of --features (its rows' ids).
    #[arg(long, value_name = "K", value_parser = crate::args::at_least_one)]
    neighbours: Option<usize>,
    /// Write where in each image the score comes from: DIR/maps.safetensors (the `[n, h, w]`
    /// maps and their sum `total`, with the image ids) and one PNG per image with its `total`
    /// map drawn over it (DIR/00000_<name>.png), coloured from 0 to the run's largest value.
    /// DRA and DevNet models (whose heads score patches of the encoder's feature map) and ADIB
    /// and ADRA models (their linear head at every patch, which averages to the logit) give
    /// their own patch scores; every other model (DN2, NSA, KE, Red PANDA) is explained by
    /// occlusion (see --occlusion), which costs one scoring per cell and image. --report's
    /// galleries show the same pictures. When the images have ground-truth masks (MVTec's
    /// ground_truth/, a CSV `mask` column) it also prints the pixel AUROC and AUPRO of the maps.
    #[arg(long, value_name = "DIR", requires = "model", value_parser = crate::args::file_out)]
    maps: Option<PathBuf>,
    /// Make the --maps by occlusion, for any model: the image is cut into GRID × GRID cells,
    /// each cell in turn is filled (--occlusion-fill) and the copy scored, and a cell's value
    /// is how much the score drops without it (higher = that part of the image raises the
    /// score). GRID² extra scorings per image [default for models without patch scores: 8]
    #[arg(long, value_name = "GRID", requires = "maps", value_parser = clap::value_parser!(u16).range(1..=swan_method::explain::MAX_GRID as i64))]
    occlusion: Option<u16>,
    /// What an occluded cell is filled with: `mean` (the image's mean colour) or `blur` (the
    /// image blurred with a box the size of a cell: colours and shading stay, shapes go)
    #[arg(long, value_name = "FILL", requires = "maps", default_value = "mean", value_parser = ["mean", "blur"])]
    occlusion_fill: String,
    /// Held-out normal embeddings (the same kinds of file as --features; rows labelled
    /// anomalous are left out): a `p_value` column, and the threshold of --threshold-fpr.
    #[arg(long, value_name = "FILE", conflicts_with = "model")]
    holdout: Option<PathBuf>,
    /// Held-out normal images ([KIND:]PATH; anomaly-labelled ones are left out), scored to
    /// calibrate --model for this run: a `p_value` column, and the threshold of
    /// --threshold-fpr. Without it a calibrated model (`swan fit --calibration-split`, `swan
    /// calibrate`) uses its own held-out scores.
    #[arg(long, value_name = "[KIND:]PATH", requires = "model")]
    holdout_data: Option<swan_data::DataSpec>,

    /// Also write an HTML page (self-contained) of the scored images: the score histogram
    /// (normal against anomalous where the data are labelled; the --threshold(-fpr) threshold
    /// as a line), the highest- and lowest-scored images as thumbnails, and the files that
    /// could not be read. With --model.
    #[arg(long, value_name = "FILE.html", requires = "model", value_parser = crate::args::file_out)]
    report: Option<PathBuf>,
    /// Thumbnails in each gallery of --report.
    #[arg(long, value_name = "N", default_value_t = 32, requires = "report")]
    report_images: usize,

    #[command(flatten)]
    model_run: ModelRunArgs,
    /// CSV to write (id, score, [p_value,] [anomalous,] class, label, split); default, or `-`:
    /// standard output. `p_value` (with held-out normal scores: a calibrated model,
    /// --holdout-data or --holdout) is the conformal p-value (1 + #{held-out scores ≥ score}) /
    /// (n + 1): flagging p ≤ α flags at most a fraction α of new normal images.
    #[arg(long, short)]
    out: Option<PathBuf>,
}

pub fn run(args: ScoreArgs, global: &Global) -> Result<()> {
    match &args.model {
        Some(model) => score_images(&args, model, global),
        None => score_features(&args),
    }
}

fn score_images(args: &ScoreArgs, model_path: &Path, global: &Global) -> Result<()> {
    let Some(data) = &args.data else {
        bail!("--model needs --data (the images to score)")
    };
    let device = common::select_device(&args.model_run.device)?;
    let (model, encoder) = Fitted::load(model_path, &device).context("loading the --model file")?;
    let samples = args
        .split
        .select(common::load_samples(data)?, &data.to_string());
    if samples.is_empty() {
        bail!("{data}: no images to score {}", args.split.phrase());
    }
    if args.neighbours.is_some() && !model.names_neighbours() {
        bail!(
            "--neighbours names the training images a score is the distance to; this is a {} \
             model with no one nearest training image (dn2, red-panda, and nsa scored on one \
             stage with k-cos or knn have one)",
            model.kind().name()
        );
    }
    // Maps by occlusion when asked, or when the model has no patch scores of its own.
    let occlusion = match &args.maps {
        None => None,
        Some(_) => swan_method::explain::Occlusion::for_maps(
            model.has_maps(),
            args.occlusion.map(usize::from),
            args.occlusion_fill.parse()?,
        )?,
    };
    if let Some(o) = &occlusion
        && args.occlusion.is_none()
    {
        eprintln!(
            "a {} model scores whole images: --maps explains it by occlusion, {} ({} extra \
             scorings per image; --occlusion GRID sets the grid)",
            model.kind().name(),
            o.describe(),
            o.grid * o.grid
        );
    }
    let mut ctx = common::run_context(
        encoder.map(Arc::new),
        args.model_run.batch_size,
        &args.model_run.run,
        global,
    );
    // Each image is scored once: embeddings are handed to the scorer, not kept as well.
    ctx.keep_features = false;
    ctx.neighbours = args.neighbours.unwrap_or(0);
    ctx.maps = args.maps.is_some() && occlusion.is_none();
    let mut scored = model
        .score_in_parts(&samples, &mut ctx)
        .context("scoring")?;
    ctx.neighbours = 0;
    ctx.maps = false;
    if scored.scores.is_empty() {
        common::report_skipped(&scored.skipped);
        bail!(
            "{data}: none of the {} images could be read; nothing to score",
            samples.len()
        );
    }
    // The samples that have a score, in the order of the scores.
    let kept: Vec<&swan_data::Sample> = samples
        .iter()
        .zip(&scored.kept)
        .filter(|(_, k)| **k)
        .map(|(s, _)| s)
        .collect();
    let rows: Vec<RowInfo> = kept.iter().map(|s| RowInfo::of(s)).collect();
    let calibration =
        model_calibration(&model, &mut ctx, args.holdout_data.as_ref())?.map(|c| c.scores);
    let decisions = decide(
        args,
        &scored.scores,
        calibration.as_ref(),
        "with --model needs held-out normal scores: --holdout-data KIND:PATH (held-out normal \
         images), or a model calibrated by `swan fit --calibration-split` or `swan calibrate`",
    )?;
    write_scores(args, &rows, &scored.scores, &decisions, &scored.neighbours)?;
    common::report_skipped(&scored.skipped);
    let what = match &occlusion {
        Some(occlusion) => {
            let kept_samples: Vec<swan_data::Sample> = kept.iter().map(|s| (*s).clone()).collect();
            let map = occlusion
                .maps(&kept_samples, &scored.scores, &mut ctx, |copies, ctx| {
                    model.score_in_parts(copies, ctx)
                })
                .context("the occlusion maps")?;
            scored.maps = vec![map];
            occlusion.describe()
        }
        None => swan_method::ScoreMap::describe_total(&scored.maps),
    };
    let maps = match &args.maps {
        Some(dir) => Some(crate::maps_file::write(
            dir,
            model_path,
            model.kind().name(),
            &kept,
            &scored.maps,
            what,
            ctx.progress_bar(kept.len()),
        )?),
        None => None,
    };
    if let Some(path) = &args.report {
        let skipped: Vec<(String, String)> = scored
            .skipped
            .iter()
            .map(|s| (s.id.clone(), s.error.clone()))
            .collect();
        let title = format!("swan score: {}", model_path.display());
        let mut facts = vec![("method", model.kind().name().to_string())];
        if let Some(e) = model.encoder_spec() {
            facts.push(("encoder", e.describe()));
        }
        facts.extend([
            ("data", data.to_string()),
            ("images", samples.len().to_string()),
            ("skipped", skipped.len().to_string()),
        ]);
        if let Some(fpr) = args.threshold_fpr {
            facts.push(("target false-positive rate", fpr.to_string()));
        }
        if let Some(q) = args.fdr {
            facts.push(("target false discovery rate", q.to_string()));
        }
        if let Some(t) = args.threshold {
            facts.push(("threshold", t.to_string()));
        }
        if let Some(p) = maps.as_ref().and_then(|m| m.pixel.as_ref()) {
            facts.push((
                "pixel AUROC",
                format!(
                    "{:.2} % ({} images, {} with masks, at {g}×{g})",
                    p.auroc,
                    p.images,
                    p.with_masks,
                    g = p.grid
                ),
            ));
        }
        facts.push(("swan", env!("CARGO_PKG_VERSION").to_string()));
        let page = swan_eval::report::scores::ScoresPage {
            title: &title,
            facts,
            scored: kept
                .into_iter()
                .zip(scored.scores.iter().copied())
                .collect(),
            neighbours: &scored.neighbours,
            p_values: &decisions.p_values,
            threshold: decisions.threshold,
            gallery_size: args.report_images,
            skipped: &skipped,
            maps: maps.as_ref().map(|m| swan_eval::report::heat::GalleryMaps {
                what: m.what.clone(),
                shape: m.shape,
                scale: m.scale,
                maps: m
                    .total
                    .chunks_exact(m.shape[0] * m.shape[1])
                    .map(<[f32]>::to_vec)
                    .enumerate()
                    .collect(),
            }),
            pixel: maps.as_ref().and_then(|m| m.pixel.as_ref()),
        };
        swan_eval::report::write_html(path, &page.render())
            .with_context(|| format!("writing the report {}", path.display()))?;
        eprintln!("report -> {}", path.display());
    }
    Ok(())
}

fn score_features(args: &ScoreArgs) -> Result<()> {
    let query_path = args
        .query
        .as_ref()
        .context("--query is required with --features / --load-scorer")?;
    let query = read_embeddings(query_path, "--query")?;
    let taps: Vec<Option<String>> = if args.tap.is_empty() {
        vec![None]
    } else {
        args.tap.iter().cloned().map(Some).collect()
    };
    let (layered, neighbours) = if let Some(path) = &args.load_scorer {
        if args.neighbours.is_some() {
            bail!(
                "--neighbours names rows of the --features file, which a saved scorer does not \
                 keep: fit the scorer on --features instead of --load-scorer"
            );
        }
        let mut saved = LayeredScorer::read(path)
            .with_context(|| format!("reading the saved scorer {}", path.display()))?;
        if !args.tap.is_empty() {
            // A layer named on the command line replaces a saved default (first layer); it
            // must agree with the layers the scorer was fitted on.
            if saved.taps.iter().all(Option::is_none) && taps.len() == saved.taps.len() {
                saved.taps = taps;
            } else if taps != saved.taps {
                bail!(
                    "{} was fitted on layer(s) {}, not --tap {}",
                    path.display(),
                    describe_taps(&saved.taps),
                    describe_taps(&taps)
                );
            }
        }
        check_same_encoder(
            saved.encoder.as_ref(),
            path,
            query.encoder.as_ref(),
            query_path,
        )?;
        (saved, Vec::new())
    } else {
        let train_path = args
            .features
            .as_ref()
            .context("--features or --load-scorer is required")?;
        let train = read_embeddings(train_path, "--features")?;
        check_same_encoder(
            train.encoder.as_ref(),
            train_path,
            query.encoder.as_ref(),
            query_path,
        )?;
        let config = scorer_config(args)?;
        let t = std::time::Instant::now();
        let mut scorers = Vec::new();
        for tap in &taps {
            let tap = tap.as_deref();
            let x = pick_layer(&train, tap, train_path)?;
            let q = pick_layer(&query, tap, query_path)?;
            if q.cols() != x.cols() {
                bail!(
                    "{} has {}-dimensional embeddings{}, {} has {}: they must come from the same \
                     encoder and layer",
                    train_path.display(),
                    x.cols(),
                    tap.map_or(String::new(), |t| format!(" at {t}")),
                    query_path.display(),
                    q.cols()
                );
            }
            eprintln!(
                "fitting {} on {} x {} ...",
                config.name(),
                x.rows(),
                x.cols()
            );
            scorers.push(
                config
                    .fit(x)
                    .with_context(|| format!("fitting {}", config.name()))?,
            );
        }
        // Several taps: NSA's ensemble, each layer normalised by its training-score range.
        let ensemble = if taps.len() > 1 {
            let train_scores = taps
                .iter()
                .zip(&scorers)
                .map(|(tap, s)| Ok(s.score(pick_layer(&train, tap.as_deref(), train_path)?)?))
                .collect::<Result<Vec<_>>>()?;
            Some(Ensemble::fit(&train_scores)?)
        } else {
            None
        };
        eprintln!("fit_seconds {:.4}", t.elapsed().as_secs_f64());
        // The training rows each query is nearest to, for a scorer of one layer whose score
        // is a distance to training rows (knn, k-cos).
        let not_by_rows = || {
            anyhow::anyhow!(
                "--neighbours names the rows of --features a score is the distance to: give \
                 --scorer knn, k-cos or k-cos-centred and at most one --tap"
            )
        };
        let neighbours = match (args.neighbours, taps.as_slice(), scorers.as_slice()) {
            (None, ..) => Vec::new(),
            (Some(k), [tap], [scorer]) => {
                let q = pick_layer(&query, tap.as_deref(), query_path)?;
                let rows = scorer.neighbours(q, k)?.ok_or_else(not_by_rows)?;
                let ids: Vec<String> = train.rows.iter().map(|r| r.id.clone()).collect();
                swan_method::named_neighbours(rows, &ids)?
            }
            (Some(_), ..) => return Err(not_by_rows()),
        };
        let layered = LayeredScorer {
            taps,
            scorers,
            ensemble,
            encoder: train.encoder,
        };
        (layered, neighbours)
    };
    if let Some(path) = &args.save_scorer {
        layered.write(path)?;
        eprintln!("scorer saved to {}", path.display());
    }
    let t = std::time::Instant::now();
    let scores = layered.score(&query, query_path, None)?;
    let seconds = t.elapsed().as_secs_f64();
    eprintln!(
        "score_seconds {seconds:.4} ({:.0} queries/s)",
        query.rows.len() as f64 / seconds.max(1e-9)
    );
    let calibration = match &args.holdout {
        Some(h) => {
            let hold = read_embeddings(h, "--holdout")?;
            check_same_encoder(hold.encoder.as_ref(), h, query.encoder.as_ref(), query_path)?;
            let same = |a: &Path, b: &Path| {
                a.canonicalize()
                    .ok()
                    .is_some_and(|a| b.canonicalize().ok() == Some(a))
            };
            if args.features.as_deref().is_some_and(|f| same(f, h)) {
                tracing::warn!(
                    "--holdout is the --features file: its rows are the scorer's own training \
                     rows, which score lower than unseen normals (a nearest-neighbour scorer \
                     finds each row itself), so p-values and thresholds from them flag too \
                     many new normals; hold some normals out of --features instead"
                );
            }
            let normal: Vec<usize> = (0..hold.rows.len())
                .filter(|&i| hold.rows[i].label != Label::Anomaly)
                .collect();
            let held = layered.score(&hold, h, Some(&normal))?;
            Some(
                Calibration::new(&held)
                    .with_context(|| format!("{}: no normal rows to calibrate on", h.display()))?,
            )
        }
        None => None,
    };
    let decisions = decide(
        args,
        &scores,
        calibration.as_ref(),
        "with features files needs --holdout FILE (held-out normal features)",
    )?;
    write_scores(args, &query.rows, &scores, &decisions, &neighbours)?;
    Ok(())
}

/// The embeddings of `path` (given as `flag`), less the rows holding NaN or infinite values,
/// which are reported and skipped as unreadable images are: one bad row does not stop a
/// batch.
fn read_embeddings(path: &Path, flag: &str) -> Result<Embeddings> {
    let (embeddings, dropped) = Embeddings::read_finite_rows(path)
        .with_context(|| format!("reading the {flag} embeddings"))?;
    if !dropped.is_empty() {
        eprintln!(
            "skipped {} of the {} rows of {} ({flag}) holding NaN or infinite values:",
            dropped.len(),
            dropped.len() + embeddings.rows.len(),
            path.display()
        );
        for (i, row) in dropped.iter().take(20) {
            eprintln!("  {} (row {i})", row.id);
        }
        if dropped.len() > 20 {
            eprintln!("  ... and {} more", dropped.len() - 20);
        }
    }
    Ok(embeddings)
}

/// `pooled, block15`, or `the first` for the default layer.
fn describe_taps(taps: &[Option<String>]) -> String {
    taps.iter()
        .map(|t| t.clone().unwrap_or_else(|| "the first".into()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Refuses to fit on one encoder's embeddings and score another's: both files from `swan
/// features` must name the same weights, image size and preprocessing; embeddings from
/// elsewhere carry no encoder, so two of those are taken as they are, but not one of each.
fn check_same_encoder(
    train: Option<&EncoderSpec>,
    train_path: &Path,
    query: Option<&EncoderSpec>,
    query_path: &Path,
) -> Result<()> {
    match (train, query) {
        (Some(a), Some(b))
            if a.weights_digest != b.weights_digest
                || a.image_size != b.image_size
                || a.preprocess != b.preprocess =>
        {
            bail!(
                "{} and {} were embedded with different encoders, image sizes or preprocessing \
                 (--antialias)",
                train_path.display(),
                query_path.display()
            )
        }
        (Some(_), None) | (None, Some(_)) => bail!(
            "{} and {}: one was written by `swan features`, the other was not, so they cannot \
             be shown to come from the same encoder; embed both the same way",
            train_path.display(),
            query_path.display()
        ),
        _ => Ok(()),
    }
}

fn scorer_config(args: &ScoreArgs) -> Result<ScorerConfig> {
    let mut config = match &args.scorer_config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            toml::from_str(&text)
                .with_context(|| format!("{} is not a scorer config", path.display()))?
        }
        None => ScorerConfig::from_name(&args.scorer)?,
    };
    if let Some(k) = args.k {
        match &mut config {
            ScorerConfig::Knn(p) => p.k = k,
            ScorerConfig::Lof(p) => p.k = k,
            other => bail!("--k does not apply to {}", other.name()),
        }
    }
    Ok(config)
}

fn write_scores(
    args: &ScoreArgs,
    rows: &[RowInfo],
    scores: &[f32],
    decisions: &Decisions,
    neighbours: &[Vec<(String, f32)>],
) -> Result<()> {
    let mut csv = String::from("id,score");
    if !decisions.p_values.is_empty() {
        csv += ",p_value";
    }
    if decisions.threshold.is_some() {
        csv += ",anomalous";
    }
    csv += ",class,label,split";
    for j in 1..=neighbours.first().map_or(0, Vec::len) {
        csv += &format!(",neighbour_{j},distance_{j}");
    }
    csv.push('\n');
    for (i, (r, s)) in rows.iter().zip(scores).enumerate() {
        let split = match r.split {
            Some(Split::Train) => "train",
            Some(Split::Test) => "test",
            None => "",
        };
        let label = match r.label {
            Label::Normal => "normal",
            Label::Anomaly => "anomaly",
            Label::Unknown => "",
        };
        let p = decisions
            .p_values
            .get(i)
            .map_or(String::new(), |p| format!("{p},"));
        let decision = decisions
            .threshold
            .map_or(String::new(), |t| format!("{},", u8::from(*s > t)));
        let class = csv_field(r.class.as_deref().unwrap_or(""));
        csv += &format!(
            "{},{s},{p}{decision}{class},{label},{split}",
            csv_field(&r.id)
        );
        for (id, d) in neighbours.get(i).into_iter().flatten() {
            csv += &format!(",{},{d}", csv_field(id));
        }
        csv.push('\n');
    }
    match args.out.as_deref().filter(|p| *p != Path::new("-")) {
        Some(path) => {
            swan_data::write_atomic(path, csv.as_bytes()).context("writing the scores CSV")?;
            eprintln!("scored {} rows -> {}", scores.len(), path.display());
        }
        None => print!("{csv}"),
    }
    if let Some(line) = metrics_line(rows, scores)? {
        eprintln!("{line}");
    }
    if let Some(line) = decisions
        .threshold
        .and_then(|t| decision_line(rows, scores, t))
    {
        eprintln!("{line}");
    }
    Ok(())
}

/// What the decision did to the labelled rows: how many normal and how many anomalous ones
/// score above the threshold (the realised false-positive and detection rates).
fn decision_line(rows: &[RowInfo], scores: &[f32], threshold: f32) -> Option<String> {
    let count = |label: Label| {
        rows.iter()
            .zip(scores)
            .filter(|(r, _)| r.label == label)
            .fold((0usize, 0usize), |(flagged, n), (_, &s)| {
                (flagged + usize::from(s > threshold), n + 1)
            })
    };
    let part = |(flagged, n): (usize, usize), what: &str| {
        (n > 0).then(|| {
            format!(
                "{flagged} of {n} {what} ({:.2} %)",
                100.0 * flagged as f64 / n as f64
            )
        })
    };
    let parts: Vec<String> = [
        part(count(Label::Normal), "labelled normal"),
        part(count(Label::Anomaly), "labelled anomalous"),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| format!("flagged anomalous: {}", parts.join(", ")))
}

/// `AUROC … AP …` over the labelled rows, when both normal and anomalous rows are among them.
fn metrics_line(rows: &[RowInfo], scores: &[f32]) -> Result<Option<String>> {
    let (labelled, anomalous): (Vec<f32>, Vec<bool>) = rows
        .iter()
        .zip(scores)
        .filter(|(r, _)| r.label != Label::Unknown)
        .map(|(r, &s)| (s, r.label == Label::Anomaly))
        .unzip();
    let n_anomalous = anomalous.iter().filter(|&&a| a).count();
    if n_anomalous == 0 || n_anomalous == anomalous.len() {
        return Ok(None);
    }
    let auroc = swan_eval::metrics::auroc(&labelled, &anomalous)?;
    let ci = swan_eval::auroc_ci95(&labelled, &anomalous)?.map_or(String::new(), |ci| {
        format!(" (95 % CI {})", swan_eval::report::ci_percent(ci))
    });
    let ap = swan_eval::metrics::average_precision(&labelled, &anomalous)?;
    Ok(Some(format!(
        "AUROC {:.2} %{ci}, AP {:.2} % on the {} labelled rows ({} normal, {n_anomalous} anomalous)",
        100.0 * auroc,
        100.0 * ap,
        labelled.len(),
        labelled.len() - n_anomalous
    )))
}

/// The held-out normal scores behind p-values and --threshold-fpr: those of the normal images
/// of `holdout` (`--holdout-data`), scored now, or else the model's own calibration (`swan fit
/// --calibration-split`, `swan calibrate`); `None` for an uncalibrated model and no holdout.
pub(crate) fn model_calibration(
    model: &Fitted,
    ctx: &mut swan_method::RunContext,
    holdout: Option<&swan_data::DataSpec>,
) -> Result<Option<CalibrationRecord>> {
    let Some(spec) = holdout else {
        return Ok(model.calibration().cloned());
    };
    let normals: Vec<_> = common::load_samples(spec)?
        .into_iter()
        .filter(|s| s.label != swan_data::Label::Anomaly)
        .collect();
    let (held, skipped) = model
        .held_out_scores(&normals, format!("--holdout-data {spec}"), ctx)
        .context("scoring the held-out normals")?;
    if let Some(first) = skipped.first() {
        tracing::warn!(
            "{} of the held-out images could not be read (the first: {}: {})",
            skipped.len(),
            first.id,
            first.error
        );
    }
    Ok(Some(held))
}

/// The decision threshold: `threshold` as given, or else the one at the false-positive rate
/// `fpr` on the held-out normal scores of `calibration` (printed with how it was found);
/// `missing` is the error for `fpr` without held-out scores.
pub(crate) fn decision_threshold(
    threshold: Option<f32>,
    fpr: Option<f64>,
    calibration: Option<&Calibration>,
    missing: &str,
) -> Result<Option<f32>> {
    match (threshold, fpr, calibration) {
        (Some(t), ..) => Ok(Some(t)),
        (None, Some(fpr), Some(c)) => {
            let t = c.threshold_at_fpr(fpr)?;
            print_threshold(t, fpr, c.len());
            Ok(Some(t))
        }
        (None, Some(_), None) => bail!("{missing}"),
        (None, None, _) => Ok(None),
    }
}

/// A run's scores turned into decisions: each score's p-value against held-out normal
/// scores (empty without them), and the threshold of the `anomalous` column (--threshold,
/// --threshold-fpr or --fdr; `None` without one).
struct Decisions {
    p_values: Vec<f64>,
    threshold: Option<f32>,
}

/// The [`Decisions`] of `scores` under the flags of `args`, with the held-out normal scores of
/// `calibration`; `needs` ends the error of --threshold-fpr or --fdr without them (`with
/// features files needs --holdout FILE`).
fn decide(
    args: &ScoreArgs,
    scores: &[f32],
    calibration: Option<&Calibration>,
    needs: &str,
) -> Result<Decisions> {
    let p_values: Vec<f64> = calibration
        .map(|c| scores.iter().map(|&s| c.p_value(s)).collect())
        .unwrap_or_default();
    let threshold = match (args.fdr, calibration) {
        (Some(q), Some(c)) => Some(fdr_threshold(scores, &p_values, c.len(), q)?),
        (Some(_), None) => bail!("--fdr {needs}"),
        (None, _) => decision_threshold(
            args.threshold,
            args.threshold_fpr,
            calibration,
            &format!("--threshold-fpr {needs}"),
        )?,
    };
    Ok(Decisions {
        p_values,
        threshold,
    })
}

/// The score above which the Benjamini–Hochberg procedure at false discovery rate `q` flags
/// the images of `scores` on their p-values `p` (against `n_calibration` held-out normal
/// scores), printed with what it flagged. The p-value falls as the score rises, so the
/// flagged images are exactly those scoring above the highest unflagged score.
fn fdr_threshold(scores: &[f32], p: &[f64], n_calibration: usize, q: f64) -> Result<f32> {
    let cutoff = swan_score::benjamini_hochberg(p, q)?;
    let flagged = |p: f64| cutoff.is_some_and(|c| p <= c);
    let highest_unflagged = scores
        .iter()
        .zip(p)
        .filter(|&(_, &p)| !flagged(p))
        .map(|(&s, _)| s)
        .max_by(f32::total_cmp);
    let t = match highest_unflagged {
        Some(t) => t,
        // Everything flagged: just below the lowest score.
        None => scores
            .iter()
            .copied()
            .min_by(f32::total_cmp)
            .map_or(f32::NEG_INFINITY, f32::next_down),
    };
    let n = p.iter().filter(|&&p| flagged(p)).count();
    eprintln!(
        "false discovery rate {q}: {n} of {} images flagged (Benjamini–Hochberg on their \
         p-values against {} held-out normals: p ≤ {}, scores above {t})",
        scores.len(),
        n_calibration,
        cutoff.map_or("none".to_string(), |c| c.to_string()),
    );
    // The smallest p-value is 1 / (n + 1): the procedure flags nothing unless at least
    // m / (q (n + 1)) images of the batch score above every held-out normal.
    let needed = (scores.len() as f64 / (q * (n_calibration + 1) as f64)).ceil() as usize;
    if needed > 1 {
        eprintln!(
            "note: with {n_calibration} held-out normals, at least {needed} of these {} images \
             must score above all of them for any to be flagged at {q}; more held-out normals \
             (or smaller batches) lower that",
            scores.len()
        );
    }
    Ok(t)
}

/// The threshold --threshold-fpr found, and how to apply it again without the held-out normals.
fn print_threshold(t: f32, fpr: f64, n_normals: usize) {
    eprintln!(
        "threshold {t} (false-positive rate at most {fpr} on new normals drawn like the \
         {n_normals} held-out ones: the images with p ≤ {fpr}; --threshold {t} applies it \
         again without them)"
    );
}

/// A threshold must be a finite number.
pub(crate) fn finite_score(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(t) if t.is_finite() => Ok(t),
        Ok(_) => Err("must be a finite number".into()),
        Err(e) => Err(format!("not a number: {e}")),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
