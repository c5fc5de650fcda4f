use super::*;

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

impl SwanActOps for Flex {
    fn swan_relu6(x: FloatTensor<Self>) -> FloatTensor<Self> {
        // NaN stays NaN (`f32::clamp` keeps it), as in PyTorch.
        in_place(x, |v, _| {
            par_map(v, |c| c.iter_mut().for_each(|e| *e = e.clamp(0.0, 6.0)))
        })
    }

    fn swan_relu6_backward(y: FloatTensor<Self>, dy: FloatTensor<Self>) -> FloatTensor<Self> {
        let y = values_ref(&y);
        in_place(dy, |g, _| {
            use rayon::prelude::*;
            g.par_chunks_mut(1 << 14)
                .zip(y.par_chunks(1 << 14))
                .for_each(|(g, y)| {
                    // A select, not a branch: whether 0 < y < 6 is as good as random across
                    // an activation, and the branchy form (a conditional store) neither
                    // vectorised nor predicted well (a tenth of an ADIB step on machine A).
                    for (g, &y) in g.iter_mut().zip(y) {
                        let inside = (y > 0.0) & (y < 6.0);
                        *g = if inside { *g } else { 0.0 };
                    }
                });
        })
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
    use super::super::test_util::values;
    use super::*;

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
