use std::sync::Arc;

use swan_score::{Matrix, ScorerConfig};
use swan_train::TrainError;
use swan_train::optim::OptimizerConfig;
use swan_train::resnet::ResNetConfig;
use swan_train::schedule::Schedule;
use swan_train::ssl::{Objective, SslConfig};
use swan_train::trainer::{Batch, StepLoss, Task, TrainConfig};

use super::augment::{ImageBank, TwoViews};
use super::model::{Nsa, embed_stages, load_training_bank};
use crate::{FitRecord, MethodError, RunContext, TrainData, Uses};
use swan_transform::augment::SslAugment;

/// Hyper-parameters of NSA.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NsaParams {
    /// SimSiam, SimCLR or BYOL.
    pub objective: Objective,
    /// l2-normalise the encoder output before the projector (NSA).
    pub normalize_encoder: bool,
    /// Differentiable l2-normalisation of the projection (NSA).
    pub normalize_projection: bool,
    /// ResNet-18 width multiplier (1.0 = 64..512 channels).
    pub width: f32,
    /// Training resolution (square).
    pub image_size: usize,
    /// Hidden and output width of the projector.
    pub proj_dim: usize,
    /// Bottleneck width of the predictor.
    pub pred_hidden: usize,
    /// Training epochs.
    pub epochs: usize,
    /// Images per batch (each through two views).
    pub batch_size: usize,
    /// SGD learning rate at batch 256 (scaled linearly with the batch, as SimSiam does).
    pub lr: f64,
    /// SGD momentum.
    pub momentum: f64,
    /// SGD weight decay.
    pub weight_decay: f64,
    /// Epochs of linear warm-up before the cosine decay.
    pub warmup_epochs: usize,
    /// The views' augmentation.
    pub augment: SslAugment,
    /// Scorer on the stage embeddings (k-Cos by default).
    pub scorer: ScorerConfig,
    /// Encoder stages (1..=4) scored and ensembled; `[4]` = the final embedding only.
    pub layers: Vec<usize>,
    /// Score the l2-normalised (true) or the raw (false) stage embeddings; unset = as the
    /// projector sees them (`normalize_encoder`). An analysis switch: it separates what the
    /// normalisation does to training from what it does to the scored embedding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_normalized: Option<bool>,
    /// Low-pass filter images larger than `image_size` as they shrink (`--antialias`; see
    /// `swan_data::resize_bilinear_antialias`). Off, and absent from the JSON, by default.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub antialias: bool,
}

impl Default for NsaParams {
    fn default() -> Self {
        Self {
            objective: Objective::SimSiam,
            normalize_encoder: true,
            normalize_projection: true,
            width: 1.0,
            image_size: 32,
            proj_dim: 2048,
            pred_hidden: 512,
            epochs: 50,
            batch_size: 128,
            lr: 0.05,
            momentum: 0.9,
            weight_decay: 5e-4,
            warmup_epochs: 0,
            augment: SslAugment::default(),
            scorer: ScorerConfig::KCos,
            layers: vec![4],
            score_normalized: None,
            antialias: false,
        }
    }
}

impl NsaParams {
    /// NSA learns from normal images only (polluted or not).
    pub const USES: Uses = Uses {
        labelled_anomalies: false,
        outlier_exposure: false,
        nuisance: false,
    };

    /// Checks every rule of the hyper-parameters (ranges, sizes that fit together).
    pub fn check(&self) -> Result<(), MethodError> {
        let bad = |m: String| Err(MethodError::Params(format!("nsa: {m}")));
        if self.epochs == 0 || self.batch_size < 2 {
            return bad(format!(
                "epochs must be ≥ 1 and batch_size (--train-batch) ≥ 2 (batch-norm needs two \
                 rows), got {} and {}",
                self.epochs, self.batch_size
            ));
        }
        if !(self.width > 0.0 && self.width <= 4.0) {
            return bad(format!("width must be in (0, 4], got {}", self.width));
        }
        if self.image_size < 8 {
            return bad(format!("image_size must be ≥ 8, got {}", self.image_size));
        }
        if self.layers.is_empty() || self.layers.iter().any(|l| !(1..=4).contains(l)) {
            return bad(format!(
                "layers must be a non-empty subset of 1..=4, got {:?}",
                self.layers
            ));
        }
        if !crate::positive(self.lr) {
            return bad(format!("lr must be a positive number, got {}", self.lr));
        }
        if !(0.0..1.0).contains(&self.momentum)
            || !(0.0..f64::INFINITY).contains(&self.weight_decay)
        {
            return bad(format!(
                "momentum must be in [0, 1) and weight_decay ≥ 0, got {} and {}",
                self.momentum, self.weight_decay
            ));
        }
        if self.proj_dim == 0 || self.pred_hidden == 0 {
            return bad(format!(
                "proj_dim and pred_hidden must be ≥ 1, got {} and {}",
                self.proj_dim, self.pred_hidden
            ));
        }
        if let Objective::SimClr { temperature, .. } = self.objective
            && temperature <= 0.0
        {
            return bad("temperature must be > 0".into());
        }
        Ok(())
    }

    /// The network and objective trained.
    pub fn ssl_config(&self) -> SslConfig {
        SslConfig {
            backbone: ResNetConfig {
                width: self.width,
                in_channels: 3,
            },
            objective: self.objective,
            proj_dim: self.proj_dim,
            pred_hidden: self.pred_hidden,
            normalize_encoder: self.normalize_encoder,
            normalize_projection: self.normalize_projection,
        }
    }

    /// Whether the scored embeddings are l2-normalised.
    pub fn scores_normalized(&self) -> bool {
        self.score_normalized.unwrap_or(self.normalize_encoder)
    }

    /// The training engine's configuration of these hyper-parameters.
    pub fn train_config(&self, seed: u64, workers: usize) -> TrainConfig {
        TrainConfig {
            epochs: self.epochs,
            batch_size: self.batch_size,
            optimizer: OptimizerConfig::sgd(self.momentum, self.weight_decay),
            schedule: Schedule::cosine(
                self.lr * self.batch_size as f64 / 256.0,
                self.warmup_epochs,
            ),
            seed,
            workers,
        }
    }

    /// What identifies a training run (the scorer is not part of it: rescoring a trained
    /// network with another scorer resumes from its checkpoint).
    fn run_identity(&self, fingerprint: &str) -> serde_json::Value {
        let mut p = self.clone();
        p.scorer = ScorerConfig::KCos;
        p.layers = vec![4];
        p.score_normalized = None;
        serde_json::json!({ "method": "nsa", "params": p, "data": fingerprint })
    }

    /// Trains the network from scratch on the normal images (or resumes its checkpoint) and
    /// fits the scorer on their embeddings.
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Nsa, MethodError> {
        self.check()?;
        data.check_against("nsa", Self::USES)?;
        let (bank, kept, skipped) =
            load_training_bank(&data.normal, self.image_size, self.antialias, ctx.progress)?;
        let bank = Arc::new(bank);
        let fingerprint = swan_data::fingerprint_samples(&data.normal);
        let device = swan_train::default_device();
        let cfg = self.ssl_config();
        let net = cfg.init_seeded(&device, ctx.seed);
        let task = SslTask {
            cfg: cfg.clone(),
            bank: Arc::clone(&bank),
            probe: probe_rows(bank.len()),
        };
        let source = Arc::new(TwoViews {
            bank: Arc::clone(&bank),
            augment: self.augment,
        });
        let (net, summary) = ctx.train(
            &task,
            net,
            source,
            &self.train_config(ctx.seed, ctx.train.workers),
            self.run_identity(&fingerprint),
            &device,
        )?;
        Nsa::from_trained(
            self.clone(),
            net,
            &bank,
            FitRecord {
                data_fingerprint: fingerprint,
                n_train: bank.len(),
                log: summary.log,
                skipped,
                // The scorers' training rows are the readable images, in order.
                train_ids: data
                    .normal
                    .iter()
                    .zip(&kept)
                    .filter(|(_, k)| **k)
                    .map(|(s, _)| s.id.clone())
                    .collect(),
                calibration: None,
            },
            ctx,
        )
    }
}

/// At most 512 evenly spaced training rows for the per-epoch diagnostics.
fn probe_rows(n: usize) -> Vec<usize> {
    let step = n.div_ceil(512).max(1);
    (0..n).step_by(step).collect()
}

struct SslTask {
    cfg: SslConfig,
    bank: Arc<ImageBank>,
    probe: Vec<usize>,
}

impl Task for SslTask {
    type Model = swan_train::ssl::SslNet;

    fn loss(&self, model: &Self::Model, mut batch: Batch) -> Result<StepLoss, TrainError> {
        let two = || TrainError::Data("a batch without its two views".into());
        let v2 = batch.views.pop().ok_or_else(two)?;
        let v1 = batch.views.pop().ok_or_else(two)?;
        let out = model.step(&self.cfg, v1, v2);
        Ok(StepLoss {
            loss: out.loss,
            metrics: vec![("embedding_std", out.embedding_std)],
        })
    }

    fn after_step(&self, model: Self::Model, step: usize, total: usize) -> Self::Model {
        model.after_step(&self.cfg, step, total)
    }

    fn epoch_end(
        &self,
        model: &Self::Model,
        epoch: usize,
    ) -> Result<Vec<(&'static str, f64)>, swan_train::TrainError> {
        use burn::module::Module;
        let valid = model.valid();
        let rows: Vec<f32> = self
            .probe
            .iter()
            .flat_map(|&i| self.bank.image(i).to_vec())
            .collect();
        let probe = ImageBank {
            size: self.bank.size,
            data: rows,
        };
        let feats =
            embed_stages(&valid, &probe, &[4], 256, self.cfg.normalize_encoder).map_err(|_| {
                swan_train::TrainError::NonFinite(format!(
                    "the encoder's embeddings after epoch {} hold NaN or infinite values (a \
                     lower --lr?)",
                    epoch + 1
                ))
            })?;
        let m: &Matrix = &feats[0];
        let d = m.cols();
        Ok(vec![
            (
                "vmf_kappa",
                swan_train::diagnostics::vmf_kappa(m.as_slice(), d),
            ),
            (
                "mmd_uniform",
                swan_train::diagnostics::mmd_to_uniform(m.as_slice(), d, 512, epoch as u64),
            ),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(p: NsaParams, says: &str) {
        let e = p.check().unwrap_err().to_string();
        assert!(e.contains(says), "{e}");
    }

    #[test]
    fn defaults_are_valid() {
        NsaParams::default().check().unwrap();
    }

    #[test]
    fn learning_rate_must_be_a_positive_number() {
        for lr in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            refused(
                NsaParams {
                    lr,
                    ..NsaParams::default()
                },
                "lr must be a positive number",
            );
        }
    }

    #[test]
    fn momentum_and_weight_decay_must_be_in_range() {
        refused(
            NsaParams {
                momentum: 1.0,
                ..NsaParams::default()
            },
            "momentum must be in [0, 1)",
        );
        refused(
            NsaParams {
                weight_decay: -1e-4,
                ..NsaParams::default()
            },
            "weight_decay ≥ 0",
        );
    }

    #[test]
    fn projector_widths_cannot_be_zero() {
        refused(
            NsaParams {
                proj_dim: 0,
                ..NsaParams::default()
            },
            "proj_dim and pred_hidden must be ≥ 1",
        );
        refused(
            NsaParams {
                pred_hidden: 0,
                ..NsaParams::default()
            },
            "proj_dim and pred_hidden must be ≥ 1",
        );
    }
}
