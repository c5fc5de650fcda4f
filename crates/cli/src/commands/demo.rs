use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use clap::Args;
use swan_eval::Protocol;

use crate::args::{EncoderArgs, MethodArgs, RunArgs};
use crate::common::Global;
use crate::run::{EvalPlan, run_eval};
use crate::settings::resolve_method;

const FMNIST_DIR: &str = "/usr/share/datasets/fashion-mnist";
const FMNIST_PACKAGE: &str = "dataset-fashion-mnist";

/// `swan demo`: DN2 on Fashion-MNIST, one-vs-rest, set-up included.
#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Fashion-MNIST folder (IDX files); installed with apt when missing at the default place.
    #[arg(long, default_value = FMNIST_DIR)]
    data_dir: PathBuf,
    /// Input size of the encoder.
    #[arg(long, default_value_t = 64)]
    image_size: usize,
    /// Neighbours averaged by DN2.
    #[arg(long, default_value_t = 2)]
    k: usize,
    /// A quick look: 1000 training images per class and 2000 test images instead of all.
    #[arg(long)]
    quick: bool,
    /// JSON report to write.
    #[arg(long, default_value = "results/demo-fmnist.json", value_parser = crate::args::file_out)]
    out: PathBuf,
}

pub fn run(args: DemoArgs, global: &Global) -> Result<()> {
    ensure_fmnist(&args.data_dir)?;
    let weights = swan_encoder::efficientnet_lite::default_lite0_weights_path();
    super::weights::fetch(
        swan_encoder::Backbone::EfficientNetLite0,
        &weights,
        "python3",
    )
    .context("getting the EfficientNet-Lite0 weights")?;
    let method = resolve_method(&MethodArgs {
        method: Some(swan_method::MethodKind::Dn2),
        config: None,
        k: Some(args.k),
        ..MethodArgs::default()
    })?;
    let plan = EvalPlan {
        data: swan_data::DataSpec::Idx(args.data_dir.clone()),
        protocol: Protocol::OneVsRest,
        method,
        encoder: EncoderArgs {
            backbone: swan_encoder::Backbone::EfficientNetLite0,
            weights: Some(weights),
            image_size: args.image_size,
            antialias: false,
            batch_size: 128,
            device: "cpu".into(),
        },
        train: Default::default(),
        rank_weights: None,
        only_splits: Vec::new(),
        calibration: None,
        run: RunArgs {
            seed: 0,
            no_cache: false,
        },
        max_train: args.quick.then_some(1000),
        max_test: args.quick.then_some(2000),
        synthetic_nuisance: None,
        out: args.out,
    };
    eprintln!(
        "DN2 on Fashion-MNIST: EfficientNet-Lite0 ImageNet features at {}px, k = {}, one-vs-rest{}",
        args.image_size,
        args.k,
        if args.quick { " (quick subset)" } else { "" }
    );
    run_eval(&plan, global)?;
    Ok(())
}

fn ensure_fmnist(dir: &Path) -> Result<()> {
    let present = |d: &Path| {
        d.join("train-images-idx3-ubyte.gz").exists() || d.join("train-images-idx3-ubyte").exists()
    };
    if present(dir) {
        return Ok(());
    }
    if dir != Path::new(FMNIST_DIR) {
        bail!("no Fashion-MNIST IDX files in {}", dir.display());
    }
    eprintln!("installing {FMNIST_PACKAGE} with apt-get ...");
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let mut cmd = if is_root {
        Command::new("apt-get")
    } else {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    };
    let status = cmd.args(["install", "-y", FMNIST_PACKAGE]).status();
    if !status.is_ok_and(|s| s.success()) || !present(dir) {
        bail!(
            "could not install {FMNIST_PACKAGE}; run `apt-get install -y {FMNIST_PACKAGE}` (as root) and retry"
        );
    }
    Ok(())
}
