//! Named access to a module's float tensors (parameters and batch-norm running statistics),
//! by dotted path (`blocks.3.a.conv.weight`). Checkpoints, the optimiser state and the BYOL
//! target update are keyed by these paths, which are stable across runs (burn's parameter ids
//! are not).

use std::collections::BTreeMap;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::tensor::{Tensor, TensorData};

use crate::TrainError;

/// A plain copy of one tensor: shape and row-major values.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedTensor {
    /// The tensor's shape.
    pub shape: Vec<usize>,
    /// Its values, row-major.
    pub values: Vec<f32>,
}

/// Path → tensor, in path order.
pub type TensorTable = BTreeMap<String, NamedTensor>;

#[derive(Default)]
struct PathStack {
    parts: Vec<String>,
}

impl PathStack {
    fn enter(&mut self, name: &str) {
        self.parts.push(name.to_string());
    }
    fn exit(&mut self) {
        self.parts.pop();
    }
    fn join(&self) -> String {
        self.parts.join(".")
    }
}

struct Collect {
    path: PathStack,
    out: TensorTable,
}

impl ModuleVisitor for Collect {
    fn enter_module(&mut self, name: &str, _container_type: &str) {
        self.path.enter(name);
    }
    fn exit_module(&mut self, _name: &str, _container_type: &str) {
        self.path.exit();
    }
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let data = param.val().inner().into_data();
        let shape = data.shape().to_vec();
        let values: Vec<f32> = data.try_to_vec::<f32>().unwrap_or_default();
        self.out
            .insert(self.path.join(), NamedTensor { shape, values });
    }
}

/// Copies every float tensor of `module` (parameters and running statistics) out by path.
/// Pending batch-norm statistics updates are applied first (burn applies them lazily).
pub fn named_tensors<M: Module>(module: &M) -> TensorTable {
    let module = module.valid();
    let mut v = Collect {
        path: PathStack::default(),
        out: TensorTable::new(),
    };
    module.visit(&mut v);
    v.out
}

/// Paths of the tensors that train (require a gradient), in visiting order.
pub fn trainable_paths<M: Module>(module: &M) -> Vec<String> {
    struct V {
        path: PathStack,
        out: Vec<String>,
    }
    impl ModuleVisitor for V {
        fn enter_module(&mut self, name: &str, _c: &str) {
            self.path.enter(name);
        }
        fn exit_module(&mut self, _name: &str, _c: &str) {
            self.path.exit();
        }
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            if param.val().is_require_grad() {
                self.out.push(self.path.join());
            }
        }
    }
    let mut v = V {
        path: PathStack::default(),
        out: Vec::new(),
    };
    module.visit(&mut v);
    v.out
}

/// Number of scalars in the tensors that train.
pub fn count_trainable<M: Module>(module: &M) -> usize {
    struct V(usize);
    impl ModuleVisitor for V {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            if param.val().is_require_grad() {
                self.0 += param.shape().num_elements();
            }
        }
    }
    let mut v = V(0);
    module.visit(&mut v);
    v.0
}

struct Assign<'a> {
    path: PathStack,
    table: &'a TensorTable,
    missing: Vec<String>,
    mismatched: Vec<String>,
    used: usize,
}

impl ModuleMapper for Assign<'_> {
    fn enter_module(&mut self, name: &str, _container_type: &str) {
        self.path.enter(name);
    }
    fn exit_module(&mut self, _name: &str, _container_type: &str) {
        self.path.exit();
    }
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let key = self.path.join();
        let Some(t) = self.table.get(&key) else {
            self.missing.push(key);
            return param;
        };
        let (id, tensor, mapper) = param.consume();
        if tensor.dims().as_slice() != t.shape.as_slice() {
            self.mismatched.push(format!(
                "{key}: model {:?}, file {:?}",
                tensor.dims(),
                t.shape
            ));
            return Param::from_mapped_value(id, tensor, mapper);
        }
        self.used += 1;
        let require_grad = tensor.is_require_grad();
        let device = tensor.device();
        let mut value: Tensor<D> =
            Tensor::from_data(TensorData::new(t.values.clone(), t.shape.clone()), &device);
        if require_grad {
            value = value.require_grad();
        }
        Param::from_mapped_value(id, value, mapper)
    }
}

/// Sets every float tensor of `module` from `table`. Every tensor of the module must be in the
/// table with its shape, and every table entry must be used.
pub fn assign_named<M: Module>(module: M, table: &TensorTable) -> Result<M, TrainError> {
    let mut a = Assign {
        path: PathStack::default(),
        table,
        missing: Vec::new(),
        mismatched: Vec::new(),
        used: 0,
    };
    let module = module.map(&mut a);
    if !a.missing.is_empty() || !a.mismatched.is_empty() || a.used != table.len() {
        let mut reason = Vec::new();
        if !a.missing.is_empty() {
            reason.push(format!("missing {}", a.missing.join(", ")));
        }
        if !a.mismatched.is_empty() {
            reason.push(format!("wrong shape {}", a.mismatched.join("; ")));
        }
        if a.used + a.mismatched.len() < table.len() {
            reason.push(format!(
                "{} tensors of the file belong to no module tensor",
                table.len() - a.used - a.mismatched.len()
            ));
        }
        return Err(TrainError::Weights(reason.join("; ")));
    }
    Ok(module)
}

/// Exponential moving average, `target ← m·target + (1 − m)·online`, over every float tensor
/// (parameters and running statistics) of two modules of the same architecture. Used by BYOL.
pub fn ema_update<M: Module>(target: M, online: &M, momentum: f64) -> M {
    struct Blend {
        online: std::vec::IntoIter<Tensor<1>>,
        m: f64,
    }
    impl ModuleMapper for Blend {
        fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            let (id, tensor, mapper) = param.consume();
            let dims = tensor.dims();
            let o = self.online.next().expect("same architecture").reshape(dims);
            let t = tensor.inner().mul_scalar(self.m) + o.mul_scalar(1.0 - self.m);
            Param::from_mapped_value(id, t, mapper)
        }
    }
    // `valid` applies pending running-statistics updates first.
    let mut b = Blend {
        online: flat_values(&online.valid(), Tensor::inner).into_iter(),
        m: momentum,
    };
    target.map(&mut b)
}

/// Every float tensor of `module` (parameters and running statistics) in visiting order,
/// flattened, each passed through `how` (off the autodiff graph: `Tensor::inner`,
/// `Tensor::detach`).
fn flat_values<M: Module>(module: &M, how: fn(Tensor<1>) -> Tensor<1>) -> Vec<Tensor<1>> {
    struct Grab {
        out: Vec<Tensor<1>>,
        how: fn(Tensor<1>) -> Tensor<1>,
    }
    impl ModuleVisitor for Grab {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let t = param.val();
            let n = t.shape().num_elements();
            self.out.push((self.how)(t.reshape([n])));
        }
    }
    let mut g = Grab {
        out: Vec::new(),
        how,
    };
    module.visit(&mut g);
    g.out
}

/// An independent copy of `module` that takes no gradients (BYOL's target at the start): the
/// same values, every tensor detached under a new parameter id. `module.clone().no_grad()`
/// is not that: a clone of a parameter that has not been materialised yet shares its lazy
/// initialisation with the original, so `no_grad` on the clone also froze the original (the
/// online network then never trained).
pub fn frozen_copy<M: Module>(module: &M) -> M {
    struct Replace {
        values: std::vec::IntoIter<Tensor<1>>,
    }
    impl ModuleMapper for Replace {
        fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            let (_, tensor, mapper) = param.consume();
            let v = self.values.next().expect("same architecture");
            let t = v.reshape(tensor.dims());
            Param::from_mapped_value(burn::module::ParamId::new(), t, mapper)
        }
    }
    module.clone().map(&mut Replace {
        values: flat_values(module, Tensor::detach).into_iter(),
    })
}

/// Re-draws every convolution and linear weight and bias from `U(−1/√fan_in, 1/√fan_in)`
/// (PyTorch's default initialisation, which burn's defaults reproduce) with a generator seeded
/// by `seed` and the tensor's path, so a network's initial weights depend on the seed alone —
/// not on burn's global generator, which concurrent runs share. Batch-norm tensors keep their
/// (deterministic) initial values.
pub fn seeded_init<M: Module>(module: M, seed: u64) -> M {
    struct Init {
        path: PathStack,
        seed: u64,
        fan_in: usize,
    }
    impl ModuleMapper for Init {
        fn enter_module(&mut self, name: &str, _c: &str) {
            self.path.enter(name);
        }
        fn exit_module(&mut self, _name: &str, _c: &str) {
            self.path.exit();
        }
        fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
            let path = self.path.join();
            let dims = param.dims();
            let fan_in = match (path.rsplit('.').next(), dims.len()) {
                (Some("weight"), 4) => dims[1] * dims[2] * dims[3],
                (Some("weight"), 2) => dims[0],
                (Some("bias"), 1) => self.fan_in,
                _ => return param,
            };
            self.fan_in = fan_in;
            let bound = 1.0 / (fan_in.max(1) as f64).sqrt();
            let h = swan_transform::seed_for(&path, 0);
            let mut rng = swan_transform::Rng::new(crate::loader::mix(self.seed, h));
            let n: usize = dims.iter().product();
            let values: Vec<f32> = (0..n).map(|_| rng.range(-bound, bound) as f32).collect();
            let (id, tensor, mapper) = param.consume();
            let require_grad = tensor.is_require_grad();
            let mut t: Tensor<D> =
                Tensor::from_data(TensorData::new(values, dims.to_vec()), &tensor.device());
            if require_grad {
                t = t.require_grad();
            }
            Param::from_mapped_value(id, t, mapper)
        }
    }
    module.map(&mut Init {
        path: PathStack::default(),
        seed,
        fan_in: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resnet::ResNetConfig;

    fn net(seed: u64) -> crate::resnet::ResNet {
        let cfg = ResNetConfig {
            width: 0.0625,
            in_channels: 1,
        };
        seeded_init(cfg.init(&burn::tensor::Device::flex()), seed)
    }

    #[test]
    fn tables_round_trip_and_name_what_does_not_fit() {
        let table = named_tensors(&net(1));
        assert!(table.contains_key("stem.conv.weight"));
        assert!(table.contains_key("blocks.2.shortcut.bn.running_var"));
        let copied = assign_named(net(2), &table).unwrap();
        assert_eq!(named_tensors(&copied), table);
        assert_ne!(
            named_tensors(&net(2)),
            table,
            "seeds give different weights"
        );
        assert_eq!(
            named_tensors(&net(1)),
            table,
            "the same seed gives the same weights"
        );

        let mut missing = table.clone();
        missing.remove("stem.conv.weight");
        let err = assign_named(net(2), &missing).unwrap_err().to_string();
        assert!(err.contains("missing stem.conv.weight"), "{err}");

        let mut wrong = table.clone();
        wrong.get_mut("stem.bn.gamma").unwrap().shape = vec![2, 2];
        let err = assign_named(net(2), &wrong).unwrap_err().to_string();
        assert!(err.contains("wrong shape stem.bn.gamma"), "{err}");

        let mut extra = table;
        extra.insert(
            "head.weight".into(),
            NamedTensor {
                shape: vec![1],
                values: vec![0.0],
            },
        );
        let err = assign_named(net(2), &extra).unwrap_err().to_string();
        assert!(err.contains("belong to no module tensor"), "{err}");
    }
}
