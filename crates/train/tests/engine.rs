//! The training engine end to end on tiny procedural data: determinism, exact resume,
//! gradients of the normalisation against finite differences, no SimSiam collapse.

use std::sync::Arc;

use burn::tensor::{Device, Tensor, TensorData};
use swan_train::loader::{BatchSource, HostBatch, HostTensor};
use swan_train::optim::OptimizerConfig;
use swan_train::params::{count_trainable, named_tensors};
use swan_train::resnet::ResNetConfig;
use swan_train::schedule::Schedule;
use swan_train::ssl::{Objective, SslConfig, SslNet, l2_normalize};
use swan_train::trainer::{Batch, RunFiles, StepLoss, Task, TrainConfig, train};
use swan_train::{TrainError, default_device};
use swan_transform::Rng;

/// Procedural images: a bright square at one of four places on a noisy background; two
/// views differ by pixel noise and a one-pixel shift.
struct Squares {
    n: usize,
    size: usize,
}

impl Squares {
    fn image(&self, i: usize, rng: &mut Rng, out: &mut Vec<f32>) {
        let s = self.size;
        let q = s / 2;
        let (oy, ox) = [(0, 0), (0, q), (q, 0), (q, q)][i % 4];
        let shift = rng.int(0, 1) as usize;
        for c in 0..3 {
            for y in 0..s {
                for x in 0..s {
                    let inside = y >= oy + shift && y < oy + q && x >= ox && x < ox + q;
                    let base = if inside { 0.8 } else { -0.8 };
                    let tint = 0.1 * c as f64 * ((i / 4) % 3) as f64;
                    out.push((base + tint + rng.range(-0.2, 0.2)) as f32);
                }
            }
        }
    }
}

impl BatchSource for Squares {
    fn len(&self) -> usize {
        self.n
    }
    fn batch(&self, indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for &i in indices {
            self.image(i, rng, &mut a);
            self.image(i, rng, &mut b);
        }
        let shape = [indices.len(), 3, self.size, self.size];
        Ok(HostBatch {
            views: vec![HostTensor { shape, data: a }, HostTensor { shape, data: b }],
            indices: indices.to_vec(),
        })
    }
}

struct Ssl(SslConfig);

impl Task for Ssl {
    type Model = SslNet;
    fn loss(&self, model: &SslNet, mut batch: Batch) -> Result<StepLoss, TrainError> {
        let v2 = batch.views.pop().unwrap();
        let v1 = batch.views.pop().unwrap();
        let out = model.step(&self.0, v1, v2);
        Ok(StepLoss {
            loss: out.loss,
            metrics: vec![("embedding_std", out.embedding_std)],
        })
    }
    fn after_step(&self, model: SslNet, step: usize, total: usize) -> SslNet {
        model.after_step(&self.0, step, total)
    }
}

fn tiny(objective: Objective, normalize: bool) -> SslConfig {
    SslConfig {
        backbone: ResNetConfig {
            width: 0.125,
            in_channels: 3,
        },
        objective,
        proj_dim: 16,
        pred_hidden: 8,
        normalize_encoder: normalize,
        normalize_projection: normalize,
    }
}

fn train_cfg(epochs: usize, optimizer: OptimizerConfig) -> TrainConfig {
    TrainConfig {
        epochs,
        batch_size: 8,
        optimizer,
        schedule: Schedule::cosine(0.05, 1),
        seed: 11,
        workers: 2,
    }
}

/// Panics with the first differing tensor (and its largest difference) unless equal.
fn assert_same(a: &SslNet, b: &SslNet, what: &str) {
    let (ta, tb) = (named_tensors(a), named_tensors(b));
    assert_eq!(ta.len(), tb.len());
    for (k, x) in &ta {
        let y = &tb[k];
        let diff = x
            .values
            .iter()
            .zip(&y.values)
            .map(|(p, q)| (p - q).abs())
            .fold(0.0f32, f32::max);
        assert!(diff == 0.0, "{what}: {k} differs by up to {diff}");
    }
}

fn run(
    cfg: &SslConfig,
    tc: &TrainConfig,
    files: &RunFiles,
    device: &Device,
) -> (SslNet, swan_train::trainer::TrainSummary) {
    let net = cfg.init_seeded(device, 5);
    let source = Arc::new(Squares { n: 32, size: 8 });
    train(
        &Ssl(cfg.clone()),
        net,
        source,
        tc,
        files,
        serde_json::json!({"test": "tiny"}),
        device,
    )
    .unwrap()
}

#[test]
fn a_tiny_run_is_deterministic_for_a_seed() {
    let device = default_device();
    for objective in [
        Objective::SimSiam,
        Objective::SimClr {
            temperature: 0.5,
            shifted_negatives: true,
        },
        Objective::Byol { momentum_base: 0.9 },
    ] {
        let cfg = tiny(objective, true);
        let tc = train_cfg(2, OptimizerConfig::sgd(0.9, 5e-4));
        let (a, sa) = run(&cfg, &tc, &RunFiles::default(), &device);
        let (b, _) = run(&cfg, &tc, &RunFiles::default(), &device);
        assert_eq!(sa.steps, 8);
        assert!(sa.log.iter().all(|l| l.loss.is_finite()));
        assert_same(&a, &b, objective.name());
        let mut other = tc.clone();
        other.seed = 12;
        let (c, _) = run(&cfg, &other, &RunFiles::default(), &device);
        assert_ne!(named_tensors(&a), named_tensors(&c), "the seed matters");
    }
}

#[test]
fn an_interrupted_and_resumed_run_ends_with_the_same_weights() {
    let device = default_device();
    for optimizer in [
        OptimizerConfig::sgd(0.9, 5e-4).with_clip(Some(5.0)),
        OptimizerConfig::adamw(0.9, 0.999, 1e-2),
    ] {
        let cfg = tiny(Objective::Byol { momentum_base: 0.9 }, true);
        let tc = train_cfg(3, optimizer);
        let (whole, _) = run(&cfg, &tc, &RunFiles::default(), &device);

        let dir = tempfile::tempdir().unwrap();
        let files = RunFiles {
            checkpoint: Some(dir.path().join("run.ckpt.safetensors")),
            checkpoint_every: 1,
            resume: true,
            log: Some(dir.path().join("run.log.jsonl")),
            progress: false,
            stop_after: Some(1),
        };
        let (_, first) = run(&cfg, &tc, &files, &device);
        assert_eq!(first.epochs_done, 1);
        let resumed_files = RunFiles {
            stop_after: None,
            ..files.clone()
        };
        // A fresh process would start from a differently initialised network: the
        // checkpoint must overwrite everything.
        let fresh = cfg.init_seeded(&device, 999);
        // Another worker count does not change the batches, so it may resume.
        let (resumed, summary) = train(
            &Ssl(cfg.clone()),
            fresh,
            Arc::new(Squares { n: 32, size: 8 }),
            &TrainConfig {
                workers: 1,
                ..tc.clone()
            },
            &resumed_files,
            serde_json::json!({"test": "tiny"}),
            &device,
        )
        .unwrap();
        assert_eq!(summary.resumed_from, Some(1));
        assert_eq!(summary.epochs_done, 3);
        assert_same(&whole, &resumed, "resumed run");
        let log = std::fs::read_to_string(dir.path().join("run.log.jsonl")).unwrap();
        assert_eq!(log.lines().count(), 3, "one line per epoch:\n{log}");

        // A checkpoint of another configuration is refused.
        let mut other = tc.clone();
        other.batch_size = 4;
        let err = train(
            &Ssl(cfg.clone()),
            cfg.init_seeded(&device, 5),
            Arc::new(Squares { n: 32, size: 8 }),
            &other,
            &resumed_files,
            serde_json::json!({"test": "tiny"}),
            &device,
        )
        .expect_err("configuration mismatch");
        assert!(err.to_string().contains("another configuration"), "{err}");

        // Checkpoints from before the worker count left the identity carry it: still accepted.
        let path = dir.path().join("run.ckpt.safetensors");
        let mut ck = swan_train::checkpoint::Checkpoint::read(&path).unwrap();
        *ck.header.run.pointer_mut("/train/workers").unwrap() = serde_json::json!(2);
        ck.write(&path).unwrap();
        let (_, summary) = train(
            &Ssl(cfg.clone()),
            cfg.init_seeded(&device, 5),
            Arc::new(Squares { n: 32, size: 8 }),
            &tc,
            &resumed_files,
            serde_json::json!({"test": "tiny"}),
            &device,
        )
        .unwrap();
        assert_eq!(summary.resumed_from, Some(3));
    }
}

#[test]
fn simsiam_does_not_collapse_on_procedural_data() {
    let device = default_device();
    let cfg = tiny(Objective::SimSiam, true);
    let tc = TrainConfig {
        epochs: 6,
        ..train_cfg(6, OptimizerConfig::sgd(0.9, 5e-4))
    };
    let (_, summary) = run(&cfg, &tc, &RunFiles::default(), &device);
    // Collapse drives the across-batch std of the normalised projection to 0; a spread
    // embedding has about 1/sqrt(d) = 0.25.
    let last = summary.log.last().unwrap();
    let std = last.metrics["embedding_std"].as_f64().unwrap();
    assert!(std > 0.05, "embedding std {std} (collapsed?)");
    let first = summary.log[0].loss;
    assert!(
        last.loss < first,
        "loss did not decrease: {first} -> {}",
        last.loss
    );
}

#[test]
fn l2_normalisation_gradient_matches_finite_differences() {
    let x: Vec<f32> = (0..12).map(|i| ((i * 7) % 5) as f32 * 0.3 - 0.5).collect();
    let w: Vec<f32> = (0..12).map(|i| ((i * 3) % 4) as f32 * 0.25 - 0.4).collect();
    let shape = [3, 4];
    let f = |t: Tensor<2>| {
        let w: Tensor<2> = Tensor::from_data(TensorData::new(w.clone(), shape), &t.device());
        (l2_normalize(t) * w).sum()
    };
    let (worst, _) = gradient_gaps(&f, &x, shape, 1e-3);
    assert!(worst < 5e-3, "largest relative gap {worst}");
}

#[test]
fn l2_normalize_of_a_zero_row_has_finite_gradients() {
    // A dead ReLU on a constant image gives an all-zero embedding; its normalisation must not
    // turn the whole batch's gradient into NaN.
    let x = [0.0f32, 0.0, 0.0, 0.5, -1.0, 2.0];
    let f = |t: Tensor<2>| {
        let w = vec![1.0f32, -2.0, 0.5, 0.3, 0.1, -0.7];
        (l2_normalize(t.clone()) * Tensor::from_data(TensorData::new(w, [2, 3]), &t.device())).sum()
    };
    let g = gradient(&f, &x, [2, 3]);
    assert!(g.iter().all(|v| v.is_finite()), "{g:?}");
    assert!(
        g[3..].iter().any(|v| *v != 0.0),
        "the other row still learns: {g:?}"
    );
}

#[test]
fn nt_xent_gradient_matches_finite_differences() {
    let x: Vec<f32> = (0..16).map(|i| ((i * 5) % 7) as f32 * 0.2 - 0.6).collect();
    let f = |t: Tensor<2>| {
        let z = l2_normalize(t);
        let z1 = z.clone().slice([0..2, 0..4]);
        let z2 = z.slice([2..4, 0..4]);
        swan_train::ssl::nt_xent(z1, z2, None, 0.5, 2)
    };
    let (worst, _) = gradient_gaps(&f, &x, [4, 4], 1e-3);
    assert!(worst < 5e-3, "largest relative gap {worst}");
}

/// Largest and median relative gap between autodiff and central finite differences of `f`
/// at `x` (train-mode batch-norm: both sides use batch statistics).
/// The autodiff gradient of the scalar `f` at `x`.
fn gradient<const D: usize>(
    f: &dyn Fn(Tensor<D>) -> Tensor<1>,
    x: &[f32],
    shape: [usize; D],
) -> Vec<f32> {
    let t: Tensor<D> =
        Tensor::from_data(TensorData::new(x.to_vec(), shape), &default_device()).require_grad();
    let grads = f(t.clone()).backward();
    t.grad(&grads)
        .unwrap()
        .into_data()
        .try_to_vec::<f32>()
        .unwrap()
}

fn gradient_gaps<const D: usize>(
    f: &dyn Fn(Tensor<D>) -> Tensor<1>,
    x: &[f32],
    shape: [usize; D],
    eps: f64,
) -> (f64, f64) {
    let ad = default_device();
    let g = gradient(f, x, shape);
    let mut gaps = Vec::new();
    for i in 0..x.len() {
        let e = |delta: f64| {
            let mut v = x.to_vec();
            v[i] += delta as f32;
            let t: Tensor<D> = Tensor::from_data(TensorData::new(v, shape), &ad);
            f(t).into_scalar::<f32>() as f64
        };
        let fd = (e(eps) - e(-eps)) / (2.0 * eps);
        gaps.push((fd - g[i] as f64).abs() / (1e-2 + fd.abs()));
    }
    gaps.sort_by(f64::total_cmp);
    (gaps[gaps.len() - 1], gaps[gaps.len() / 2])
}

#[test]
fn convolution_and_batch_norm_gradients_match_finite_differences() {
    let ad = default_device();
    let net = swan_train::params::seeded_init(
        ResNetConfig {
            width: 0.0625,
            in_channels: 1,
        }
        .init(&ad),
        3,
    );
    let shape = [4usize, 1, 6, 6];
    let n_in: usize = shape.iter().product();
    let x: Vec<f32> = (0..n_in)
        .map(|i| ((i * 37 + 11) % 23) as f32 / 23.0 * 2.0 - 1.0)
        .collect();
    let w: Vec<f32> = (0..4 * 36 * 4)
        .map(|i| ((i * 5) % 7) as f32 * 0.1 - 0.3)
        .collect();
    let weigh = |y: Tensor<4>| -> Tensor<1> {
        let n = y.shape().num_elements();
        let wt: Tensor<1> = Tensor::from_data(TensorData::new(w[..n].to_vec(), [n]), &y.device());
        (y.reshape([n]) * wt).sum()
    };
    // 3×3 convolution, then convolution + batch-norm (train mode): smooth, so tight (a larger
    // step keeps f32 rounding out of the differences).
    let conv = |t: Tensor<4>| weigh(net.stem.conv.forward(t));
    let conv_bn = |t: Tensor<4>| weigh(net.stem.forward(t));
    for (name, f) in [("conv", &conv as &dyn Fn(_) -> _), ("conv+bn", &conv_bn)] {
        let (worst, _) = gradient_gaps(f, &x, shape, 1e-2);
        assert!(worst < 1e-2, "{name}: largest relative gap {worst}");
    }
    // Stem + ReLU + a basic block (strided shortcut-free): ReLU kinks make a few coordinates'
    // finite differences straddle a corner, so the median is checked.
    let block = |t: Tensor<4>| {
        weigh(net.blocks[0].forward(burn::tensor::activation::relu(net.stem.forward(t))))
    };
    let (_, median) = gradient_gaps(&block, &x, shape, 1e-3);
    assert!(median < 1e-2, "stem + block: median relative gap {median}");
}

/// A run's identity may hold computed floats (KE's ranking distances) that a JSON reader need
/// not parse back to the same bits unless it rounds exactly; the resume must still find it.
#[test]
fn a_run_whose_identity_holds_computed_floats_resumes() {
    let device = default_device();
    let cfg = tiny(Objective::SimSiam, true);
    let tc = train_cfg(2, OptimizerConfig::sgd(0.9, 5e-4));
    // Distances as KE's ranking computes them, and sums whose shortest decimal form is long.
    let floats: Vec<f64> = (1..200)
        .map(|i| (i as f64 * 0.7310585786300049).sqrt() / 3.0 + 1e-7 * i as f64)
        .chain([1.1849869070190699e-7, 0.00695815673401487, 0.1 + 0.2])
        .collect();
    let identity = serde_json::json!({ "test": "floats", "distances": floats });
    let dir = tempfile::tempdir().unwrap();
    let files = RunFiles {
        checkpoint: Some(dir.path().join("run.ckpt.safetensors")),
        checkpoint_every: 1,
        resume: true,
        log: None,
        progress: false,
        stop_after: Some(1),
    };
    let go = |files: &RunFiles| {
        train(
            &Ssl(cfg.clone()),
            cfg.init_seeded(&device, 5),
            Arc::new(Squares { n: 32, size: 8 }),
            &tc,
            files,
            identity.clone(),
            &device,
        )
    };
    assert_eq!(go(&files).unwrap().1.epochs_done, 1);
    let resumed = go(&RunFiles {
        stop_after: None,
        ..files.clone()
    })
    .unwrap();
    assert_eq!(resumed.1.resumed_from, Some(1));
}

/// Every objective trains the encoder whose embeddings are scored (not only the heads), and
/// BYOL's target follows it: after a short run the online encoder's convolutions have moved
/// from the seeded initialisation.
#[test]
fn every_objective_moves_the_online_encoder() {
    let device = default_device();
    for objective in [
        Objective::SimSiam,
        Objective::SimClr {
            temperature: 0.5,
            shifted_negatives: false,
        },
        Objective::Byol { momentum_base: 0.9 },
    ] {
        let cfg = tiny(objective, false);
        let net = cfg.init_seeded(&device, 5);
        assert_eq!(
            count_trainable(&net),
            count_trainable(&net.encoder)
                + count_trainable(&net.projector)
                + net.predictor.as_ref().map_or(0, count_trainable),
            "{}: only the online network trains",
            objective.name()
        );
        let init = named_tensors(&net);
        if let Some(target) = &net.target {
            // BYOL's target starts as the online network.
            assert_eq!(named_tensors(&target.encoder), named_tensors(&net.encoder));
            assert_eq!(
                named_tensors(&target.projector),
                named_tensors(&net.projector)
            );
        }
        let tc = train_cfg(2, OptimizerConfig::sgd(0.9, 0.0));
        let (trained, _) = run(&cfg, &tc, &RunFiles::default(), &device);
        let after = named_tensors(&trained);
        let moved = |prefix: &str| {
            after
                .iter()
                .filter(|(k, _)| k.starts_with(prefix) && k.ends_with("weight"))
                .map(|(k, t)| {
                    t.values
                        .iter()
                        .zip(&init[k].values)
                        .map(|(a, b)| (a - b).abs())
                        .fold(0.0f32, f32::max)
                })
                .fold(0.0f32, f32::max)
        };
        let (encoder, projector) = (moved("encoder."), moved("projector."));
        assert!(
            encoder > 1e-4 && projector > 1e-4,
            "{}: the encoder moved by at most {encoder}, the projector by {projector}",
            objective.name()
        );
        if trained.target.is_some() {
            // The momentum target follows the online network, more slowly.
            let target = moved("target.encoder.");
            assert!(
                target > 0.0 && target < encoder,
                "the target moved by {target}, the online encoder by {encoder}"
            );
        }
    }
}
