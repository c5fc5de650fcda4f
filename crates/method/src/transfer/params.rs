use std::sync::Arc;

use burn::module::{Module, Param};
use burn::tensor::{Tensor, TensorData};
use swan_encoder::Backbone;
use swan_encoder::efficientnet_lite::{BatchNormMode, load_lite};
use swan_train::TrainError;
use swan_train::loader::{BatchSource, HostBatch, HostTensor};
use swan_train::optim::OptimizerConfig;
use swan_train::schedule::{Decay, Schedule};
use swan_train::trainer::{Batch, StepLoss, Task, TrainConfig};
use swan_transform::Rng;

use super::model::Transfer;
use super::net::{
    TransferNet, bce_with_logits, l2_sp, l2_sp_norm, trainable_kernels, trainable_tensors,
};
use crate::features::load_preprocessed;
use crate::{FitRecord, MethodError, RunContext, TrainData, Uses};

/// Hyper-parameters of transfer-based AD: ADIB ([`TransferParams::adib`]) and ADRA
/// ([`TransferParams::adra`]), and the ablations of the paper's Table 4 as switches.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TransferParams {
    /// ADRA: freeze the pretrained encoder and learn a 1×1 residual adapter per block.
    pub adapters: bool,
    /// Start from the pretrained weights (false: the "no pretraining" ablation, random
    /// initialisation from the seed).
    pub pretrained: bool,
    /// Weight α of Ω(θ) = α‖θ − θ0‖² over the encoder weights (ADIB: 1e-2; 0 = "pretrained
    /// without Ω"). Ignored with adapters (the encoder does not move).
    pub alpha: f64,
    /// The form of Ω: `squared` (default; L2-SP as the paper's eq. and the issue write it,
    /// α‖θ − θ0‖² over every encoder weight) or `norm` (what the transfer paper's code
    /// computes: α‖θ − θ0‖₂, the norm not squared, over the convolution kernels only — there
    /// the 3×3 convolutions of its ResNet-26, here every convolution kernel of the encoder). Left
    /// out of the JSON when squared, so model files, checkpoints and resume keys of runs
    /// before the option are unchanged.
    #[serde(skip_serializing_if = "Omega::is_squared")]
    pub omega: Omega,
    /// Training epochs.
    pub epochs: usize,
    /// Normal images per step; as many corpus images join them.
    pub batch_size: usize,
    /// Normal images per epoch (the first ones of a seeded permutation; all when absent).
    pub images_per_epoch: Option<usize>,
    /// SGD with momentum; the learning rate (ADIB 1e-4, ADRA 1e-3) follows `schedule`.
    pub lr: f64,
    /// SGD momentum.
    pub momentum: f64,
    /// SGD weight decay (0 by default; the transfer paper's code uses 1e-4).
    pub weight_decay: f64,
    /// The learning rate over the run: `constant` (default) or `steps` (×0.1 at 60 % and
    /// 80 % of the epochs, as the transfer paper's code does over its 100).
    pub schedule: LrSchedule,
    /// Global gradient-norm clipping (`torch.nn.utils.clip_grad_norm_`); none by default.
    /// A remedy when the divergence warning fires (ADRA at 128 px, BENCHMARKS.md). Left out
    /// of the JSON when absent, so model files and resume keys of earlier runs are unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_grad_norm: Option<f64>,
    /// Batch-norm of the fine-tuned encoder (ADIB): `frozen` (default) folds it into the
    /// convolutions with the pretrained statistics, whose weights and biases then train;
    /// `train` normalises with batch statistics and updates the running ones, which drift
    /// to the one-class-plus-corpus batches (measured: the probed head then loses 20 AUROC
    /// points before any weight moves). ADRA always folds it (the encoder is frozen).
    #[serde(default = "BatchNorm::train")]
    pub batch_norm: BatchNorm,
    /// How the head starts: `probe` (default) fits it as a class-balanced logistic regression
    /// of normal vs corpus on the untrained network's pooled features before fine-tuning
    /// (linear probing then fine-tuning, Kumar et al. 2022; not in the transfer paper);
    /// `random` draws it from the seed, as the paper does.
    pub head_init: HeadInit,
    /// The pretrained network, filled by `fit` from the encoder (model files written before
    /// there was a choice have none: EfficientNet-Lite0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backbone: Option<Backbone>,
    /// Input size, filled by `fit` from the encoder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_size: Option<usize>,
    /// Antialiased shrinking of large images, filled by `fit` from the encoder (see
    /// `swan_encoder::Preprocess::antialias`); scoring preprocesses as training did.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub antialias: bool,
}

/// The form of Ω, see [`TransferParams::omega`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Omega {
    /// α‖θ − θ0‖², the paper's text (and the issue's).
    #[default]
    Squared,
    /// α‖θ − θ0‖₂ over the convolution kernels, as the paper's code computes it.
    Norm,
}

impl Omega {
    fn is_squared(&self) -> bool {
        *self == Self::Squared
    }

    /// The tensors Ω covers.
    fn tensors(
        self,
        encoder: &swan_encoder::efficientnet_lite::EfficientNetLite,
    ) -> Vec<Tensor<1>> {
        match self {
            Self::Squared => trainable_tensors(encoder),
            Self::Norm => trainable_kernels(encoder),
        }
    }

    /// Ω of `theta` (the tensors [`Omega::tensors`] gives) against `theta0`.
    fn value(self, theta: &[Tensor<1>], theta0: &[Tensor<1>], alpha: f64) -> Tensor<1> {
        match self {
            Self::Squared => l2_sp(theta, theta0, alpha),
            Self::Norm => l2_sp_norm(theta, theta0, alpha),
        }
    }
}

impl std::str::FromStr for Omega {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "squared" => Ok(Self::Squared),
            "norm" => Ok(Self::Norm),
            other => Err(format!("omega `{other}`: expected squared or norm")),
        }
    }
}

/// Batch-norm while fine-tuning, see [`TransferParams::batch_norm`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BatchNorm {
    /// Running statistics, folded into the convolutions.
    #[default]
    Frozen,
    /// Batch statistics while training, as the paper's code fine-tunes.
    Train,
}

impl BatchNorm {
    /// Model files written before the option existed trained batch-norm.
    fn train() -> Self {
        Self::Train
    }
}

impl std::str::FromStr for BatchNorm {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "frozen" => Ok(Self::Frozen),
            "train" => Ok(Self::Train),
            other => Err(format!("batch norm `{other}`: expected frozen or train")),
        }
    }
}

/// The learning rate over a run, see [`TransferParams::schedule`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LrSchedule {
    /// The same rate throughout.
    #[default]
    Constant,
    /// ×0.1 at 60 % and 80 % of the epochs (the paper's code).
    Steps,
}

impl LrSchedule {
    fn schedule(self, lr: f64) -> Schedule {
        match self {
            Self::Constant => Schedule::constant(lr),
            Self::Steps => Schedule {
                base_lr: lr,
                warmup_epochs: 0,
                decay: Decay::Milestones {
                    at: [0.6, 0.8],
                    gamma: 0.1,
                },
            },
        }
    }
}

impl std::str::FromStr for LrSchedule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "constant" => Ok(Self::Constant),
            "steps" => Ok(Self::Steps),
            other => Err(format!("schedule `{other}`: expected constant or steps")),
        }
    }
}

/// How the linear head starts, see [`TransferParams::head_init`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HeadInit {
    /// A logistic-regression probe on the pretrained features of normals against the corpus.
    #[default]
    Probe,
    /// Random (PyTorch's default initialisation), as the paper's code.
    Random,
}

impl std::str::FromStr for HeadInit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "probe" => Ok(Self::Probe),
            "random" => Ok(Self::Random),
            other => Err(format!("head init `{other}`: expected probe or random")),
        }
    }
}

/// L2 penalty of the probe that starts the head (on standardised features; strong, as the
/// corpus is a few classes and the test anomalies are others).
const PROBE_L2: f64 = 0.05;

impl Default for TransferParams {
    fn default() -> Self {
        Self::adib()
    }
}

impl TransferParams {
    /// Transfer-based AD learns from normal images and an outlier-exposure corpus.
    pub const USES: Uses = Uses {
        labelled_anomalies: false,
        outlier_exposure: true,
        nuisance: false,
    };

    /// ADIB: all encoder weights and the head train; L2-SP pull to the pretrained weights.
    pub fn adib() -> Self {
        Self {
            adapters: false,
            pretrained: true,
            alpha: 1e-2,
            omega: Omega::Squared,
            epochs: 5,
            batch_size: 32,
            images_per_epoch: None,
            // Chosen between 1e-3 and 1e-4 on two Fashion-MNIST oe-split splits (normal
            // classes 0 and 6): 1e-3 undid the probe's gain in 16 steps (BENCHMARKS.md).
            lr: 1e-4,
            momentum: 0.9,
            weight_decay: 0.0,
            schedule: LrSchedule::Constant,
            max_grad_norm: None,
            batch_norm: BatchNorm::Frozen,
            head_init: HeadInit::Probe,
            backbone: None,
            image_size: None,
            antialias: false,
        }
    }

    /// ADRA: the encoder frozen, 1×1 residual adapters and the head train.
    pub fn adra() -> Self {
        Self {
            adapters: true,
            alpha: 0.0,
            // The adapters start at zero and need larger steps.
            lr: 1e-3,
            ..Self::adib()
        }
    }

    /// The optimiser of the transfer paper's code (`VICO-UoE/TransferAD`): SGD learning rate
    /// 0.1, momentum 0.9, weight decay 1e-4, ×0.1 at 60 % and 80 % of the epochs. Batch-norm
    /// and the head's start are separate switches (`batch_norm`, `head_init`).
    ///
    /// ADRA gets learning rate 0.01: the paper's adapters sit before a batch-norm that
    /// trains, swan's (the block bypass Φ(x) = x + f0(x) + Vx on a folded encoder) have
    /// nothing that normalises them, and at 0.1 they diverge (Fashion-MNIST `oe-split`: mean
    /// BCE 85 in the first epoch); 0.01 is the largest of 0.1 / 0.01 / 0.001 whose training
    /// loss did not diverge (BENCHMARKS.md, transfer section).
    pub fn paper_optimizer(self) -> Self {
        Self {
            lr: if self.adapters { 0.01 } else { 0.1 },
            momentum: 0.9,
            weight_decay: 1e-4,
            schedule: LrSchedule::Steps,
            ..self
        }
    }

    /// Whether the network's batch-norm is folded into its convolutions.
    /// Whether batch-norm is folded into the convolutions (ADRA, or ADIB with frozen
    /// batch-norm).
    pub fn folds_batch_norm(&self) -> bool {
        self.adapters || self.batch_norm == BatchNorm::Frozen
    }

    /// `adra` with adapters, else `adib`.
    pub fn name(&self) -> &'static str {
        if self.adapters { "adra" } else { "adib" }
    }

    /// Checks every rule of the hyper-parameters (ranges, sizes that fit together).
    pub fn check(&self) -> Result<(), MethodError> {
        let bad = |m: String| Err(MethodError::Params(format!("{}: {m}", self.name())));
        if self.epochs == 0 || self.batch_size < 2 {
            return bad(format!(
                "epochs must be ≥ 1 and batch_size (--train-batch) ≥ 2 (batch-norm), got {} and {}",
                self.epochs, self.batch_size
            ));
        }
        if self.lr.is_nan() || self.lr <= 0.0 || self.alpha.is_nan() || self.alpha < 0.0 {
            return bad("lr must be > 0 and alpha ≥ 0".into());
        }
        if let Some(n) = self.max_grad_norm
            && !(n.is_finite() && n > 0.0)
        {
            return bad(format!(
                "max_grad_norm (--max-grad-norm) must be a finite number > 0, got {n}"
            ));
        }
        if self.weight_decay.is_nan() || self.weight_decay < 0.0 {
            return bad(format!(
                "weight_decay must be ≥ 0, got {}",
                self.weight_decay
            ));
        }
        if self.adapters && !self.pretrained {
            return bad("adapters on a randomly initialised, frozen encoder learn nothing".into());
        }
        if !self.pretrained && self.batch_norm == BatchNorm::Frozen {
            return bad(
                "a randomly initialised encoder has no statistics to freeze: use batch_norm = \
                 \"train\" (--batch-norm train) with pretrained = false"
                    .into(),
            );
        }
        Ok(())
    }

    /// The training engine's configuration of these hyper-parameters.
    pub fn train_config(&self, seed: u64, workers: usize) -> TrainConfig {
        TrainConfig {
            epochs: self.epochs,
            batch_size: self.batch_size,
            optimizer: OptimizerConfig::sgd(self.momentum, self.weight_decay)
                .with_clip(self.max_grad_norm),
            schedule: self.schedule.schedule(self.lr),
            seed,
            workers,
        }
    }

    /// The network (EfficientNet-Lite0 unless [`Self::backbone`] names another).
    pub fn network(&self) -> Backbone {
        self.backbone.unwrap_or(Backbone::EfficientNetLite0)
    }

    /// The network before training: the pretrained (or seeded random) [`Self::network`],
    /// batch-norm kept and trainable (ADIB with `batch_norm = "train"`) or folded
    /// (otherwise), adapters, head.
    pub fn init_net(
        &self,
        tensors: &swan_encoder::TensorMap,
        seed: u64,
        device: &burn::tensor::Device,
    ) -> Result<TransferNet, MethodError> {
        let mode = if self.folds_batch_norm() {
            BatchNormMode::Fold
        } else {
            BatchNormMode::Keep
        };
        let encoder = if self.pretrained {
            load_lite(&self.network().config(), tensors, mode, device)?
        } else {
            // Random initialisation: convolutions and linear layers drawn from the seed,
            // batch-norm at its defaults (γ = 1, β = 0, running mean 0, variance 1).
            let fresh: swan_encoder::TensorMap = tensors
                .iter()
                .map(|(k, t)| {
                    let is_bn = k
                        .rsplit('.')
                        .nth(1)
                        .is_some_and(|module| module.starts_with("_bn"));
                    let fill = match k.rsplit('.').next() {
                        Some("weight" | "running_var") if is_bn => Some(1.0),
                        Some("bias" | "running_mean") if is_bn => Some(0.0),
                        _ => None,
                    };
                    let t = match fill {
                        Some(v) => {
                            swan_encoder::RawTensor::new(t.shape.clone(), vec![v; t.data.len()])
                        }
                        None => t.clone(),
                    };
                    (k.clone(), t)
                })
                .collect();
            let encoder = load_lite(&self.network().config(), &fresh, mode, device)?;
            swan_train::params::seeded_init(encoder, seed)
        };
        let encoder = if self.adapters {
            encoder.no_grad()
        } else {
            encoder
        };
        let net = TransferNet::new(encoder, self.adapters, device);
        // Head (and adapters: seeded_init would redraw them, so only the head) from the seed.
        let head = swan_train::params::seeded_init(net.head.clone(), seed ^ 0x4EAD);
        Ok(TransferNet { head, ..net })
    }

    /// Fine-tunes on normal images (label 0) against the outlier-exposure corpus (label 1).
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Transfer, MethodError> {
        self.check()?;
        data.check_against(self.name(), Self::USES)?;
        if data.outlier_exposure.is_empty() {
            return Err(MethodError::NeedsCorpus {
                method: self.name(),
            });
        }
        let encoder = ctx.encoder()?;
        let preprocess = encoder.preprocess();
        let tensors = encoder.tensors().clone();
        let (normal, _, skipped) = load_preprocessed(&data.normal, preprocess, ctx.progress);
        let (corpus, _, mut bad) =
            load_preprocessed(&data.outlier_exposure, preprocess, ctx.progress);
        let mut skipped = skipped;
        skipped.append(&mut bad);
        let size = preprocess.size;
        let per = 3 * size * size;
        let (n, m) = (normal.len() / per, corpus.len() / per);
        if n < 2 {
            return Err(MethodError::TooFewTrainingImages {
                readable: n,
                needs: 2,
                skipped: skipped.len(),
            });
        }
        if m == 0 {
            return Err(MethodError::UnreadableCorpus {
                total: data.outlier_exposure.len(),
            });
        }
        // What the model file keeps: the network trained is the encoder's (whatever the
        // parameters said), at its input size and resize filter.
        let params = TransferParams {
            backbone: Some(encoder.backbone()),
            image_size: Some(size),
            antialias: preprocess.antialias,
            ..self.clone()
        };
        let device = swan_train::default_device();
        let net = params.init_net(&tensors, ctx.seed, &device)?;
        let net = match self.head_init {
            HeadInit::Random => net,
            HeadInit::Probe => probe_head(net, &normal, &corpus, size, ctx.batch_size)?,
        };
        let theta0: Vec<Tensor<1>> = self
            .omega
            .tensors(&net.encoder)
            .into_iter()
            .map(|t| t.detach())
            .collect();
        let trainable = swan_train::params::count_trainable(&net);
        let encoder_params = swan_train::params::count_trainable(&net.encoder.clone().train());
        tracing::info!(
            "{}: {trainable} trainable parameters (the encoder has {encoder_params})",
            self.name()
        );
        let source = Arc::new(Images {
            normal,
            corpus,
            size,
            n: self.images_per_epoch.map_or(n, |k| k.min(n)),
            n_normal: n,
        });
        let task = TransferTask {
            alpha: if self.adapters { 0.0 } else { self.alpha },
            omega: self.omega,
            theta0,
        };
        let mut all = data.normal.clone();
        all.extend(data.outlier_exposure.iter().cloned());
        let fingerprint = swan_data::fingerprint_samples(&all);
        let (net, summary) = ctx.train(
            &task,
            net,
            source,
            &self.train_config(ctx.seed, ctx.train.workers),
            serde_json::json!({ "method": self.name(), "params": params, "data": fingerprint, "weights": encoder.weights_digest() }),
            &device,
        )?;
        Ok(Transfer::new(
            params,
            net.valid(),
            trainable,
            FitRecord {
                data_fingerprint: fingerprint,
                n_train: n,
                log: summary.log,
                skipped,
                train_ids: Vec::new(),
                calibration: None,
            },
        ))
    }
}

/// Linear probing before fine-tuning: the head becomes a class-balanced logistic regression
/// of normal (0) vs corpus (1) on the pooled features of the network as it is (pretrained, or
/// the seeded random one), in inference mode.
fn probe_head(
    mut net: TransferNet,
    normal: &[f32],
    corpus: &[f32],
    size: usize,
    batch: usize,
) -> Result<TransferNet, MethodError> {
    use crate::probe::{ProbeConfig, fit_logistic};
    let per = 3 * size * size;
    let frozen = net.clone().valid();
    let host = swan_train::inference_device();
    let mut rows = Vec::new();
    let mut labels = Vec::new();
    for (label, data) in [(0usize, normal), (1, corpus)] {
        let n = data.len() / per;
        for lo in (0..n).step_by(batch.max(1)) {
            let hi = (lo + batch.max(1)).min(n);
            let x = Tensor::<4>::from_data(
                TensorData::new(data[lo * per..hi * per].to_vec(), [hi - lo, 3, size, size]),
                &host,
            );
            let f: Vec<f32> = frozen
                .features(x)
                .into_data()
                .try_to_vec()
                .map_err(|_| MethodError::Params("transfer: features are not f32".into()))?;
            rows.extend(f);
            labels.extend(std::iter::repeat_n(label, hi - lo));
        }
    }
    let d = rows.len() / labels.len().max(1);
    let x = swan_score::Matrix::new(labels.len(), d, rows)?;
    let cfg = ProbeConfig {
        iterations: 300,
        l2: PROBE_L2,
        balanced: true,
    };
    let (u, c) = fit_logistic(&x, &labels, 2, cfg)?.binary_direction()?;
    let device = net.head.weight.val().device();
    net.head.weight = Param::from_tensor(Tensor::from_data(TensorData::new(u, [d, 1]), &device));
    net.head.bias = Some(Param::from_tensor(Tensor::from_data(
        TensorData::new(vec![c], [1]),
        &device,
    )));
    Ok(net)
}

/// Preprocessed normal and corpus images; an item is a normal image, and each batch draws as
/// many corpus images.
struct Images {
    normal: Vec<f32>,
    corpus: Vec<f32>,
    size: usize,
    /// Items per epoch.
    n: usize,
    n_normal: usize,
}

impl BatchSource for Images {
    fn len(&self) -> usize {
        self.n
    }

    /// Views: the normal images then the corpus images, `[b, 3, s, s]` each.
    fn batch(&self, indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let per = 3 * self.size * self.size;
        let m = self.corpus.len() / per;
        let b = indices.len();
        let mut normal = Vec::with_capacity(b * per);
        for &i in indices {
            // Fewer items per epoch than normal images: each slot draws a normal image from
            // the batch's generator (seeded per seed, epoch and batch), so every image is seen.
            let i = if self.n < self.n_normal {
                rng.int(0, self.n_normal as i64 - 1) as usize
            } else {
                i
            };
            normal.extend_from_slice(&self.normal[i * per..(i + 1) * per]);
        }
        let mut corpus = Vec::with_capacity(b * per);
        for _ in 0..b {
            let j = rng.int(0, m as i64 - 1) as usize;
            corpus.extend_from_slice(&self.corpus[j * per..(j + 1) * per]);
        }
        let shape = [b, 3, self.size, self.size];
        Ok(HostBatch {
            views: vec![
                HostTensor {
                    shape,
                    data: normal,
                },
                HostTensor {
                    shape,
                    data: corpus,
                },
            ],
            indices: indices.iter().chain(indices).copied().collect(),
        })
    }
}

/// Eq. 1 (binary cross-entropy, normals 0, corpus 1) plus Ω.
struct TransferTask {
    alpha: f64,
    omega: Omega,
    theta0: Vec<Tensor<1>>,
}

impl Task for TransferTask {
    type Model = TransferNet;

    fn loss(&self, net: &TransferNet, batch: Batch) -> Result<StepLoss, TrainError> {
        let mut views = batch.views;
        let (Some(corpus), Some(normal)) = (views.pop(), views.pop()) else {
            return Err(TrainError::Data(
                "a batch without normal and corpus images".into(),
            ));
        };
        let (b, bq) = (normal.dims()[0], corpus.dims()[0]);
        let device = normal.device();
        let z = net.logits(Tensor::cat(vec![normal, corpus], 0));
        let mut y = vec![0f32; b];
        y.extend(std::iter::repeat_n(1f32, bq));
        let y = Tensor::<1>::from_data(TensorData::new(y, [b + bq]), &device);
        let bce = bce_with_logits(z, y).mean();
        let mut metrics = vec![("bce", bce.clone().detach())];
        let loss = if self.alpha > 0.0 {
            let theta = self.omega.tensors(&net.encoder);
            let omega = self.omega.value(&theta, &self.theta0, self.alpha);
            metrics.push(("omega", omega.clone().detach()));
            bce + omega
        } else {
            bce
        };
        Ok(StepLoss { loss, metrics })
    }
}

/// Seconds per ADIB step (for `swan bench adib`): a batch of `batch` images (half normal,
/// half corpus) through `backbone` (its pretrained `tensors`) with batch-norm in train mode,
/// BCE + Ω, backward, SGD (momentum 0.9) on every weight. One warm-up step is not timed.
pub fn adib_step_seconds(
    backbone: Backbone,
    tensors: &swan_encoder::TensorMap,
    batch: usize,
    size: usize,
    iters: usize,
) -> Result<Vec<f64>, MethodError> {
    let device = swan_train::default_device();
    // Batch-norm in train mode, as the PyTorch peer runs it.
    let params = TransferParams {
        batch_norm: BatchNorm::Train,
        backbone: Some(backbone),
        ..TransferParams::adib()
    };
    let mut net = params.init_net(tensors, 0, &device)?;
    let theta0: Vec<Tensor<1>> = trainable_tensors(&net.encoder)
        .into_iter()
        .map(|t| t.detach())
        .collect();
    let mut opt = OptimizerConfig::sgd(params.momentum, 0.0).init();
    let data = TensorData::new(
        swan_train::bench::uniform_inputs(batch * 3 * size * size, 0x2545_f491),
        [batch, 3, size, size],
    );
    let labels: Vec<f32> = (0..batch).map(|i| (2 * i >= batch) as u8 as f32).collect();
    let mut times = Vec::new();
    for i in 0..=iters {
        let t = std::time::Instant::now();
        let x: Tensor<4> = Tensor::from_data(data.clone(), &device);
        let y = Tensor::<1>::from_data(TensorData::new(labels.clone(), [batch]), &device);
        let loss = bce_with_logits(net.logits(x), y).mean()
            + l2_sp(&trainable_tensors(&net.encoder), &theta0, params.alpha);
        let grads = loss.backward();
        net = opt.step(net, &grads, params.lr)?.0;
        // Reading a value waits for the queued work on an asynchronous (GPU) device.
        let _ = loss.into_scalar::<f32>();
        if i > 0 {
            times.push(t.elapsed().as_secs_f64());
        }
    }
    Ok(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_omega_keeps_the_json_of_earlier_runs_and_norm_round_trips() {
        let adib = serde_json::to_value(TransferParams::adib()).unwrap();
        assert!(adib.get("omega").is_none(), "{adib}");
        let back: TransferParams = serde_json::from_value(adib).unwrap();
        assert_eq!(back.omega, Omega::Squared);
        let norm = TransferParams {
            omega: "norm".parse().unwrap(),
            ..TransferParams::adib()
        };
        let json = serde_json::to_value(&norm).unwrap();
        assert_eq!(json["omega"], "norm");
        assert_eq!(
            serde_json::from_value::<TransferParams>(json).unwrap(),
            norm
        );
        assert!("cubed".parse::<Omega>().is_err());
    }
}
