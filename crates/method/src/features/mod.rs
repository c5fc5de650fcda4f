//! Feature extraction shared by every method that embeds images with a frozen encoder:
//! batched, streaming (one batch of pixels in memory at a time), skipping unreadable images,
//! cached in memory per sample and on disk per (weights, preprocessing, tap, data).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use swan_data::{Image, Sample};
use swan_encoder::{Backbone, Encoder, Preprocess, RawTensor, Tap};
use swan_score::Matrix;

use crate::MethodError;

mod cache;
mod table;

pub use cache::{CACHE_PART, FEATURE_CACHE_KEY};
use cache::{read_cache, write_cache};
use table::FeatureTable;

/// What identifies the features an encoder produces.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EncoderSpec {
    /// The network.
    pub backbone: Backbone,
    /// Side of its square input.
    pub image_size: usize,
    /// How images become its input.
    pub preprocess: Preprocess,
    /// The tap embeddings are read from (feature maps are global-average pooled).
    pub tap: Tap,
    /// SHA-256 of the encoder weights.
    pub weights_digest: String,
}

impl EncoderSpec {
    /// `efficientnet-lite0 at 64 px (antialiased), tap pooled`, as reports show it.
    pub fn describe(&self) -> String {
        format!(
            "{} at {}, tap {}",
            self.backbone.name(),
            self.preprocess.side_text(self.image_size),
            self.tap
        )
    }
}

/// An image that could not be used, and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    /// The image's id.
    pub id: String,
    /// Why it could not be used.
    pub error: String,
}

/// Embeddings of a list of samples: rows for the samples that could be read.
#[derive(Clone, Debug)]
pub struct Embedded {
    /// One row per kept sample: a pooled vector, or a flattened `[c, h, w]` feature map.
    pub matrix: Matrix,
    /// `[c, h, w]` when the rows are feature maps ([`RunContext::embed_maps`]).
    pub map_shape: Option<[usize; 3]>,
    /// Per input sample: does it have a row?
    pub kept: Vec<bool>,
    /// The samples without a row, and why.
    pub skipped: Vec<Skipped>,
}

/// The samples of `samples` that have a row (`kept`, per sample, as in [`Embedded::kept`]), in
/// order; [`MethodError::TooFewTrainingImages`] when fewer than `needs` do.
pub fn kept_samples(
    samples: &[Sample],
    kept: &[bool],
    needs: usize,
) -> Result<Vec<Sample>, MethodError> {
    let readable: Vec<Sample> = samples
        .iter()
        .zip(kept)
        .filter(|(_, k)| **k)
        .map(|(s, _)| s.clone())
        .collect();
    if readable.len() < needs {
        return Err(MethodError::TooFewTrainingImages {
            readable: readable.len(),
            needs,
            skipped: samples.len() - readable.len(),
        });
    }
    Ok(readable)
}

/// Scores of a list of samples (only for the kept ones).
#[derive(Clone, Debug, Default)]
pub struct Scored {
    /// One score per kept sample, in input order; higher = more anomalous.
    pub scores: Vec<f32>,
    /// Per input sample: was it scored?
    pub kept: Vec<bool>,
    /// The samples not scored, and why.
    pub skipped: Vec<Skipped>,
    /// The terms the score combines, for methods whose score has several (DRA's heads, the
    /// stages of an NSA ensemble), each aligned with `scores`; empty otherwise.
    pub components: Vec<ScoreComponent>,
    /// The nearest training images of each scored image, nearest first, as (training image
    /// id, distance), aligned with `scores`, when [`RunContext::neighbours`] asked for them;
    /// empty otherwise.
    pub neighbours: Vec<Vec<(String, f32)>>,
    /// Where in each image the score comes from, for methods that pool patch scores (DRA's
    /// seen, pseudo and residual heads), when [`RunContext::maps`] asked for them; empty
    /// otherwise.
    pub maps: Vec<ScoreMap>,
}

impl Scored {
    /// Adds the scores of the samples that follow (the next part of a list), term by term. A
    /// part without scores (none of its images could be read) has no terms to match.
    pub fn append(&mut self, more: Scored) -> Result<(), MethodError> {
        if self.scores.is_empty() && self.components.is_empty() {
            // Nothing scored yet: the part's scores and terms are the list's so far.
            let (mut kept, mut skipped) = (
                std::mem::take(&mut self.kept),
                std::mem::take(&mut self.skipped),
            );
            kept.extend(more.kept);
            skipped.extend(more.skipped);
            *self = Scored {
                kept,
                skipped,
                ..more
            };
            return Ok(());
        }
        if more.scores.is_empty() && more.components.is_empty() {
            self.kept.extend(more.kept);
            self.skipped.extend(more.skipped);
            return Ok(());
        }
        let names = |c: &[ScoreComponent]| c.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
        if names(&self.components) != names(&more.components) {
            return Err(MethodError::Params(
                "score terms differ between parts of the list".into(),
            ));
        }
        for (c, m) in self.components.iter_mut().zip(more.components) {
            c.scores.extend(m.scores);
        }
        if self
            .maps
            .iter()
            .map(|m| (&m.name, m.shape))
            .ne(more.maps.iter().map(|m| (&m.name, m.shape)))
        {
            return Err(MethodError::Params(
                "score maps differ between parts of the list".into(),
            ));
        }
        for (m, more) in self.maps.iter_mut().zip(more.maps) {
            m.values.extend(more.values);
        }
        self.neighbours.extend(more.neighbours);
        self.scores.extend(more.scores);
        self.kept.extend(more.kept);
        self.skipped.extend(more.skipped);
        Ok(())
    }
}

/// One term of a combined anomaly score, higher = more anomalous: DRA's heads signed as they
/// enter the sum, an ensemble's stages before their range scaling (which keeps the ranking).
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreComponent {
    /// The term's name (`seen`, `pseudo`, `residual`, `normal`, `stage3`, …).
    pub name: String,
    /// Its value for every scored image.
    pub scores: Vec<f32>,
}

/// One head's patch scores for every scored image: `values` holds `[n, h, w]` (`shape` is
/// `[h, w]`), aligned with [`Scored::scores`]. Higher = more anomalous there.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreMap {
    /// The head's name.
    pub name: String,
    /// `[h, w]` of each image's map.
    pub shape: [usize; 2],
    /// `[n, h, w]` values, row-major.
    pub values: Vec<f32>,
}

impl ScoreMap {
    /// The maps of several heads summed patch by patch (named `total`), what `swan score
    /// --maps` and the eval report draw; `None` for no maps or maps of different shapes.
    pub fn total(maps: &[ScoreMap]) -> Option<ScoreMap> {
        let first = maps.first()?;
        if maps
            .iter()
            .any(|m| m.shape != first.shape || m.values.len() != first.values.len())
        {
            return None;
        }
        let mut values = first.values.clone();
        for m in &maps[1..] {
            for (t, v) in values.iter_mut().zip(&m.values) {
                *t += v;
            }
        }
        Some(ScoreMap {
            name: "total".into(),
            shape: first.shape,
            values,
        })
    }

    /// "the seen + pseudo + residual heads' patch scores": what [`Self::total`] of `maps`
    /// shows.
    pub fn describe_total(maps: &[ScoreMap]) -> String {
        match maps {
            [one] => format!("the {} head's patch scores", one.name),
            _ => {
                let heads: Vec<&str> = maps.iter().map(|m| m.name.as_str()).collect();
                format!("the {} heads' patch scores", heads.join(" + "))
            }
        }
    }

    /// The largest finite value of the maps, the top of a colour scale that compares them (1
    /// when none is above 0).
    pub fn scale(values: &[f32]) -> f32 {
        let largest = values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .fold(0.0f32, f32::max);
        if largest > 0.0 { largest } else { 1.0 }
    }

    /// Image `i`'s map, `[h, w]` row-major.
    pub fn image(&self, i: usize) -> &[f32] {
        let d = self.shape[0] * self.shape[1];
        &self.values[i * d..(i + 1) * d]
    }
}

/// Which features a table holds: a tap, the input size (`None`: the encoder's own), and
/// whether feature maps are kept whole or average-pooled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct FeatureKey {
    tap: Tap,
    size: Option<usize>,
    maps: bool,
}

impl FeatureKey {
    /// Pooled features at `tap`, at the encoder's own input size.
    fn pooled(tap: Tap) -> Self {
        Self {
            tap,
            size: None,
            maps: false,
        }
    }
}

/// The state a run shares across fits and scores: the encoder, batch size, seed, progress
/// display and the feature cache.
pub struct RunContext {
    /// The pretrained encoder, for methods on pretrained features (`None` for methods that
    /// train their own network, such as NSA).
    pub encoder: Option<Arc<Encoder>>,
    /// Images per encoder batch.
    pub batch_size: usize,
    /// Seed of every random draw of a fit (training, views, pseudo-anomalies).
    pub seed: u64,
    /// Show progress bars.
    pub progress: bool,
    /// Folder for on-disk feature caches (`None` disables them).
    pub disk_cache: Option<PathBuf>,
    /// Images per disk-cache entry ([`CACHE_PART`] by default), rounded up to whole batches.
    pub cache_part: usize,
    /// Checkpoints, logs and loader threads of trained methods.
    pub train: TrainRun,
    /// Keep embedded rows for later calls (on by default: `swan eval` scores the same test
    /// images once per split). Off, [`Self::embed_once`] hands its rows over instead.
    pub keep_features: bool,
    /// Nearest training images to name for each scored image, for the models whose score is a
    /// distance to training images ([`crate::Fitted::names_neighbours`]); 0: none.
    pub neighbours: usize,
    /// Also give each scored image its patch-score maps, for the models that have them
    /// ([`crate::Fitted::has_maps`]).
    pub maps: bool,
    /// A second pretrained encoder that a method consults without embedding with it: KE ranks
    /// transforms with a larger backbone than the one its head reads ([`Self::ranking_context`]).
    pub rank_encoder: Option<Arc<Encoder>>,
    tables: HashMap<FeatureKey, FeatureTable>,
    /// The encoder rebuilt at other input sizes (image pyramids).
    resized: HashMap<usize, Arc<Encoder>>,
    /// Images already reported unreadable: a method that reads an image at several taps or
    /// sizes (DRA's pyramid) warns once, not once per pass.
    warned: std::collections::HashSet<String>,
}

/// Where trained methods keep checkpoints and logs, and how they load data.
#[derive(Clone, Debug)]
pub struct TrainRun {
    /// Folder for a checkpoint and an epoch log per training run (`<label>.ckpt.safetensors`,
    /// `<label>.log.jsonl`); `None` keeps neither.
    pub dir: Option<PathBuf>,
    /// Name of the current run inside `dir` (`swan eval` sets it to the split's name).
    pub label: String,
    /// Resume from an existing checkpoint of the same configuration.
    pub resume: bool,
    /// Checkpoint every this many epochs (and after the last).
    pub checkpoint_every: usize,
    /// Augmentation worker threads.
    pub workers: usize,
    /// Stop after this many epochs (with a checkpoint): split a run, or simulate an interruption.
    pub stop_after: Option<usize>,
}

impl Default for TrainRun {
    fn default() -> Self {
        Self {
            dir: None,
            label: "fit".into(),
            resume: false,
            checkpoint_every: 1,
            workers: 1,
            stop_after: None,
        }
    }
}

impl RunContext {
    /// A context with a pretrained encoder, and defaults elsewhere (batch 128, seed 0, no
    /// disk cache, no progress bars).
    pub fn new(encoder: Arc<Encoder>) -> Self {
        Self::with_encoder(Some(encoder))
    }

    /// A context for methods that need no pretrained encoder.
    pub fn without_encoder() -> Self {
        Self::with_encoder(None)
    }

    /// [`Self::new`] with an encoder or without one.
    pub fn with_encoder(encoder: Option<Arc<Encoder>>) -> Self {
        Self {
            encoder,
            train: TrainRun::default(),
            batch_size: 128,
            seed: 0,
            progress: false,
            disk_cache: None,
            cache_part: CACHE_PART,
            keep_features: true,
            neighbours: 0,
            maps: false,
            rank_encoder: None,
            tables: HashMap::new(),
            resized: HashMap::new(),
            warned: Default::default(),
        }
    }

    /// The pretrained encoder, or an error saying the method needs one.
    pub fn encoder(&self) -> Result<&Arc<Encoder>, MethodError> {
        self.encoder.as_ref().ok_or(MethodError::NeedsEncoder)
    }

    /// A context that embeds with [`Self::rank_encoder`], which must be `backbone`: this
    /// context's batch size, seed, progress display and disk cache (whose entries name the
    /// encoder they came from), and an empty feature table, so that the rows a ranking reads
    /// once are not kept in memory after it.
    pub fn ranking_context(&self, backbone: Backbone) -> Result<RunContext, MethodError> {
        let encoder = match &self.rank_encoder {
            Some(e) if e.backbone() == backbone => Arc::clone(e),
            other => {
                return Err(MethodError::NeedsRankEncoder {
                    wanted: backbone.name(),
                    loaded: other.as_ref().map(|e| e.backbone().name()),
                });
            }
        };
        let mut child = RunContext::new(encoder);
        child.batch_size = self.batch_size;
        child.seed = self.seed;
        child.progress = self.progress;
        child.disk_cache = self.disk_cache.clone();
        child.cache_part = self.cache_part;
        Ok(child)
    }

    /// What identifies the features of the context's encoder at `tap`.
    pub fn encoder_spec(&self, tap: Tap) -> Result<EncoderSpec, MethodError> {
        let encoder = self.encoder()?;
        Ok(EncoderSpec {
            backbone: encoder.backbone(),
            image_size: encoder.preprocess().size,
            preprocess: encoder.preprocess(),
            tap,
            weights_digest: encoder.weights_digest().to_string(),
        })
    }

    /// Trains `model` for all of `config`'s epochs with this run's checkpoint, log and resume
    /// settings ([`Self::train_files`]); `identity` is what a checkpoint must match to be
    /// resumed. A run stopped before its last epoch (`--stop-after`) is
    /// [`MethodError::Stopped`], which says how to finish it.
    pub fn train<T: swan_train::trainer::Task>(
        &self,
        task: &T,
        model: T::Model,
        source: Arc<dyn swan_train::loader::BatchSource>,
        config: &swan_train::trainer::TrainConfig,
        identity: serde_json::Value,
        device: &swan_encoder::Device,
    ) -> Result<(T::Model, swan_train::trainer::TrainSummary), MethodError> {
        let (model, summary) = swan_train::trainer::train(
            task,
            model,
            source,
            config,
            &self.train_files(),
            identity,
            device,
        )?;
        if summary.epochs_done < config.epochs {
            return Err(MethodError::Stopped {
                epochs_done: summary.epochs_done,
                epochs: config.epochs,
            });
        }
        Ok((model, summary))
    }

    /// Checkpoint and log files of the current training run.
    pub fn train_files(&self) -> swan_train::trainer::RunFiles {
        let t = &self.train;
        swan_train::trainer::RunFiles {
            checkpoint: t
                .dir
                .as_ref()
                .map(|d| d.join(format!("{}.ckpt.safetensors", t.label))),
            checkpoint_every: t.checkpoint_every,
            resume: t.resume,
            log: t
                .dir
                .as_ref()
                .map(|d| d.join(format!("{}.log.jsonl", t.label))),
            progress: self.progress,
            stop_after: t.stop_after,
        }
    }

    /// Embeds `samples` at `tap`, reusing cached rows. Unreadable images are skipped and
    /// listed, never fatal.
    pub fn embed(&mut self, samples: &[Sample], tap: Tap) -> Result<Embedded, MethodError> {
        self.embed_key(samples, FeatureKey::pooled(tap))
    }

    /// Whole feature maps of `samples` at `tap`, with the images resized to `size` × `size`
    /// (any size: the encoder is rebuilt from the same weights when it differs from its own).
    /// Each row of the matrix is one flattened `[c, h, w]` map. Cached like [`Self::embed`].
    pub fn embed_maps(
        &mut self,
        samples: &[Sample],
        tap: Tap,
        size: usize,
    ) -> Result<Embedded, MethodError> {
        let own = self.encoder()?.preprocess().size;
        self.embed_key(
            samples,
            FeatureKey {
                tap,
                size: (size != own).then_some(size),
                maps: true,
            },
        )
    }

    fn embed_key(&mut self, samples: &[Sample], key: FeatureKey) -> Result<Embedded, MethodError> {
        self.ensure(samples, key)?;
        let e = self.tables.entry(key).or_default().gather(samples)?;
        self.warn_if_constant(&e, key);
        Ok(e)
    }

    /// A warning when every row is the same vector (at least two rows): no scorer can rank
    /// such rows. It happens when the input is too small for the network, e.g. the Lite
    /// models' pooled features at 32 px are all zero for many images (the ReLU6 of the head
    /// is dead), so the run would report chance-level scores without a word.
    fn warn_if_constant(&self, e: &Embedded, key: FeatureKey) {
        let m = &e.matrix;
        if m.rows() < 2 || (1..m.rows()).any(|i| m.row(i) != m.row(0)) {
            return;
        }
        let size = key
            .size
            .or_else(|| self.encoder.as_ref().map(|enc| enc.preprocess().size));
        tracing::warn!(
            "all {} images embed to the same vector at tap {}{}: scores cannot rank them \
             (a larger --image-size, or an earlier --tap, usually helps)",
            m.rows(),
            key.tap,
            size.map_or(String::new(), |s| format!(" at {s} px"))
        );
    }

    /// [`Self::embed`] for a caller that needs the rows once (DN2 makes them its memory bank).
    /// In a context that does not keep features ([`Self::keep_features`] off, as in `swan fit`
    /// and `swan score`), the cached rows are moved out instead of copied and dropped from the
    /// context, so embedding every training image needs their size in memory once, not twice.
    pub fn embed_once(&mut self, samples: &[Sample], tap: Tap) -> Result<Embedded, MethodError> {
        let key = FeatureKey::pooled(tap);
        if self.keep_features {
            return self.embed_key(samples, key);
        }
        self.ensure(samples, key)?;
        let e = self
            .tables
            .remove(&key)
            .unwrap_or_default()
            .into_gathered(samples)?;
        self.warn_if_constant(&e, key);
        Ok(e)
    }

    /// Embeds `samples` into the cache without returning them (one pass over a dataset before
    /// several fits); returns the images that could not be read.
    pub fn prepare(&mut self, samples: &[Sample], tap: Tap) -> Result<Vec<Skipped>, MethodError> {
        let key = FeatureKey::pooled(tap);
        self.ensure(samples, key)?;
        // Once ensured, every sample has a row or the reason it has none.
        Ok(self.tables.entry(key).or_default().lookup(samples).1)
    }

    /// Embeds every sample not yet in the table. With a disk cache, the list is encoded and
    /// cached in parts of [`Self::cache_part`] images, each its own cache entry, so a run that is
    /// interrupted keeps the parts it finished and the next run encodes only the rest.
    fn ensure(&mut self, samples: &[Sample], key: FeatureKey) -> Result<(), MethodError> {
        let table = self.tables.entry(key).or_default();
        let missing: Vec<&Sample> = samples
            .iter()
            .filter(|s| {
                let loc = s.location();
                table.row(&loc).is_none() && !table.failed.contains_key(&loc)
            })
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        let bar = self.progress_bar(missing.len());
        let part_size = if self.disk_cache.is_some() {
            self.part_size()
        } else {
            missing.len()
        };
        for (i, part) in missing.chunks(part_size).enumerate() {
            let cache_file = self.disk_cache.as_ref().map(|dir| {
                let owned: Vec<Sample> = part.iter().map(|s| (*s).clone()).collect();
                dir.join(format!(
                    "{}.safetensors",
                    cache::cache_key(self.encoder_spec(key.tap).ok().as_ref(), &owned, key)
                ))
            });
            let cached = cache_file
                .as_ref()
                .filter(|file| file.exists())
                .and_then(|file| match read_cache(file) {
                    Ok(contents) => {
                        tracing::info!("features loaded from cache {}", file.display());
                        Some(contents)
                    }
                    Err(e) => {
                        tracing::warn!("ignoring unreadable feature cache {}: {e}", file.display());
                        None
                    }
                });
            let fresh = match cached {
                Some(fresh) => {
                    bar.set_message("cached");
                    bar.inc(part.len() as u64);
                    fresh
                }
                None => {
                    let encoder = self.encoder_for(key)?;
                    bar.set_message("encoding");
                    let fresh = self.extract(&encoder, part, key, &bar)?;
                    if let Some(file) = &cache_file
                        && let Err(e) = write_cache(file, &fresh)
                    {
                        tracing::warn!("could not write feature cache {}: {e}", file.display());
                    }
                    fresh
                }
            };
            let table = self.tables.entry(key).or_default();
            let dim = fresh.dim;
            table.append(fresh.locations, fresh.data, dim);
            // Room for the parts still to come, once the row width is known, so that the
            // table grows once instead of doubling (and copying) as parts arrive.
            if i == 0 {
                table.data.reserve((missing.len() - part.len()) * dim);
            }
            table.map_shape = table.map_shape.or(fresh.map_shape);
            table.failed.extend(fresh.failed);
        }
        bar.finish_and_clear();
        Ok(())
    }

    /// Images per part of a long list (a cache entry, a step of [`crate::Fitted::score_in_parts`]):
    /// [`Self::cache_part`] rounded up to whole batches, so that every image is encoded in the
    /// same batch however a list is cut (a batch's composition moves features in their last
    /// digits).
    pub fn part_size(&self) -> usize {
        let batch = self.batch_size.max(1);
        self.cache_part.max(1).div_ceil(batch) * batch
    }

    /// Runs `f` on `samples` a part ([`Self::part_size`] images) at a time, so that memory
    /// holds one part's features whatever the number of images. With more than one part, one
    /// progress bar saying `message` counts the images of all parts (the parts' own bars stay
    /// hidden); a list of one part is one call with its own bars.
    pub fn in_parts<E>(
        &mut self,
        samples: &[Sample],
        message: &'static str,
        mut f: impl FnMut(&mut Self, &[Sample]) -> Result<(), E>,
    ) -> Result<(), E> {
        let part = self.part_size();
        if samples.len() <= part {
            return f(self, samples);
        }
        let bar = self.progress_bar(samples.len());
        bar.set_message(message);
        let progress = std::mem::replace(&mut self.progress, false);
        let result = samples.chunks(part).try_for_each(|chunk| {
            f(self, chunk)?;
            bar.inc(chunk.len() as u64);
            Ok(())
        });
        self.progress = progress;
        bar.finish_and_clear();
        result
    }

    /// The encoder for `key`: the context's own, or one rebuilt at the key's input size.
    fn encoder_for(&mut self, key: FeatureKey) -> Result<Arc<Encoder>, MethodError> {
        Ok(match key.size {
            None => Arc::clone(self.encoder()?),
            Some(size) => match self.resized.get(&size) {
                Some(e) => Arc::clone(e),
                None => {
                    let e = Arc::new(self.encoder()?.resized(size)?);
                    self.resized.insert(size, Arc::clone(&e));
                    e
                }
            },
        })
    }

    /// A bar over `images` images (hidden without [`Self::progress`]); its message says what
    /// is being done to them.
    pub fn progress_bar(&self, images: usize) -> ProgressBar {
        if !self.progress {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(images as u64);
        bar.set_style(
            ProgressStyle::with_template(
                "{msg:>10} [{bar:40}] {pos}/{len} images  {per_sec}  eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar
    }

    fn extract(
        &mut self,
        encoder: &Encoder,
        samples: &[&Sample],
        key: FeatureKey,
        bar: &ProgressBar,
    ) -> Result<Extracted, MethodError> {
        let mut out = Extracted::default();
        // Each image is resized to the encoder's input as soon as it is decoded (the same
        // resize the encoder would do, so the features are unchanged): a batch of 128 phone
        // photos holds 128 small images, not 128 × 12 megapixels of f32.
        let pre = encoder.preprocess();
        for chunk in samples.chunks(self.batch_size.max(1)) {
            let loaded: Vec<Result<Image, String>> = chunk
                .par_iter()
                .map(|s| {
                    s.load()
                        .and_then(|img| pre.resize(&img))
                        .map_err(|e| e.to_string())
                })
                .collect();
            let mut images = Vec::with_capacity(chunk.len());
            let mut locations = Vec::with_capacity(chunk.len());
            for (s, img) in chunk.iter().zip(loaded) {
                match img {
                    Ok(img) => {
                        images.push(img);
                        locations.push(s.location());
                    }
                    Err(e) => {
                        if self.warned.insert(s.location()) {
                            // Above the progress bar, not through it.
                            bar.suspend(|| tracing::warn!("skipping {}: {e}", s.id));
                        }
                        out.failed.push((s.location(), e));
                    }
                }
            }
            if !images.is_empty() {
                let features = encoder.features(&images, &[key.tap])?;
                let t = &features[0];
                match (key.maps, t.shape.as_slice()) {
                    (true, &[n, c, h, w]) => {
                        out.dim = c * h * w;
                        out.map_shape = Some([c, h, w]);
                        debug_assert_eq!(t.data.len(), n * out.dim);
                        out.data.extend_from_slice(&t.data);
                    }
                    (true, shape) => {
                        return Err(MethodError::Params(format!(
                            "tap {} gives {shape:?}, not a feature map",
                            key.tap
                        )));
                    }
                    (false, _) => {
                        for row in pooled_rows(t) {
                            out.dim = row.len();
                            out.data.extend_from_slice(&row);
                        }
                    }
                }
                out.locations.extend(locations);
            }
            bar.inc(chunk.len() as u64);
        }
        Ok(out)
    }
}

#[derive(Default)]
struct Extracted {
    locations: Vec<String>,
    /// `locations.len() × dim`, row-major.
    data: Vec<f32>,
    dim: usize,
    map_shape: Option<[usize; 3]>,
    failed: Vec<(String, String)>,
}

/// One embedding per image: vectors as they are, feature maps averaged over h and w.
fn pooled_rows(t: &RawTensor) -> Vec<Vec<f32>> {
    let n = t.shape[0];
    let per = t.data.len().checked_div(n).unwrap_or(0);
    match t.shape.as_slice() {
        [_, c, h, w] => t
            .data
            .chunks(per)
            .map(|img| {
                img.chunks(h * w)
                    .map(|plane| plane.iter().sum::<f32>() / (h * w) as f32)
                    .take(*c)
                    .collect()
            })
            .collect(),
        _ => t.data.chunks(per.max(1)).map(<[f32]>::to_vec).collect(),
    }
}

/// Decodes and preprocesses samples (`[3, s, s]` each, concatenated); unreadable images are
/// skipped and listed.
pub(crate) fn load_preprocessed(
    samples: &[Sample],
    preprocess: Preprocess,
    progress: bool,
) -> (Vec<f32>, Vec<bool>, Vec<Skipped>) {
    let per = 3 * preprocess.size * preprocess.size;
    load_rows(samples, progress, |s| {
        let mut out = vec![0f32; per];
        s.load()
            .map_err(|e| e.to_string())
            .and_then(|img| {
                preprocess
                    .apply_into(&img, &mut out)
                    .map_err(|e| e.to_string())
            })
            .map(|()| out)
    })
}

/// One row of values per sample from `load` (decoding in parallel, with a progress bar when
/// `progress`), concatenated; the samples it fails on are skipped and listed with its error.
/// Returns the rows, which samples have one, and the skipped ones.
pub(crate) fn load_rows(
    samples: &[Sample],
    progress: bool,
    load: impl Fn(&Sample) -> Result<Vec<f32>, String> + Sync,
) -> (Vec<f32>, Vec<bool>, Vec<Skipped>) {
    let bar = if progress {
        indicatif::ProgressBar::new(samples.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let rows: Vec<Result<Vec<f32>, String>> = samples
        .par_iter()
        .map(|s| {
            let r = load(s);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    let mut data = Vec::new();
    let mut kept = Vec::with_capacity(samples.len());
    let mut skipped = Vec::new();
    for (s, r) in samples.iter().zip(rows) {
        match r {
            Ok(v) => {
                data.extend(v);
                kept.push(true);
            }
            Err(error) => {
                kept.push(false);
                skipped.push(Skipped {
                    id: s.id.clone(),
                    error,
                });
            }
        }
    }
    (data, kept, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ranking_backbone_that_was_not_loaded_is_named() {
        let ctx = RunContext::without_encoder();
        let e = ctx
            .ranking_context(Backbone::EfficientNetLite2)
            .err()
            .expect("no ranking encoder")
            .to_string();
        assert!(
            e.contains("ke ranks transforms with efficientnet-lite2, and no ranking encoder")
                && e.contains("pass --rank-backbone efficientnet-lite2"),
            "{e}"
        );
    }

    pub(super) fn file_sample(name: &str) -> Sample {
        Sample {
            id: name.into(),
            image: swan_data::ImageRef::File(name.into()),
            class: None,
            label: swan_data::Label::Unknown,
            split: None,
            attributes: Default::default(),
        }
    }

    #[test]
    fn maps_sum_patch_by_patch_and_parts_must_agree_on_them() {
        let map = |name: &str, values: Vec<f32>| ScoreMap {
            name: name.into(),
            shape: [1, 2],
            values,
        };
        let heads = [
            map("seen", vec![1.0, 0.0, 2.0, 3.0]),
            map("pseudo", vec![0.5, 0.5, 0.0, 1.0]),
        ];
        let total = ScoreMap::total(&heads).unwrap();
        assert_eq!(total.values, [1.5, 0.5, 2.0, 4.0]);
        assert_eq!(total.image(1), [2.0, 4.0]);
        assert_eq!(
            ScoreMap::describe_total(&heads),
            "the seen + pseudo heads' patch scores"
        );
        assert_eq!(
            ScoreMap::describe_total(&heads[..1]),
            "the seen head's patch scores"
        );
        assert_eq!(ScoreMap::scale(&total.values), 4.0);
        assert_eq!(
            ScoreMap::scale(&[0.0, f32::NAN]),
            1.0,
            "nothing above 0: a unit scale"
        );
        assert!(ScoreMap::total(&[]).is_none());
        let odd = ScoreMap {
            shape: [2, 1],
            ..heads[1].clone()
        };
        assert!(ScoreMap::total(&[heads[0].clone(), odd]).is_none());
        // Parts of a list append their maps; parts with other maps are an error.
        let part = |values: Vec<f32>| Scored {
            scores: vec![0.0; values.len() / 2],
            kept: vec![true; values.len() / 2],
            maps: vec![map("seen", values)],
            ..Scored::default()
        };
        let mut all = part(vec![1.0, 2.0]);
        all.append(part(vec![3.0, 4.0])).unwrap();
        assert_eq!(all.maps[0].values, [1.0, 2.0, 3.0, 4.0]);
        let other = Scored {
            maps: vec![map("pseudo", vec![0.0, 0.0])],
            ..part(vec![0.0, 0.0])
        };
        assert!(all.append(other).is_err());
    }

    #[test]
    fn a_context_that_does_not_keep_features_drops_the_table_it_hands_over() {
        let mut ctx = RunContext::without_encoder();
        let key = FeatureKey {
            tap: Tap::Pooled,
            size: None,
            maps: false,
        };
        let samples: Vec<Sample> = ["a", "b", "c"].map(file_sample).to_vec();
        ctx.tables.insert(key, table::tests::table());
        let kept = ctx.embed_once(&samples, Tap::Pooled).unwrap();
        assert!(ctx.tables.contains_key(&key), "kept by default");
        ctx.keep_features = false;
        let moved = ctx.embed_once(&samples, Tap::Pooled).unwrap();
        assert_eq!(kept.matrix, moved.matrix);
        assert!(!ctx.tables.contains_key(&key));
    }

    #[test]
    fn feature_maps_are_average_pooled() {
        let t = RawTensor::new(vec![1, 2, 1, 2], vec![1.0, 3.0, 10.0, 20.0]);
        assert_eq!(pooled_rows(&t), vec![vec![2.0, 15.0]]);
    }

    #[test]
    fn kept_samples_keeps_the_readable_ones_in_order_or_says_how_few() {
        let samples: Vec<Sample> = (0..4)
            .map(|i| Sample::encoded(format!("{i}.png"), vec![i]))
            .collect();
        let kept = kept_samples(&samples, &[true, false, true, true], 2).unwrap();
        let ids: Vec<&str> = kept.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["0.png", "2.png", "3.png"]);
        match kept_samples(&samples, &[false, false, true, false], 2) {
            Err(MethodError::TooFewTrainingImages {
                readable,
                needs,
                skipped,
            }) => assert_eq!((readable, needs, skipped), (1, 2, 3)),
            other => panic!("{other:?}"),
        }
    }
}
