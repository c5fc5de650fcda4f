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

    /// `y + bias` (`y` `[n, o, h, w]`, `bias` `[o]`), then ReLU6 when `relu6`: a convolution's
    /// folded bias and activation. On `flex` one pass in place, where the broadcast add and
    /// ReLU6 were two (a twentieth of `swan bench encoder` went to the second); under autodiff
    /// the two differentiable operations.
    fn swan_bias_act(
        y: FloatTensor<Self>,
        bias: FloatTensor<Self>,
        relu6: bool,
    ) -> FloatTensor<Self>;
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

    fn swan_bias_act(
        y: FloatTensor<Self>,
        bias: FloatTensor<Self>,
        relu6: bool,
    ) -> FloatTensor<Self> {
        let shape = y.shape();
        // (An empty plane leaves nothing to do; 1 keeps the chunk sizes non-zero.)
        let (o, plane) = (shape[1], (shape[2] * shape[3]).max(1));
        let bias = values_ref(&bias);
        // Whole planes per task, about as many values as ReLU6's chunks (deep planes hold 4).
        let per = ((1 << 14) / plane).max(1);
        // The same two roundings as the add and the clamp done apart: the results are equal.
        in_place(y, |v, _| {
            use rayon::prelude::*;
            v.par_chunks_mut(per * plane)
                .enumerate()
                .for_each(|(t, chunk)| {
                    for (j, p) in chunk.chunks_mut(plane).enumerate() {
                        let b = bias[(t * per + j) % o];
                        if relu6 {
                            p.iter_mut().for_each(|e| *e = (*e + b).clamp(0.0, 6.0));
                        } else {
                            p.iter_mut().for_each(|e| *e += b);
                        }
                    }
                })
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

    fn swan_bias_act(
        y: FloatTensor<Self>,
        bias: FloatTensor<Self>,
        relu6: bool,
    ) -> FloatTensor<Self> {
        let o = bias.shape()[0];
        let y = Self::float_add(y, Self::float_reshape(bias, Shape::from(vec![1, o, 1, 1])));
        if relu6 { Self::swan_relu6(y) } else { y }
    }
}

/// `y + bias` broadcast over `[n, o, h, w]`, then ReLU6 when `relu6` (a convolution's bias and
/// activation): one pass on `flex` (see [`SwanActOps::swan_bias_act`]), burn's operations
/// elsewhere.
///
/// # Shapes
/// - `y`: `[n, o, h, w]`, `bias`: `[o]` → `[n, o, h, w]`
pub fn bias_act(y: Tensor<4>, bias: Tensor<1>, relu6: bool) -> Tensor<4> {
    if on_flex(&y.device()) {
        Tensor::from_dispatch(<burn::backend::Dispatch as SwanActOps>::swan_bias_act(
            y.into_dispatch(),
            bias.into_dispatch(),
            relu6,
        ))
    } else {
        let o = bias.dims()[0];
        let y = y + bias.reshape([1, o, 1, 1]);
        if relu6 {
            burn::tensor::activation::relu6(y)
        } else {
            y
        }
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

    /// The fused bias and ReLU6 equal the broadcast add followed by ReLU6 to the bit on `flex`
    /// (with and without the activation, planes of 35 and of 1 value, a NaN kept), and under
    /// autodiff give burn's gradients for the input and the bias.
    #[test]
    fn bias_act_is_the_add_and_relu6_in_one_pass() {
        for (h, w) in [(5, 7), (1, 1)] {
            let n = 2 * 3 * h * w;
            let mut xs: Vec<f32> = (0..n)
                .map(|i| ((i * 37) % 97) as f32 * 0.145 - 4.01)
                .collect();
            xs[1] = f32::NAN;
            let bs = [0.3f32, -1.7, 2.25];
            for act in [false, true] {
                let device = Device::flex();
                let x: Tensor<4> =
                    Tensor::from_data(TensorData::new(xs.clone(), [2, 3, h, w]), &device);
                let b: Tensor<1> = Tensor::from_data(TensorData::from(bs), &device);
                let fused = values(bias_act(x.clone(), b.clone(), act));
                let apart = x + b.reshape([1, 3, 1, 1]);
                let apart = values(if act { relu6(apart) } else { apart });
                assert_eq!(fused.len(), apart.len());
                for (i, (f, a)) in fused.iter().zip(&apart).enumerate() {
                    assert!(
                        f.to_bits() == a.to_bits(),
                        "{h}x{w} act {act} [{i}]: {f} vs {a}"
                    );
                }

                let device = Device::flex().autodiff();
                let ws: Vec<f32> = (0..n).map(|i| ((i * 13) % 11) as f32 - 5.0).collect();
                let xs_ok: Vec<f32> = xs
                    .iter()
                    .map(|v| if v.is_nan() { 1.5 } else { *v })
                    .collect();
                let make_x = || -> Tensor<4> {
                    Tensor::from_data(TensorData::new(xs_ok.clone(), [2, 3, h, w]), &device)
                        .require_grad()
                };
                let make_b = || -> Tensor<1> {
                    Tensor::from_data(TensorData::from(bs), &device).require_grad()
                };
                let wt: Tensor<4> = Tensor::from_data(TensorData::new(ws, [2, 3, h, w]), &device);
                let (x1, b1, x2, b2) = (make_x(), make_b(), make_x(), make_b());
                let y1 = bias_act(x1.clone(), b1.clone(), act);
                let y2 = x2.clone() + b2.clone().reshape([1, 3, 1, 1]);
                let y2 = if act {
                    burn::tensor::activation::relu6(y2)
                } else {
                    y2
                };
                let g1 = (y1 * wt.clone()).sum().backward();
                let g2 = (y2 * wt).sum().backward();
                assert_eq!(values(x1.grad(&g1).unwrap()), values(x2.grad(&g2).unwrap()));
                assert_eq!(values(b1.grad(&g1).unwrap()), values(b2.grad(&g2).unwrap()));
            }
        }
    }
}
