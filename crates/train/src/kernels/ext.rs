use burn::backend::ops::{FloatTensorOps, ModuleOps};
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

use super::conv::{ConvGeom, conv2d_forward, conv2d_weight_backward, conv2d_x_backward};

/// Forward through swan's im2col + GEMM (NCHW) instead of burn's (NHWC) kernel.
const SWAN_FORWARD: bool = true;

/// swan's convolution as a backend operation (NCHW, no bias, groups 1, dilation 1).
#[backend_extension(Flex, Autodiff)]
pub trait SwanConvOps: Backend {
    fn swan_conv2d(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self>;

    fn swan_conv2d_x_backward(
        dy: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        x_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self>;

    fn swan_conv2d_weight_backward(
        x: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        weight_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self>;
}

fn geom(x: [usize; 4], w: [usize; 4], stride: [usize; 2], padding: [usize; 2]) -> ConvGeom {
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

fn options(stride: [usize; 2], padding: [usize; 2]) -> ConvOptions<2> {
    ConvOptions::new(stride, padding, [1, 1], 1)
}

impl SwanConvOps for Flex {
    fn swan_conv2d(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self> {
        if x.dtype() != DType::F32 || weight.dtype() != DType::F32 || !SWAN_FORWARD {
            return <Flex as ModuleOps<Flex>>::conv2d(x, weight, None, options(stride, padding));
        }
        let g = geom(dims4(&x.shape()), dims4(&weight.shape()), stride, padding);
        let (ho, wo) = g.out_hw();
        let y = conv2d_forward(&g, &f32_values(&x), &f32_values(&weight));
        FlexTensor::from_data(TensorData::new(y, vec![g.n, g.o, ho, wo]))
    }

    fn swan_conv2d_x_backward(
        dy: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        x_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self> {
        if dy.dtype() != DType::F32 || weight.dtype() != DType::F32 {
            let x = FlexTensor::zeros(Shape::from(x_shape.to_vec()), dy.dtype());
            return <Flex as ModuleOps<Flex>>::conv2d_x_backward(
                x,
                weight,
                dy,
                options(stride, padding),
            );
        }
        let g = geom(x_shape, dims4(&weight.shape()), stride, padding);
        let dx = conv2d_x_backward(&g, &f32_values(&dy), &f32_values(&weight));
        FlexTensor::from_data(TensorData::new(dx, x_shape.to_vec()))
    }

    fn swan_conv2d_weight_backward(
        x: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        weight_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self> {
        if dy.dtype() != DType::F32 || x.dtype() != DType::F32 {
            let w = FlexTensor::zeros(Shape::from(weight_shape.to_vec()), dy.dtype());
            return <Flex as ModuleOps<Flex>>::conv2d_weight_backward(
                x,
                w,
                dy,
                options(stride, padding),
            );
        }
        let g = geom(dims4(&x.shape()), weight_shape, stride, padding);
        let dw = conv2d_weight_backward(&g, &f32_values(&x), &f32_values(&dy));
        FlexTensor::from_data(TensorData::new(dw, weight_shape.to_vec()))
    }
}

impl<B: Backend + SwanConvOps, C: CheckpointStrategy> SwanConvOps for Autodiff<B, C> {
    fn swan_conv2d(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self> {
        #[derive(Debug)]
        struct Conv;

        impl<B: Backend + SwanConvOps> Backward<B, 2> for Conv {
            type State = (
                B::FloatTensorPrimitive,
                B::FloatTensorPrimitive,
                [usize; 2],
                [usize; 2],
            );

            fn backward(
                self,
                ops: Ops<Self::State, 2>,
                grads: &mut Gradients,
                _checkpointer: &mut Checkpointer,
            ) {
                let [node_x, node_w] = ops.parents;
                let dy = grads.consume::<B>(&ops.node);
                let (x, w, stride, padding) = ops.state;
                let (x_shape, w_shape) = (dims4(&x.shape()), dims4(&w.shape()));
                if let Some(node) = node_x {
                    let dx = B::swan_conv2d_x_backward(dy.clone(), w, x_shape, stride, padding);
                    grads.register::<B>(node.id, dx);
                }
                if let Some(node) = node_w {
                    let dw = B::swan_conv2d_weight_backward(x, dy, w_shape, stride, padding);
                    grads.register::<B>(node.id, dw);
                }
            }
        }

        let guards = [x.node(), weight.node()];
        let (x, w) = (x.into_primitive(), weight.into_primitive());
        let out = B::swan_conv2d(x.clone(), w.clone(), stride, padding);
        match Conv.prepare::<C>(guards).compute_bound().stateful() {
            OpsKind::Tracked(prep) => prep.finish((x, w, stride, padding), out),
            OpsKind::UnTracked(prep) => prep.finish(out),
        }
    }

    fn swan_conv2d_x_backward(
        dy: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        x_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self> {
        // Only the inner backend's version runs inside a backward pass; this differentiable
        // form (burn's composition) exists for completeness.
        let x = Self::float_zeros(
            Shape::from(x_shape.to_vec()),
            &dy.device(),
            dy.dtype().into(),
        );
        <Self as ModuleOps<Self>>::conv2d_x_backward(x, weight, dy, options(stride, padding))
    }

    fn swan_conv2d_weight_backward(
        x: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        weight_shape: [usize; 4],
        stride: [usize; 2],
        padding: [usize; 2],
    ) -> FloatTensor<Self> {
        let w = Self::float_zeros(
            Shape::from(weight_shape.to_vec()),
            &dy.device(),
            dy.dtype().into(),
        );
        <Self as ModuleOps<Self>>::conv2d_weight_backward(x, w, dy, options(stride, padding))
    }
}

/// Whether `device` (with or without autodiff) is burn's `flex` CPU device.
fn on_flex(device: &Device) -> bool {
    matches!(
        device.clone().inner().as_dispatch(),
        burn::backend::DispatchDevice::Flex(_)
    )
}

/// 2-D convolution without bias (NCHW, groups 1, dilation 1, symmetric padding): swan's
/// backward kernels on `flex`, burn's `conv2d` on other devices.
pub fn conv2d(
    x: Tensor<4>,
    weight: Tensor<4>,
    stride: [usize; 2],
    padding: [usize; 2],
) -> Tensor<4> {
    if on_flex(&x.device()) {
        Tensor::from_dispatch(<burn::backend::Dispatch as SwanConvOps>::swan_conv2d(
            x.into_dispatch(),
            weight.into_dispatch(),
            stride,
            padding,
        ))
    } else {
        burn::tensor::module::conv2d(x, weight, None, options(stride, padding))
    }
}
