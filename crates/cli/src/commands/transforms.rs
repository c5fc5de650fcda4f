use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use swan_data::Image;
use swan_transform::{Chain, Op};

use crate::common::{self, Global};

/// `swan transforms`: look at and apply the transform bank.
#[derive(Args, Debug)]
pub struct TransformsArgs {
    #[command(subcommand)]
    what: TransformsWhat,
}

#[derive(Subcommand, Debug)]
enum TransformsWhat {
    /// List every transform name (the chain syntax is name[@severity][+name[@severity]...]).
    List,
    /// Render a contact sheet: every transform (rows) at severities 1..5 (columns).
    Sheet {
        #[command(flatten)]
        input: InputImage,
        /// Cell size in pixels.
        #[arg(long, default_value_t = 112)]
        cell: usize,
        /// Seed of the random draws.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// PNG to write.
        #[arg(long, short, value_parser = crate::args::file_out)]
        out: PathBuf,
    },
    /// Apply a chain (e.g. `blur@3+contrast@2`) to one image.
    Apply {
        #[command(flatten)]
        input: InputImage,
        /// The operations, `name[@severity]` joined by `+` (see `swan transforms list`).
        #[arg(long)]
        chain: Chain,
        /// Seed of the random draws.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// PNG to write.
        #[arg(long, short, value_parser = crate::args::file_out)]
        out: PathBuf,
    },
}

/// An image file, or one sample of a dataset.
#[derive(Args, Debug)]
struct InputImage {
    /// Image file (PNG, JPEG, BMP, TIFF, GIF, WebP).
    #[arg(long, conflicts_with = "data", required_unless_present = "data")]
    image: Option<PathBuf>,
    /// Or a dataset ([KIND:]PATH) and --index of its sample.
    #[arg(long, value_name = "[KIND:]PATH", requires = "index")]
    data: Option<swan_data::DataSpec>,
    /// Sample index in --data.
    #[arg(long)]
    index: Option<usize>,
}

impl InputImage {
    fn load(&self) -> Result<Image> {
        if let Some(path) = &self.image {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            return Ok(swan_data::decode_image(
                &bytes,
                &path.display().to_string(),
            )?);
        }
        let (Some(spec), Some(i)) = (&self.data, self.index) else {
            bail!("give --image FILE or --data SPEC --index N")
        };
        let samples = common::load_samples(spec)?;
        let s = samples.get(i).with_context(|| {
            format!(
                "{spec} has {} samples; --index {i} is out of range",
                samples.len()
            )
        })?;
        Ok(s.load()?)
    }
}

fn write_png(img: &Image, path: &Path) -> Result<()> {
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"))
    {
        anyhow::bail!(
            "--out {}: swan writes PNG images; name the file *.png",
            path.display()
        );
    }
    let png = img.to_png_thumbnail(usize::MAX)?;
    swan_data::write_atomic(path, &png).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {} ({}x{})", path.display(), img.width, img.height);
    Ok(())
}

pub fn run(args: TransformsArgs, _global: &Global) -> Result<()> {
    match args.what {
        TransformsWhat::List => {
            for op in Op::ALL {
                println!("{}", op.name());
            }
            Ok(())
        }
        TransformsWhat::Sheet {
            input,
            cell,
            seed,
            out,
        } => {
            let sheet = swan_transform::contact_sheet(&input.load()?, Op::ALL, cell.max(16), seed)?;
            write_png(&sheet, &out)
        }
        TransformsWhat::Apply {
            input,
            chain,
            seed,
            out,
        } => write_png(&chain.apply(&input.load()?, seed)?, &out),
    }
}
