//! GPU parity (builds with `--features wgpu` only; run on a machine with a GPU): one SimSiam
//! step on wgpu gives the CPU's loss, and the weights after an SGD step agree with the CPU's
//! to 1 % of how far the step moved them.
#![cfg(feature = "wgpu")]

use burn::tensor::{Device, Tensor, TensorData};
use swan_train::optim::OptimizerConfig;
use swan_train::params::{TensorTable, named_tensors};
use swan_train::resnet::ResNetConfig;
use swan_train::ssl::{Objective, SslConfig};

fn views(n: usize, size: usize, seed: u64) -> Vec<f32> {
    let mut rng = swan_transform::Rng::new(seed);
    (0..n * 3 * size * size)
        .map(|_| rng.range(-1.0, 1.0) as f32)
        .collect()
}

/// Largest absolute difference between two tables, and where.
fn max_abs_diff(a: &TensorTable, b: &TensorTable) -> (f32, String) {
    let mut worst = (0.0f32, String::new());
    for (name, x) in a {
        let d = x
            .values
            .iter()
            .zip(&b[name].values)
            .fold(0.0f32, |m, (p, q)| m.max((p - q).abs()));
        if d > worst.0 {
            worst = (d, name.clone());
        }
    }
    worst
}

#[test]
fn a_simsiam_step_on_wgpu_matches_the_cpu() {
    let cfg = SslConfig {
        backbone: ResNetConfig {
            width: 0.25,
            in_channels: 3,
        },
        objective: Objective::SimSiam,
        proj_dim: 64,
        pred_hidden: 16,
        normalize_encoder: true,
        normalize_projection: true,
    };
    let (n, size) = (16, 32);
    let run = |device: &Device| {
        let model = cfg.init_seeded(device, 7);
        let v1 = Tensor::<4>::from_data(
            TensorData::new(views(n, size, 1), [n, 3, size, size]),
            device,
        );
        let v2 = Tensor::<4>::from_data(
            TensorData::new(views(n, size, 2), [n, 3, size, size]),
            device,
        );
        let out = model.step(&cfg, v1, v2);
        let grads = out.loss.backward();
        let loss = out.loss.into_scalar::<f32>();
        let (model, _) = OptimizerConfig::sgd(0.9, 5e-4)
            .init()
            .step(model, &grads, 1.0)
            .unwrap();
        (loss, named_tensors(&model))
    };
    let (loss_cpu, w_cpu) = run(&Device::flex().autodiff());
    let (loss_gpu, w_gpu) = run(&Device::wgpu(Default::default()).autodiff());
    let before = named_tensors(&cfg.init_seeded(&Device::flex(), 7));
    let (moved, _) = max_abs_diff(&before, &w_cpu);
    let (diff, worst) = max_abs_diff(&w_cpu, &w_gpu);
    eprintln!(
        "loss cpu {loss_cpu} gpu {loss_gpu}; the step moved weights by up to {moved:.3e}; \
         cpu vs gpu after the step differ by up to {diff:.3e} ({worst})"
    );
    assert!(
        (loss_cpu - loss_gpu).abs() < 1e-4,
        "{loss_cpu} vs {loss_gpu}"
    );
    assert!(moved > 1e-3, "the step must move the weights: {moved}");
    assert!(diff < 1e-2 * moved, "{diff} at {worst}");
}
