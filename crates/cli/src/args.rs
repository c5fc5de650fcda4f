//! Flag groups shared by several subcommands, defined once.

use std::path::PathBuf;

use clap::Args;
use swan_data::DataSpec;
use swan_encoder::Backbone;

#[derive(Args, Debug, Clone)]
pub struct DataArgs {
    /// Dataset: idx:DIR (MNIST/Fashion-MNIST IDX files), folder:DIR (one subfolder per class,
    /// optionally under train/ and test/), mvtec:DIR (train/good, test/good, test/<defect>),
    /// csv:FILE (a `path` column plus class/label/split/attribute columns).
    #[arg(long, value_name = "KIND:PATH")]
    pub data: DataSpec,
}

#[derive(Args, Debug, Clone)]
pub struct EncoderArgs {
    /// Pretrained backbone.
    #[arg(long, default_value = "efficientnet-lite0", value_parser = parse_backbone)]
    pub backbone: Backbone,
    /// Backbone weights (.pth legacy format or .safetensors). Default: $SWAN_LITE0_WEIGHTS, or
    /// where `swan weights fetch` puts them.
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,
    /// Images are resized (bilinear) to SIZE x SIZE before the encoder.
    #[arg(long, default_value_t = 224, value_name = "SIZE")]
    pub image_size: usize,
    /// Images per encoder batch.
    #[arg(long, default_value_t = 128)]
    pub batch_size: usize,
    /// Compute device: cpu (default); cuda or wgpu in builds with that cargo feature.
    #[arg(long, default_value = "cpu")]
    pub device: String,
}

fn parse_backbone(s: &str) -> Result<Backbone, String> {
    s.parse()
        .map_err(|e: swan_encoder::EncoderError| e.to_string())
}

impl EncoderArgs {
    pub fn weights_path(&self) -> PathBuf {
        self.weights
            .clone()
            .unwrap_or_else(swan_encoder::efficientnet_lite0::default_lite0_weights_path)
    }
}

#[derive(Args, Debug, Clone)]
pub struct MethodArgs {
    /// Detection method [default: dn2, or the one the --config file names].
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
    /// Encoder tap the embedding is read from: pooled (default), head, block00..block15, stem.
    #[arg(long)]
    pub tap: Option<swan_encoder::Tap>,
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
