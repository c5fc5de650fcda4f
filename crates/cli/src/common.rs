//! Small helpers the subcommands share.

use std::sync::Arc;

use anyhow::{Context, Result, bail};
use swan_data::{Label, Sample, Split};
use swan_encoder::Encoder;
use swan_method::RunContext;

use crate::args::{EncoderArgs, RunArgs, TrainArgs};

/// Options that apply to every subcommand.
pub struct Global {
    pub progress: bool,
}

/// The `--device` named: the encoder runs there and so does every training run of this process.
pub fn select_device(name: &str) -> Result<swan_encoder::Device> {
    let device = swan_encoder::device_from_name(name)?;
    swan_train::set_default_device(device.clone());
    Ok(device)
}

/// A weights file that is not there is an error saying how to get one: name it with `flag`, or
/// fetch `backbone`'s ImageNet checkpoint.
pub fn require_weights(
    path: &std::path::Path,
    backbone: swan_encoder::Backbone,
    flag: &str,
) -> Result<()> {
    if !path.exists() {
        bail!(
            "weights file {} not found: pass {flag} FILE, or run `swan weights fetch --backbone {}` \
             to download the {} ImageNet checkpoint",
            path.display(),
            backbone.name(),
            backbone.name()
        );
    }
    Ok(())
}

pub fn load_encoder(args: &EncoderArgs) -> Result<Encoder> {
    load_encoder_named(args, "--weights")
}

/// [`load_encoder`], a missing weights file naming `weights_flag` as the way to give one.
fn load_encoder_named(args: &EncoderArgs, weights_flag: &str) -> Result<Encoder> {
    swan_encoder::check_image_size(args.image_size).context("--image-size")?;
    let path = args.weights_path();
    require_weights(&path, args.backbone, weights_flag)?;
    let device = select_device(&args.device)?;
    Encoder::load(args.backbone, &path, args.image_size, &device)
        .map(|e| e.with_antialias(args.antialias))
        .with_context(|| {
            format!(
                "loading {} weights from {}",
                args.backbone.name(),
                path.display()
            )
        })
}

/// The pretrained encoder when the method embeds with one; methods that train their own
/// network do not need (or read) the weights file.
pub fn load_encoder_for(
    method: &swan_method::MethodConfig,
    args: &EncoderArgs,
) -> Result<Option<Arc<Encoder>>> {
    if method.needs_pretrained_encoder() {
        Ok(Some(Arc::new(load_encoder(args)?)))
    } else {
        select_device(&args.device)?;
        Ok(None)
    }
}

/// The second encoder a method consults without embedding with it (KE's `--rank-backbone`),
/// loaded at the main encoder's input size, filter and device; `None` when the method names
/// none.
pub fn load_rank_encoder(
    method: &swan_method::MethodConfig,
    weights: Option<&std::path::Path>,
    args: &EncoderArgs,
) -> Result<Option<Arc<Encoder>>> {
    let swan_method::MethodConfig::Ke(p) = method else {
        return Ok(None);
    };
    let Some(backbone) = p.ranks_with() else {
        return Ok(None);
    };
    let args = EncoderArgs {
        backbone,
        weights: weights.map(std::path::Path::to_path_buf),
        ..args.clone()
    };
    load_encoder_named(&args, "--rank-weights")
        .map(|e| Some(Arc::new(e)))
        .with_context(|| format!("--rank-backbone {}", backbone.name()))
}

pub fn run_context(
    encoder: Option<Arc<Encoder>>,
    batch_size: usize,
    run: &RunArgs,
    global: &Global,
) -> RunContext {
    let mut ctx = RunContext::with_encoder(encoder);
    ctx.batch_size = batch_size;
    ctx.seed = run.seed;
    ctx.progress = global.progress;
    ctx.disk_cache = (!run.no_cache).then(|| swan_data::cache_dir().join("features"));
    ctx
}

/// Applies the training flags to a context.
pub fn with_train_args(mut ctx: RunContext, train: &TrainArgs) -> RunContext {
    ctx.train.dir = train.train_dir.clone();
    ctx.train.resume = train.resume;
    ctx.train.checkpoint_every = train.checkpoint_every;
    ctx.train.stop_after = train.stop_after;
    ctx.train.workers = train.workers;
    ctx
}

pub fn load_samples(spec: &swan_data::DataSpec) -> Result<Vec<Sample>> {
    swan_data::load_samples(spec).with_context(|| format!("reading dataset {spec}"))
}

/// A filter that passes the first `max` samples of each class it is shown (all of them when
/// `max` is `None`), in the order shown: `--max-train` of `swan eval` and `swan fit`.
pub fn first_per_class(max: Option<usize>) -> impl FnMut(&Sample) -> bool {
    let mut seen: std::collections::HashMap<Option<String>, usize> = Default::default();
    move |s| {
        let n = seen.entry(s.class.clone()).or_default();
        *n += 1;
        max.is_none_or(|max| *n <= max)
    }
}

/// Which part of a dataset a command works on.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitChoice {
    Train,
    Test,
    All,
}

impl SplitChoice {
    /// "in the train split", for messages.
    pub fn phrase(self) -> &'static str {
        match self {
            Self::All => "in any split",
            Self::Train => "in the train split",
            Self::Test => "in the test split",
        }
    }

    /// The samples this choice keeps. Samples without a split (a flat folder, a CSV without a
    /// `split` column) belong to every split; asking for the test split of data that has none
    /// says so, since it then keeps every image (`swan eval` draws its own seeded 80/20 split).
    pub fn select(self, samples: Vec<Sample>, what: &str) -> Vec<Sample> {
        if self == Self::Test && !samples.is_empty() && samples.iter().all(|s| s.split.is_none()) {
            eprintln!(
                "note: {what} has no train/test split, so --split test keeps all {} images",
                samples.len()
            );
        }
        samples.into_iter().filter(|s| self.keeps(s)).collect()
    }

    fn keeps(self, s: &Sample) -> bool {
        match self {
            Self::All => true,
            Self::Train => s.split != Some(Split::Test),
            Self::Test => s.split != Some(Split::Train),
        }
    }
}

/// The samples of the chosen split that are in one of `classes` (every class when empty). An
/// empty selection is an error that names `what` was selected from and the classes the data
/// has, so a misspelt `--class` says what would have matched.
pub fn select_samples(
    samples: Vec<Sample>,
    split: SplitChoice,
    classes: &[String],
    what: &str,
) -> Result<Vec<Sample>> {
    let available = class_summary(&samples);
    // For the error only: the samples whose class name is one of the classes asked for (none
    // when classes are asked for by number, so nothing is copied on the normal path).
    let named = class_names(samples.iter().filter(|s| {
        s.attributes
            .get("name")
            .is_some_and(|n| classes.contains(n))
    }));
    let selected: Vec<Sample> = split
        .select(samples, what)
        .into_iter()
        .filter(|s| classes.is_empty() || s.class.as_ref().is_some_and(|c| classes.contains(c)))
        .collect();
    if selected.is_empty() {
        let split = split.phrase();
        let of = if classes.is_empty() {
            String::new()
        } else {
            format!(" of classes {classes:?}")
        };
        // Classes named by number (IDX, CIFAR) may carry their names as the attribute
        // `name`: point from a name to its class.
        let by_name: Vec<String> = classes
            .iter()
            .filter_map(|c| {
                let (class, _) = named.iter().find(|(_, n)| *n == c)?;
                Some(format!("{c} is class {class} (--class {class})"))
            })
            .collect();
        let hint = if by_name.is_empty() {
            String::new()
        } else {
            format!("; {}", by_name.join(", "))
        };
        bail!("{what}: no images {split}{of}; the data has {available}{hint}");
    }
    Ok(selected)
}

/// Class → name, for sources whose classes are numbers and whose samples carry the class
/// name as the attribute `name` (CIFAR).
pub fn class_names<'a>(
    samples: impl IntoIterator<Item = &'a Sample>,
) -> std::collections::BTreeMap<String, String> {
    samples
        .into_iter()
        .filter_map(|s| Some((s.class.clone()?, s.attributes.get("name")?.clone())))
        .collect()
}

/// The normal training samples of a dataset: [`select_samples`] minus those labelled
/// anomalous.
pub fn normal_training_samples(
    samples: Vec<Sample>,
    split: SplitChoice,
    classes: &[String],
    what: &str,
) -> Result<Vec<Sample>> {
    let mut selected = select_samples(samples, split, classes, what)?;
    selected.retain(|s| s.label != Label::Anomaly);
    if selected.is_empty() {
        bail!("{what}: no normal training images (every selected image is labelled anomalous)");
    }
    Ok(selected)
}

/// "classes [\"a\", \"b\"]" (sorted; the first 20 of more) plus how many images have no class.
fn class_summary(samples: &[Sample]) -> String {
    let classes: std::collections::BTreeSet<&str> =
        samples.iter().filter_map(|s| s.class.as_deref()).collect();
    let classes: Vec<&str> = classes.into_iter().collect();
    let unclassed = samples.iter().filter(|s| s.class.is_none()).count();
    let mut out = match classes.len() {
        0 => "no classes".to_string(),
        n if n <= 20 => format!("classes {classes:?}"),
        n => format!("{n} classes, the first {:?}", &classes[..20]),
    };
    if unclassed > 0 {
        out.push_str(&format!(" and {unclassed} images without a class"));
    }
    out
}

/// The thresholds held-out normal scores give at 1, 5 and 10 % false positives, in words
/// (`swan fit --calibration-split`, `swan calibrate`, `swan inspect`).
pub fn calibration_thresholds(c: &swan_score::Calibration) -> String {
    let at = |fpr: f64| {
        let needed = swan_score::held_out_needed(fpr);
        if c.len() < needed {
            return format!("none (needs {needed} held-out)");
        }
        c.threshold_at_fpr(fpr)
            .map_or_else(|e| e.to_string(), |t| t.to_string())
    };
    format!(
        "thresholds {} at 1 % false positives, {} at 5 %, {} at 10 %",
        at(0.01),
        at(0.05),
        at(0.10)
    )
}

/// Prints skipped files at the end of a batch command.
pub fn report_skipped(skipped: &[swan_method::Skipped]) {
    if skipped.is_empty() {
        return;
    }
    eprintln!("skipped {} unreadable image(s):", skipped.len());
    for s in skipped.iter().take(20) {
        eprintln!("  {}: {}", s.id, s.error);
    }
    if skipped.len() > 20 {
        eprintln!(
            "  ... and {} more (all are listed in the output file)",
            skipped.len() - 20
        );
    }
}

/// 512 bytes, 1.5 KiB, 19.0 MiB: sizes as people write them.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = UNITS[0];
    for u in &UNITS[1..] {
        if v < 1024.0 {
            break;
        }
        v /= 1024.0;
        unit = u;
    }
    format!("{v:.1} {unit}")
}

/// What an interrupted command has kept for `--resume`, said when Ctrl-C stops it.
static INTERRUPT_NOTE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Sets what Ctrl-C should tell the user about continuing (the checkpoints or finished splits
/// kept for `--resume`).
pub fn set_interrupt_note(note: String) {
    *INTERRUPT_NOTE.lock().unwrap_or_else(|e| e.into_inner()) = Some(note);
}

pub fn interrupt_note() -> Option<String> {
    INTERRUPT_NOTE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
}

#[cfg(test)]
mod tests {
    #[test]
    fn human_bytes_picks_the_unit() {
        use super::human_bytes;
        assert_eq!(human_bytes(512), "512 bytes");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(19 << 20), "19.0 MiB");
        assert_eq!(human_bytes(3 << 40), "3.0 TiB");
    }
}
