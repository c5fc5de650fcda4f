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
        let (y, _, _) = values_any(y);
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
