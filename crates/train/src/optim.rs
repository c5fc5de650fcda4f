//! Optimisers with PyTorch's update rules (SGD with momentum / Nesterov and coupled weight
//! decay, Adam with coupled L2, AdamW with decoupled decay), global gradient-norm clipping
//! (`torch.nn.utils.clip_grad_norm_`), and per-group learning-rate scales. State is keyed by
//! parameter path so it can be checkpointed and restored exactly.

use std::collections::BTreeMap;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::tensor::{Gradients, Tensor};

use crate::TrainError;
use crate::params::{NamedTensor, TensorTable};

/// Which update rule.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum OptimizerKind {
    /// Stochastic gradient descent with momentum (PyTorch's form).
    Sgd {
        /// Momentum factor (0: plain SGD).
        momentum: f64,
        /// Nesterov momentum.
        #[serde(default)]
        nesterov: bool,
    },
    /// Adam, weight decay added to the gradient (L2).
    Adam {
        /// Decay of the first moment.
        beta1: f64,
        /// Decay of the second moment.
        beta2: f64,
        /// Added to the second moment's root.
        eps: f64,
    },
    /// AdamW, weight decay applied to the weights (decoupled).
    AdamW {
        /// Decay of the first moment.
        beta1: f64,
        /// Decay of the second moment.
        beta2: f64,
        /// Added to the second moment's root.
        eps: f64,
    },
}

/// An optimiser with its hyper-parameters (the learning rate comes from the schedule).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OptimizerConfig {
    /// The update rule.
    #[serde(flatten)]
    pub kind: OptimizerKind,
    /// Weight decay (L2 for SGD and Adam, decoupled for AdamW).
    pub weight_decay: f64,
    /// Clip the global L2 norm of all gradients to this value.
    #[serde(default)]
    pub clip_grad_norm: Option<f64>,
    /// Learning-rate multipliers for parameters whose path starts with a prefix (the longest
    /// matching prefix wins), e.g. `[("generator.", 3.0)]`.
    #[serde(default)]
    pub lr_scales: Vec<(String, f64)>,
}

impl OptimizerConfig {
    /// SGD with `momentum` (no Nesterov) and `weight_decay`.
    pub fn sgd(momentum: f64, weight_decay: f64) -> Self {
        Self {
            kind: OptimizerKind::Sgd {
                momentum,
                nesterov: false,
            },
            weight_decay,
            clip_grad_norm: None,
            lr_scales: Vec::new(),
        }
    }

    /// Adam with (`beta1`, `beta2`), ε 1e-8 and L2 `weight_decay`.
    pub fn adam(beta1: f64, beta2: f64, weight_decay: f64) -> Self {
        Self {
            kind: OptimizerKind::Adam {
                beta1,
                beta2,
                eps: 1e-8,
            },
            weight_decay,
            clip_grad_norm: None,
            lr_scales: Vec::new(),
        }
    }

    /// AdamW with (`beta1`, `beta2`), ε 1e-8 and decoupled `weight_decay`.
    pub fn adamw(beta1: f64, beta2: f64, weight_decay: f64) -> Self {
        Self {
            kind: OptimizerKind::AdamW {
                beta1,
                beta2,
                eps: 1e-8,
            },
            weight_decay,
            clip_grad_norm: None,
            lr_scales: Vec::new(),
        }
    }

    /// Clips the global gradient norm to `max_norm` (none: no clipping).
    pub fn with_clip(mut self, max_norm: Option<f64>) -> Self {
        self.clip_grad_norm = max_norm;
        self
    }

    /// A fresh optimiser: no steps, no state.
    pub fn init(&self) -> Optimizer {
        Optimizer {
            config: self.clone(),
            steps: 0,
            state: BTreeMap::new(),
        }
    }

    fn scale_for(&self, path: &str) -> f64 {
        self.lr_scales
            .iter()
            .filter(|(p, _)| path.starts_with(p.as_str()))
            .max_by_key(|(p, _)| p.len())
            .map_or(1.0, |(_, s)| *s)
    }
}

/// Per-parameter state, flattened: SGD `[momentum]`, Adam `[m, v]`.
type Slots = Vec<Tensor<1>>;

/// A running optimiser.
pub struct Optimizer {
    config: OptimizerConfig,
    steps: u64,
    state: BTreeMap<String, Slots>,
}

/// What one step did.
#[derive(Clone, Copy, Debug)]
pub struct StepInfo {
    /// Global gradient norm before clipping.
    pub grad_norm: f64,
}

impl Optimizer {
    /// Its hyper-parameters.
    pub fn config(&self) -> &OptimizerConfig {
        &self.config
    }

    /// Number of steps taken.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Applies one update to every parameter of `module` that has a gradient in `grads`.
    pub fn step<M: Module>(
        &mut self,
        module: M,
        grads: &Gradients,
        lr: f64,
    ) -> Result<(M, StepInfo), TrainError> {
        // Pass 1: gradients by path, and the global norm.
        let mut collect = CollectGrads {
            path: Vec::new(),
            grads,
            out: BTreeMap::new(),
        };
        module.visit(&mut collect);
        let g = collect.out;
        let mut sq = 0.0f64;
        for t in g.values() {
            sq += t.clone().powi_scalar(2).sum().into_scalar::<f32>() as f64;
        }
        let grad_norm = sq.sqrt();
        if !grad_norm.is_finite() {
            return Err(TrainError::NonFinite(format!(
                "gradient norm is {grad_norm} at step {}",
                self.steps + 1
            )));
        }
        let clip = match self.config.clip_grad_norm {
            Some(max) if grad_norm > max => max / (grad_norm + 1e-6),
            _ => 1.0,
        };
        self.steps += 1;
        let mut apply = Apply {
            path: Vec::new(),
            grads: g,
            opt: self,
            lr,
            clip,
        };
        let module = module.map(&mut apply);
        Ok((module, StepInfo { grad_norm }))
    }

    fn update(&mut self, path: &str, p: Tensor<1>, mut g: Tensor<1>, lr: f64) -> Tensor<1> {
        let lr = lr * self.config.scale_for(path);
        let wd = self.config.weight_decay;
        let t = self.steps as i32;
        match self.config.kind {
            OptimizerKind::Sgd { momentum, nesterov } => {
                if wd != 0.0 {
                    g = g + p.clone().mul_scalar(wd);
                }
                let update = if momentum != 0.0 {
                    let buf = match self.state.remove(path) {
                        Some(mut s) => s.remove(0).mul_scalar(momentum) + g.clone(),
                        None => g.clone(),
                    };
                    self.state.insert(path.to_string(), vec![buf.clone()]);
                    if nesterov {
                        g + buf.mul_scalar(momentum)
                    } else {
                        buf
                    }
                } else {
                    g
                };
                p - update.mul_scalar(lr)
            }
            OptimizerKind::Adam { beta1, beta2, eps }
            | OptimizerKind::AdamW { beta1, beta2, eps } => {
                let decoupled = matches!(self.config.kind, OptimizerKind::AdamW { .. });
                let mut p = p;
                if wd != 0.0 {
                    if decoupled {
                        p = p.mul_scalar(1.0 - lr * wd);
                    } else {
                        g = g + p.clone().mul_scalar(wd);
                    }
                }
                let (m, v) = match self.state.remove(path) {
                    Some(mut s) => {
                        let v = s.pop().expect("two slots");
                        let m = s.pop().expect("two slots");
                        (m, v)
                    }
                    None => (g.zeros_like(), g.zeros_like()),
                };
                let m = m.mul_scalar(beta1) + g.clone().mul_scalar(1.0 - beta1);
                let v = v.mul_scalar(beta2) + g.powi_scalar(2).mul_scalar(1.0 - beta2);
                let bc1 = 1.0 - beta1.powi(t);
                let bc2 = 1.0 - beta2.powi(t);
                let denom = v.clone().div_scalar(bc2).sqrt().add_scalar(eps);
                let step = m.clone().div_scalar(bc1).div(denom).mul_scalar(lr);
                self.state.insert(path.to_string(), vec![m, v]);
                p - step
            }
        }
    }

    /// The state as plain tensors (`<path>#<slot>`) and the step count, for checkpoints.
    pub fn export(&self) -> (TensorTable, u64) {
        let mut out = TensorTable::new();
        for (path, slots) in &self.state {
            for (i, s) in slots.iter().enumerate() {
                let data = s.clone().into_data();
                out.insert(
                    format!("{path}#{i}"),
                    NamedTensor {
                        shape: data.shape().to_vec(),
                        values: data.try_to_vec::<f32>().unwrap_or_default(),
                    },
                );
            }
        }
        (out, self.steps)
    }

    /// Restores what [`Optimizer::export`] wrote.
    pub fn import(
        config: &OptimizerConfig,
        table: &TensorTable,
        steps: u64,
        device: &burn::tensor::Device,
    ) -> Result<Self, TrainError> {
        let mut state: BTreeMap<String, Slots> = BTreeMap::new();
        for (key, t) in table {
            let (path, slot) = key
                .rsplit_once('#')
                .and_then(|(p, s)| s.parse::<usize>().ok().map(|s| (p, s)))
                .ok_or_else(|| TrainError::Checkpoint(format!("bad optimiser key {key}")))?;
            let slots = state.entry(path.to_string()).or_default();
            if slots.len() != slot {
                return Err(TrainError::Checkpoint(format!(
                    "optimiser slots of {path} out of order"
                )));
            }
            slots.push(Tensor::from_data(
                burn::tensor::TensorData::new(t.values.clone(), [t.values.len()]),
                device,
            ));
        }
        Ok(Self {
            config: config.clone(),
            steps,
            state,
        })
    }
}

struct CollectGrads<'a> {
    path: Vec<String>,
    grads: &'a Gradients,
    out: BTreeMap<String, Tensor<1>>,
}

impl ModuleVisitor for CollectGrads<'_> {
    fn enter_module(&mut self, name: &str, _c: &str) {
        self.path.push(name.to_string());
    }
    fn exit_module(&mut self, _name: &str, _c: &str) {
        self.path.pop();
    }
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let t = param.val();
        if !t.is_require_grad() {
            return;
        }
        if let Some(g) = t.grad(self.grads) {
            let n = g.shape().num_elements();
            self.out.insert(self.path.join("."), g.reshape([n]));
        }
    }
}

struct Apply<'a> {
    path: Vec<String>,
    grads: BTreeMap<String, Tensor<1>>,
    opt: &'a mut Optimizer,
    lr: f64,
    clip: f64,
}

impl ModuleMapper for Apply<'_> {
    fn enter_module(&mut self, name: &str, _c: &str) {
        self.path.push(name.to_string());
    }
    fn exit_module(&mut self, _name: &str, _c: &str) {
        self.path.pop();
    }
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let path = self.path.join(".");
        let Some(g) = self.grads.remove(&path) else {
            return param;
        };
        let (id, tensor, mapper) = param.consume();
        let dims = tensor.dims();
        let n = tensor.shape().num_elements();
        let g = if self.clip != 1.0 {
            g.mul_scalar(self.clip)
        } else {
            g
        };
        let p = tensor.inner().reshape([n]);
        let updated = self.opt.update(&path, p, g, self.lr).reshape(dims);
        Param::from_mapped_value(id, updated.autodiff().require_grad(), mapper)
    }
}
