//! `swan audit transforms`: which augmentations does a pretrained encoder consider
//! meaning-preserving for each class of a dataset? No training involved.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use serde::Serialize;
use swan_data::Sample;
use swan_method::EncoderSpec;
use swan_method::ke::ranking::{
    RankSpace, RankingConfig, Solver, TransformDistance, choose, default_bank, rank, view_sample,
};
use swan_score::transport::GroundCost;
use swan_transform::Chain;

use crate::args::{DataArgs, EncoderArgs, RunArgs};
use crate::common::{self, Global, SplitChoice};

#[derive(Args, Debug)]
pub struct AuditArgs {
    #[command(subcommand)]
    command: AuditCommand,
}

#[derive(Subcommand, Debug)]
enum AuditCommand {
    /// Rank candidate transforms per class by the Wasserstein-1 distance between the
    /// embeddings of the class's images and of their transformed copies (severity 1); write
    /// a JSON table and an HTML page with a class × transform heat map and example strips.
    Transforms(TransformsAudit),
}

#[derive(Args, Debug)]
struct TransformsAudit {
    #[command(flatten)]
    data: DataArgs,
    /// Classes to audit (repeatable); default: every class.
    #[arg(long = "class", value_name = "CLASS")]
    classes: Vec<String>,
    /// Which split's images to use.
    #[arg(long, value_enum, default_value = "train")]
    split: SplitChoice,
    /// Images per class (the first N).
    #[arg(long, default_value_t = 1000, value_name = "N")]
    max_per_class: usize,
    /// Candidate transforms (chains, comma-separated) [default: hflip, vflip, rot90, rot180,
    /// rot270, crop, jitter, noise, blur, glass, jpeg, snow].
    #[arg(long, value_delimiter = ',', value_name = "CHAIN,...")]
    transforms: Vec<Chain>,
    /// Compare the sets in the encoder's pooled features or in raw pixels (32 px).
    #[arg(long, value_parser = ["encoder", "pixels"], default_value = "encoder")]
    rank_on: String,
    /// Ground cost between two embeddings.
    #[arg(long, value_parser = ["cosine", "l2"], default_value = "cosine")]
    cost: String,
    /// Use the sliced approximation with this many random directions instead of the exact
    /// assignment (for large sets).
    #[arg(long, value_name = "N")]
    sliced: Option<usize>,
    /// Positives (nearest) and negatives (farthest) to mark per class.
    #[arg(long, default_value_t = 2, value_name = "K")]
    pairs: usize,
    /// Skip the nearest transform before taking positives.
    #[arg(long)]
    skip_nearest: bool,
    #[command(flatten)]
    encoder: EncoderArgs,
    #[command(flatten)]
    run: RunArgs,
    /// JSON table to write (the HTML page goes beside it).
    #[arg(long, short, default_value = "audit-transforms.json", value_parser = crate::args::file_out)]
    out: PathBuf,
}

pub const AUDIT_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct AuditReport {
    format_version: u32,
    swan_version: &'static str,
    command: Vec<String>,
    data: String,
    encoder: Option<EncoderSpec>,
    ranking: RankingConfig,
    seed: u64,
    threads: usize,
    transforms: Vec<String>,
    classes: Vec<ClassAudit>,
    seconds: f64,
}

#[derive(Serialize)]
struct ClassAudit {
    class: String,
    n_images: usize,
    /// Ascending.
    ranking: Vec<TransformDistance>,
    positives: Vec<String>,
    negatives: Vec<String>,
}

pub fn run(args: AuditArgs, global: &Global) -> Result<()> {
    match args.command {
        AuditCommand::Transforms(a) => transforms(a, global),
    }
}

fn transforms(args: TransformsAudit, global: &Global) -> Result<()> {
    let start = Instant::now();
    let bank = if args.transforms.is_empty() {
        default_bank()
    } else {
        args.transforms.clone()
    };
    swan_method::ke::ranking::check_bank_size(
        bank.len(),
        args.pairs,
        args.skip_nearest,
        "--transforms",
    )
    .map_err(anyhow::Error::msg)?;
    let samples = common::select_samples(
        common::load_samples(&args.data.data)?,
        args.split,
        &args.classes,
        &args.data.data.to_string(),
    )?;
    let mut by_class: BTreeMap<String, Vec<Sample>> = BTreeMap::new();
    for s in samples {
        let c = s.class.clone().unwrap_or_else(|| "all".into());
        let v = by_class.entry(c).or_default();
        if v.len() < args.max_per_class {
            v.push(s);
        }
    }
    if by_class.values().all(Vec::is_empty) {
        anyhow::bail!("--max-per-class 0 leaves no images to rank transforms on");
    }
    let mut classes: Vec<(String, Vec<Sample>)> = by_class.into_iter().collect();
    classes.sort_by_key(|(c, _)| swan_eval::protocol::class_order(c));

    let encoder = Arc::new(common::load_encoder(&args.encoder)?);
    let pre = encoder.preprocess();
    let mut ctx = common::run_context(Some(encoder), args.encoder.batch_size, &args.run, global);
    let cfg = RankingConfig {
        space: if args.rank_on == "pixels" {
            RankSpace::Pixels { size: 32 }
        } else {
            RankSpace::Encoder {
                tap: swan_encoder::Tap::Pooled,
                backbone: None,
            }
        },
        cost: if args.cost == "l2" {
            GroundCost::L2
        } else {
            GroundCost::Cosine
        },
        solver: match args.sliced {
            Some(projections) => Solver::Sliced { projections },
            None => Solver::Exact,
        },
        max_images: args.max_per_class,
    };
    let mut out = Vec::new();
    let mut pages = Vec::new();
    for (class, images) in &classes {
        let t0 = Instant::now();
        let ranking = rank(&mut ctx, images, &bank, &cfg, args.run.seed)
            .with_context(|| format!("ranking transforms for class {class}"))?;
        let (positives, negatives) = choose(&ranking, args.pairs, args.skip_nearest)?;
        eprintln!(
            "class {class}: nearest {}, farthest {} ({:.1} s)",
            positives.join(", "),
            negatives.join(", "),
            t0.elapsed().as_secs_f64()
        );
        // Strip: the first readable image, and it under the nearest and farthest transforms.
        let mut strip = Vec::new();
        if let Some((s, img)) = images.iter().find_map(|s| s.load().ok().map(|i| (s, i))) {
            if let Ok(png) = img.to_png_thumbnail(72) {
                strip.push(("original".to_string(), png));
            }
            for (role, list) in [("near", &positives), ("far", &negatives)] {
                for t in list {
                    let chain: Chain = t.parse()?;
                    if let Ok(png) = view_sample(s, &chain, args.run.seed)
                        .load()
                        .and_then(|i| i.to_png_thumbnail(72))
                    {
                        strip.push((format!("{role}: {t}"), png));
                    }
                }
            }
        }
        pages.push(swan_eval::report::audit::AuditClass {
            class: class.clone(),
            n_images: images.len(),
            distances: ranking
                .iter()
                .map(|d| (d.transform.clone(), d.distance))
                .collect(),
            positives: positives.clone(),
            negatives: negatives.clone(),
            strip,
        });
        out.push(ClassAudit {
            class: class.clone(),
            n_images: images.len(),
            ranking,
            positives,
            negatives,
        });
    }
    let names: Vec<String> = bank.iter().map(ToString::to_string).collect();
    let report = AuditReport {
        format_version: AUDIT_FORMAT_VERSION,
        swan_version: env!("CARGO_PKG_VERSION"),
        command: std::env::args().collect(),
        data: args.data.data.to_string(),
        encoder: ctx.encoder_spec(swan_encoder::Tap::Pooled).ok(),
        ranking: cfg.clone(),
        seed: args.run.seed,
        threads: rayon::current_num_threads(),
        transforms: names.clone(),
        classes: out,
        seconds: start.elapsed().as_secs_f64(),
    };
    swan_eval::report::write_json(&args.out, &report).context("writing the audit report")?;
    let html_path = args.out.with_extension("html");
    let facts = vec![
        ("data", args.data.data.to_string()),
        (
            "space",
            match cfg.space {
                RankSpace::Encoder { tap, .. } => format!(
                    "{} at {}, tap {tap}",
                    args.encoder.backbone.name(),
                    pre.side_text(pre.size)
                ),
                RankSpace::Pixels { size } => format!("raw pixels at {}", pre.side_text(size)),
            },
        ),
        ("cost", args.cost.clone()),
        (
            "solver",
            args.sliced
                .map_or("exact".into(), |p| format!("sliced, {p} directions")),
        ),
        ("seed", args.run.seed.to_string()),
    ];
    swan_eval::report::write_html(
        &html_path,
        &swan_eval::report::audit::render("swan — transform audit", &facts, &pages, &names),
    )
    .context("writing the audit HTML page")?;
    println!(
        "{:<12} {:<24} {:<24}",
        "class", "positives (nearest)", "negatives (farthest)"
    );
    for c in &report.classes {
        println!(
            "{:<12} {:<24} {:<24}",
            c.class,
            c.positives.join(", "),
            c.negatives.join(", ")
        );
    }
    println!(
        "\naudit written to {} (page: {})",
        args.out.display(),
        html_path.display()
    );
    Ok(())
}
