use std::sync::Arc;

use burn::tensor::Tensor;
use swan_data::{ImageRef, Sample};
use swan_encoder::{Backbone, Tap};
use swan_train::TrainError;
use swan_train::loader::{draw, mix};
use swan_train::optim::OptimizerConfig;
use swan_train::schedule::{Decay, Schedule};
use swan_train::trainer::{Batch, StepLoss, Task, TrainConfig};
use swan_transform::synth::CutMixView;

use super::heads::{DraNet, Head, HeadScores, deviation_loss, masked_mean};
use super::model::Dra;
use super::source::{DraBatches, Layout, LevelMaps};
use crate::tail::Tail;
use crate::{FitRecord, MethodError, RunContext, Skipped, TrainData, Uses};
use swan_encoder::efficientnet_lite::{BatchNormMode, load_lite};

/// Hyper-parameters of DRA (and of its DevNet baseline, [`DraParams::devnet`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DraParams {
    /// Heads trained and summed into the score (ablations drop some).
    pub heads: Vec<Head>,
    /// Encoder tap of the shared feature map `M_x`. `None` (default): the backbone's last
    /// MBConv block (Lite0 `block15`, 320 channels; Lite1 and Lite2 `block20`, 320 and 352
    /// channels), resolved when the detector is fitted and stored in its model file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tap: Option<Tap>,
    /// Trainable last stages: the encoder's blocks after this tap, up to `tap`, are
    /// fine-tuned from their pretrained weights (batch-norm folded) together with the heads,
    /// on activations at this tap cached once. `None` (default): the backbone is frozen and
    /// the maps at `tap` are cached (the CPU tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub train_from: Option<Tap>,
    /// Image pyramid: the input, then ½-size copies (2 = DRA's two levels).
    pub pyramid_levels: usize,
    /// K of the top-K MIL as a fraction of the patches (at least one patch).
    pub top_k_ratio: f64,
    /// Deviation-loss margin `a`.
    pub margin: f64,
    /// Hidden width of the normality head.
    pub normality_hidden: usize,
    /// Reference normals per step (and in the stored reference set) for the residual head.
    pub references: usize,
    /// Normal images (or their pseudo-anomalies) per training batch.
    pub normal_slots: usize,
    /// Labelled anomalies per training batch (drawn with repeats).
    pub anomaly_slots: usize,
    /// Probability that a normal slot is replaced by a CutMix pseudo-anomaly of it.
    pub pseudo_probability: f64,
    /// CutMix copies drawn (once, seeded) and encoded per normal image.
    pub pseudo_copies: usize,
    /// Training epochs.
    pub epochs: usize,
    /// Batches per epoch (DRA samples its batches rather than passing over the data).
    pub steps_per_epoch: usize,
    /// Adam learning rate (the paper's code: 1e-3).
    pub lr: f64,
    /// Adam L2 weight decay (the paper's code: 1e-2).
    pub weight_decay: f64,
    /// The learning rate is multiplied by `lr_gamma` every `lr_step_epochs` epochs.
    pub lr_step_epochs: usize,
    /// The step decay's factor.
    pub lr_gamma: f64,
    /// Global gradient-norm clipping.
    pub clip_grad_norm: f64,
}

impl Default for DraParams {
    fn default() -> Self {
        Self {
            heads: Head::ALL.to_vec(),
            tap: None,
            train_from: None,
            pyramid_levels: 2,
            top_k_ratio: 0.1,
            margin: 5.0,
            normality_hidden: 256,
            references: 5,
            normal_slots: 32,
            anomaly_slots: 16,
            pseudo_probability: 0.5,
            pseudo_copies: 2,
            epochs: 30,
            steps_per_epoch: 20,
            lr: 2e-4,
            weight_decay: 1e-5,
            lr_step_epochs: 10,
            lr_gamma: 0.1,
            clip_grad_norm: 1.0,
        }
    }
}

impl DraParams {
    /// DRA learns from normal images and a few labelled anomalies.
    pub const USES: Uses = Uses {
        labelled_anomalies: true,
        outlier_exposure: false,
        nuisance: false,
    };

    /// The DevNet baseline: the seen head alone on one level, 24 normal + 24 seen slots,
    /// 50 × 20 steps, no pseudo-anomalies.
    pub fn devnet() -> Self {
        Self {
            heads: vec![Head::Seen],
            pyramid_levels: 1,
            references: 0,
            normal_slots: 24,
            anomaly_slots: 24,
            pseudo_probability: 0.0,
            pseudo_copies: 0,
            epochs: 50,
            ..Self::default()
        }
    }

    /// The optimiser of the DRA authors' code (Adam 1e-3, weight decay 1e-2).
    pub fn paper_optimizer(self) -> Self {
        Self {
            lr: 1e-3,
            weight_decay: 1e-2,
            ..self
        }
    }

    /// The tap of `M_x` on `backbone`: `tap`, or the backbone's last block when unset.
    pub fn tap_on(&self, backbone: Backbone) -> Tap {
        self.tap.unwrap_or_else(|| backbone.last_block())
    }

    /// These parameters with the tap fixed for `backbone` (what a fitted model stores).
    pub fn resolved(&self, backbone: Backbone) -> Self {
        Self {
            tap: Some(self.tap_on(backbone)),
            ..self.clone()
        }
    }

    /// The tap whose maps are cached: `train_from` when the last stages train, else the tap
    /// of `M_x` ([`Self::tap_on`]).
    pub fn input_tap(&self, backbone: Backbone) -> Tap {
        self.train_from.unwrap_or(self.tap_on(backbone))
    }

    /// Whether the configuration has `head`.
    pub fn has(&self, head: Head) -> bool {
        self.heads.contains(&head)
    }

    fn uses_pseudo(&self) -> bool {
        self.has(Head::Pseudo) && self.pseudo_probability > 0.0 && self.pseudo_copies > 0
    }

    /// Checks every rule of the hyper-parameters (ranges, sizes that fit together).
    pub fn check(&self) -> Result<(), MethodError> {
        let bad = |m: String| Err(MethodError::Params(format!("dra: {m}")));
        if self.heads.is_empty() {
            return bad("at least one head is needed".into());
        }
        let mut h = self.heads.clone();
        h.sort_by_key(|h| *h as u8);
        h.dedup();
        if h.len() != self.heads.len() {
            return bad(format!("heads listed twice: {:?}", self.heads));
        }
        if self.pyramid_levels == 0 || self.pyramid_levels > 4 {
            return bad(format!(
                "pyramid_levels must be 1..=4, got {}",
                self.pyramid_levels
            ));
        }
        if !(self.top_k_ratio > 0.0 && self.top_k_ratio <= 1.0) {
            return bad(format!(
                "top_k_ratio must be in (0, 1], got {}",
                self.top_k_ratio
            ));
        }
        if !(0.0..=1.0).contains(&self.pseudo_probability) {
            return bad("pseudo_probability must be in [0, 1]".into());
        }
        if self.has(Head::Residual) && self.references == 0 {
            return bad("the residual head needs references ≥ 1".into());
        }
        if self.epochs == 0 || self.steps_per_epoch == 0 || self.normal_slots == 0 {
            return bad(format!(
                "epochs, steps_per_epoch and normal_slots must be ≥ 1, got {}, {} and {}",
                self.epochs, self.steps_per_epoch, self.normal_slots
            ));
        }
        if self.has(Head::Residual) && self.normal_slots + self.anomaly_slots < 2 {
            return bad("batch-norm in the residual head needs two rows per step".into());
        }
        if let (Some(from), Some(tap)) = (self.train_from, self.tap) {
            let ok = match (from, tap) {
                (Tap::Stem, Tap::Block(_) | Tap::Head) => true,
                (Tap::Block(a), Tap::Block(b)) => a < b,
                (Tap::Block(_), Tap::Head) => true,
                _ => false,
            };
            if !ok {
                return bad(format!(
                    "train_from {from} must be the stem or a block before tap {tap}"
                ));
            }
        }
        if !crate::positive(self.lr)
            || !crate::positive(self.margin)
            || !(0.0..f64::INFINITY).contains(&self.weight_decay)
        {
            return bad("lr and margin must be > 0, weight_decay ≥ 0".into());
        }
        Ok(())
    }

    /// Input sizes of the pyramid levels, from the encoder's own size.
    pub fn level_sizes(&self, size: usize) -> Result<Vec<usize>, MethodError> {
        let sizes: Vec<usize> = (0..self.pyramid_levels).map(|l| size >> l).collect();
        if sizes.iter().any(|&s| s < 32) {
            return Err(MethodError::Params(format!(
                "dra: {} pyramid levels from {size} px go below the encoder's 32 px minimum; \
                 raise --image-size or lower pyramid_levels",
                self.pyramid_levels
            )));
        }
        Ok(sizes)
    }

    /// The training engine's configuration of these hyper-parameters.
    pub fn train_config(&self, seed: u64, workers: usize) -> TrainConfig {
        TrainConfig {
            epochs: self.epochs,
            batch_size: 1, // one item of the source is one step
            optimizer: OptimizerConfig::adam(0.9, 0.999, self.weight_decay)
                .with_clip(Some(self.clip_grad_norm)),
            schedule: Schedule {
                base_lr: self.lr,
                warmup_epochs: 0,
                decay: Decay::Step {
                    every_epochs: self.lr_step_epochs,
                    gamma: self.lr_gamma,
                },
            },
            seed,
            workers,
        }
    }

    /// Trains the heads (and the last stages with `train_from`) on cached feature maps of
    /// the normal images, their CutMix pseudo-anomalies and the labelled anomalies.
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Dra, MethodError> {
        let backbone = ctx.encoder()?.backbone();
        self.resolved(backbone).fit_resolved(backbone, data, ctx)
    }

    /// [`Self::fit`] with `tap` set.
    fn fit_resolved(
        &self,
        backbone: Backbone,
        data: &TrainData,
        ctx: &mut RunContext,
    ) -> Result<Dra, MethodError> {
        self.check()?;
        let method = if self.has(Head::Seen) && self.heads.len() == 1 {
            "devnet"
        } else {
            "dra"
        };
        data.check_against(method, Self::USES)?;
        if self.has(Head::Seen) && data.anomalies.is_empty() {
            return Err(MethodError::NeedsAnomalies { method });
        }
        let sizes = self.level_sizes(ctx.encoder()?.preprocess().size)?;
        let input_tap = self.input_tap(backbone);
        let spec = ctx.encoder_spec(input_tap)?;

        // Normal images, then their CutMix copies and the anomalies, at every level.
        let EmbeddedLevels {
            kept: normal,
            maps: normal_maps,
            mut skipped,
        } = embed_levels(ctx, &data.normal, input_tap, &sizes)?;
        if normal.len() < 2 || normal.len() < self.references {
            return Err(MethodError::TooFewTrainingImages {
                readable: normal.len(),
                needs: self.references.max(2),
                skipped: skipped.len(),
            });
        }
        let copies = if self.uses_pseudo() {
            self.pseudo_copies
        } else {
            0
        };
        let pseudo_samples = cutmix_samples(&normal, copies, ctx.seed);
        let pseudo = embed_levels(ctx, &pseudo_samples, input_tap, &sizes)?;
        let pseudo_maps = pseudo.maps;
        if pseudo.kept.len() != pseudo_samples.len() {
            return Err(MethodError::Params(
                "dra: a CutMix pseudo-anomaly of a readable image could not be encoded".into(),
            ));
        }
        let EmbeddedLevels {
            kept: anomalies,
            maps: anomaly_maps,
            skipped: bad,
        } = embed_levels(ctx, &data.anomalies, input_tap, &sizes)?;
        skipped.extend(bad);
        if self.has(Head::Seen) && anomalies.is_empty() {
            return Err(MethodError::NeedsAnomalies { method });
        }
        let levels: Vec<LevelMaps> = (0..sizes.len())
            .map(|l| LevelMaps {
                shape: normal_maps[l].0,
                normal: normal_maps[l].1.clone(),
                pseudo: pseudo_maps.get(l).map(|m| m.1.clone()).unwrap_or_default(),
                anomalies: anomaly_maps.get(l).map(|m| m.1.clone()).unwrap_or_default(),
            })
            .collect();
        let device = swan_train::default_device();
        let tail = match self.train_from {
            Some(from) => Some(Tail::between(
                load_lite(
                    &backbone.config(),
                    ctx.encoder()?.tensors(),
                    BatchNormMode::Fold,
                    &device,
                )?,
                from,
                self.tap_on(backbone),
            )?),
            None => None,
        };
        let channels = tail.as_ref().map_or(levels[0].shape[0], Tail::width);

        // The stored reference set: one seeded draw of normal images.
        let refs = if self.has(Head::Residual) {
            let picks = draw(
                normal.len(),
                self.references,
                &mut swan_transform::Rng::new(mix(ctx.seed, 0x0DA7_4EF5)),
            );
            levels
                .iter()
                .map(|lv| {
                    let d: usize = lv.shape.iter().product();
                    let mut v = Vec::with_capacity(picks.len() * d);
                    for &i in &picks {
                        v.extend_from_slice(&lv.normal[i * d..(i + 1) * d]);
                    }
                    let [c, h, w] = lv.shape;
                    swan_encoder::RawTensor::new(vec![picks.len(), c, h, w], v)
                })
                .collect()
        } else {
            Vec::new()
        };

        let source = Arc::new(DraBatches {
            n_normal: normal.len(),
            n_anomalies: anomalies.len(),
            levels,
            layout: Layout {
                steps_per_epoch: self.steps_per_epoch,
                references: if self.has(Head::Residual) {
                    self.references
                } else {
                    0
                },
                normal_slots: self.normal_slots,
                anomaly_slots: if anomalies.is_empty() {
                    0
                } else {
                    self.anomaly_slots
                },
                pseudo_probability: self.pseudo_probability,
                copies,
            },
        });
        let mut net = swan_train::params::seeded_init(
            DraNet::new(&self.heads, channels, self.normality_hidden, &device),
            ctx.seed,
        );
        // The last stages keep their pretrained weights.
        net.tail = tail;
        let mut all = data.normal.clone();
        all.extend(data.anomalies.iter().cloned());
        let fingerprint = swan_data::fingerprint_samples(&all);
        let task = DraTask {
            params: self.clone(),
            levels: sizes.len(),
        };
        let (net, summary) = ctx.train(
            &task,
            net,
            source,
            &self.train_config(ctx.seed, ctx.train.workers),
            serde_json::json!({ "method": method, "params": self, "data": fingerprint, "encoder": spec }),
            &device,
        )?;
        use burn::module::Module;
        Ok(Dra::new(
            self.clone(),
            net.valid(),
            refs,
            spec,
            anomalies.len(),
            FitRecord {
                data_fingerprint: fingerprint,
                n_train: normal.len(),
                log: summary.log,
                skipped,
                train_ids: Vec::new(),
                calibration: None,
            },
        ))
    }
}

/// Feature maps of one pyramid level: `[c, h, w]` and the rows.
pub(super) type LevelRows = ([usize; 3], Vec<f32>);

/// Samples encoded at every pyramid level.
pub(super) struct EmbeddedLevels {
    /// The samples readable at every level.
    pub kept: Vec<Sample>,
    /// Per level: the kept samples' maps, in their order.
    pub maps: Vec<LevelRows>,
    pub skipped: Vec<Skipped>,
}

/// Encodes `samples` at every level (input sizes `sizes`).
pub(super) fn embed_levels(
    ctx: &mut RunContext,
    samples: &[Sample],
    tap: Tap,
    sizes: &[usize],
) -> Result<EmbeddedLevels, MethodError> {
    let mut per_level = Vec::with_capacity(sizes.len());
    let mut kept = vec![true; samples.len()];
    let mut skipped = Vec::new();
    for (l, &size) in sizes.iter().enumerate() {
        let e = ctx.embed_maps(samples, tap, size)?;
        if l == 0 {
            skipped = e.skipped.clone();
        }
        for (k, &ek) in kept.iter_mut().zip(&e.kept) {
            *k &= ek;
        }
        per_level.push(e);
    }
    if !kept.contains(&true) {
        // No image to read, or none could be read: no maps (and no shape to give them).
        return Ok(EmbeddedLevels {
            kept: Vec::new(),
            maps: Vec::new(),
            skipped,
        });
    }
    let mut out = Vec::with_capacity(sizes.len());
    for e in per_level {
        let shape = e.map_shape.ok_or_else(|| {
            MethodError::Params(format!("dra: tap {tap} does not give a feature map"))
        })?;
        // Rows of this level belong to the samples it kept; keep those kept at every level.
        let d: usize = shape.iter().product();
        let mut rows = Vec::with_capacity(kept.iter().filter(|&&k| k).count() * d);
        let mut r = 0;
        for (i, &k_level) in e.kept.iter().enumerate() {
            if k_level {
                if kept[i] {
                    rows.extend_from_slice(e.matrix.row(r));
                }
                r += 1;
            }
        }
        out.push((shape, rows));
    }
    let samples_kept = samples
        .iter()
        .zip(&kept)
        .filter(|(_, k)| **k)
        .map(|(s, _)| s.clone())
        .collect();
    Ok(EmbeddedLevels {
        kept: samples_kept,
        maps: out,
        skipped,
    })
}

/// `copies` CutMix pseudo-anomalies of each sample, seeded by (seed, id, copy): sample
/// `i · copies + j` is copy `j` of sample `i`.
fn cutmix_samples(samples: &[Sample], copies: usize, seed: u64) -> Vec<Sample> {
    let mut out = Vec::with_capacity(samples.len() * copies);
    for s in samples {
        for j in 0..copies {
            let mut p = s.clone();
            p.id = format!("{}@cutmix{j}", s.id);
            p.image = ImageRef::View {
                inner: Box::new(s.image.clone()),
                view: Arc::new(CutMixView {
                    seed: mix(mix(seed, swan_transform::seed_for(&s.id, 0)), j as u64),
                }),
            };
            out.push(p);
        }
    }
    out
}

/// One DRA step: the heads on every pyramid level, scores averaged over levels, one
/// deviation loss per head on the rows it is trained on.
struct DraTask {
    params: DraParams,
    levels: usize,
}

impl Task for DraTask {
    type Model = DraNet;

    fn loss(&self, model: &DraNet, batch: Batch) -> Result<StepLoss, TrainError> {
        let p = &self.params;
        let mut views = batch.views;
        let expected = self.levels * if p.has(Head::Residual) { 2 } else { 1 } + 3;
        if views.len() != expected {
            return Err(TrainError::Data(format!(
                "dra batch has {} views, expected {expected}",
                views.len()
            )));
        }
        let mask = |t: Tensor<4>| {
            let n = t.dims()[0];
            t.reshape([n])
        };
        let seen = mask(views.pop().expect("checked"));
        let pseudo = mask(views.pop().expect("checked"));
        let normal = mask(views.pop().expect("checked"));
        let refs: Vec<Tensor<4>> = if p.has(Head::Residual) {
            views.split_off(self.levels)
        } else {
            Vec::new()
        };
        let scores = HeadScores::mean(
            views
                .into_iter()
                .enumerate()
                .map(|(l, m)| model.forward(m, refs.get(l).cloned(), p.top_k_ratio))
                .collect(),
        );
        let a = p.margin;
        let mut terms: Vec<(&'static str, Tensor<1>)> = Vec::new();
        if let Some(s) = scores.seen {
            let rows = normal.clone() + seen.clone();
            terms.push((
                "loss_seen",
                masked_mean(deviation_loss(s, seen.clone(), a), rows),
            ));
        }
        if let Some(s) = scores.pseudo {
            let rows = normal.clone() + pseudo.clone();
            terms.push((
                "loss_pseudo",
                masked_mean(deviation_loss(s, pseudo, a), rows),
            ));
        }
        if let Some(s) = scores.residual {
            let abnormal = normal.clone().neg().add_scalar(1.0);
            terms.push(("loss_residual", deviation_loss(s, abnormal, a).mean()));
        }
        if let Some(s) = scores.normal {
            terms.push(("loss_normal", deviation_loss(s, normal, a).mean()));
        }
        let loss = terms
            .iter()
            .map(|(_, t)| t.clone())
            .reduce(|x, y| x + y)
            .ok_or_else(|| TrainError::Config("dra: no head to train".into()))?;
        Ok(StepLoss {
            loss,
            metrics: terms
                .into_iter()
                .map(|(name, t)| (name, t.detach()))
                .collect(),
        })
    }
}
