//! The training-throughput benchmark: one SimSiam step (two views through ResNet-18, the
//! projector and predictor, backward, SGD update) on a fixed random batch.

use std::time::Instant;

use burn::tensor::{Device, Tensor, TensorData};

use crate::TrainError;
use crate::optim::OptimizerConfig;
use crate::resnet::ResNetConfig;
use crate::ssl::{Objective, SslConfig};

/// What `swan bench train` times: one SimSiam step of a ResNet-18.
#[derive(Clone, Copy, Debug)]
pub struct StepBench {
    /// The ResNet-18's width multiplier.
    pub width: f32,
    /// Images per batch.
    pub batch: usize,
    /// Side of the square images.
    pub size: usize,
    /// Timed steps (after one warm-up).
    pub iters: usize,
    /// Width of the projection.
    pub proj_dim: usize,
    /// Hidden width of the predictor.
    pub pred_hidden: usize,
}

/// `n` values uniform in `[-1, 1)` from a xorshift generator: a fixed benchmark input.
pub fn uniform_inputs(n: usize, seed: u32) -> Vec<f32> {
    let mut state = seed.max(1);
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state as f32 / u32::MAX as f32) * 2.0 - 1.0
        })
        .collect()
}

/// Seconds per step of each timed iteration (after one warm-up step).
pub fn simsiam_step_seconds(b: &StepBench, device: &Device) -> Result<Vec<f64>, TrainError> {
    device.seed(0);
    let cfg = SslConfig {
        backbone: ResNetConfig {
            width: b.width,
            in_channels: 3,
        },
        objective: Objective::SimSiam,
        proj_dim: b.proj_dim,
        pred_hidden: b.pred_hidden,
        normalize_encoder: false,
        normalize_projection: false,
    };
    let mut model = cfg.init(device);
    let mut opt = OptimizerConfig::sgd(0.9, 5e-4).init();
    let n = b.batch * 3 * b.size * b.size;
    let view = |seed| TensorData::new(uniform_inputs(n, seed), [b.batch, 3, b.size, b.size]);
    let (d1, d2) = (view(0x2545_f491), view(0x1b87_3593));
    let mut times = Vec::new();
    for i in 0..=b.iters {
        let t = Instant::now();
        let v1: Tensor<4> = Tensor::from_data(d1.clone(), device);
        let v2: Tensor<4> = Tensor::from_data(d2.clone(), device);
        let out = model.step(&cfg, v1, v2);
        let grads = out.loss.backward();
        let (m, _) = opt.step(model, &grads, 0.05)?;
        model = m;
        // Reading a value waits for the queued work on an asynchronous (GPU) device.
        let _ = out.loss.into_scalar::<f32>();
        if i > 0 {
            times.push(t.elapsed().as_secs_f64());
        }
    }
    Ok(times)
}

/// Seconds per step of fine-tuning `backbone` from its pretrained `tensors` (batch-norm in
/// train mode): forward to the pooled features, loss `mean(f²)`, backward, SGD update of
/// every weight.
pub fn finetune_step_seconds(
    backbone: swan_encoder::Backbone,
    tensors: &swan_encoder::TensorMap,
    batch: usize,
    size: usize,
    iters: usize,
    device: &Device,
) -> Result<Vec<f64>, TrainError> {
    let mut model = crate::finetune::trainable(backbone, tensors, device)?;
    let mut opt = OptimizerConfig::sgd(0.9, 5e-4).init();
    let data = TensorData::new(
        uniform_inputs(batch * 3 * size * size, 0x2545_f491),
        [batch, 3, size, size],
    );
    let mut times = Vec::new();
    for i in 0..=iters {
        let t = Instant::now();
        let x: Tensor<4> = Tensor::from_data(data.clone(), device);
        let f = crate::finetune::pooled(&model, x)?;
        let loss = f.powi_scalar(2).mean();
        let grads = loss.backward();
        model = opt.step(model, &grads, 0.01)?.0;
        let _ = loss.into_scalar::<f32>();
        if i > 0 {
            times.push(t.elapsed().as_secs_f64());
        }
    }
    Ok(times)
}
