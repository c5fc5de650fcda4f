use super::*;

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

    /// `dx = γ/σ · (dy − mean(dy) − x̂ · mean(dy · x̂))` per channel, `x̂ = (x − μ)/σ`, with
    /// the two sums from [`SwanBatchNormOps::swan_bn_backward_params`]'s `sums` (computed once
    /// for the parameters' gradients and the input's).
    fn swan_bn_backward_x(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        sums: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self>;

    /// `[2, C]`: `Σ dy · x̂` (the gradient of γ) and `Σ dy` (of β) per channel, in one pass.
    fn swan_bn_backward_params(
        x: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self>;
}

/// `(n, c, plane)` of an `[N, C, ...]` shape.
fn ncp(shape: &[usize]) -> (usize, usize, usize) {
    let (n, c) = (shape[0], shape.get(1).copied().unwrap_or(1));
    (n, c, shape[2..].iter().product())
}

/// `f(ch)` for every channel, in parallel (a per-channel sum over the batch's planes).
fn per_channel<T: Send>(c: usize, f: impl Fn(usize) -> T + Send + Sync) -> Vec<T> {
    use rayon::prelude::*;
    (0..c).into_par_iter().map(f).collect()
}

/// [`lane_sum`] of two functions of the same pair of slices, in one pass over them.
fn lane_sum2(a: &[f32], b: &[f32], f: impl Fn(f32, f32) -> (f32, f32)) -> (f64, f64) {
    let (mut l0, mut l1) = ([0.0f32; 16], [0.0f32; 16]);
    let n = a.len() / 16 * 16;
    let b = &b[..a.len()];
    for (ca, cb) in a[..n].chunks_exact(16).zip(b[..n].chunks_exact(16)) {
        for k in 0..16 {
            let (u, v) = f(ca[k], cb[k]);
            l0[k] += u;
            l1[k] += v;
        }
    }
    let total = |l: &[f32; 16]| l.iter().map(|&x| f64::from(x)).sum::<f64>();
    let (mut s0, mut s1) = (total(&l0), total(&l1));
    for (&x, &y) in a[n..].iter().zip(&b[n..]) {
        let (u, v) = f(x, y);
        s0 += f64::from(u);
        s1 += f64::from(v);
    }
    (s0, s1)
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
        let (mean, inv_std) = moments(stats, epsilon);
        let (g, _, _) = values_any(gamma);
        let (b, _, _) = values_any(beta);
        let (_, c, p) = ncp(&x.shape());
        map_planes(x, p, |nc| {
            let ch = nc % c;
            let (scale, m, shift) = (g[ch] * inv_std[ch], mean[ch], b[ch]);
            move |e| (e - m) * scale + shift
        })
    }

    fn swan_bn_backward_x(
        x: FloatTensor<Self>,
        gamma: FloatTensor<Self>,
        stats: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        sums: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        use rayon::prelude::*;
        let shape = x.shape().to_vec();
        let xv = values_ref(&x);
        let (n, c, p) = ncp(&shape);
        let count = (n * p).max(1) as f32;
        let (mean, inv_std) = moments(stats, epsilon);
        let (gm, _, _) = values_any(gamma);
        let (sv, _, _) = values_any(sums);
        // mean(dy) and mean(dy · x̂) per channel.
        let sums: Vec<(f32, f32)> = (0..c)
            .map(|ch| (sv[c + ch] / count, sv[ch] / count))
            .collect();
        in_place(dy, |g, _| {
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
        })
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
        let both = per_channel(c, |ch| {
            let m = mean[ch];
            let (sdyx, sdy) = (0..n)
                .map(|i| lane_sum2(&g[r(i, ch)], &xv[r(i, ch)], |d, x| (d * (x - m), d)))
                .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
            (sdyx * f64::from(inv_std[ch]), sdy)
        });
        let (dgamma, dbeta): (Vec<f64>, Vec<f64>) = both.into_iter().unzip();
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
                // Σ dy · x̂ and Σ dy: the parameters' gradients, and what the input's needs.
                let sums =
                    B::swan_bn_backward_params(x.clone(), stats.clone(), dy.clone(), epsilon);
                let c = sums.shape()[1];
                let row = |r: usize| {
                    let rows = B::float_slice(sums.clone(), &[burn::tensor::Slice::from(r..r + 1)]);
                    B::float_reshape(rows, Shape::from(vec![c]))
                };
                if let Some(node) = node_gamma {
                    grads.register::<B>(node.id, row(0));
                }
                if let Some(node) = node_beta {
                    grads.register::<B>(node.id, row(1));
                }
                if let Some(node) = node_x {
                    grads.register::<B>(
                        node.id,
                        B::swan_bn_backward_x(x, gamma, stats, dy, sums, epsilon),
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
        sums: FloatTensor<Self>,
        epsilon: f64,
    ) -> FloatTensor<Self> {
        let guards = [x.node()];
        let out = B::swan_bn_backward_x(
            x.into_primitive(),
            gamma.into_primitive(),
            stats.into_primitive(),
            dy.into_primitive(),
            sums.into_primitive(),
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
    use super::super::test_util::{close, values};
    use super::*;
    use burn::nn::BatchNormConfig;

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

    /// `map_planes` gives the same values whether it works in place or from a tensor another
    /// handle keeps, and leaves that one as it was.
    #[test]
    fn map_planes_in_place_and_from_a_kept_tensor_agree() {
        let original: Vec<f32> = (0..60).map(|i| i as f32).collect();
        let data = TensorData::new(original.clone(), [3, 4, 5]);
        let f = |i: usize| move |e: f32| e * 2.0 + i as f32;
        let expected: Vec<f32> = (0..60).map(|j| j as f32 * 2.0 + (j / 5) as f32).collect();
        let alone = map_planes(FlexTensor::from_data(data.clone()), 5, f);
        let kept = FlexTensor::from_data(data);
        let from_kept = map_planes(kept.clone(), 5, f);
        assert_eq!(values_any(alone).0, expected);
        assert_eq!(values_any(from_kept).0, expected);
        assert_eq!(values_any(kept).0, original);
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
