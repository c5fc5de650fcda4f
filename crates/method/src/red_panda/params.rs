use std::sync::Arc;

use burn::module::Module;
use burn::tensor::{Tensor, TensorData};
use rayon::prelude::*;
use swan_data::Sample;
use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLite, load_lite};
use swan_encoder::{Backbone, Tap};
use swan_score::{KnnParams, Matrix, Metric, ScorerConfig};
use swan_train::TrainError;
use swan_train::optim::OptimizerConfig;
use swan_train::schedule::Schedule;
use swan_train::ssl::{Mlp, l2_normalize};
use swan_train::trainer::{Batch, StepLoss, Task, TrainConfig};
use swan_transform::{Chain, seed_for};

use super::generator::Generator;
use super::loss::{grouped_contrastive, same_group_mask};
use super::model::RedPanda;
use super::source::PandaBatches;
use crate::features::{kept_samples, load_preprocessed};
use crate::head::codes_of;
use crate::tail::Tail;
use crate::{FitRecord, MethodError, RunContext, TrainData, Uses, view_sample};

/// How much of the network trains (the paper's setting is C).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// Frozen encoder; the features of the images and of pre-drawn views are cached once;
    /// the head and the generator train. Fits a CPU.
    #[default]
    A,
    /// Also fine-tune the encoder's blocks after `split_tap` and its head convolution, on
    /// cached activations at `split_tap` (of the images and of the views).
    B,
    /// Full fine-tuning (the paper): the whole encoder trains on preprocessed images and
    /// views held in memory. Slow on a CPU (about 60 images/s at 64 px on 2 threads for a
    /// forward and backward pass); meant for a GPU.
    C,
}

/// Red PANDA's trainable network: the encoder's tail (tier B), the head on its features
/// and the conditional generator (absent without reconstruction).
#[derive(Module, Debug)]
pub struct PandaNet {
    /// The fine-tuned encoder tail (tiers B and C).
    pub tail: Option<Tail>,
    /// The head that gives the codes.
    pub head: Mlp,
    /// The conditional generator (absent without reconstruction).
    pub generator: Option<Generator>,
}

/// Hyper-parameters of Red PANDA.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RedPandaParams {
    /// The attribute to ignore (`swan eval --protocol nagad` fills it from `--nuisance`).
    pub nuisance: Option<String>,
    /// How much of the encoder trains.
    pub tier: Tier,
    /// Encoder tap of the frozen features the head reads (tier A).
    pub tap: Tap,
    /// Tier B: the block whose activations are cached; the blocks after it train. `None`
    /// (default): the end of the fifth of the seven stages (Lite0 `block10`, Lite1 and Lite2
    /// `block14`), so the last two stages and the head convolution train; resolved when the
    /// detector is fitted and stored in its model file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub split_tap: Option<Tap>,
    /// Residual head: code = f + MLP(f) with the MLP's last layer zero at the start, so
    /// training starts from the pretrained features (as the paper's fine-tuning does) and the
    /// code has the feature's width; otherwise (default) an MLP to `code_dim` from a random
    /// start. On tint4 (seed 1) the residual head stayed near DN2 and kept the nuisance.
    pub residual: bool,
    /// Linear head: code = W f + b with W starting at the identity and b at zero (codes start
    /// as the features, as with `residual`); W can shrink the directions the grouped loss
    /// finds common to a nuisance group. Excludes `residual`; `hidden` and `code_dim` unused.
    /// On tint4 (seed 1) it kept the nuisance too (probe 0.995) and stayed near DN2.
    pub linear: bool,
    /// Hidden width of the MLP head.
    pub hidden: usize,
    /// Width of the codes.
    pub code_dim: usize,
    /// The grouped contrastive loss's temperature.
    pub temperature: f64,
    /// Nuisance values per batch (all when fewer exist) and images per value.
    pub groups_per_batch: usize,
    /// Images per nuisance value in a batch.
    pub per_group: usize,
    /// Augmented views drawn (seeded) per image and cached; each step picks one per image.
    pub views: usize,
    /// The augmentations a view is drawn from (one per view).
    pub augmentations: Vec<Chain>,
    /// Ablation: one group for all (plain SimCLR with the augmentation positive).
    pub one_group: bool,
    /// The conditional generator and its perceptual reconstruction loss (off: ablation).
    pub reconstruction: bool,
    /// Weight of the reconstruction loss against the contrastive one.
    pub reconstruction_weight: f64,
    /// Side of the generated images (a power of two ≥ 8).
    pub generator_size: usize,
    /// Channels of the generator's 4×4 start.
    pub generator_channels: usize,
    /// Frozen-encoder taps of the perceptual loss (besides pixel L1).
    pub perceptual_taps: Vec<Tap>,
    /// Training epochs.
    pub epochs: usize,
    /// Learning rate of the head (the paper's encoder rate) and of the generator.
    pub lr: f64,
    /// Learning rate of the generator.
    pub generator_lr: f64,
    /// Adam's β1.
    pub beta1: f64,
    /// Adam's β2.
    pub beta2: f64,
    /// Neighbours of the kNN score (cosine distance to the bank of training codes).
    pub k: usize,
    /// Filled by `fit`: the nuisance values seen in training.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nuisance_values: Vec<String>,
}

impl Default for RedPandaParams {
    fn default() -> Self {
        let chain = |s: &str| s.parse::<Chain>().expect("valid chain");
        Self {
            nuisance: None,
            tier: Tier::A,
            tap: Tap::Pooled,
            split_tap: None,
            residual: false,
            linear: false,
            hidden: 512,
            code_dim: 128,
            temperature: 0.1,
            groups_per_batch: 4,
            per_group: 32,
            views: 4,
            augmentations: vec![
                chain("panda-blur"),
                chain("panda-contrast"),
                chain("panda-saturation"),
                chain("panda-crop"),
            ],
            one_group: false,
            reconstruction: true,
            reconstruction_weight: 0.3,
            generator_size: 32,
            generator_channels: 128,
            perceptual_taps: vec![Tap::Stem, Tap::Block(2)],
            epochs: 20,
            lr: 1e-4,
            generator_lr: 3e-4,
            beta1: 0.5,
            beta2: 0.999,
            k: 1,
            nuisance_values: Vec::new(),
        }
    }
}

impl RedPandaParams {
    /// Red PANDA learns from normal images and the nuisance attribute.
    pub const USES: Uses = Uses {
        labelled_anomalies: false,
        outlier_exposure: false,
        nuisance: true,
    };

    /// Checks every rule of the hyper-parameters (ranges, sizes that fit together).
    pub fn check(&self) -> Result<(), MethodError> {
        let bad = |m: String| Err(MethodError::Params(format!("red-panda: {m}")));
        if let Some(t) = self.split_tap
            && self.tier == Tier::B
            && !matches!(t, Tap::Block(_))
        {
            return bad(format!("split_tap {t} is not a block"));
        }
        if self.epochs == 0 || self.views == 0 || self.k == 0 || self.per_group < 2 {
            return bad(format!(
                "epochs, views and k must be ≥ 1 and per_group ≥ 2, got {}, {}, {} and {}",
                self.epochs, self.views, self.k, self.per_group
            ));
        }
        if self.groups_per_batch == 0 || self.augmentations.is_empty() {
            return bad("groups_per_batch must be ≥ 1 and augmentations non-empty".into());
        }
        if ![self.temperature, self.lr, self.generator_lr]
            .into_iter()
            .all(crate::positive)
        {
            return bad("temperature and learning rates must be positive numbers".into());
        }
        if self.residual && self.linear {
            return bad("residual and linear heads exclude each other".into());
        }
        if self.hidden == 0 || self.code_dim == 0 || self.generator_channels == 0 {
            return bad("hidden, code_dim and generator_channels must be ≥ 1".into());
        }
        if self.reconstruction && !Generator::valid_size(self.generator_size) {
            return bad(format!(
                "generator_size {} is not a power of two ≥ 8",
                self.generator_size
            ));
        }
        if let Some(t) = self
            .perceptual_taps
            .iter()
            .find(|t| !matches!(t, Tap::Stem | Tap::Block(_)))
        {
            return bad(format!("perceptual tap {t} is not stem or a block"));
        }
        Ok(())
    }

    /// The head's layers on `input`-wide features, as [`swan_train::ssl::Mlp::new`] takes them.
    pub fn head_spec(&self, input: usize) -> Vec<(usize, usize, bool, bool)> {
        if self.linear {
            return vec![(input, input, false, false)];
        }
        vec![
            (input, self.hidden, true, true),
            (self.hidden, self.code_width(input), false, false),
        ]
    }

    /// Width of the codes for features of width `input`.
    pub fn code_width(&self, input: usize) -> usize {
        if self.starts_at_features() {
            input
        } else {
            self.code_dim
        }
    }

    /// The head's output (before normalisation): `f + MLP(f)` or `MLP(f)`.
    pub fn embed(&self, head: &Mlp, features: Tensor<2>) -> Tensor<2> {
        if self.residual {
            features.clone() + head.forward(features)
        } else {
            head.forward(features)
        }
    }

    /// Whether the head starts at the features (residual or linear head): the codes then have
    /// the features' width.
    fn starts_at_features(&self) -> bool {
        self.residual || self.linear
    }

    /// A residual head's last layer starts at zero and a linear head's at the identity, the
    /// bias at zero in both, so the codes start as the features; other heads keep their
    /// random start.
    fn start_at_features(&self, mut head: Mlp) -> Mlp {
        if self.starts_at_features()
            && let Some(last) = head.layers.last_mut()
        {
            let w = last.linear.weight.val();
            let w = if self.linear {
                let [i, o] = w.dims();
                Tensor::<2>::eye(i.min(o), &w.device())
            } else {
                w.zeros_like()
            };
            last.linear.weight = burn::module::Param::from_tensor(w);
            if let Some(b) = &last.linear.bias {
                last.linear.bias = Some(burn::module::Param::from_tensor(b.val().zeros_like()));
            }
        }
        head
    }

    /// The scorer of the codes: kNN with the cosine distance and `k` neighbours.
    pub fn scorer(&self) -> ScorerConfig {
        ScorerConfig::Knn(KnnParams {
            k: self.k,
            metric: Metric::Cosine,
            ..KnnParams::default()
        })
    }

    /// The training engine's configuration of these hyper-parameters.
    pub fn train_config(&self, seed: u64, workers: usize) -> TrainConfig {
        let mut optimizer = OptimizerConfig::adam(self.beta1, self.beta2, 0.0);
        optimizer.lr_scales = vec![("generator.".into(), self.generator_lr / self.lr)];
        TrainConfig {
            epochs: self.epochs,
            batch_size: 1, // one item of the source is one step
            optimizer,
            schedule: Schedule::constant(self.lr),
            seed,
            workers,
        }
    }

    /// Tier B's split on `backbone`: `split_tap`, or the end of the fifth stage when unset.
    pub fn split_tap_on(&self, backbone: Backbone) -> Tap {
        self.split_tap.unwrap_or_else(|| {
            backbone
                .stage_end(4)
                .expect("every Lite model has seven stages")
        })
    }

    /// These parameters with the split fixed for `backbone` (what a fitted model stores).
    pub fn resolved(&self, backbone: Backbone) -> Self {
        Self {
            split_tap: Some(self.split_tap_on(backbone)),
            ..self.clone()
        }
    }

    /// The encoder tap the cached inputs come from on `backbone`: pooled features (tier A)
    /// or the activations at the split (tier B).
    pub fn input_tap(&self, backbone: Backbone) -> Tap {
        match self.tier {
            Tier::B => self.split_tap_on(backbone),
            _ => self.tap,
        }
    }

    /// The fine-tuned part of `encoder` for this tier: the blocks after `split_tap` and the
    /// head convolution (B), the whole encoder (C), nothing (A).
    pub(super) fn tail(
        &self,
        encoder: EfficientNetLite,
        backbone: Backbone,
    ) -> Result<Option<Tail>, MethodError> {
        match self.tier {
            Tier::A => Ok(None),
            Tier::B => Tail::between(encoder, self.split_tap_on(backbone), Tap::Head).map(Some),
            Tier::C => Ok(Some(Tail::whole(encoder))),
        }
    }

    /// The inputs of the trainable part: cached pooled features (tier A), whole cached maps
    /// at `split_tap` (at the encoder's own size; tier B), or preprocessed images (tier C).
    pub(super) fn inputs(
        &self,
        samples: &[Sample],
        ctx: &mut RunContext,
    ) -> Result<crate::Embedded, MethodError> {
        match self.tier {
            Tier::B => {
                let encoder = ctx.encoder()?;
                let (size, split) = (
                    encoder.preprocess().size,
                    self.split_tap_on(encoder.backbone()),
                );
                ctx.embed_maps(samples, split, size)
            }
            Tier::C => {
                let pre = ctx
                    .encoder
                    .as_ref()
                    .ok_or(MethodError::NeedsEncoder)?
                    .preprocess();
                let (data, kept, skipped) = load_preprocessed(samples, pre, ctx.progress);
                let per = 3 * pre.size * pre.size;
                Ok(crate::Embedded {
                    matrix: Matrix::new(data.len() / per, per, data)?,
                    map_shape: Some([3, pre.size, pre.size]),
                    kept,
                    skipped,
                })
            }
            Tier::A => ctx.embed(samples, self.tap),
        }
    }

    /// l2-normalised codes of cached inputs (rows of `row_shape`), inference mode.
    pub(super) fn codes(
        &self,
        tail: Option<&Tail>,
        head: &Mlp,
        inputs: &Matrix,
        row_shape: [usize; 3],
    ) -> Result<Matrix, MethodError> {
        codes_of(inputs, |x| {
            let features = match tail {
                Some(t) => {
                    let n = x.dims()[0];
                    let [c, h, w] = row_shape;
                    t.forward(x.reshape([n, c, h, w]))
                }
                None => x,
            };
            self.embed(head, features)
        })
    }

    /// The view `v` of a sample: one augmentation drawn from the seed, applied with it.
    fn view(&self, s: &Sample, v: usize, seed: u64) -> Sample {
        let pick = seed_for(&format!("{}\0view{v}", s.id), seed);
        let chain = &self.augmentations[(pick % self.augmentations.len() as u64) as usize];
        view_sample(s, chain, pick)
    }

    /// Caches the features of the images and of their views, trains the head (and the
    /// generator) with the grouped loss, and keeps the codes of the training images as the
    /// kNN bank.
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<RedPanda, MethodError> {
        let backbone = ctx.encoder()?.backbone();
        self.resolved(backbone).fit_resolved(backbone, data, ctx)
    }

    /// [`Self::fit`] with `split_tap` set.
    fn fit_resolved(
        &self,
        backbone: Backbone,
        data: &TrainData,
        ctx: &mut RunContext,
    ) -> Result<RedPanda, MethodError> {
        self.check()?;
        data.check_against("red-panda", Self::USES)?;
        let attribute = data
            .nuisance
            .clone()
            .or_else(|| self.nuisance.clone())
            .ok_or(MethodError::NeedsNuisance {
                method: "red-panda",
            })?;
        if let Some(s) = data
            .normal
            .iter()
            .find(|s| !s.attributes.contains_key(&attribute))
        {
            let has: Vec<&String> = s.attributes.keys().collect();
            return Err(MethodError::Params(format!(
                "red-panda: training image {} has no nuisance attribute {attribute:?} (its \
                 attributes: {has:?})",
                s.id
            )));
        }
        let anchors = self.inputs(&data.normal, ctx)?;
        let normal = kept_samples(&data.normal, &anchors.kept, 2)?;
        let mut values: Vec<String> = normal
            .iter()
            .map(|s| s.attributes[&attribute].clone())
            .collect();
        values.sort();
        values.dedup();
        let nuisance: Vec<usize> = normal
            .iter()
            .map(|s| values.binary_search(&s.attributes[&attribute]).unwrap_or(0))
            .collect();

        // Pre-drawn views, encoded once (and cached on disk like any image).
        let mut views = Vec::with_capacity(self.views);
        for v in 0..self.views {
            let vs: Vec<Sample> = normal.iter().map(|s| self.view(s, v, ctx.seed)).collect();
            let e = self.inputs(&vs, ctx)?;
            if e.matrix.rows() != normal.len() {
                return Err(MethodError::Params(format!(
                    "red-panda: {} of {} augmented views could not be made",
                    normal.len() - e.matrix.rows(),
                    normal.len()
                )));
            }
            views.push(e.matrix);
        }
        let device = swan_train::default_device();
        let encoder = ctx.encoder.clone().ok_or(MethodError::NeedsEncoder)?;
        let (pixels, perceptual) = if self.reconstruction {
            let s = self.generator_size;
            let pre = encoder.preprocess();
            let rows: Result<Vec<Vec<f32>>, MethodError> = normal
                .par_iter()
                .map(|x| {
                    let img = pre.resize_to(&x.load()?, s)?;
                    Ok(img.data.iter().map(|v| v / 255.0).collect())
                })
                .collect();
            let frozen = load_lite(
                &encoder.backbone().config(),
                encoder.tensors(),
                BatchNormMode::Fold,
                &device,
            )?
            .no_grad();
            (
                rows?.concat(),
                Some(Perceptual {
                    encoder: frozen,
                    taps: self.perceptual_taps.clone(),
                    offset: f64::from(pre.offset),
                    scale: f64::from(pre.scale),
                }),
            )
        } else {
            (Vec::new(), None)
        };

        let row_shape = anchors.map_shape.unwrap_or([anchors.matrix.cols(), 1, 1]);
        let tail = match self.tier {
            Tier::A => None,
            Tier::B | Tier::C => self.tail(
                load_lite(
                    &backbone.config(),
                    encoder.tensors(),
                    BatchNormMode::Fold,
                    &device,
                )?,
                backbone,
            )?,
        };
        let dim = match &tail {
            Some(t) => t.width(),
            None => anchors.matrix.cols(),
        };
        let mut net = swan_train::params::seeded_init(
            PandaNet {
                tail: None,
                head: Mlp::new(&self.head_spec(dim), &device),
                generator: self.reconstruction.then(|| {
                    Generator::new(
                        self.code_width(dim),
                        values.len(),
                        self.generator_size,
                        self.generator_channels,
                        &device,
                    )
                }),
            },
            ctx.seed,
        );
        net.head = self.start_at_features(net.head);
        // The tail keeps its pretrained weights (the paper fine-tunes from them).
        net.tail = tail;
        let batch = self.groups_per_batch.min(values.len()) * self.per_group;
        let source = Arc::new(PandaBatches {
            anchors: anchors.matrix.clone(),
            row_shape,
            views,
            pixels,
            pixel_size: self.generator_size,
            nuisance,
            n_values: values.len(),
            groups_per_batch: self.groups_per_batch,
            per_group: self.per_group,
            steps_per_epoch: normal.len().div_ceil(batch).max(1),
            one_group: self.one_group,
        });
        let task = PandaTask {
            params: self.clone(),
            temperature: self.temperature,
            reconstruction_weight: self.reconstruction_weight,
            n_values: values.len(),
            perceptual,
        };
        let fingerprint = swan_data::fingerprint_samples(&data.normal);
        let fitted_params = RedPandaParams {
            nuisance: Some(attribute),
            nuisance_values: values,
            ..self.clone()
        };
        let spec = ctx.encoder_spec(self.input_tap(backbone))?;
        let (net, summary) = ctx.train(
            &task,
            net,
            source,
            &self.train_config(ctx.seed, ctx.train.workers),
            serde_json::json!({ "method": "red-panda", "params": fitted_params, "data": fingerprint, "encoder": spec }),
            &device,
        )?;
        let net = net.valid();
        let bank = fitted_params.codes(net.tail.as_ref(), &net.head, &anchors.matrix, row_shape)?;
        let head = net.head;
        let scorer = fitted_params.scorer().fit(&bank)?;
        Ok(RedPanda::new(
            fitted_params,
            net.tail,
            head,
            scorer,
            spec,
            FitRecord {
                data_fingerprint: fingerprint,
                n_train: normal.len(),
                log: summary.log,
                skipped: anchors.skipped,
                // The bank's rows are the readable normal images, in order.
                train_ids: normal.iter().map(|s| s.id.clone()).collect(),
                calibration: None,
            },
        ))
    }
}

/// The frozen encoder of the perceptual loss (on the autodiff device, no parameter
/// gradients), with the preprocessing its weights expect.
struct Perceptual {
    encoder: EfficientNetLite,
    taps: Vec<Tap>,
    offset: f64,
    scale: f64,
}

impl Perceptual {
    /// Pixel L1 plus the L1 distance of the activations at each tap (images on 0..1).
    fn loss(&self, generated: Tensor<4>, target: Tensor<4>) -> Result<Tensor<1>, TrainError> {
        let mut loss = (generated.clone() - target.clone()).abs().mean();
        let pre = |x: Tensor<4>| {
            x.mul_scalar(255.0)
                .sub_scalar(self.offset)
                .div_scalar(self.scale)
        };
        let maps = |x: Tensor<4>| {
            self.encoder
                .forward_maps(pre(x), &self.taps)
                .map_err(|e| TrainError::Data(e.to_string()))
        };
        let (fake, real) = (maps(generated)?, maps(target.detach())?);
        for (f, r) in fake.into_iter().zip(real) {
            loss = loss + (f - r.detach()).abs().mean();
        }
        Ok(loss)
    }
}

struct PandaTask {
    params: RedPandaParams,
    temperature: f64,
    reconstruction_weight: f64,
    n_values: usize,
    perceptual: Option<Perceptual>,
}

fn ids(t: Tensor<4>) -> Result<Vec<usize>, TrainError> {
    let v: Vec<f32> = t
        .into_data()
        .try_to_vec()
        .map_err(|_| TrainError::Data("red-panda: group ids are not f32".into()))?;
    Ok(v.into_iter().map(|x| x as usize).collect())
}

impl Task for PandaTask {
    type Model = PandaNet;

    fn loss(&self, net: &PandaNet, batch: Batch) -> Result<StepLoss, TrainError> {
        let b = batch.rows();
        let mut views = batch.views.into_iter();
        let mut next = || {
            views
                .next()
                .ok_or_else(|| TrainError::Data("red-panda batch without its views".into()))
        };
        let (anchor, view, groups, nuisance) = (next()?, next()?, next()?, next()?);
        let device = anchor.device();
        // One forward over anchors and views together (batch-norm sees both).
        let both = Tensor::cat(vec![anchor, view], 0);
        let features = match &net.tail {
            Some(tail) => tail.forward(both),
            None => {
                let d = both.dims()[1];
                both.reshape([2 * b, d])
            }
        };
        let z = self.params.embed(&net.head, features);
        let z = l2_normalize(z);
        let (za, zp) = (z.clone().narrow(0, 0, b), z.narrow(0, b, b));
        let mask = same_group_mask(&ids(groups)?, &device);
        let contrastive = grouped_contrastive(za.clone(), zp, mask, self.temperature).mean();
        let mut metrics = vec![("contrastive", contrastive.clone())];
        let loss = match (&net.generator, &self.perceptual) {
            (Some(g), Some(p)) => {
                let target = next()?;
                let values = ids(nuisance)?;
                let onehot: Vec<f32> = values
                    .iter()
                    .flat_map(|&v| (0..self.n_values).map(move |k| f32::from(u8::from(k == v))))
                    .collect();
                let onehot =
                    Tensor::from_data(TensorData::new(onehot, [b, self.n_values]), &device);
                let rec = p.loss(g.forward(za, onehot), target)?;
                metrics.push(("reconstruction", rec.clone()));
                contrastive + rec.mul_scalar(self.reconstruction_weight)
            }
            _ => contrastive,
        };
        Ok(StepLoss { loss, metrics })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_score::Matrix;

    #[test]
    fn tier_b_splits_at_the_end_of_the_fifth_stage_of_each_backbone() {
        let p = RedPandaParams::default();
        assert_eq!(p.split_tap, None);
        for (backbone, block) in [
            (Backbone::EfficientNetLite0, 10),
            (Backbone::EfficientNetLite1, 14),
            (Backbone::EfficientNetLite2, 14),
        ] {
            assert_eq!(p.split_tap_on(backbone), Tap::Block(block));
            assert_eq!(p.resolved(backbone).split_tap, Some(Tap::Block(block)));
            let b = RedPandaParams {
                tier: Tier::B,
                ..p.clone()
            };
            assert_eq!(b.input_tap(backbone), Tap::Block(block));
            assert_eq!(
                p.input_tap(backbone),
                Tap::Pooled,
                "tier A reads pooled features"
            );
        }
        // Model files written when the split was always block10 read as that split.
        let old: RedPandaParams = serde_json::from_str(r#"{"split_tap": "block10"}"#).unwrap();
        assert_eq!(
            old.split_tap_on(Backbone::EfficientNetLite2),
            Tap::Block(10)
        );
        let head = RedPandaParams {
            tier: Tier::B,
            split_tap: Some(Tap::Head),
            ..p
        };
        assert!(head.check().is_err(), "the split must be a block");
    }

    #[test]
    fn learning_rates_and_widths_are_checked() {
        RedPandaParams::default().check().unwrap();
        for p in [
            RedPandaParams {
                lr: f64::NAN,
                ..RedPandaParams::default()
            },
            RedPandaParams {
                generator_lr: -3e-4,
                ..RedPandaParams::default()
            },
        ] {
            let e = p.check().unwrap_err().to_string();
            assert!(e.contains("learning rates must be positive numbers"), "{e}");
        }
        let e = RedPandaParams {
            code_dim: 0,
            ..RedPandaParams::default()
        }
        .check()
        .unwrap_err()
        .to_string();
        assert!(e.contains("code_dim"), "{e}");
    }

    /// The codes of a freshly initialised head of `p` on two feature rows are the rows
    /// l2-normalised (the head starts at the features).
    fn assert_codes_start_as_the_features(p: &RedPandaParams) {
        let device = burn::tensor::Device::flex();
        let head = p.start_at_features(swan_train::params::seeded_init(
            Mlp::new(&p.head_spec(4), &device),
            3,
        ));
        use burn::module::Module;
        let head = head.valid();
        let f = Matrix::new(2, 4, vec![1.0, 2.0, 0.0, 2.0, 0.0, 3.0, 4.0, 0.0]).unwrap();
        let z = codes_of(&f, |x| p.embed(&head, x)).unwrap();
        let expect = [1.0 / 3.0, 2.0 / 3.0, 0.0, 2.0 / 3.0, 0.0, 0.6, 0.8, 0.0];
        for (a, b) in z.as_slice().iter().zip(expect) {
            assert!((a - b).abs() < 1e-6, "{a} vs {b}");
        }
        assert_eq!(p.code_width(1280), 1280);
    }

    #[test]
    fn a_residual_head_starts_at_the_features() {
        assert_codes_start_as_the_features(&RedPandaParams {
            residual: true,
            hidden: 8,
            ..RedPandaParams::default()
        });
        // The plain head maps to code_dim from a random start.
        assert_eq!(RedPandaParams::default().code_width(1280), 128);
    }

    #[test]
    fn a_linear_head_starts_at_the_identity_and_excludes_the_residual_one() {
        let p = RedPandaParams {
            linear: true,
            ..RedPandaParams::default()
        };
        assert_eq!(p.head_spec(4), vec![(4, 4, false, false)]);
        assert_codes_start_as_the_features(&p);
        let both = RedPandaParams {
            residual: true,
            ..p
        };
        let e = both.check().unwrap_err().to_string();
        assert!(e.contains("exclude each other"), "{e}");
    }
}
