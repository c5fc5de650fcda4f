use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use serde::Serialize;
use swan_encoder::{Backbone, RawTensor, Tap};

use crate::args::EncoderArgs;
use crate::common::{self, Global};

/// The PyTorch peer script, run with the same batch, size and thread count.
const TORCH_PEER: &str = include_str!("../../../../bench/reference/lite0_speed_peer.py");
/// The PyTorch peer of `swan bench finetune`.
const TORCH_FINETUNE_PEER: &str =
    include_str!("../../../../bench/reference/lite0_finetune_peer.py");
/// The PyTorch peer of `swan bench adib`.
const TORCH_ADIB_PEER: &str = include_str!("../../../../bench/reference/adib_step_peer.py");
/// The PyTorch peer of `swan bench train`.
const TORCH_TRAIN_PEER: &str = include_str!("../../../../bench/reference/simsiam_step_peer.py");

/// `swan bench`: speed measured against a peer in the same run.
#[derive(Args, Debug)]
pub struct BenchArgs {
    #[command(subcommand)]
    what: BenchWhat,
}

#[derive(Subcommand, Debug)]
enum BenchWhat {
    /// EfficientNet-Lite forward + global pool (the --backbone's network, Lite0 by default),
    /// images/s, swan vs PyTorch CPU running the same network.
    Encoder(EncoderBench),
    /// One SimSiam training step (two views, CIFAR ResNet-18, projector + predictor, backward,
    /// SGD), images/s, swan vs PyTorch CPU.
    Train(TrainBench),
    /// One fine-tuning step of an EfficientNet-Lite (the --backbone's, Lite0 by default;
    /// batch-norm in train mode, backward, SGD on every weight), images/s, swan vs PyTorch CPU.
    Finetune(FinetuneBench),
    /// One ADIB step (the --backbone's network, Lite0 by default, with batch-norm in train
    /// mode + linear head, binary cross-entropy on normals vs corpus + L2-SP pull to the
    /// pretrained weights, backward, SGD), images/s, swan vs PyTorch CPU. Defaults: batch 64,
    /// 64 px.
    Adib(FinetuneBench),
}

/// The comparison every benchmark makes, and where its numbers go.
#[derive(Args, Debug)]
struct PeerArgs {
    /// Peer to compare with: torch (PyTorch CPU through --python; a missing package is named
    /// in the error) or none.
    #[arg(long, default_value = "torch")]
    peer: String,
    /// Python interpreter for the peer.
    #[arg(long, default_value = "python3")]
    python: String,
    /// Also write the numbers as JSON here.
    #[arg(long, value_parser = crate::args::file_out)]
    out: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct FinetuneBench {
    /// The network fine-tuned: efficientnet-lite0, efficientnet-lite1 or efficientnet-lite2.
    #[arg(long, default_value = "efficientnet-lite0", value_parser = crate::args::parse_backbone)]
    backbone: Backbone,
    /// The backbone's pretrained weights (.pth or .safetensors). Default:
    /// $SWAN_LITE0_WEIGHTS ($SWAN_LITE1_WEIGHTS, $SWAN_LITE2_WEIGHTS), or where
    /// `swan weights fetch --backbone NAME` puts them.
    #[arg(long, value_name = "FILE")]
    weights: Option<PathBuf>,
    /// Images per step [default: finetune 32, adib 64].
    #[arg(long)]
    batch: Option<usize>,
    /// Image side in pixels.
    #[arg(long, default_value_t = 64)]
    size: usize,
    /// Timed steps (after one warm-up step).
    #[arg(long, default_value_t = 5, value_parser = crate::args::at_least_one)]
    iters: usize,
    /// Compute device of swan's step: cpu (default); wgpu or cuda in builds with that cargo
    /// feature. The peer runs on the CPU.
    #[arg(long, default_value = "cpu")]
    device: String,
    #[command(flatten)]
    peer: PeerArgs,
}

#[derive(Args, Debug)]
struct TrainBench {
    #[arg(long, default_value_t = 128)]
    batch: usize,
    /// Image side in pixels.
    #[arg(long, default_value_t = 32)]
    size: usize,
    /// ResNet-18 width multiplier.
    #[arg(long, default_value_t = 1.0)]
    width: f32,
    /// Projector width (SimSiam: 2048).
    #[arg(long, default_value_t = 2048)]
    proj_dim: usize,
    /// Predictor bottleneck (SimSiam: 512).
    #[arg(long, default_value_t = 512)]
    pred_hidden: usize,
    /// Timed steps (after one warm-up step).
    #[arg(long, default_value_t = 5, value_parser = crate::args::at_least_one)]
    iters: usize,
    /// Compute device of swan's step: cpu (default); wgpu or cuda in builds with that cargo
    /// feature. The peer runs on the CPU.
    #[arg(long, default_value = "cpu")]
    device: String,
    #[command(flatten)]
    peer: PeerArgs,
}

#[derive(Args, Debug)]
struct EncoderBench {
    #[command(flatten)]
    encoder: EncoderArgs,
    /// Timed batches (after one warm-up batch).
    #[arg(long, default_value_t = 12, value_parser = crate::args::at_least_one)]
    iters: usize,
    #[command(flatten)]
    peer: PeerArgs,
}

#[derive(Serialize)]
struct BenchReport {
    benchmark: &'static str,
    /// The network.
    backbone: &'static str,
    batch: usize,
    image_size: usize,
    threads: usize,
    iters: usize,
    swan_best_img_per_s: f64,
    swan_median_img_per_s: f64,
    peer: Option<serde_json::Value>,
    /// swan / peer, best of each.
    ratio_best: Option<f64>,
    ratio_median: Option<f64>,
}

pub fn run(args: BenchArgs, _global: &Global) -> Result<()> {
    match args.what {
        BenchWhat::Encoder(b) => bench_encoder(b),
        BenchWhat::Train(b) => bench_train(b),
        BenchWhat::Finetune(b) => bench_finetune(b),
        BenchWhat::Adib(b) => bench_adib(b),
    }
}

fn bench_encoder(b: EncoderBench) -> Result<()> {
    let threads = rayon::current_num_threads();
    let (batch, size) = (b.encoder.batch_size, b.encoder.image_size);
    let encoder = common::load_encoder(&b.encoder)?;
    // A fixed pseudo-random batch in the preprocessed range.
    let input = swan_train::bench::uniform_inputs(batch * 3 * size * size, 0x2545_f491);
    let input = RawTensor::new(vec![batch, 3, size, size], input);
    eprintln!(
        "swan: {} forward + pool, batch {batch}, {size}px, {threads} threads",
        encoder.backbone().name()
    );
    encoder.features_preprocessed(input.clone(), &[Tap::Pooled])?; // warm-up
    let mut times = Vec::with_capacity(b.iters);
    for _ in 0..b.iters {
        let t = Instant::now();
        let out = encoder.features_preprocessed(input.clone(), &[Tap::Pooled])?;
        times.push(t.elapsed().as_secs_f64());
        std::hint::black_box(out);
    }
    times.sort_by(f64::total_cmp);
    let best = batch as f64 / times[0];
    let median = batch as f64 / times[times.len() / 2];
    println!("swan     best {best:8.1} img/s   median {median:8.1} img/s");

    let peer = match b.peer.peer.as_str() {
        "none" => None,
        "torch" => Some(run_peer_script(
            &b.peer.python,
            TORCH_PEER,
            &[
                ("--model", encoder.backbone().name().to_string()),
                ("--threads", threads.to_string()),
                ("--batch", batch.to_string()),
                ("--size", size.to_string()),
                ("--iters", b.iters.to_string()),
            ],
            "pip install torch efficientnet-lite-pytorch",
        )?),
        other => bail!("unknown peer {other:?}; available: torch, none"),
    };
    let (ratio_best, ratio_median) = print_ratio(best, median, peer.as_ref());
    if let Some(path) = &b.peer.out {
        let report = BenchReport {
            benchmark: "encoder",
            backbone: encoder.backbone().name(),
            batch,
            image_size: size,
            threads,
            iters: b.iters,
            swan_best_img_per_s: best,
            swan_median_img_per_s: median,
            peer,
            ratio_best,
            ratio_median,
        };
        swan_eval::report::write_json(path, &report).context("writing the benchmark report")?;
    }
    Ok(())
}

/// A step benchmark's peer and output, shared by `train` and `finetune`.
struct StepReport<'a> {
    name: &'static str,
    batch: usize,
    peer: &'a PeerArgs,
    script: &'static str,
    install: &'static str,
    /// Arguments of the peer script besides `--threads`.
    peer_args: Vec<(&'static str, String)>,
    /// Settings recorded in the JSON output.
    settings: serde_json::Value,
}

impl StepReport<'_> {
    /// Prints swan's rate from per-step `times`, runs the peer, prints the ratio, writes JSON.
    fn finish(self, mut times: Vec<f64>) -> Result<()> {
        let threads = rayon::current_num_threads();
        times.sort_by(f64::total_cmp);
        let best = self.batch as f64 / times[0];
        let median = self.batch as f64 / times[times.len() / 2];
        println!("swan     best {best:8.1} img/s   median {median:8.1} img/s");
        let peer = match self.peer.peer.as_str() {
            "none" => None,
            "torch" => {
                let mut args = vec![("--threads", threads.to_string())];
                args.extend(self.peer_args);
                Some(run_peer_script(
                    &self.peer.python,
                    self.script,
                    &args,
                    self.install,
                )?)
            }
            other => bail!("unknown peer {other:?}; available: torch, none"),
        };
        let (ratio_best, ratio_median) = print_ratio(best, median, peer.as_ref());
        if let Some(path) = &self.peer.out {
            let report = serde_json::json!({
                "benchmark": self.name, "settings": self.settings, "threads": threads,
                "swan_best_img_per_s": best, "swan_median_img_per_s": median,
                "peer": peer, "ratio_best": ratio_best, "ratio_median": ratio_median,
            });
            swan_eval::report::write_json(path, &report).context("writing the benchmark report")?;
        }
        Ok(())
    }
}

/// A training step's batch and image size: batch-norm in train mode needs two images, and
/// the size must be one the encoders take.
fn check_step(batch: usize, size: usize) -> Result<()> {
    if batch < 2 {
        bail!(
            "--batch {batch}: a training step needs at least 2 images (batch-norm in train mode)"
        );
    }
    swan_encoder::check_image_size(size).context("--size")?;
    Ok(())
}

fn bench_train(b: TrainBench) -> Result<()> {
    common::select_device(&b.device)?;
    check_step(b.batch, b.size)?;
    let bench = swan_train::bench::StepBench {
        width: b.width,
        batch: b.batch,
        size: b.size,
        iters: b.iters,
        proj_dim: b.proj_dim,
        pred_hidden: b.pred_hidden,
    };
    eprintln!(
        "swan: SimSiam step, ResNet-18 width {}, batch {}, {}px, two views, {} threads",
        b.width,
        b.batch,
        b.size,
        rayon::current_num_threads()
    );
    let times = swan_train::bench::simsiam_step_seconds(&bench, &swan_train::default_device())?;
    StepReport {
        name: "train-simsiam-step",
        batch: b.batch,
        peer: &b.peer,
        script: TORCH_TRAIN_PEER,
        install: "pip install torch",
        peer_args: vec![
            ("--batch", b.batch.to_string()),
            ("--size", b.size.to_string()),
            ("--width", b.width.to_string()),
            ("--proj", b.proj_dim.to_string()),
            ("--pred", b.pred_hidden.to_string()),
            ("--iters", b.iters.to_string()),
        ],
        settings: serde_json::json!({
            "batch": b.batch, "image_size": b.size, "width": b.width,
            "proj_dim": b.proj_dim, "pred_hidden": b.pred_hidden, "iters": b.iters,
            "device": b.device,
        }),
    }
    .finish(times)
}

fn bench_finetune(b: FinetuneBench) -> Result<()> {
    common::select_device(&b.device)?;
    let batch = b.batch.unwrap_or(32);
    check_step(batch, b.size)?;
    let (weights, tensors) = b.weights()?;
    eprintln!(
        "swan: {} fine-tuning step, batch {}, {}px, {} threads",
        b.backbone.name(),
        batch,
        b.size,
        rayon::current_num_threads()
    );
    let times = swan_train::bench::finetune_step_seconds(
        b.backbone,
        &tensors,
        batch,
        b.size,
        b.iters,
        &swan_train::default_device(),
    )
    .with_context(|| format!("fine-tuning {}", weights.display()))?;
    b.report("finetune-step", batch, TORCH_FINETUNE_PEER)
        .finish(times)
}

fn bench_adib(b: FinetuneBench) -> Result<()> {
    common::select_device(&b.device)?;
    let batch = b.batch.unwrap_or(64);
    check_step(batch, b.size)?;
    let (weights, tensors) = b.weights()?;
    eprintln!(
        "swan: ADIB step on {}, batch {batch}, {}px, {} threads",
        b.backbone.name(),
        b.size,
        rayon::current_num_threads()
    );
    let times =
        swan_method::transfer::adib_step_seconds(b.backbone, &tensors, batch, b.size, b.iters)
            .with_context(|| format!("ADIB step on {}", weights.display()))?;
    b.report("adib-step", batch, TORCH_ADIB_PEER).finish(times)
}

impl FinetuneBench {
    /// --weights, or the backbone's default file, read; a missing file says how to get it,
    /// another backbone's weights say whose they are.
    fn weights(&self) -> Result<(PathBuf, swan_encoder::TensorMap)> {
        let path = self
            .weights
            .clone()
            .unwrap_or_else(|| self.backbone.default_weights_path());
        common::require_weights(&path, self.backbone, "--weights")?;
        let tensors = swan_encoder::read_checkpoint(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        match Backbone::of_checkpoint(&tensors) {
            Some(b) if b == self.backbone => Ok((path, tensors)),
            found => bail!(
                "{} is not {} weights ({}); pass --backbone or --weights to match",
                path.display(),
                self.backbone.name(),
                found.map_or("no EfficientNet-Lite loads from it".to_string(), |b| {
                    format!("it holds {}", b.name())
                })
            ),
        }
    }

    /// The peer (same network, batch, size and steps) and the settings the JSON records.
    fn report(&self, name: &'static str, batch: usize, script: &'static str) -> StepReport<'_> {
        StepReport {
            name,
            batch,
            peer: &self.peer,
            script,
            install: "pip install torch efficientnet-lite-pytorch",
            peer_args: vec![
                ("--model", self.backbone.name().to_string()),
                ("--batch", batch.to_string()),
                ("--size", self.size.to_string()),
                ("--iters", self.iters.to_string()),
            ],
            settings: serde_json::json!({
                "backbone": self.backbone.name(), "batch": batch, "image_size": self.size,
                "iters": self.iters, "device": self.device,
            }),
        }
    }
}

fn run_peer_script(
    python: &str,
    script: &str,
    args: &[(&str, String)],
    install: &str,
) -> Result<serde_json::Value> {
    eprintln!("pytorch: same benchmark through {python}");
    let mut cmd = Command::new(python);
    cmd.arg("-c").arg(script);
    for (k, v) in args {
        cmd.args([k, v.as_str()]);
    }
    let output = cmd
        .output()
        .with_context(|| format!("cannot run {python}; pass --peer none to skip the comparison"))?;
    if !output.status.success() {
        bail!(
            "the PyTorch peer failed (install it with `{install}`, or pass --peer none):\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().unwrap_or("");
    serde_json::from_str(line).with_context(|| format!("unexpected peer output: {stdout}"))
}

/// Prints the peer's numbers and swan / peer, best and median.
fn print_ratio(
    best: f64,
    median: f64,
    peer: Option<&serde_json::Value>,
) -> (Option<f64>, Option<f64>) {
    let Some(p) = peer else {
        return (None, None);
    };
    let pb = p["best_img_per_s"].as_f64().unwrap_or(f64::NAN);
    let pm = p["median_img_per_s"].as_f64().unwrap_or(f64::NAN);
    println!(
        "pytorch  best {pb:8.1} img/s   median {pm:8.1} img/s   ({})",
        p["peer"].as_str().unwrap_or("?")
    );
    println!(
        "ratio swan/pytorch: best {:.2}  median {:.2}",
        best / pb,
        median / pm
    );
    (Some(best / pb), Some(median / pm))
}
