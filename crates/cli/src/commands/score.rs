use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use swan_method::Fitted;

use crate::args::{DataArgs, RunArgs};
use crate::common::{self, Global, SplitChoice};

/// `swan score`: a model file and images in, a CSV of scores out.
#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// Model file written by `swan fit`.
    #[arg(long, short)]
    model: PathBuf,
    #[command(flatten)]
    data: DataArgs,
    /// Which split of the dataset to score.
    #[arg(long, value_enum, default_value = "all")]
    split: SplitChoice,
    /// Images per encoder batch.
    #[arg(long, default_value_t = 128)]
    batch_size: usize,
    /// Compute device: cpu (default); cuda or wgpu in builds with that cargo feature.
    #[arg(long, default_value = "cpu")]
    device: String,
    #[command(flatten)]
    run: RunArgs,
    /// CSV to write (id, score, class, label, split); default: standard output.
    #[arg(long, short)]
    out: Option<PathBuf>,
}

pub fn run(args: ScoreArgs, global: &Global) -> Result<()> {
    let device = swan_encoder::device_from_name(&args.device)?;
    let (model, encoder) = Fitted::load(&args.model, &device)
        .with_context(|| format!("loading model {}", args.model.display()))?;
    let samples: Vec<_> = common::load_samples(&args.data.data)?
        .into_iter()
        .filter(|s| args.split.keeps(s))
        .collect();
    if samples.is_empty() {
        anyhow::bail!(
            "no images to score in {} (split {:?})",
            args.data.data,
            args.split
        );
    }
    let mut ctx = common::run_context(Arc::new(encoder), args.batch_size, &args.run, global);
    let scored = model.score(&samples, &mut ctx).context("scoring")?;
    let mut csv = String::from("id,score,class,label,split\n");
    let mut scores = scored.scores.iter();
    for (s, kept) in samples.iter().zip(&scored.kept) {
        if !kept {
            continue;
        }
        let score = scores.next().copied().unwrap_or(f32::NAN);
        let split = s.split.map_or("", |sp| {
            if sp == swan_data::Split::Train {
                "train"
            } else {
                "test"
            }
        });
        let label = match s.label {
            swan_data::Label::Normal => "normal",
            swan_data::Label::Anomaly => "anomaly",
            swan_data::Label::Unknown => "",
        };
        csv += &format!(
            "{},{score},{},{label},{split}\n",
            csv_field(&s.id),
            csv_field(s.class.as_deref().unwrap_or(""))
        );
    }
    match &args.out {
        Some(path) => {
            swan_data::write_atomic(path, csv.as_bytes())
                .with_context(|| format!("writing {}", path.display()))?;
            eprintln!(
                "scored {} images -> {}",
                scored.scores.len(),
                path.display()
            );
        }
        None => print!("{csv}"),
    }
    common::report_skipped(&scored.skipped);
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
