use super::*;

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

/// 2-D convolution with an optional bias `[o]` (NCHW, dilation 1, padding
/// `[top, left, bottom, right]`): swan's kernels on `flex` (dense and depthwise; other
/// groupings fall back to burn's) with the bias added as a broadcast, burn's `conv2d` on other
/// devices.
pub fn conv2d(
    x: Tensor<4>,
    weight: Tensor<4>,
    bias: Option<Tensor<1>>,
    stride: [usize; 2],
    padding: [usize; 4],
    groups: usize,
) -> Tensor<4> {
    conv2d_act(x, weight, bias, stride, padding, groups, false)
}

/// [`conv2d`] followed by ReLU6 when `relu6`; on `flex` the bias and the activation are one
/// pass ([`super::activation::bias_act`]).
pub fn conv2d_act(
    x: Tensor<4>,
    weight: Tensor<4>,
    bias: Option<Tensor<1>>,
    stride: [usize; 2],
    padding: [usize; 4],
    groups: usize,
    relu6: bool,
) -> Tensor<4> {
    if !on_flex(&x.device()) {
        let y = burn::tensor::module::conv2d(x, weight, bias, options(stride, padding, groups));
        return act(y, relu6);
    }
    let y = Tensor::from_dispatch(<burn::backend::Dispatch as SwanConvOps>::swan_conv2d(
        x.into_dispatch(),
        weight.into_dispatch(),
        stride,
        padding,
        groups,
    ));
    match bias {
        Some(b) => super::activation::bias_act(y, b, relu6),
        None => act(y, relu6),
    }
}

/// A burn `Conv2d` layer applied through [`conv2d`], so it gets swan's kernels and their fast
/// backward passes on `flex`: stride, groups, bias and explicit or valid padding come from the
/// layer. Layers swan's kernels do not cover (dilation, `Same` padding) run burn's forward.
///
/// # Shapes
/// - `x`: `[n, c_in, h, w]` → `[n, c_out, h', w']`
pub fn conv2d_layer(conv: &burn::nn::conv::Conv2d, x: Tensor<4>) -> Tensor<4> {
    conv2d_layer_act(conv, x, false)
}

/// [`conv2d_layer`] followed by ReLU6 when `relu6` (one pass with the bias on `flex`).
pub fn conv2d_layer_act(conv: &burn::nn::conv::Conv2d, x: Tensor<4>, relu6: bool) -> Tensor<4> {
    let padding = match conv.padding {
        burn::nn::PaddingConfig2d::Explicit(top, left, bottom, right) => [top, left, bottom, right],
        burn::nn::PaddingConfig2d::Valid => [0; 4],
        _ => return act(conv.forward(x), relu6),
    };
    if conv.dilation != [1, 1] {
        return act(conv.forward(x), relu6);
    }
    conv2d_act(
        x,
        conv.weight.val(),
        conv.bias.as_ref().map(|b| b.val()),
        conv.stride,
        padding,
        conv.groups,
        relu6,
    )
}

/// `y`, through ReLU6 when `relu6`.
fn act(y: Tensor<4>, relu6: bool) -> Tensor<4> {
    if relu6 { super::relu6(y) } else { y }
}

#[cfg(test)]
mod tests {
    use burn::nn::PaddingConfig2d;
    use burn::nn::conv::Conv2dConfig;

    use super::super::test_util::{close, values};
    use super::*;

    /// The layer's own stride, padding (asymmetric, valid, same), groups and bias reach the
    /// kernel: output and both gradients equal burn's forward of the same layer.
    #[test]
    fn conv2d_layer_takes_everything_from_the_layer() {
        let device = Device::flex().autodiff();
        let layers = [
            Conv2dConfig::new([4, 6], [3, 3])
                .with_stride([2, 1])
                .with_padding(PaddingConfig2d::Explicit(1, 0, 2, 1)),
            Conv2dConfig::new([4, 4], [3, 3])
                .with_groups(4)
                .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
                .with_bias(false),
            Conv2dConfig::new([4, 2], [1, 1]).with_stride([2, 2]),
            Conv2dConfig::new([4, 3], [3, 3]).with_padding(PaddingConfig2d::Same),
        ];
        let n = 2 * 4 * 7 * 6;
        let xs: Vec<f32> = (0..n)
            .map(|i| ((i * 29) % 31) as f32 / 15.0 - 1.0)
            .collect();
        for (i, config) in layers.iter().enumerate() {
            let layer = config.init(&device);
            let x1: Tensor<4> =
                Tensor::from_data(TensorData::new(xs.clone(), [2, 4, 7, 6]), &device)
                    .require_grad();
            let x2 = x1.clone().detach().require_grad();
            let (y1, y2) = (conv2d_layer(&layer, x1.clone()), layer.forward(x2.clone()));
            assert_eq!(y1.dims(), y2.dims(), "layer {i}: shape");
            close(&values(y1.clone()), &values(y2.clone()), 1e-4, "output");
            let w: Tensor<4> = Tensor::from_data(
                TensorData::new(
                    (0..y1.shape().num_elements())
                        .map(|j| (j % 7) as f32 - 3.0)
                        .collect::<Vec<f32>>(),
                    y1.dims(),
                ),
                &device,
            );
            let g1 = (y1 * w.clone()).sum().backward();
            let g2 = (y2 * w).sum().backward();
            close(
                &values(x1.grad(&g1).unwrap()),
                &values(x2.grad(&g2).unwrap()),
                1e-4,
                "input gradient",
            );
            close(
                &values(layer.weight.grad(&g1).unwrap()),
                &values(layer.weight.grad(&g2).unwrap()),
                1e-4,
                "weight gradient",
            );
        }
    }
}
