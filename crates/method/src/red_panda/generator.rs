//! Red PANDA's conditional generator G(ẑ, n): the code concatenated with a one-hot of the
//! nuisance value, a linear layer to a 4×4 map, then (nearest ×2 upsampling, 3×3
//! convolution, ReLU) until the output size, a last 3×3 convolution to RGB and a sigmoid.
//! Used for training only (its reconstruction loss keeps the codes informative while the
//! nuisance it is told need not be in them).

use burn::module::Module;
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{Linear, LinearConfig, PaddingConfig2d};
use burn::tensor::activation::{relu, sigmoid};
use burn::tensor::{Device, Tensor};

/// Red PANDA's conditional generator: an image from a code and a one-hot nuisance value
/// (a linear map to a 4×4 map, nearest-neighbour ×2 upsamplings with 3×3 convolutions, a
/// sigmoid output).
#[derive(Module, Debug)]
pub struct Generator {
    /// Code and nuisance to the `[base, 4, 4]` start.
    pub fc: Linear,
    /// One 3×3 convolution after each upsampling.
    pub ups: Vec<Conv2d>,
    /// The 3×3 convolution to RGB.
    pub out: Conv2d,
    /// Channels of the 4×4 start.
    #[module(skip)]
    pub base: usize,
}

fn conv3(c_in: usize, c_out: usize, device: &Device) -> Conv2d {
    Conv2dConfig::new([c_in, c_out], [3, 3])
        .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
        .init(device)
}

/// Nearest-neighbour ×2 upsampling, `[n, c, h, w] → [n, c, 2h, 2w]`.
pub fn upsample2(x: Tensor<4>) -> Tensor<4> {
    let [n, c, h, w] = x.dims();
    x.reshape([n, c, h, 1, w, 1])
        .expand([n, c, h, 2, w, 2])
        .reshape([n, c, 2 * h, 2 * w])
}

impl Generator {
    /// `size` must be 4·2^k (8, 16, 32, 64, ...); channels halve at each upsampling from
    /// `base` (not below 16).
    pub fn new(
        code_dim: usize,
        nuisance_values: usize,
        size: usize,
        base: usize,
        device: &Device,
    ) -> Self {
        let steps = (size / 4).trailing_zeros() as usize;
        let mut ups = Vec::with_capacity(steps);
        let mut c = base;
        for _ in 0..steps {
            let next = (c / 2).max(16);
            ups.push(conv3(c, next, device));
            c = next;
        }
        Self {
            fc: LinearConfig::new(code_dim + nuisance_values, base * 16).init(device),
            ups,
            out: conv3(c, 3, device),
            base,
        }
    }

    /// Whether `size` is a size the generator can produce.
    pub fn valid_size(size: usize) -> bool {
        size >= 8 && size.is_power_of_two()
    }

    /// # Shapes
    /// - `code`: `[n, d]`, `nuisance`: `[n, v]` one-hot → `[n, 3, size, size]` in (0, 1)
    pub fn forward(&self, code: Tensor<2>, nuisance: Tensor<2>) -> Tensor<4> {
        let n = code.dims()[0];
        let mut x = relu(self.fc.forward(Tensor::cat(vec![code, nuisance], 1)))
            .reshape([n, self.base, 4, 4]);
        for conv in &self.ups {
            x = relu(swan_encoder::kernels::conv2d_layer(conv, upsample2(x)));
        }
        sigmoid(swan_encoder::kernels::conv2d_layer(&self.out, x))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use burn::tensor::TensorData;

    #[test]
    fn output_shape_and_range() {
        let device = Device::flex();
        let g = swan_train::params::seeded_init(Generator::new(8, 3, 32, 32, &device), 1);
        let code = Tensor::<2>::from_data(
            TensorData::new((0..16).map(|i| (i as f32 - 8.0) * 3.0).collect(), [2, 8]),
            &device,
        );
        let onehot = Tensor::<2>::from_data(
            TensorData::new(vec![1.0f32, 0.0, 0.0, 0.0, 0.0, 1.0], [2, 3]),
            &device,
        );
        let y = g.forward(code, onehot);
        assert_eq!(y.dims(), [2, 3, 32, 32]);
        let v: Vec<f32> = y.into_data().try_to_vec().unwrap();
        assert!(v.iter().all(|&p| p > 0.0 && p < 1.0));
        assert!(
            Generator::valid_size(16) && !Generator::valid_size(24) && !Generator::valid_size(4)
        );
    }

    #[test]
    fn upsampling_repeats_each_pixel() {
        let device = Device::flex();
        let x = Tensor::<4>::from_data(
            TensorData::new(vec![1.0f32, 2.0, 3.0, 4.0], [1, 1, 2, 2]),
            &device,
        );
        let y: Vec<f32> = upsample2(x).into_data().try_to_vec().unwrap();
        assert_eq!(
            y,
            vec![
                1.0, 1.0, 2.0, 2.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 4.0, 3.0, 3.0, 4.0, 4.0
            ]
        );
    }
}
