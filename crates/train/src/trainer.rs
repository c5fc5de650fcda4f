//! The training loop every trained method shares: seeded batches from worker threads, a
//! learning-rate schedule, an optimiser step per batch, a per-epoch JSON-lines log, progress
//! (loss, learning rate, images/s), atomic checkpoints every N epochs, and exact `--resume`.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use burn::module::Module;
use burn::tensor::{Device, Tensor, TensorData};

use crate::TrainError;
use crate::checkpoint::{CHECKPOINT_FORMAT_VERSION, Checkpoint, CheckpointHeader};
use crate::loader::{BatchSource, HostBatch, HostTensor, LoaderConfig, epoch_batches};
use crate::optim::{Optimizer, OptimizerConfig};
use crate::params::{assign_named, named_tensors};
use crate::schedule::Schedule;

/// How to train (what is trained is the [`Task`]'s business).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct TrainConfig {
    /// Passes over the training items.
    pub epochs: usize,
    /// Items per batch (the last incomplete batch is dropped when there is a full one).
    pub batch_size: usize,
    /// The update rule.
    pub optimizer: OptimizerConfig,
    /// The learning rate over the run.
    pub schedule: Schedule,
    /// Seed of the initialisation, the order and every augmentation.
    pub seed: u64,
    /// Augmentation worker threads.
    #[serde(default = "default_workers")]
    pub workers: usize,
}

fn default_workers() -> usize {
    1
}

/// Where a run writes, and how it reports. Not part of what a resume must match.
#[derive(Clone, Debug, Default)]
pub struct RunFiles {
    /// Checkpoint file (rewritten in place, atomically).
    pub checkpoint: Option<PathBuf>,
    /// Write a checkpoint every this many epochs (and after the last).
    pub checkpoint_every: usize,
    /// Start from the checkpoint file if it exists.
    pub resume: bool,
    /// JSON-lines log, one object per epoch.
    pub log: Option<PathBuf>,
    /// Show a progress bar (loss, learning rate, images/s).
    pub progress: bool,
    /// Stop (after checkpointing) once this many epochs are done — an interruption, for tests
    /// and for splitting a long run over sessions.
    pub stop_after: Option<usize>,
}

/// The loss of one batch and named scalar metrics (averaged over the epoch in the log).
pub struct StepLoss {
    /// The loss to minimise, `[1]`.
    pub loss: Tensor<1>,
    /// Named `[1]` diagnostics (e.g. SimSiam's embedding std).
    pub metrics: Vec<(&'static str, Tensor<1>)>,
}

/// A model and how one batch turns into a loss.
pub trait Task {
    /// The network trained.
    type Model: Module;

    /// Loss of one batch (on the autodiff device) and named scalar metrics to average.
    fn loss(&self, model: &Self::Model, batch: Batch) -> Result<StepLoss, TrainError>;

    /// Called after each optimiser step (`step` counts from 1), e.g. for a momentum target.
    fn after_step(&self, model: Self::Model, _step: usize, _total: usize) -> Self::Model {
        model
    }

    /// Diagnostics at the end of an epoch, logged with it.
    fn epoch_end(
        &self,
        _model: &Self::Model,
        _epoch: usize,
    ) -> Result<Vec<(&'static str, f64)>, TrainError> {
        Ok(Vec::new())
    }
}

/// A batch on the device.
pub struct Batch {
    /// The batch's image tensors, `[n, c, h, w]` each.
    pub views: Vec<Tensor<4>>,
    /// Dataset indices of the rows.
    pub indices: Vec<usize>,
}

impl Batch {
    /// Moves a batch made on the host onto `device`.
    pub fn to_device(host: HostBatch, device: &Device) -> Self {
        let views = host
            .views
            .into_iter()
            .map(|HostTensor { shape, data }| {
                Tensor::from_data(TensorData::new(data, shape), device)
            })
            .collect();
        Self {
            views,
            indices: host.indices,
        }
    }

    /// Number of items in the batch.
    pub fn rows(&self) -> usize {
        self.indices.len()
    }
}

/// One epoch's line of the log.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct EpochLog {
    /// The epoch, counted from 0.
    pub epoch: usize,
    /// Mean loss over its batches.
    pub loss: f64,
    /// Learning rate at its last step.
    pub lr: f64,
    /// Mean global gradient norm (before clipping).
    pub grad_norm: f64,
    /// Training items per second.
    pub images_per_s: f64,
    /// Wall time of the epoch.
    pub seconds: f64,
    /// The task's metrics averaged over the epoch, and its end-of-epoch diagnostics.
    #[serde(flatten)]
    pub metrics: serde_json::Map<String, serde_json::Value>,
}

/// What a finished (or stopped) run did.
#[derive(Clone, Debug)]
pub struct TrainSummary {
    /// Epochs finished, including those of a resumed checkpoint.
    pub epochs_done: usize,
    /// Optimiser steps taken in all.
    pub steps: u64,
    /// The epochs run in this call.
    pub log: Vec<EpochLog>,
    /// Wall time of this call.
    pub seconds: f64,
    /// The epoch the run resumed after, if it did.
    pub resumed_from: Option<usize>,
}

/// Trains `model` with `task` on `source`. `run` identifies the configuration (the caller's
/// method parameters and data fingerprint); a checkpoint made under another `run` is refused.
pub fn train<T: Task>(
    task: &T,
    model: T::Model,
    source: Arc<dyn BatchSource>,
    cfg: &TrainConfig,
    files: &RunFiles,
    run: serde_json::Value,
    device: &Device,
) -> Result<(T::Model, TrainSummary), TrainError> {
    if cfg.batch_size == 0 || cfg.epochs == 0 {
        return Err(TrainError::Config(
            "epochs and batch size must be at least 1".into(),
        ));
    }
    let loader = LoaderConfig {
        batch_size: cfg.batch_size,
        drop_last: source.len() >= cfg.batch_size,
        workers: cfg.workers.max(1),
        prefetch: 2 * cfg.workers.max(1),
        seed: cfg.seed,
    };
    let steps_per_epoch = loader.batches_per_epoch(source.len());
    if steps_per_epoch == 0 {
        return Err(TrainError::Data("no training items".into()));
    }
    let total_steps = steps_per_epoch * cfg.epochs;
    // What a resume must match: everything that changes the result (not the worker count).
    let identity = TrainConfig {
        workers: 0,
        ..cfg.clone()
    };
    // Compared with the checkpoint's copy exactly: the workspace's serde_json reads floats
    // back to the bits they were written from (`float_roundtrip`).
    let run = serde_json::json!({ "train": identity, "run": run });

    let mut model = model;
    let mut opt = cfg.optimizer.init();
    let mut start_epoch = 0;
    let mut resumed_from = None;
    let mut history: Vec<EpochLog> = Vec::new();
    if files.resume
        && let Some(path) = &files.checkpoint
        && path.exists()
    {
        let mut ck = Checkpoint::read(path)?;
        // Checkpoints written before the worker count left the identity still carry it.
        if let Some(w) = ck.header.run.pointer_mut("/train/workers") {
            *w = serde_json::json!(0);
        }
        if ck.header.run != run {
            return Err(TrainError::CheckpointFile {
                path: path.clone(),
                reason: "was written by a run with another configuration or data; \
                         delete it or drop --resume"
                    .into(),
            });
        }
        model = assign_named(model, &ck.model)?;
        opt = Optimizer::import(&cfg.optimizer, &ck.optimizer, ck.header.steps, device)?;
        start_epoch = ck.header.epochs_done;
        resumed_from = Some(start_epoch);
        tracing::info!("resuming from {} after epoch {start_epoch}", path.display());
    }
    if let Some(log) = &files.log {
        history = read_log(log)
            .into_iter()
            .filter(|l| l.epoch < start_epoch)
            .collect();
        rewrite_log(log, &history)?;
    }

    let end_epoch = files
        .stop_after
        .map_or(cfg.epochs, |s| s.clamp(start_epoch, cfg.epochs));
    let bar = if files.progress {
        let bar = indicatif::ProgressBar::new(total_steps as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} train [{bar:30}] {pos}/{len} steps {msg} ({eta} left)",
            )
            .expect("valid template")
            .progress_chars("=> "),
        );
        bar.set_position((start_epoch * steps_per_epoch) as u64);
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let started = Instant::now();
    // The loss of the run's first step (this process's, after a resume), for the divergence
    // warning; warned once.
    let (mut first_loss, mut warned) = (None, false);
    for epoch in start_epoch..end_epoch {
        let t0 = Instant::now();
        let (mut loss_sum, mut norm_sum, mut images, mut lr) = (0.0, 0.0, 0usize, 0.0);
        let mut metric_sums: Vec<(&'static str, f64)> = Vec::new();
        for (b, host) in epoch_batches(Arc::clone(&source), loader, epoch).enumerate() {
            let batch = Batch::to_device(host?, device);
            let rows = batch.rows();
            let step = epoch * steps_per_epoch + b;
            lr = cfg.schedule.lr(step, steps_per_epoch, cfg.epochs);
            let StepLoss { loss, metrics } = task.loss(&model, batch)?;
            let grads = loss.backward();
            let loss_v = loss.into_scalar::<f32>() as f64;
            if !loss_v.is_finite() {
                return Err(TrainError::NonFinite(format!(
                    "loss is {loss_v} at epoch {} step {}",
                    epoch + 1,
                    b + 1
                )));
            }
            first_loss.get_or_insert(loss_v);
            let (m, info) = opt.step(model, &grads, lr)?;
            model = task.after_step(m, step + 1, total_steps);
            loss_sum += loss_v;
            norm_sum += info.grad_norm;
            images += rows;
            for (i, (name, t)) in metrics.into_iter().enumerate() {
                let v = t.into_scalar::<f32>() as f64;
                match metric_sums.get_mut(i) {
                    Some(slot) => slot.1 += v,
                    None => metric_sums.push((name, v)),
                }
            }
            let rate = images as f64 / t0.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "epoch {}/{} loss {:.4} lr {lr:.2e} {rate:.0} img/s",
                epoch + 1,
                cfg.epochs,
                loss_sum / (b + 1) as f64
            ));
            bar.inc(1);
        }
        let steps = steps_per_epoch as f64;
        let mut metrics = serde_json::Map::new();
        for (name, sum) in metric_sums {
            metrics.insert(name.into(), (sum / steps).into());
        }
        for (name, v) in task.epoch_end(&model, epoch)? {
            metrics.insert(name.into(), v.into());
        }
        let seconds = t0.elapsed().as_secs_f64();
        let line = EpochLog {
            epoch,
            loss: loss_sum / steps,
            lr,
            grad_norm: norm_sum / steps,
            images_per_s: images as f64 / seconds.max(1e-9),
            seconds,
            metrics,
        };
        tracing::info!(
            "epoch {}/{}: loss {:.4}, {:.0} img/s",
            epoch + 1,
            cfg.epochs,
            line.loss,
            line.images_per_s
        );
        if let Some(first) = first_loss
            && !warned
            && diverging(first, line.loss)
        {
            warned = true;
            bar.suspend(|| {
                tracing::warn!(
                    "epoch {}/{}: mean loss {:.4} is more than {DIVERGENCE_FACTOR}× the first \
                     step's ({first:.4}): training may be diverging (a lower learning rate?)",
                    epoch + 1,
                    cfg.epochs,
                    line.loss,
                )
            });
        }
        if let Some(log) = &files.log {
            append_log(log, &line)?;
        }
        history.push(line);
        let done = epoch + 1;
        if let Some(path) = &files.checkpoint
            && (done == end_epoch
                || (files.checkpoint_every > 0 && done % files.checkpoint_every == 0))
        {
            let (optimizer, steps) = opt.export();
            Checkpoint {
                header: CheckpointHeader {
                    format_version: CHECKPOINT_FORMAT_VERSION,
                    epochs_done: done,
                    steps,
                    run: run.clone(),
                },
                model: named_tensors(&model),
                optimizer,
            }
            .write(path)?;
        }
    }
    bar.finish_and_clear();
    Ok((
        model,
        TrainSummary {
            epochs_done: end_epoch,
            steps: opt.steps(),
            log: history,
            seconds: started.elapsed().as_secs_f64(),
            resumed_from,
        },
    ))
}

/// An epoch whose mean loss exceeds this multiple of the first step's loss draws a warning.
const DIVERGENCE_FACTOR: f64 = 10.0;

/// Whether an epoch's mean loss suggests divergence: more than [`DIVERGENCE_FACTOR`] times
/// the first step's loss. Only for losses that start positive (a SimSiam loss starts near 0
/// and goes negative: a ratio says nothing there).
fn diverging(first: f64, epoch_mean: f64) -> bool {
    first > 1e-3 && epoch_mean > DIVERGENCE_FACTOR * first
}

fn read_log(path: &std::path::Path) -> Vec<EpochLog> {
    std::fs::read_to_string(path)
        .map(|s| {
            s.lines()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect()
        })
        .unwrap_or_default()
}

fn rewrite_log(path: &std::path::Path, lines: &[EpochLog]) -> Result<(), TrainError> {
    let mut text = String::new();
    for l in lines {
        text.push_str(&serde_json::to_string(l).expect("log line serialises"));
        text.push('\n');
    }
    swan_data::write_atomic(path, text.as_bytes())?;
    Ok(())
}

fn append_log(path: &std::path::Path, line: &EpochLog) -> Result<(), TrainError> {
    let io = |cause| TrainError::Io {
        path: path.into(),
        cause,
    };
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(io)?;
    writeln!(
        f,
        "{}",
        serde_json::to_string(line).expect("log line serialises")
    )
    .map_err(io)
}

#[cfg(test)]
mod tests {
    use super::diverging;

    #[test]
    fn divergence_is_a_tenfold_rise_of_a_positive_loss() {
        // ADRA at the transfer paper's learning rate: BCE 0.69 at the first step, 85 on the
        // epoch's mean.
        assert!(diverging(0.69, 85.3));
        // ADIB with Ω: the penalty grows while the weights move, 2.5×.
        assert!(!diverging(0.69, 1.75));
        assert!(!diverging(0.69, 6.8));
        // Losses that start near zero or below (SimSiam's −cos) are not judged.
        assert!(!diverging(-0.01, 5.0));
        assert!(!diverging(0.0, 1.0));
    }
}
