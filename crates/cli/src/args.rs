//! Flag groups shared by several subcommands, defined once.

use std::path::PathBuf;

use clap::Args;
use swan_data::DataSpec;
use swan_encoder::Backbone;

#[derive(Args, Debug, Clone)]
pub struct DataArgs {
    /// Dataset: idx:DIR (MNIST/Fashion-MNIST IDX files), cifar:DIR (binary CIFAR-10/100:
    /// data_batch_*.bin + test_batch.bin, or train.bin + test.bin), folder:DIR (one subfolder per class,
    /// its own subfolders included, optionally under train/ and test/; images directly in DIR have
    /// no class; names starting with a dot are not read), mvtec:DIR (train/good, test/good, test/<defect>),
    /// csv:FILE (a `path` column plus class/label/split/attribute columns), npz:FILE|DIR
    /// (NumPy arrays: imgs, anom_label, attribute arrays; train.npz + test.npz in a folder),
    /// image:FILE (one image).
    /// A bare PATH gets its kind from what is there: a .csv, .npz or image file; a folder with IDX
    /// or binary CIFAR files, with train.npz/test.npz, or MVTec-style (train/ holding only good/); otherwise a
    /// folder of images. Reports record the kind used.
    #[arg(long, value_name = "[KIND:]PATH")]
    pub data: DataSpec,
}

#[derive(Args, Debug, Clone)]
pub struct EncoderArgs {
    /// Pretrained backbone: efficientnet-lite0 (16 blocks), efficientnet-lite1 (21 blocks) or
    /// efficientnet-lite2 (21 blocks, 1.1 times the widths); ImageNet weights of each from
    /// `swan weights fetch --backbone NAME`.
    #[arg(long, default_value = "efficientnet-lite0", value_parser = parse_backbone)]
    pub backbone: Backbone,
    /// Backbone weights (.pth legacy format or .safetensors). Default: $SWAN_LITE0_WEIGHTS
    /// ($SWAN_LITE1_WEIGHTS, $SWAN_LITE2_WEIGHTS for the others), or where `swan weights fetch`
    /// puts them.
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,
    /// Images are resized (bilinear) to SIZE x SIZE before the encoder.
    #[arg(long, default_value_t = 224, value_name = "SIZE")]
    pub image_size: usize,
    /// Low-pass filter images larger than --image-size as they shrink (as torchvision's
    /// Resize and PIL do), instead of the weights' reference plain bilinear resize, which
    /// aliases fine detail of large photos (a 1024 px image at 224 px reads only about one
    /// pixel in five). Recorded in the model file and used again by `swan score`. Images no larger
    /// than --image-size are unaffected. nsa (no pretrained encoder) applies it to its
    /// --train-size resize, ke to its pixel-space ranking.
    #[arg(long)]
    pub antialias: bool,
    /// Images per encoder batch.
    #[arg(long, default_value_t = 128, value_parser = at_least_one)]
    pub batch_size: usize,
    /// Compute device: cpu (default); cuda or wgpu in builds with that cargo feature.
    #[arg(long, default_value = "cpu")]
    pub device: String,
}

/// A file to write. `-`, standard output to many tools, is refused: the commands that take
/// it write files (binary ones, or several beside each other), and `swan score --out -` is the
/// one that prints.
pub fn file_out(s: &str) -> Result<PathBuf, String> {
    match s {
        "-" => Err("this writes a file, not standard output: give a file name".into()),
        "" => Err("an empty file name".into()),
        _ => Ok(PathBuf::from(s)),
    }
}

/// A count that must be at least 1 (threads, batch sizes, workers, timed steps).
pub fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("not a whole number: {e}")),
    }
}

pub fn parse_backbone(s: &str) -> Result<Backbone, String> {
    s.parse()
        .map_err(|e: swan_encoder::EncoderError| e.to_string())
}

impl EncoderArgs {
    pub fn weights_path(&self) -> PathBuf {
        self.weights
            .clone()
            .unwrap_or_else(|| self.backbone.default_weights_path())
    }
}

#[derive(Args, Debug, Clone, Default)]
pub struct MethodArgs {
    /// Detection method: dn2 (kNN on frozen features), nsa (self-supervised from scratch),
    /// dra / devnet (a few labelled anomalies), ke (Knowledge Exposure), adib / adra
    /// (outlier exposure), red-panda (ignores a nuisance attribute) [default: dn2, or the one
    /// the --config file names].
    #[arg(long, value_parser = parse_method)]
    pub method: Option<swan_method::MethodKind>,
    /// Method hyper-parameters from a TOML file (`method = "dn2"`, `k = 2`, ...); flags given
    /// on the command line override it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// kNN: number of neighbours averaged.
    #[arg(long)]
    pub k: Option<usize>,
    /// kNN: distance, l2 or cosine.
    #[arg(long, value_parser = parse_metric)]
    pub metric: Option<swan_score::Metric>,
    /// Encoder tap the embedding is read from: pooled (default), head, block00..block15
    /// (..block20 for efficientnet-lite1 and -lite2), stem.
    /// dra, devnet: the feature-map tap [default: the backbone's last block, block15 on
    /// efficientnet-lite0, block20 on -lite1 and -lite2].
    #[arg(long)]
    pub tap: Option<swan_encoder::Tap>,
    /// nsa: self-supervised objective: simsiam (default), simclr, simclr-shifted (rotations as
    /// extra negatives, "SC(-)"), byol.
    #[arg(long, value_parser = parse_objective, help_heading = "NSA")]
    pub objective: Option<swan_train::ssl::Objective>,
    /// nsa: l2-normalise the encoder output before the projector [default: true].
    #[arg(long, value_name = "BOOL", help_heading = "NSA")]
    pub normalize_encoder: Option<bool>,
    /// nsa: differentiable l2-normalisation of the projection [default: true].
    #[arg(long, value_name = "BOOL", help_heading = "NSA")]
    pub normalize_projection: Option<bool>,
    /// nsa / dra / ke / adib / adra: training epochs [default: nsa 50, dra 30, devnet 50,
    /// ke 50, adib / adra 5].
    #[arg(long, help_heading = "NSA")]
    pub epochs: Option<usize>,
    /// nsa, ke --scratch: ResNet-18 width multiplier (1.0 = 64..512 channels) [default: 1.0].
    #[arg(long, help_heading = "NSA")]
    pub width: Option<f32>,
    /// nsa, ke --scratch: training resolution (square) [default: 32].
    #[arg(long, value_name = "SIZE", help_heading = "NSA")]
    pub train_size: Option<usize>,
    /// nsa: training batch size [default: 128]. ke: images per step, each with its views
    /// [default: 64]. adib / adra: normal images per step, with as many corpus images
    /// [default: 32].
    #[arg(long, value_name = "N", help_heading = "NSA")]
    pub train_batch: Option<usize>,
    /// nsa: SGD learning rate at batch 256, scaled linearly with the batch; cosine decay
    /// [default: 0.05]. dra: Adam learning rate, ×0.1 every 10 epochs [default: 2e-4].
    /// ke: SGD learning rate, constant [default: 0.01]. adib / adra: SGD (momentum 0.9),
    /// constant unless --lr-schedule steps [default: adib 1e-4, adra 1e-3; with
    /// --paper-optimizer adib 0.1, adra 0.01].
    #[arg(long, help_heading = "NSA")]
    pub lr: Option<f64>,
    /// nsa: projector width; the predictor bottleneck is a quarter of it [default: 2048].
    #[arg(long, help_heading = "NSA")]
    pub proj_dim: Option<usize>,
    /// nsa: scorer on the embeddings: k-cos (default; angle to the nearest training row under
    /// the inverse-covariance inner product), k-cos-centred (the same after centring), c-cos
    /// (angle to the mean), knn (uses --k, --metric), mahalanobis. ke: on the codes: ocsvm (default; sigmoid kernel, ν 0.2, γ 1/d), knn, ...
    #[arg(long, help_heading = "NSA")]
    pub scorer: Option<String>,
    /// nsa: encoder stages scored and ensembled (1..4, comma-separated), e.g. 3,4 [default: 4].
    #[arg(long, value_delimiter = ',', help_heading = "NSA")]
    pub layers: Vec<usize>,
    /// nsa: score the l2-normalised (true) or raw (false) embeddings, whatever the training
    /// did (an analysis switch; with --resume it rescores a trained network) [default: as
    /// --normalize-encoder].
    #[arg(long, value_name = "BOOL", help_heading = "NSA")]
    pub score_normalized: Option<bool>,
    /// dra: heads trained and summed into the score (ablations), comma-separated from seen,
    /// pseudo, residual, normal [default: all four; devnet: seen].
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "HEAD,...",
        help_heading = "DRA / DevNet"
    )]
    pub heads: Vec<swan_method::dra::Head>,
    /// dra: image-pyramid levels (the input, then ½-size copies) [default: 2; devnet: 1].
    #[arg(long, value_name = "N", help_heading = "DRA / DevNet")]
    pub pyramid_levels: Option<usize>,
    /// dra: optimiser steps per epoch [default: 20].
    #[arg(long, value_name = "N", help_heading = "DRA / DevNet")]
    pub steps_per_epoch: Option<usize>,
    /// dra: Adam weight decay [default: 1e-5]. (--epochs and --lr also apply: defaults 30 and
    /// 2e-4, devnet 50.) adib / adra: SGD weight decay [default: 0; 1e-4 with
    /// --paper-optimizer].
    #[arg(long, value_name = "W", help_heading = "DRA / DevNet")]
    pub weight_decay: Option<f64>,
    /// dra: the optimiser of the DRA authors' code (Adam lr 1e-3, weight decay 1e-2) instead
    /// of the defaults. adib / adra: that of the transfer paper's code (SGD lr 0.1, momentum
    /// 0.9, weight decay 1e-4, ×0.1 at 60 % and 80 % of the epochs); --batch-norm train and
    /// --head-init random complete the paper's recipe. Flags given with it override it.
    /// adra gets lr 0.01: at the paper's 0.1 swan's adapters diverge (nothing normalises what
    /// they add, where the paper's sit before a trained batch-norm; BENCHMARKS.md).
    #[arg(long, help_heading = "DRA / DevNet")]
    pub paper_optimizer: bool,
    /// dra / devnet: train the encoder's last stages too: the blocks after TAP up to --tap
    /// are fine-tuned from their pretrained weights (batch-norm folded) with the heads, on
    /// activations at TAP cached once (e.g. block10). Default: frozen backbone, maps at
    /// --tap cached.
    #[arg(long, value_name = "TAP", help_heading = "DRA / DevNet")]
    pub train_from: Option<swan_encoder::Tap>,
    /// ke: how positives and negatives are chosen: ranked (by the Wasserstein distance of
    /// each transform, the default), fixed (hflip, crop / rot90, rot270), random (seeded).
    #[arg(long, value_parser = ["ranked", "fixed", "random"], help_heading = "Knowledge Exposure")]
    pub policy: Option<String>,
    /// ke: rank transforms on the encoder's pooled features (default) or on raw pixels.
    #[arg(long, value_parser = ["encoder", "pixels"], help_heading = "Knowledge Exposure")]
    pub rank_on: Option<String>,
    /// ke: rank the transforms with this pretrained backbone instead of the one the head
    /// reads (--backbone), as the paper has a large encoder expose its knowledge to a smaller
    /// one, e.g. --rank-backbone efficientnet-lite2 with the default Lite0. At --image-size;
    /// used by the fit only (the model file keeps the ranking, `swan score` does not need it).
    #[arg(long, value_name = "BACKBONE", value_parser = parse_backbone, help_heading = "Knowledge Exposure")]
    pub rank_backbone: Option<Backbone>,
    /// ke: weights of --rank-backbone (.pth or .safetensors). Default: where `swan weights
    /// fetch --backbone NAME` puts them, or $SWAN_LITE{0,1,2}_WEIGHTS.
    #[arg(long, value_name = "FILE", help_heading = "Knowledge Exposure")]
    pub rank_weights: Option<PathBuf>,
    /// ke: candidate transforms (chains, comma-separated) [default: hflip, vflip, rot90,
    /// rot180, rot270, crop, jitter, noise, blur, glass, jpeg, snow].
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "CHAIN,...",
        help_heading = "Knowledge Exposure"
    )]
    pub bank: Vec<swan_transform::Chain>,
    /// ke: positives and negatives per class [default: 2].
    #[arg(long, value_name = "K", help_heading = "Knowledge Exposure")]
    pub pairs: Option<usize>,
    /// ke: skip the nearest transform before taking positives (the authors' code).
    #[arg(long, help_heading = "Knowledge Exposure")]
    pub skip_nearest: bool,
    /// ke: the paper's tier, a CIFAR-style ResNet-18 trained from scratch on the normal
    /// images and fresh draws of the chosen transforms (at --train-size, default 32 px; width
    /// --width, default 1.0; batch --train-batch, default 64), scored on its l2-normalised
    /// output. The ranking still reads the pretrained encoder (--rank-on pixels or --policy
    /// fixed do without it). Default: the CPU tier, a head on frozen pretrained features.
    #[arg(long, help_heading = "Knowledge Exposure")]
    pub scratch: bool,
    /// adib: weight α of the L2 pull ‖θ − θ0‖² to the pretrained weights [default: 1e-2;
    /// 0 = the "pretrained without Ω" ablation].
    #[arg(long, value_name = "A", help_heading = "ADIB / ADRA")]
    pub alpha: Option<f64>,
    /// adib: the form of Ω. squared (default): α‖θ − θ0‖² over every encoder weight (L2-SP, as
    /// the paper writes it). norm: α‖θ − θ0‖₂, not squared, over the convolution kernels only,
    /// as the transfer paper's code computes it.
    #[arg(long, value_name = "FORM", value_parser = ["squared", "norm"], help_heading = "ADIB / ADRA")]
    pub omega: Option<String>,
    /// adib: start from the pretrained weights [default: true; false = the "no pretraining"
    /// ablation, seeded random initialisation].
    #[arg(long, value_name = "BOOL", help_heading = "ADIB / ADRA")]
    pub pretrained: Option<bool>,
    /// adib / adra: how the linear head starts. probe (default): a class-balanced logistic
    /// regression of normal vs corpus on the untrained network's features, then fine-tuning
    /// (LP-FT). random: seeded random head, as in the paper.
    #[arg(long, value_name = "INIT", value_parser = ["probe", "random"], help_heading = "ADIB / ADRA")]
    pub head_init: Option<String>,
    /// adib: batch-norm while fine-tuning. frozen (default): folded with the pretrained
    /// statistics (weights and biases train). train: batch statistics, running ones updated
    /// (the default with --pretrained false).
    #[arg(long, value_name = "MODE", value_parser = ["frozen", "train"], help_heading = "ADIB / ADRA")]
    pub batch_norm: Option<String>,
    /// adib / adra: normal images per epoch (a seeded subset; all when absent).
    #[arg(long, value_name = "N", help_heading = "ADIB / ADRA")]
    pub images_per_epoch: Option<usize>,
    /// adib / adra: the learning rate over the run. constant (default), or steps: ×0.1 at 60 %
    /// and 80 % of the epochs (the transfer paper's code, over its 100 epochs). --weight-decay
    /// and --paper-optimizer (listed under DRA / DevNet) apply to adib / adra too.
    #[arg(long, value_name = "SCHEDULE", value_parser = ["constant", "steps"], help_heading = "ADIB / ADRA")]
    pub lr_schedule: Option<String>,
    /// adib / adra: clip the global gradient norm of each step to N (none by default). A
    /// remedy, with a lower --lr, when fit warns that training may be diverging.
    #[arg(long, value_name = "N", help_heading = "ADIB / ADRA")]
    pub max_grad_norm: Option<f64>,
    /// red-panda: compute tier. a: frozen encoder, features of images and views cached
    /// once, head + generator train. b: activations at the end of the fifth stage cached
    /// (block 10 of efficientnet-lite0, block 14 of -lite1 and -lite2), the last two stages
    /// and the head convolution fine-tuned too. c: full fine-tuning (the paper), the whole
    /// encoder trains on images and views held in memory (the slowest: about 6x tier A's
    /// time per epoch on a CPU).
    #[arg(long, value_parser = ["a", "b", "c"], help_heading = "Red PANDA")]
    pub tier: Option<String>,
    /// red-panda: ablation, one group for all (plain SimCLR with the augmentation positive).
    #[arg(long, help_heading = "Red PANDA")]
    pub one_group: bool,
    /// red-panda: ablation, no conditional generator and no reconstruction loss.
    #[arg(long, help_heading = "Red PANDA")]
    pub no_reconstruction: bool,
    /// red-panda: augmented views drawn and cached per image [default: 4].
    #[arg(long, value_name = "N", help_heading = "Red PANDA")]
    pub views: Option<usize>,
}

fn parse_objective(s: &str) -> Result<swan_train::ssl::Objective, String> {
    use swan_train::ssl::Objective;
    Ok(match s {
        "simsiam" => Objective::SimSiam,
        "simclr" => Objective::SimClr {
            temperature: 0.5,
            shifted_negatives: false,
        },
        "simclr-shifted" => Objective::SimClr {
            temperature: 0.5,
            shifted_negatives: true,
        },
        "byol" => Objective::Byol {
            momentum_base: 0.99,
        },
        _ => {
            return Err(format!(
                "unknown objective {s:?}; available: simsiam, simclr, simclr-shifted, byol"
            ));
        }
    })
}

/// Checkpoints and logs of methods that train a network.
#[derive(Args, Debug, Clone, Default)]
pub struct TrainArgs {
    /// Keep a checkpoint and a JSON-lines epoch log of each training run in DIR
    /// (`<run>.ckpt.safetensors`, `<run>.log.jsonl`; `swan eval` names runs after splits).
    #[arg(long, value_name = "DIR", help_heading = "Training")]
    pub train_dir: Option<PathBuf>,
    /// Continue an interrupted run: training goes on from the checkpoints in --train-dir (the
    /// configuration must match), and `swan eval` also reuses the splits it had finished
    /// (saved after each split in `<out>.partial.json`, removed with the report written).
    /// `swan fit` needs --train-dir with it.
    #[arg(long, help_heading = "Training")]
    pub resume: bool,
    /// Write a checkpoint every N epochs (and after the last).
    #[arg(long, default_value_t = 1, value_name = "N", help_heading = "Training")]
    pub checkpoint_every: usize,
    /// Stop each training run after N epochs, with a checkpoint (finish later with --resume).
    #[arg(
        long,
        value_name = "N",
        requires = "train_dir",
        help_heading = "Training"
    )]
    pub stop_after: Option<usize>,
    /// Threads that build augmented batches ahead of the model step.
    #[arg(long, default_value_t = 1, value_name = "N", help_heading = "Training", value_parser = at_least_one)]
    pub workers: usize,
}

/// A fraction strictly between 0 and 1.
pub fn open_fraction(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(f) if f > 0.0 && f < 1.0 => Ok(f),
        Ok(f) => Err(format!("must be between 0 and 1 (exclusive), got {f}")),
        Err(e) => Err(format!("not a number: {e}")),
    }
}

fn parse_method(s: &str) -> Result<swan_method::MethodKind, String> {
    swan_method::MethodKind::ALL
        .iter()
        .copied()
        .find(|m| m.name() == s)
        .ok_or_else(|| {
            let names: Vec<_> = swan_method::MethodKind::ALL
                .iter()
                .map(|m| m.name())
                .collect();
            format!("unknown method {s:?}; available: {}", names.join(", "))
        })
}

fn parse_metric(s: &str) -> Result<swan_score::Metric, String> {
    match s {
        "l2" => Ok(swan_score::Metric::L2),
        "cosine" => Ok(swan_score::Metric::Cosine),
        _ => Err(format!("unknown metric {s:?}; available: l2, cosine")),
    }
}

#[derive(Args, Debug, Clone)]
pub struct RunArgs {
    /// Seed for every random choice (splits of unsplit data, sampling).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Do not read or write the on-disk feature cache.
    #[arg(long)]
    pub no_cache: bool,
}

/// How a command runs a saved model (`swan score`, `swan calibrate`): encoder batch, device,
/// seed and feature cache.
#[derive(Args, Debug, Clone)]
pub struct ModelRunArgs {
    /// Images per encoder batch.
    #[arg(long, default_value_t = 128, value_parser = at_least_one)]
    pub batch_size: usize,
    /// Compute device: cpu (default); cuda or wgpu in builds with that cargo feature.
    #[arg(long, default_value = "cpu")]
    pub device: String,
    #[command(flatten)]
    pub run: RunArgs,
}
