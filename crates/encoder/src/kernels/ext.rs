use burn::backend::ops::{ActivationOps, FloatTensorOps, ModuleOps};
use burn::backend::{Backend, Flex, TensorMetadata, backend_extension, tensor::FloatTensor};
use burn::tensor::ops::ConvOptions;
use burn::tensor::{DType, Device, Shape, Tensor, TensorData};
use burn_autodiff::{
    Autodiff,
    checkpoint::{base::Checkpointer, strategy::CheckpointStrategy},
    grads::Gradients,
    ops::{Backward, Ops, OpsKind},
};
use burn_flex::FlexTensor;

use super::conv::{
    ConvGeom, conv2d_forward, conv2d_weight_backward, conv2d_x_backward, depthwise_forward,
    depthwise_weight_backward, depthwise_x_backward,
};

/// swan's convolution as a backend operation (NCHW, no bias, dilation 1, padding
/// `[top, left, bottom, right]`; dense or depthwise on swan's kernels, other groupings on
/// burn's).
#[backend_extension(Flex, Autodiff)]
pub trait SwanConvOps: Backend {
    fn swan_conv2d(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self>;

    fn swan_conv2d_x_backward(
        dy: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        x_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self>;

    fn swan_conv2d_weight_backward(
        x: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        weight_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self>;
}

fn geom(x: [usize; 4], w: [usize; 4], stride: [usize; 2], padding: [usize; 4]) -> ConvGeom {
    ConvGeom {
        n: x[0],
        c: x[1],
        h: x[2],
        w: x[3],
        o: w[0],
        kh: w[2],
        kw: w[3],
        stride,
        pad: padding,
    }
}

fn dims4(shape: &Shape) -> [usize; 4] {
    [shape[0], shape[1], shape[2], shape[3]]
}

fn f32_values(t: &FlexTensor) -> std::borrow::Cow<'_, [f32]> {
    match t.as_slice::<f32>() {
        Some(s) if t.is_contiguous() => std::borrow::Cow::Borrowed(s),
        _ => std::borrow::Cow::Owned(
            t.to_contiguous()
                .as_slice::<f32>()
                .expect("contiguous f32")
                .to_vec(),
        ),
    }
}

fn options(stride: [usize; 2], padding: [usize; 4], groups: usize) -> ConvOptions<2> {
    let [top, left, bottom, right] = padding;
    ConvOptions::new_with_padding(stride, [(top, bottom), (left, right)], [1, 1], groups)
}

/// Which of swan's kernels serves a convolution of this weight shape and grouping.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dense,
    Depthwise,
    Other,
}

fn kind(x_channels: usize, w: [usize; 4], groups: usize) -> Kind {
    if groups == 1 {
        Kind::Dense
    } else if groups == x_channels && w[0] == x_channels && w[1] == 1 {
        Kind::Depthwise
    } else {
        Kind::Other
    }
}

/// One of swan's kernels: geometry and two f32 operands in, the result's values out.
type Kernel = fn(&ConvGeom, &[f32], &[f32]) -> Vec<f32>;

/// Whether swan's kernels serve a convolution of this kind on these operands (f32 only).
fn swan_serves(k: Kind, a: &FlexTensor, b: &FlexTensor) -> bool {
    k != Kind::Other && a.dtype() == DType::F32 && b.dtype() == DType::F32
}

/// Runs the dense or depthwise kernel on `a`, `b` and shapes the result as `shape`.
fn run_kernel(
    k: Kind,
    g: &ConvGeom,
    (a, b): (&FlexTensor, &FlexTensor),
    (dense, depthwise): (Kernel, Kernel),
    shape: Vec<usize>,
) -> FlexTensor {
    let kernel = if k == Kind::Depthwise {
        depthwise
    } else {
        dense
    };
    let values = kernel(g, &f32_values(a), &f32_values(b));
    FlexTensor::from_data(TensorData::new(values, shape))
}

impl SwanConvOps for Flex {
    fn swan_conv2d(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self> {
        let (xs, ws) = (dims4(&x.shape()), dims4(&weight.shape()));
        let k = kind(xs[1], ws, groups);
        if !swan_serves(k, &x, &weight) {
            return <Flex as ModuleOps<Flex>>::conv2d(
                x,
                weight,
                None,
                options(stride, padding, groups),
            );
        }
        let g = geom(xs, ws, stride, padding);
        let (ho, wo) = g.out_hw();
        run_kernel(
            k,
            &g,
            (&x, &weight),
            (conv2d_forward, depthwise_forward),
            vec![g.n, g.o, ho, wo],
        )
    }

    fn swan_conv2d_x_backward(
        dy: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        x_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self> {
        let ws = dims4(&weight.shape());
        let k = kind(x_shape[1], ws, groups);
        if !swan_serves(k, &dy, &weight) {
            let x = FlexTensor::zeros(Shape::from(x_shape.to_vec()), dy.dtype());
            return <Flex as ModuleOps<Flex>>::conv2d_x_backward(
                x,
                weight,
                dy,
                options(stride, padding, groups),
            );
        }
        let g = geom(x_shape, ws, stride, padding);
        run_kernel(
            k,
            &g,
            (&dy, &weight),
            (conv2d_x_backward, depthwise_x_backward),
            x_shape.to_vec(),
        )
    }

    fn swan_conv2d_weight_backward(
        x: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        weight_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self> {
        let xs = dims4(&x.shape());
        let k = kind(xs[1], weight_shape, groups);
        if !swan_serves(k, &x, &dy) {
            let w = FlexTensor::zeros(Shape::from(weight_shape.to_vec()), dy.dtype());
            return <Flex as ModuleOps<Flex>>::conv2d_weight_backward(
                x,
                w,
                dy,
                options(stride, padding, groups),
            );
        }
        let g = geom(xs, weight_shape, stride, padding);
        run_kernel(
            k,
            &g,
            (&x, &dy),
            (conv2d_weight_backward, depthwise_weight_backward),
            weight_shape.to_vec(),
        )
    }
}

impl<B: Backend + SwanConvOps, C: CheckpointStrategy> SwanConvOps for Autodiff<B, C> {
    fn swan_conv2d(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self> {
        #[derive(Debug)]
        struct Conv;

        impl<B: Backend + SwanConvOps> Backward<B, 2> for Conv {
            type State = (
                B::FloatTensorPrimitive,
                B::FloatTensorPrimitive,
                [usize; 2],
                [usize; 4],
                usize,
            );

            fn backward(
                self,
                ops: Ops<Self::State, 2>,
                grads: &mut Gradients,
                _checkpointer: &mut Checkpointer,
            ) {
                let [node_x, node_w] = ops.parents;
                let dy = grads.consume::<B>(&ops.node);
                let (x, w, stride, padding, groups) = ops.state;
                let (x_shape, w_shape) = (dims4(&x.shape()), dims4(&w.shape()));
                if let Some(node) = node_x {
                    let dx =
                        B::swan_conv2d_x_backward(dy.clone(), w, x_shape, stride, padding, groups);
                    grads.register::<B>(node.id, dx);
                }
                if let Some(node) = node_w {
                    let dw =
                        B::swan_conv2d_weight_backward(x, dy, w_shape, stride, padding, groups);
                    grads.register::<B>(node.id, dw);
                }
            }
        }

        let guards = [x.node(), weight.node()];
        let (x, w) = (x.into_primitive(), weight.into_primitive());
        let out = B::swan_conv2d(x.clone(), w.clone(), stride, padding, groups);
        match Conv.prepare::<C>(guards).compute_bound().stateful() {
            OpsKind::Tracked(prep) => prep.finish((x, w, stride, padding, groups), out),
            OpsKind::UnTracked(prep) => prep.finish(out),
        }
    }

    fn swan_conv2d_x_backward(
        dy: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        x_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self> {
        // Only the inner backend's version runs inside a backward pass; this differentiable
        // form (burn's composition) exists for completeness.
        let x = Self::float_zeros(
            Shape::from(x_shape.to_vec()),
            &dy.device(),
            dy.dtype().into(),
        );
        <Self as ModuleOps<Self>>::conv2d_x_backward(
            x,
            weight,
            dy,
            options(stride, padding, groups),
        )
    }

    fn swan_conv2d_weight_backward(
        x: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        weight_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 4],
        groups: usize,
    ) -> FloatTensor<Self> {
        let w = Self::float_zeros(
            Shape::from(weight_shape.to_vec()),
            &dy.device(),
            dy.dtype().into(),
        );
        <Self as ModuleOps<Self>>::conv2d_weight_backward(
            x,
            w,
            dy,
            options(stride, padding, groups),
        )
    }
}

/// Whether `device` (with or without autodiff) is burn's `flex` CPU device.
fn on_flex(device: &Device) -> bool {
    matches!(
        device.clone().inner().as_dispatch(),
        burn::backend::DispatchDevice::Flex(_)
    )
}

/// 2-D convolution without bias (NCHW, dilation 1, padding `[top, left, bottom, right]`):
/// swan's kernels on `flex` (dense and depthwise; other groupings fall back to burn's), burn's
/// `conv2d` on other devices.
pub fn conv2d(
    x: Tensor<4>,
    weight: Tensor<4>,
    stride: [usize; 2],
    padding: [usize; 4],
    groups: usize,
) -> Tensor<4> {
    if on_flex(&x.device()) {
        Tensor::from_dispatch(<burn::backend::Dispatch as SwanConvOps>::swan_conv2d(
            x.into_dispatch(),
            weight.into_dispatch(),
            stride,
            padding,
            groups,
        ))
    } else {
        burn::tensor::module::conv2d(x, weight, None, options(stride, padding, groups))
    }
}

/// ReLU6, `min(max(x, 0), 6)`, as one pass forward and one pass backward. burn's `relu6` is
/// `clamp(0, 6)`, which autodiff differentiates as two masked fills with two comparisons each
/// way: the largest elementwise cost of an EfficientNet-Lite0 training step on the CPU.
#[backend_extension(Flex, Autodiff)]
pub trait SwanActOps: Backend {
    fn swan_relu6(x: FloatTensor<Self>) -> FloatTensor<Self>;

    /// The gradient of ReLU6 from its output `y`: `dy` where `0 < y < 6`, else 0 (PyTorch's
    /// `hardtanh_backward`: no gradient at the bounds).
    fn swan_relu6_backward(y: FloatTensor<Self>, dy: FloatTensor<Self>) -> FloatTensor<Self>;
}

/// The values of `t` as f32 (converted when stored otherwise), and its dtype.
fn values_any(t: FlexTensor) -> (Vec<f32>, Vec<usize>, DType) {
    let (dtype, shape) = (t.dtype(), t.shape().to_vec());
    let values = if dtype == DType::F32 {
        f32_values(&t).into_owned()
    } else {
        let data = t.into_data().convert::<f32>();
        data.try_to_vec::<f32>().unwrap_or_default()
    };
    (values, shape, dtype)
}

/// The values of `t` as f32, borrowed when stored as contiguous f32 (for read-only inputs).
fn values_ref(t: &FlexTensor) -> std::borrow::Cow<'_, [f32]> {
    if t.dtype() == DType::F32 {
        f32_values(t)
    } else {
        std::borrow::Cow::Owned(values_any(t.clone()).0)
    }
}

fn tensor_of(values: Vec<f32>, shape: Vec<usize>, dtype: DType) -> FlexTensor {
    let data = TensorData::new(values, shape);
    FlexTensor::from_data(if dtype == DType::F32 {
        data
    } else {
        data.convert_dtype(dtype)
    })
}

/// Elementwise `f` over chunks in parallel (the rayon pool `--threads` set).
fn par_map(values: &mut [f32], f: impl Fn(&mut [f32]) + Send + Sync) {
    use rayon::prelude::*;
    values.par_chunks_mut(1 << 14).for_each(f);
}

impl SwanActOps for Flex {
    fn swan_relu6(x: FloatTensor<Self>) -> FloatTensor<Self> {
        let (mut v, shape, dtype) = values_any(x);
        // NaN stays NaN (`f32::clamp` keeps it), as in PyTorch.
        par_map(&mut v, |c| {
            c.iter_mut().for_each(|e| *e = e.clamp(0.0, 6.0))
        });
        tensor_of(v, shape, dtype)
    }

    fn swan_relu6_backward(y: FloatTensor<Self>, dy: FloatTensor<Self>) -> FloatTensor<Self> {
        let y = values_ref(&y);
        let (mut g, shape, dtype) = values_any(dy);
        {
            use rayon::prelude::*;
            g.par_chunks_mut(1 << 14)
                .zip(y.par_chunks(1 << 14))
                .for_each(|(g, y)| {
                    for (g, &y) in g.iter_mut().zip(y) {
                        if !(y > 0.0 && y < 6.0) {
                            *g = 0.0;
                        }
                    }
                });
        }
        tensor_of(g, shape, dtype)
    }
}

impl<B: Backend + SwanActOps, C: CheckpointStrategy> SwanActOps for Autodiff<B, C> {
    fn swan_relu6(x: FloatTensor<Self>) -> FloatTensor<Self> {
        #[derive(Debug)]
        struct Relu6;

        impl<B: Backend + SwanActOps> Backward<B, 1> for Relu6 {
            type State = B::FloatTensorPrimitive;

            fn backward(
                self,
                ops: Ops<Self::State, 1>,
                grads: &mut Gradients,
                _checkpointer: &mut Checkpointer,
            ) {
                let [node] = ops.parents;
                let dy = grads.consume::<B>(&ops.node);
                if let Some(node) = node {
                    grads.register::<B>(node.id, B::swan_relu6_backward(ops.state, dy));
                }
            }
        }

        let guards = [x.node()];
        let out = B::swan_relu6(x.into_primitive());
        match Relu6.prepare::<C>(guards).compute_bound().stateful() {
            OpsKind::Tracked(prep) => prep.finish(out.clone(), out),
            OpsKind::UnTracked(prep) => prep.finish(out),
        }
    }

    fn swan_relu6_backward(y: FloatTensor<Self>, dy: FloatTensor<Self>) -> FloatTensor<Self> {
        // Only the inner backend's version runs inside a backward pass; this differentiable
        // form exists for completeness: dy · 1[0 < y < 6], with 1[·] = relu'(y) − relu'(y − 6)
        // written as a difference of two ReLU gradients.
        let ones = Self::float_ones(y.shape(), &y.device(), y.dtype().into());
        let inside = Self::relu_backward(y.clone(), ones.clone());
        let above = Self::relu_backward(Self::relu(Self::float_sub_scalar(y, 6.0f32.into())), ones);
        Self::float_mul(dy, Self::float_sub(inside, above))
    }
}

/// ReLU6: swan's single-pass operation (with its own backward) on `flex`, burn's `relu6`
/// elsewhere.
pub fn relu6<const D: usize>(x: Tensor<D>) -> Tensor<D> {
    if on_flex(&x.device()) {
        Tensor::from_dispatch(<burn::backend::Dispatch as SwanActOps>::swan_relu6(
            x.into_dispatch(),
        ))
    } else {
        burn::tensor::activation::relu6(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
        t.into_data().try_to_vec::<f32>().unwrap()
    }

    #[test]
    fn relu6_forward_and_gradient_in_one_pass_each() {
        let device = Device::flex().autodiff();
        let xs = [-2.0, -0.0, 0.0, 0.5, 3.0, 5.999, 6.0, 7.5, f32::NAN];
        let ws = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0];
        let x: Tensor<1> = Tensor::from_data(TensorData::from(xs), &device).require_grad();
        let w: Tensor<1> = Tensor::from_data(TensorData::from(ws), &device);
        let y = relu6(x.clone());
        let got = values(y.clone());
        let want = [0.0, 0.0, 0.0, 0.5, 3.0, 5.999, 6.0, 6.0];
        assert_eq!(got[..8], want);
        assert!(got[8].is_nan(), "NaN propagates");
        // d/dx Σ w·relu6(x) = w where 0 < x < 6 (no gradient at the bounds, as PyTorch).
        let grads = (y * w).sum().backward();
        let dx = values(x.grad(&grads).unwrap());
        assert_eq!(dx, [0.0, 0.0, 0.0, 4.0, 5.0, 6.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn relu6_matches_burns_on_a_4d_activation_and_its_gradient_off_the_bounds() {
        let device = Device::flex().autodiff();
        let n = 2 * 3 * 5 * 7;
        // Values spread over (-4, 10), none exactly at 0 or 6.
        let xs: Vec<f32> = (0..n)
            .map(|i| ((i * 37) % 97) as f32 * 0.145 - 4.01)
            .collect();
        let ws: Vec<f32> = (0..n).map(|i| ((i * 13) % 11) as f32 - 5.0).collect();
        let make = |v: &[f32]| -> Tensor<4> {
            Tensor::from_data(TensorData::new(v.to_vec(), [2, 3, 5, 7]), &device)
        };
        let (x1, x2, w) = (
            make(&xs).require_grad(),
            make(&xs).require_grad(),
            make(&ws),
        );
        let (y1, y2) = (
            relu6(x1.clone()),
            burn::tensor::activation::relu6(x2.clone()),
        );
        assert_eq!(values(y1.clone()), values(y2.clone()));
        let g1 = (y1 * w.clone()).sum().backward();
        let g2 = (y2 * w).sum().backward();
        assert_eq!(values(x1.grad(&g1).unwrap()), values(x2.grad(&g2).unwrap()));
    }
}

/// Batch-norm in train mode (`[N, C, H, W]`, statistics over N, H, W) as swan's operations:
/// the statistics in one pass per channel, the normalisation in one pass per plane, the
/// backward in per-channel sums and one pass per plane. burn's default composition (which the
/// `flex` backend keeps) computes the statistics through transposed copies of the activation
/// (`swap_dims(0, 1)` then a reduction) and the backward through a dozen elementwise passes.
///
/// `stats` is `[2, C]`: the batch mean and the biased variance (what burn's `BatchNorm` feeds
/// its running statistics); it is computed from the input without tracking, and
/// [`SwanBatchNormOps::swan_bn_apply`]'s backward is the full train-mode gradient (through the
/// statistics too).
#[backend_extension(Flex, Autodiff)]
pub trait SwanBatchNormOps: Backend {
    fn swan_bn_stats(x: FloatTensor<Self>) -> FloatTensor<Self>;

    fn swan_bn_apply(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        beta: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self>;

    /// `dx = γ/σ · (dy − mean(dy) − x̂ · mean(dy · x̂))` per channel, `x̂ = (x − μ)/σ`.
    fn swan_bn_backward_x(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self>;

    /// `[2, C]`: `Σ dy · x̂` (the gradient of γ) and `Σ dy` (of β) per channel.
    fn swan_bn_backward_params(
        x: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self>;
}

/// `Σ f(a[j], b[j])` in 16 fixed-order f32 lanes (vectorisable), returned in f64.
#[inline]
fn lane_sum(a: &[f32], b: &[f32], f: impl Fn(f32, f32) -> f32) -> f64 {
    let mut lanes = [0.0f32; 16];
    let n = a.len() / 16 * 16;
    let b = &b[..a.len()];
    for (ca, cb) in a[..n].chunks_exact(16).zip(b[..n].chunks_exact(16)) {
        for k in 0..16 {
            lanes[k] += f(ca[k], cb[k]);
        }
    }
    let mut s: f64 = lanes.iter().map(|&l| f64::from(l)).sum();
    for (&x, &y) in a[n..].iter().zip(&b[n..]) {
        s += f64::from(f(x, y));
    }
    s
}

/// `(n, c, plane)` of an `[N, C, ...]` shape.
fn ncp(shape: &[usize]) -> (usize, usize, usize) {
    let (n, c) = (shape[0], shape.get(1).copied().unwrap_or(1));
    (n, c, shape[2..].iter().product())
}

/// Per channel `ch`: `Σ_n f(plane of image n)`.
fn per_channel(c: usize, f: impl Fn(usize) -> f64 + Send + Sync) -> Vec<f64> {
    use rayon::prelude::*;
    (0..c).into_par_iter().map(f).collect()
}

/// `(mean, 1/σ)` per channel from a `[2, C]` stats tensor.
fn moments(stats: FlexTensor, epsilon: f64) -> (Vec<f32>, Vec<f32>) {
    let (s, _, _) = values_any(stats);
    let c = s.len() / 2;
    let inv_std = s[c..]
        .iter()
        .map(|&v| (1.0 / (f64::from(v) + epsilon).sqrt()) as f32)
        .collect();
    (s[..c].to_vec(), inv_std)
}

impl SwanBatchNormOps for Flex {
    fn swan_bn_stats(x: FloatTensor<Self>) -> FloatTensor<Self> {
        let (shape, dtype) = (x.shape().to_vec(), x.dtype());
        let v = values_ref(&x);
        let (n, c, p) = ncp(&shape);
        let count = (n * p).max(1) as f64;
        let plane = |i: usize, ch: usize| &v[(i * c + ch) * p..(i * c + ch + 1) * p];
        let mean = per_channel(c, |ch| {
            let sum: f64 = (0..n)
                .map(|i| lane_sum(plane(i, ch), plane(i, ch), |x, _| x))
                .sum();
            sum / count
        });
        // Two passes: the mean of the squared deviations from the mean.
        let var = per_channel(c, |ch| {
            let m = mean[ch] as f32;
            let sum: f64 = (0..n)
                .map(|i| lane_sum(plane(i, ch), plane(i, ch), |x, _| (x - m) * (x - m)))
                .sum();
            sum / count
        });
        let stats: Vec<f32> = mean.iter().chain(&var).map(|&x| x as f32).collect();
        tensor_of(stats, vec![2, c], dtype)
    }

    fn swan_bn_apply(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        beta: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        use rayon::prelude::*;
        let (mut v, shape, dtype) = values_any(x);
        let (_, c, p) = ncp(&shape);
        let (mean, inv_std) = moments(stats, epsilon);
        let (g, _, _) = values_any(gamma);
        let (b, _, _) = values_any(beta);
        v.par_chunks_mut(p.max(1))
            .enumerate()
            .for_each(|(nc, plane)| {
                let ch = nc % c;
                let (scale, m, shift) = (g[ch] * inv_std[ch], mean[ch], b[ch]);
                for e in plane {
                    *e = (*e - m) * scale + shift;
                }
            });
        tensor_of(v, shape, dtype)
    }

    fn swan_bn_backward_x(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        use rayon::prelude::*;
        let shape = x.shape().to_vec();
        let xv = values_ref(&x);
        let (mut g, _, dtype) = values_any(dy);
        let (n, c, p) = ncp(&shape);
        let count = (n * p).max(1) as f64;
        let (mean, inv_std) = moments(stats, epsilon);
        let (gm, _, _) = values_any(gamma);
        let plane = |i: usize, ch: usize| (i * c + ch) * p..(i * c + ch + 1) * p;
        // mean(dy) and mean(dy · x̂) per channel.
        let sums: Vec<(f32, f32)> = {
            let (g, xv) = (&g, &xv);
            (0..c)
                .into_par_iter()
                .map(|ch| {
                    let (mut sdy, mut sdyx) = (0.0f64, 0.0f64);
                    for i in 0..n {
                        let (r, m) = (plane(i, ch), mean[ch]);
                        sdy += lane_sum(&g[r.clone()], &g[r.clone()], |d, _| d);
                        sdyx += lane_sum(&g[r.clone()], &xv[r], |d, x| d * (x - m));
                    }
                    (
                        (sdy / count) as f32,
                        (sdyx * f64::from(inv_std[ch]) / count) as f32,
                    )
                })
                .collect()
        };
        g.par_chunks_mut(p.max(1))
            .zip(xv.par_chunks(p.max(1)))
            .enumerate()
            .for_each(|(nc, (d, xp))| {
                let ch = nc % c;
                let (k, m, s) = (gm[ch] * inv_std[ch], mean[ch], inv_std[ch]);
                let (mdy, mdyx) = sums[ch];
                for (d, &xe) in d.iter_mut().zip(xp) {
                    *d = k * (*d - mdy - (xe - m) * s * mdyx);
                }
            });
        tensor_of(g, shape, dtype)
    }

    fn swan_bn_backward_params(
        x: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        let shape = x.shape().to_vec();
        let (xv, g) = (values_ref(&x), values_ref(&dy));
        let dtype = dy.dtype();
        let (n, c, p) = ncp(&shape);
        let (mean, inv_std) = moments(stats, epsilon);
        let r = |i: usize, ch: usize| (i * c + ch) * p..(i * c + ch + 1) * p;
        let dgamma = per_channel(c, |ch| {
            let m = mean[ch];
            (0..n)
                .map(|i| lane_sum(&g[r(i, ch)], &xv[r(i, ch)], |d, x| d * (x - m)))
                .sum::<f64>()
                * f64::from(inv_std[ch])
        });
        let dbeta = per_channel(c, |ch| {
            (0..n)
                .map(|i| lane_sum(&g[r(i, ch)], &g[r(i, ch)], |d, _| d))
                .sum()
        });
        let out: Vec<f32> = dgamma.iter().chain(&dbeta).map(|&x| x as f32).collect();
        tensor_of(out, vec![2, c], dtype)
    }
}

/// Registers `out` as computed from `guards` without a gradient path (the batch statistics,
/// whose dependence on the input is part of `swan_bn_apply`'s backward, and the backward passes
/// themselves, which are not differentiated again).
macro_rules! no_grad {
    ($n:literal, $guards:expr, $out:expr) => {{
        #[derive(Debug)]
        struct NoGrad;

        impl<B: Backend> Backward<B, $n> for NoGrad {
            type State = ();

            fn backward(
                self,
                _ops: Ops<Self::State, $n>,
                _grads: &mut Gradients,
                _checkpointer: &mut Checkpointer,
            ) {
            }
        }

        match NoGrad.prepare::<C>($guards).compute_bound().stateful() {
            OpsKind::Tracked(prep) => prep.finish((), $out),
            OpsKind::UnTracked(prep) => prep.finish($out),
        }
    }};
}

impl<B: Backend + SwanBatchNormOps, C: CheckpointStrategy> SwanBatchNormOps for Autodiff<B, C> {
    fn swan_bn_stats(x: FloatTensor<Self>) -> FloatTensor<Self> {
        let guards = [x.node()];
        let out = B::swan_bn_stats(x.into_primitive());
        no_grad!(1, guards, out)
    }

    fn swan_bn_apply(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        beta: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        #[derive(Debug)]
        struct BnApply;

        impl<B: Backend + SwanBatchNormOps> Backward<B, 3> for BnApply {
            type State = (
                B::FloatTensorPrimitive,
                B::FloatTensorPrimitive,
                B::FloatTensorPrimitive,
                f64,
            );

            fn backward(
                self,
                ops: Ops<Self::State, 3>,
                grads: &mut Gradients,
                _checkpointer: &mut Checkpointer,
            ) {
                let [node_x, node_gamma, node_beta] = ops.parents;
                let dy = grads.consume::<B>(&ops.node);
                let (x, gamma, stats, epsilon) = ops.state;
                if node_gamma.is_some() || node_beta.is_some() {
                    let params =
                        B::swan_bn_backward_params(x.clone(), stats.clone(), dy.clone(), epsilon);
                    let c = params.shape()[1];
                    let row = |r: usize| {
                        let rows =
                            B::float_slice(params.clone(), &[burn::tensor::Slice::from(r..r + 1)]);
                        B::float_reshape(rows, Shape::from(vec![c]))
                    };
                    if let Some(node) = node_gamma {
                        grads.register::<B>(node.id, row(0));
                    }
                    if let Some(node) = node_beta {
                        grads.register::<B>(node.id, row(1));
                    }
                }
                if let Some(node) = node_x {
                    grads.register::<B>(
                        node.id,
                        B::swan_bn_backward_x(x, gamma, stats, dy, epsilon),
                    );
                }
            }
        }

        let guards = [x.node(), gamma.node(), beta.node()];
        let (x, gamma, beta) = (
            x.into_primitive(),
            gamma.into_primitive(),
            beta.into_primitive(),
        );
        let stats = stats.into_primitive();
        let out = B::swan_bn_apply(x.clone(), gamma.clone(), beta, stats.clone(), epsilon);
        match BnApply.prepare::<C>(guards).compute_bound().stateful() {
            OpsKind::Tracked(prep) => prep.finish((x, gamma, stats, epsilon), out),
            OpsKind::UnTracked(prep) => prep.finish(out),
        }
    }

    fn swan_bn_backward_x(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        let guards = [x.node()];
        let out = B::swan_bn_backward_x(
            x.into_primitive(),
            gamma.into_primitive(),
            stats.into_primitive(),
            dy.into_primitive(),
            epsilon,
        );
        no_grad!(1, guards, out)
    }

    fn swan_bn_backward_params(
        x: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        let guards = [x.node()];
        let out = B::swan_bn_backward_params(
            x.into_primitive(),
            stats.into_primitive(),
            dy.into_primitive(),
            epsilon,
        );
        no_grad!(1, guards, out)
    }
}

/// burn's `BatchNorm::forward` for a 4-D activation, with the train-mode path (autodiff
/// device, layer not frozen) on swan's operations on `flex`: the same output, and the same
/// running-statistics update (`momentum`, biased variance, as burn). Inference, frozen layers
/// and other devices keep burn's.
pub fn batch_norm(bn: &burn::nn::BatchNorm, x: Tensor<4>) -> Tensor<4> {
    let device = x.device();
    if !(on_flex(&device) && device.is_autodiff() && bn.training.is_enabled()) {
        return bn.forward(x);
    }
    let c = x.dims()[1];
    let stats = Tensor::<2>::from_dispatch(
        <burn::backend::Dispatch as SwanBatchNormOps>::swan_bn_stats(
            x.clone().detach().into_dispatch(),
        ),
    );
    let out = Tensor::from_dispatch(
        <burn::backend::Dispatch as SwanBatchNormOps>::swan_bn_apply(
            x.into_dispatch(),
            bn.gamma.val().into_dispatch(),
            bn.beta.val().into_dispatch(),
            stats.clone().into_dispatch(),
            bn.epsilon,
        ),
    );
    let mean = stats.clone().narrow(0, 0, 1).reshape([c]);
    let variance = stats.narrow(0, 1, 1).reshape([c]);
    let m = bn.momentum;
    let running_mean = bn.running_mean.value_sync().to_device(&device);
    let running_var = bn.running_var.value_sync().to_device(&device);
    bn.running_mean.update(
        running_mean
            .mul_scalar(1.0 - m)
            .add(mean.detach().mul_scalar(m))
            .detach(),
    );
    bn.running_var.update(
        running_var
            .mul_scalar(1.0 - m)
            .add(variance.detach().mul_scalar(m))
            .detach(),
    );
    out
}

#[cfg(test)]
mod bn_tests {
    use super::*;
    use burn::nn::BatchNormConfig;

    fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
        t.into_data().try_to_vec::<f32>().unwrap()
    }

    fn close(a: &[f32], b: &[f32], tol: f32, what: &str) {
        assert_eq!(a.len(), b.len(), "{what}");
        for (i, (x, y)) in a.iter().zip(b).enumerate() {
            assert!(
                (x - y).abs() <= tol * (1.0 + y.abs()),
                "{what}[{i}]: {x} vs {y}"
            );
        }
    }

    /// swan's train-mode batch-norm against burn's `BatchNorm::forward` on the same layer:
    /// output, running statistics after the step, and the gradients of x, γ and β (through
    /// the batch statistics).
    #[test]
    fn batch_norm_train_matches_burns() {
        let device = Device::flex().autodiff();
        for (shape, odd) in [
            ([4, 3, 5, 7], false),
            ([3, 37, 2, 2], true),
            ([2, 5, 9, 9], false),
        ] {
            let [n, c, h, w] = shape;
            let len = n * c * h * w;
            let xs: Vec<f32> = (0..len)
                .map(|i| ((i * 7919) % 1013) as f32 / 101.3 - 3.0 + (i % c) as f32)
                .collect();
            let ws: Vec<f32> = (0..len)
                .map(|i| ((i * 31) % 17) as f32 / 8.0 - 1.0)
                .collect();
            let mut layer = BatchNormConfig::new(c).init(&device);
            if odd {
                // Non-trivial γ, β and running statistics.
                let g: Vec<f32> = (0..c).map(|i| 0.5 + i as f32 / c as f32).collect();
                let b: Vec<f32> = (0..c).map(|i| i as f32 / 10.0 - 1.0).collect();
                layer.gamma = burn::module::Param::from_tensor(Tensor::from_data(
                    TensorData::new(g, [c]),
                    &device,
                ));
                layer.beta = burn::module::Param::from_tensor(Tensor::from_data(
                    TensorData::new(b, [c]),
                    &device,
                ));
            }
            let twin = layer.clone();
            let x = || -> Tensor<4> {
                Tensor::from_data(TensorData::new(xs.clone(), shape), &device).require_grad()
            };
            let wt: Tensor<4> = Tensor::from_data(TensorData::new(ws.clone(), shape), &device);
            let (x1, x2) = (x(), x());
            let (y1, y2) = (batch_norm(&layer, x1.clone()), twin.forward(x2.clone()));
            close(&values(y1.clone()), &values(y2.clone()), 1e-5, "output");
            close(
                &values(layer.running_mean.value()),
                &values(twin.running_mean.value()),
                1e-6,
                "running mean",
            );
            close(
                &values(layer.running_var.value()),
                &values(twin.running_var.value()),
                1e-5,
                "running var",
            );
            let g1 = (y1 * wt.clone()).sum().backward();
            let g2 = (y2 * wt).sum().backward();
            close(
                &values(x1.grad(&g1).unwrap()),
                &values(x2.grad(&g2).unwrap()),
                1e-4,
                "dx",
            );
            for (a, b, what) in [
                (layer.gamma.val(), twin.gamma.val(), "dgamma"),
                (layer.beta.val(), twin.beta.val(), "dbeta"),
            ] {
                close(
                    &values(a.grad(&g1).unwrap()),
                    &values(b.grad(&g2).unwrap()),
                    1e-4,
                    what,
                );
            }
        }
    }

    #[test]
    fn frozen_or_inference_batch_norm_is_burns() {
        let device = Device::flex();
        let layer = BatchNormConfig::new(3).init(&device);
        let x: Tensor<4> = Tensor::from_data(
            TensorData::new((0..24).map(|i| i as f32).collect::<Vec<_>>(), [2, 3, 2, 2]),
            &device,
        );
        assert_eq!(
            values(batch_norm(&layer, x.clone())),
            values(layer.forward(x))
        );
    }
}
