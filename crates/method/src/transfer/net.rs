//! The network of transfer-based AD: a pretrained encoder θ, optionally with ADRA's residual
//! adapters, and a linear head giving the logit of "x is anomalous".

use burn::module::{Module, ModuleVisitor, Param};
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{Linear, LinearConfig};
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};
use swan_encoder::efficientnet_lite::EfficientNetLite;

/// Encoder, adapters (ADRA; empty otherwise) and head.
#[derive(Module, Debug)]
pub struct TransferNet {
    /// The pretrained EfficientNet-Lite (fine-tuned by ADIB, frozen by ADRA).
    pub encoder: EfficientNetLite,
    /// One 1×1 convolution V per MBConv block, mapping the block input to its output shape
    /// (strided where the block is); zero at initialisation.
    pub adapters: Vec<Conv2d>,
    /// The binary head on the pooled features: its logit is the anomaly score.
    pub head: Linear,
}

impl TransferNet {
    /// `adapters`: ADRA's bypasses, zero-initialised (the untrained model is the pretrained
    /// one).
    pub fn new(encoder: EfficientNetLite, adapters: bool, device: &Device) -> Self {
        let adapters = if adapters {
            encoder
                .blocks
                .iter()
                .map(|b| {
                    let c = b.config;
                    let mut v = Conv2dConfig::new([c.input, c.output], [1, 1])
                        .with_stride([c.stride, c.stride])
                        .with_bias(false)
                        .init(device);
                    v.weight = Param::from_tensor(Tensor::zeros([c.output, c.input, 1, 1], device));
                    v
                })
                .collect()
        } else {
            Vec::new()
        };
        let width = encoder.head.conv.weight.dims()[0];
        Self {
            encoder,
            adapters,
            head: LinearConfig::new(width, 1).init(device),
        }
    }

    /// The feature map before pooling, `[n, 1280, h, w]`: `Φ(x) = x + f0(x) + Vx` per block
    /// with adapters, the encoder as it is without.
    pub fn feature_map(&self, x: Tensor<4>) -> Tensor<4> {
        let e = &self.encoder;
        let mut x = e.stem.forward(x);
        for (i, block) in e.blocks.iter().enumerate() {
            let y = block.forward(x.clone());
            x = match self.adapters.get(i) {
                Some(v) => y + swan_encoder::kernels::conv2d_layer(v, x),
                None => y,
            };
        }
        e.head.forward(x)
    }

    /// Pooled features `[n, 1280]`: the mean of [`Self::feature_map`] over positions.
    pub fn features(&self, x: Tensor<4>) -> Tensor<2> {
        pool(self.feature_map(x))
    }

    /// Logits `[n]` of f_θ(x) = σ(logit), the probability that x is anomalous.
    pub fn logits(&self, x: Tensor<4>) -> Tensor<1> {
        let f = self.features(x);
        let n = f.dims()[0];
        self.head.forward(f).reshape([n])
    }

    /// The logits `[n]` and the head applied at every position of the feature map, `[n, h,
    /// w]` (a class activation map): the head is linear and the pool an average, so each
    /// image's map averages to its logit — the map splits the score among the patches.
    pub fn logits_and_maps(&self, x: Tensor<4>) -> (Tensor<1>, Tensor<3>) {
        let map = self.feature_map(x);
        let [n, _, h, w] = map.dims();
        let logits = self.head.forward(pool(map.clone())).reshape([n]);
        let patches = self
            .head
            .forward(map.permute([0, 2, 3, 1]))
            .reshape([n, h, w]);
        (logits, patches)
    }
}

/// Global average pool, `[n, c, h, w]` → `[n, c]`.
fn pool(x: Tensor<4>) -> Tensor<2> {
    let [n, c, h, w] = x.dims();
    x.reshape([n, c, h * w]).mean_dim(2).reshape([n, c])
}

/// Binary cross-entropy on logits, per row: `softplus(z) − y·z`, computed stably.
pub fn bce_with_logits(z: Tensor<1>, y: Tensor<1>) -> Tensor<1> {
    let softplus = relu(z.clone()) + z.clone().abs().neg().exp().add_scalar(1.0).log();
    softplus - y * z
}

/// L2-SP (the paper's Ω): `α Σ ‖θ − θ0‖²` over matching tensors.
pub fn l2_sp(theta: &[Tensor<1>], theta0: &[Tensor<1>], alpha: f64) -> Tensor<1> {
    squared_distance(theta, theta0).mul_scalar(alpha)
}

/// `Σ ‖θ − θ0‖²` over matching tensors, `[1]`.
fn squared_distance(theta: &[Tensor<1>], theta0: &[Tensor<1>]) -> Tensor<1> {
    theta
        .iter()
        .zip(theta0)
        .map(|(t, t0)| (t.clone() - t0.clone()).powi_scalar(2).sum())
        .reduce(|a, b| a + b)
        .expect("at least one tensor")
}

/// The transfer paper's code's form of Ω: `α ‖θ − θ0‖₂`, the Euclidean norm of the whole
/// difference, not squared (`VICO-UoE/TransferAD`, `train.py`: `alpha * torch.norm(params -
/// theta_0, 2)`). Its gradient `α (θ − θ0) / ‖θ − θ0‖` has length α wherever θ ≠ θ0; at θ0
/// it is zero (a 1e-20 under the square root keeps the derivative finite there).
pub fn l2_sp_norm(theta: &[Tensor<1>], theta0: &[Tensor<1>], alpha: f64) -> Tensor<1> {
    squared_distance(theta, theta0)
        .add_scalar(1e-20)
        .sqrt()
        .mul_scalar(alpha)
}

/// The trainable tensors of a module (flattened, in visiting order, still attached to the
/// autodiff graph).
pub fn trainable_tensors<M: Module>(module: &M) -> Vec<Tensor<1>> {
    collect_trainable(module, |_| true)
}

/// The trainable convolution kernels of a module (its rank-4 tensors), flattened, in visiting
/// order.
pub fn trainable_kernels<M: Module>(module: &M) -> Vec<Tensor<1>> {
    collect_trainable(module, |rank| rank == 4)
}

fn collect_trainable<M: Module>(module: &M, rank: fn(usize) -> bool) -> Vec<Tensor<1>> {
    struct Collect(Vec<Tensor<1>>, fn(usize) -> bool);
    impl ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let t = param.val();
            if t.is_require_grad() && (self.1)(D) {
                let n = t.shape().num_elements();
                self.0.push(t.reshape([n]));
            }
        }
    }
    let mut c = Collect(Vec::new(), rank);
    module.visit(&mut c);
    c.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use burn::tensor::TensorData;

    #[test]
    fn l2_sp_is_zero_at_theta0_and_its_gradient_is_two_alpha_delta() {
        let device = swan_train::default_device();
        let t0 = Tensor::<1>::from_data(TensorData::new(vec![0.5f32, -1.0, 2.0], [3]), &device);
        assert_eq!(
            l2_sp(std::slice::from_ref(&t0), std::slice::from_ref(&t0), 0.01).into_scalar::<f32>(),
            0.0
        );
        let theta_v = [0.7f32, -1.5, 2.25];
        let theta =
            Tensor::<1>::from_data(TensorData::new(theta_v.to_vec(), [3]), &device).require_grad();
        let omega = l2_sp(
            std::slice::from_ref(&theta),
            std::slice::from_ref(&t0),
            0.01,
        );
        let grads = omega.backward();
        let g: Vec<f32> = theta
            .grad(&grads)
            .unwrap()
            .into_data()
            .try_to_vec()
            .unwrap();
        let t0v = [0.5f32, -1.0, 2.0];
        // Analytic 2α(θ − θ0) and central finite differences.
        let f = |v: &[f64]| {
            v.iter()
                .zip(&t0v)
                .map(|(a, b)| (a - *b as f64).powi(2))
                .sum::<f64>()
                * 0.01
        };
        for i in 0..3 {
            let expected = 2.0 * 0.01 * (theta_v[i] - t0v[i]);
            assert!((g[i] - expected).abs() < 1e-6, "{} vs {expected}", g[i]);
            let mut up: Vec<f64> = theta_v.iter().map(|&x| x as f64).collect();
            let mut down = up.clone();
            up[i] += 1e-4;
            down[i] -= 1e-4;
            let fd = (f(&up) - f(&down)) / 2e-4;
            assert!((g[i] as f64 - fd).abs() < 1e-6, "{} vs fd {fd}", g[i]);
        }
    }

    #[test]
    fn l2_sp_norm_is_the_unsquared_norm_with_gradient_alpha_times_the_unit_difference() {
        let device = swan_train::default_device();
        let t0v = [0.5f32, -1.0, 2.0];
        let t0 = Tensor::<1>::from_data(TensorData::new(t0v.to_vec(), [3]), &device);
        // Zero at θ0, with a zero (finite) gradient there.
        let at0 = t0.clone().require_grad();
        let omega = l2_sp_norm(std::slice::from_ref(&at0), std::slice::from_ref(&t0), 0.01);
        assert!(omega.clone().into_scalar::<f32>().abs() < 1e-9);
        let g0: Vec<f32> = at0
            .grad(&omega.backward())
            .unwrap()
            .into_data()
            .try_to_vec()
            .unwrap();
        assert!(g0.iter().all(|g| *g == 0.0), "{g0:?}");
        // Two tensors, as the encoder has many: one norm over both, not a sum of norms.
        let (a_v, b_v) = ([0.7f32, -1.5], [2.25f32]);
        let a = Tensor::<1>::from_data(TensorData::new(a_v.to_vec(), [2]), &device).require_grad();
        let b = Tensor::<1>::from_data(TensorData::new(b_v.to_vec(), [1]), &device).require_grad();
        let (a0, b0) = (t0.clone().slice(0..2), t0.slice(2..3));
        let omega = l2_sp_norm(&[a.clone(), b.clone()], &[a0, b0], 0.01);
        let d = [a_v[0] - t0v[0], a_v[1] - t0v[1], b_v[0] - t0v[2]];
        let norm = d.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
        assert!((omega.clone().into_scalar::<f32>() as f64 - 0.01 * norm).abs() < 1e-8);
        let grads = omega.backward();
        let mut g: Vec<f32> = a.grad(&grads).unwrap().into_data().try_to_vec().unwrap();
        g.extend(
            b.grad(&grads)
                .unwrap()
                .into_data()
                .try_to_vec::<f32>()
                .unwrap(),
        );
        for (gi, di) in g.iter().zip(d) {
            let expected = 0.01 * di as f64 / norm;
            assert!((*gi as f64 - expected).abs() < 1e-7, "{gi} vs {expected}");
        }
    }

    #[test]
    fn bce_matches_the_definition() {
        let device = Device::flex();
        let z =
            Tensor::<1>::from_data(TensorData::new(vec![0.0f32, 2.0, -3.0, 40.0], [4]), &device);
        let y = Tensor::<1>::from_data(TensorData::new(vec![1.0f32, 0.0, 1.0, 1.0], [4]), &device);
        let got: Vec<f32> = bce_with_logits(z, y).into_data().try_to_vec().unwrap();
        let sig = |z: f64| 1.0 / (1.0 + (-z).exp());
        let expect = [
            -(sig(0.0).ln()),
            -((1.0 - sig(2.0)).ln()),
            -(sig(-3.0).ln()),
            0.0,
        ];
        for (g, e) in got.iter().zip(expect) {
            assert!((*g as f64 - e).abs() < 1e-5, "{g} vs {e}");
        }
    }
}
