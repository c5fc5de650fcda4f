//! The network of transfer-based AD: a pretrained encoder θ, optionally with ADRA's residual
//! adapters, and a linear head giving the logit of "x is anomalous".

use burn::module::{Module, ModuleVisitor, Param};
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{Linear, LinearConfig};
use burn::tensor::activation::relu;
use burn::tensor::{Device, Tensor};
use swan_encoder::efficientnet_lite0::EfficientNetLite0;

/// Encoder, adapters (ADRA; empty otherwise) and head.
#[derive(Module, Debug)]
pub struct TransferNet {
    pub encoder: EfficientNetLite0,
    /// One 1×1 convolution V per MBConv block, mapping the block input to its output shape
    /// (strided where the block is); zero at initialisation.
    pub adapters: Vec<Conv2d>,
    pub head: Linear,
}

impl TransferNet {
    /// `adapters`: ADRA's bypasses, zero-initialised (the untrained model is the pretrained
    /// one).
    pub fn new(encoder: EfficientNetLite0, adapters: bool, device: &Device) -> Self {
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

    /// Pooled features `[n, 1280]`: `Φ(x) = x + f0(x) + Vx` per block with adapters,
    /// the encoder as it is without.
    pub fn features(&self, x: Tensor<4>) -> Tensor<2> {
        let e = &self.encoder;
        let mut x = e.stem.forward(x);
        for (i, block) in e.blocks.iter().enumerate() {
            let y = block.forward(x.clone());
            x = match self.adapters.get(i) {
                Some(v) => {
                    let s = v.stride;
                    y + swan_encoder::kernels::conv2d(x, v.weight.val(), None, s, [0; 4], 1)
                }
                None => y,
            };
        }
        let x = e.head.forward(x);
        let [n, c, h, w] = x.dims();
        x.reshape([n, c, h * w]).mean_dim(2).reshape([n, c])
    }

    /// Logits `[n]` of f_θ(x) = σ(logit), the probability that x is anomalous.
    pub fn logits(&self, x: Tensor<4>) -> Tensor<1> {
        let f = self.features(x);
        let n = f.dims()[0];
        self.head.forward(f).reshape([n])
    }
}

/// Binary cross-entropy on logits, per row: `softplus(z) − y·z`, computed stably.
pub fn bce_with_logits(z: Tensor<1>, y: Tensor<1>) -> Tensor<1> {
    let softplus = relu(z.clone()) + z.clone().abs().neg().exp().add_scalar(1.0).log();
    softplus - y * z
}

/// L2-SP (the paper's Ω): `α Σ ‖θ − θ0‖²` over matching tensors.
pub fn l2_sp(theta: &[Tensor<1>], theta0: &[Tensor<1>], alpha: f64) -> Tensor<1> {
    theta
        .iter()
        .zip(theta0)
        .map(|(t, t0)| (t.clone() - t0.clone()).powi_scalar(2).sum())
        .reduce(|a, b| a + b)
        .map(|s| s.mul_scalar(alpha))
        .expect("at least one tensor")
}

/// The trainable tensors of a module (flattened, in visiting order, still attached to the
/// autodiff graph).
pub fn trainable_tensors<M: Module>(module: &M) -> Vec<Tensor<1>> {
    struct Collect(Vec<Tensor<1>>);
    impl ModuleVisitor for Collect {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let t = param.val();
            if t.is_require_grad() {
                let n = t.shape().num_elements();
                self.0.push(t.reshape([n]));
            }
        }
    }
    let mut c = Collect(Vec::new());
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
