//! Self-supervised objectives on a trainable backbone: SimSiam, SimCLR (optionally with
//! rotation-shifted negatives, "SC(-)") and BYOL, with NSA's two normalisations as switches:
//! l2-normalising the encoder output before the projector, and a differentiable
//! l2-normalisation of the projection (the predictor sees, and the stop-gradient target is,
//! the normalised projection, so the normalisation's gradient reaches the projector).

use burn::module::Module;
use burn::nn::{BatchNorm, BatchNormConfig, Linear, LinearConfig};
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};

use crate::params::{ema_update, frozen_copy};
use crate::resnet::{ResNet, ResNetConfig, StageFeatures};

/// Which self-supervised objective.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Objective {
    /// Symmetric negative cosine between the predictor output and the stop-gradient projection
    /// of the other view (Chen & He 2021).
    SimSiam,
    /// NT-Xent over the 2n views of a batch (Chen et al. 2020); with `shifted_negatives`, the
    /// projections of the batch rotated by 90°, 180° and 270° are extra negatives.
    SimClr {
        /// The softmax temperature τ.
        temperature: f64,
        /// Add the rotated batch's projections as negatives ("SC(−)").
        #[serde(default)]
        shifted_negatives: bool,
    },
    /// Online predictor regresses a momentum target's projection (Grill et al. 2020); the
    /// target's momentum rises from `momentum_base` to 1 on a cosine over training.
    Byol {
        /// The target's momentum at the first step.
        momentum_base: f64,
    },
}

impl Objective {
    /// The name reports and `--objective` use.
    pub fn name(&self) -> &'static str {
        match self {
            Self::SimSiam => "simsiam",
            Self::SimClr {
                shifted_negatives: true,
                ..
            } => "simclr-shifted",
            Self::SimClr { .. } => "simclr",
            Self::Byol { .. } => "byol",
        }
    }

    fn has_predictor(&self) -> bool {
        matches!(self, Self::SimSiam | Self::Byol { .. })
    }
}

/// Architecture and objective of an [`SslNet`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SslConfig {
    /// The ResNet-18 trained.
    pub backbone: ResNetConfig,
    /// The self-supervised objective.
    pub objective: Objective,
    /// Hidden and output width of the projector (SimSiam: 2048).
    pub proj_dim: usize,
    /// Bottleneck width of the predictor (SimSiam: 512).
    pub pred_hidden: usize,
    /// NSA: l2-normalise the encoder output before the projector.
    pub normalize_encoder: bool,
    /// NSA: differentiable l2-normalisation of the projection.
    pub normalize_projection: bool,
}

impl SslConfig {
    /// A network whose initial weights depend on `seed` only.
    pub fn init_seeded(&self, device: &Device, seed: u64) -> SslNet {
        let net = crate::params::seeded_init(self.init(device), seed);
        // BYOL's target starts as a copy of the online network.
        match net.target {
            Some(_) => SslNet {
                target: Some(Target {
                    encoder: frozen_copy(&net.encoder),
                    projector: frozen_copy(&net.projector),
                }),
                ..net
            },
            None => net,
        }
    }

    /// A fresh network on `device` (a BYOL target starts as a copy of the online network).
    pub fn init(&self, device: &Device) -> SslNet {
        let d = self.backbone.out_dim();
        let p = self.proj_dim;
        let projector = match self.objective {
            // SimSiam / BYOL-style 3-layer projector, BN on the output.
            Objective::SimSiam | Objective::Byol { .. } => Mlp::new(
                &[(d, p, true, true), (p, p, true, true), (p, p, true, false)],
                device,
            ),
            // SimCLR: 2 layers, no BN on the output.
            Objective::SimClr { .. } => {
                Mlp::new(&[(d, p, true, true), (p, p, false, false)], device)
            }
        };
        let predictor = self.objective.has_predictor().then(|| {
            Mlp::new(
                &[
                    (p, self.pred_hidden, true, true),
                    (self.pred_hidden, p, false, false),
                ],
                device,
            )
        });
        let encoder = self.backbone.init(device);
        let target = match self.objective {
            Objective::Byol { .. } => Some(Target {
                encoder: frozen_copy(&encoder),
                projector: frozen_copy(&projector),
            }),
            _ => None,
        };
        SslNet {
            encoder,
            projector,
            predictor,
            target,
        }
    }
}

/// One `Linear → [BN] → [ReLU]` layer of an MLP.
#[derive(Module, Debug)]
pub struct MlpLayer {
    /// The linear map (without bias when batch-norm follows).
    pub linear: Linear,
    /// Batch-norm after it, if any.
    pub bn: Option<BatchNorm>,
    /// Whether a ReLU follows.
    #[module(skip)]
    pub relu: bool,
}

/// A stack of [`MlpLayer`]s: the projector and predictor heads.
#[derive(Module, Debug)]
pub struct Mlp {
    /// The layers, in order.
    pub layers: Vec<MlpLayer>,
}

impl Mlp {
    /// `(in, out, batch-norm, relu)` per layer; linear layers followed by BN have no bias.
    pub fn new(spec: &[(usize, usize, bool, bool)], device: &Device) -> Self {
        let layers = spec
            .iter()
            .map(|&(i, o, bn, relu)| MlpLayer {
                linear: LinearConfig::new(i, o).with_bias(!bn).init(device),
                bn: bn.then(|| BatchNormConfig::new(o).init(device)),
                relu,
            })
            .collect();
        Self { layers }
    }

    /// # Shapes
    /// - `x`: `[n, in]` → `[n, out]`
    pub fn forward(&self, mut x: Tensor<2>) -> Tensor<2> {
        for l in &self.layers {
            x = l.linear.forward(x);
            if let Some(bn) = &l.bn {
                x = bn.forward(x);
            }
            if l.relu {
                x = relu(x);
            }
        }
        x
    }
}

/// BYOL's momentum network (no gradients; updated by [`SslNet::after_step`]).
#[derive(Module, Debug)]
pub struct Target {
    /// The target's backbone.
    pub encoder: ResNet,
    /// The target's projector.
    pub projector: Mlp,
}

/// Backbone + projector (+ predictor, + BYOL target).
#[derive(Module, Debug)]
pub struct SslNet {
    /// The ResNet-18 whose embeddings are scored.
    pub encoder: ResNet,
    /// The projection head.
    pub projector: Mlp,
    /// SimSiam's and BYOL's prediction head.
    pub predictor: Option<Mlp>,
    /// BYOL's momentum target.
    pub target: Option<Target>,
}

/// Row-wise `x / max(‖x‖, eps)`, differentiable. The clamp comes before the square root:
/// clamping after it left the square root's infinite derivative at a zero row in the
/// backward pass (∞ · 0 = NaN), so one all-zero embedding (a dead ReLU on a constant image)
/// turned every gradient into NaN. The values are the same either way.
pub fn l2_normalize(x: Tensor<2>) -> Tensor<2> {
    let norm = x.clone().powi_scalar(2).sum_dim(1).clamp_min(1e-24).sqrt();
    x / norm
}

/// Row-wise cosine similarity, `[n, d] × [n, d] → [n]`.
fn cosine_rows(a: Tensor<2>, b: Tensor<2>) -> Tensor<1> {
    let n = a.dims()[0];
    (l2_normalize(a) * l2_normalize(b)).sum_dim(1).reshape([n])
}

/// Rotates a batch by 90° counter-clockwise (`torch.rot90(x, 1, (2, 3))`).
pub fn rot90(x: Tensor<4>) -> Tensor<4> {
    x.swap_dims(2, 3).flip([2])
}

/// Loss and collapse diagnostics of one step.
pub struct StepOutput {
    /// The objective's value, `[1]`.
    pub loss: Tensor<1>,
    /// Mean over dimensions of the across-batch standard deviation of the l2-normalised
    /// projection (SimSiam's collapse check: 0 when collapsed, about `1/sqrt(d)` when spread).
    pub embedding_std: Tensor<1>,
}

impl SslNet {
    /// Encoder output as the projector sees it.
    fn encode(&self, cfg: &SslConfig, x: Tensor<4>) -> Tensor<2> {
        let h = self.encoder.embed(x);
        if cfg.normalize_encoder {
            l2_normalize(h)
        } else {
            h
        }
    }

    fn project(&self, cfg: &SslConfig, h: Tensor<2>) -> Tensor<2> {
        let z = self.projector.forward(h);
        if cfg.normalize_projection {
            l2_normalize(z)
        } else {
            z
        }
    }

    fn target_project(&self, cfg: &SslConfig, x: Tensor<4>) -> Tensor<2> {
        let t = self.target.as_ref().expect("BYOL has a target network");
        let h = t.encoder.embed(x);
        let h = if cfg.normalize_encoder {
            l2_normalize(h)
        } else {
            h
        };
        let z = t.projector.forward(h);
        let z = if cfg.normalize_projection {
            l2_normalize(z)
        } else {
            z
        };
        z.detach()
    }

    /// The objective on two views of the same images, `[n, c, h, w]` each.
    pub fn step(&self, cfg: &SslConfig, v1: Tensor<4>, v2: Tensor<4>) -> StepOutput {
        let n = v1.dims()[0];
        let z1 = self.project(cfg, self.encode(cfg, v1.clone()));
        let z2 = self.project(cfg, self.encode(cfg, v2.clone()));
        let embedding_std = {
            let z = l2_normalize(z1.clone().detach());
            let var = z.var(0);
            var.sqrt().mean()
        };
        let loss = match cfg.objective {
            Objective::SimSiam => {
                let pred = self.predictor.as_ref().expect("SimSiam has a predictor");
                let p1 = pred.forward(z1.clone());
                let p2 = pred.forward(z2.clone());
                let d1 = cosine_rows(p1, z2.detach()).mean();
                let d2 = cosine_rows(p2, z1.detach()).mean();
                (d1 + d2).mul_scalar(-0.5)
            }
            Objective::Byol { .. } => {
                let pred = self.predictor.as_ref().expect("BYOL has a predictor");
                let p1 = pred.forward(z1);
                let p2 = pred.forward(z2);
                let t1 = self.target_project(cfg, v1);
                let t2 = self.target_project(cfg, v2);
                let c = cosine_rows(p1, t2).mean() + cosine_rows(p2, t1).mean();
                // 2 − 2·cos per pair, both directions summed as in the paper.
                c.mul_scalar(-2.0).add_scalar(4.0)
            }
            Objective::SimClr {
                temperature,
                shifted_negatives,
            } => {
                let extra = shifted_negatives.then(|| {
                    let mut x = v1.clone();
                    let mut shifted = Vec::with_capacity(3);
                    for _ in 0..3 {
                        x = rot90(x);
                        shifted.push(l2_normalize(self.project(cfg, self.encode(cfg, x.clone()))));
                    }
                    Tensor::cat(shifted, 0)
                });
                nt_xent(l2_normalize(z1), l2_normalize(z2), extra, temperature, n)
            }
        };
        StepOutput {
            loss,
            embedding_std,
        }
    }

    /// BYOL: move the target toward the online network after an optimiser step.
    pub fn after_step(self, cfg: &SslConfig, step: usize, total_steps: usize) -> Self {
        let Objective::Byol { momentum_base } = cfg.objective else {
            return self;
        };
        let k = step as f64 / total_steps.max(1) as f64;
        let m = 1.0 - (1.0 - momentum_base) * ((std::f64::consts::PI * k).cos() + 1.0) / 2.0;
        let SslNet {
            encoder,
            projector,
            predictor,
            target,
        } = self;
        let target = target.map(|t| Target {
            encoder: ema_update(t.encoder, &encoder, m),
            projector: ema_update(t.projector, &projector, m),
        });
        SslNet {
            encoder,
            projector,
            predictor,
            target,
        }
    }

    /// Pooled stage features of the encoder (inference: call on `valid()`).
    pub fn features(&self, x: Tensor<4>) -> StageFeatures {
        self.encoder.forward(x)
    }
}

/// NT-Xent with the two views' normalised projections `z1`, `z2` (`[n, d]`), optional extra
/// negatives (`[m, d]`, normalised), temperature `t`.
pub fn nt_xent(
    z1: Tensor<2>,
    z2: Tensor<2>,
    extra: Option<Tensor<2>>,
    t: f64,
    n: usize,
) -> Tensor<1> {
    let device = z1.device();
    let z = Tensor::cat(vec![z1.clone(), z2.clone()], 0);
    let mut sim = z.clone().matmul(z.clone().transpose()).div_scalar(t);
    // Remove self-similarity from the denominator.
    let eye = Tensor::<2>::eye(2 * n, &device).mul_scalar(1e9);
    sim = sim - eye;
    let logits = match extra {
        Some(e) => Tensor::cat(vec![sim, z.matmul(e.transpose()).div_scalar(t)], 1),
        None => sim,
    };
    let max = logits.clone().max_dim(1).detach();
    let lse = (logits - max.clone()).exp().sum_dim(1).log() + max;
    let pos = (z1 * z2).sum_dim(1).div_scalar(t);
    let pos = Tensor::cat(vec![pos.clone(), pos], 0);
    (lse - pos).mean()
}
