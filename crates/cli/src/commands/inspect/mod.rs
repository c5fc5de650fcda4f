//! `swan inspect`: what a file swan wrote (or reads) holds — model files, features files,
//! saved scorers, training checkpoints, eval reports, weights — from its header alone,
//! without loading the tensors.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;
use serde_json::{Value, json};
use swan_encoder::import::safetensors::{SafetensorsHeader, TensorInfo, read_safetensors_header};

use crate::common::Global;

mod data;
mod describe;
mod text;

use data::*;
use describe::*;
use text::*;

/// `swan inspect FILE...`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  swan inspect model.safetensors                 # method, encoder, training data, tensors
  swan inspect --data photos/                    # what swan reads in a dataset
  swan inspect train.safetensors --json          # the same as JSON, for scripts
  swan inspect model.safetensors --method-config > model.toml
  swan fit --config model.toml --data ...        # refit with the same hyper-parameters")]
pub struct InspectArgs {
    /// Files to describe: model files (`swan fit`), features files (`swan features`), saved
    /// scorers (`--save-scorer`), training checkpoints (`--train-dir`), `swan eval` reports
    /// (`.json`), any safetensors file, NumPy `.npy` / `.npz` arrays, or PyTorch `.pth`
    /// weights. A folder stands for the files in it.
    #[arg(required_unless_present = "data", value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Describe a dataset as swan reads it: the kind (inferred for a bare path), images per
    /// split, label and class, and the attributes. Images are listed, not decoded.
    #[arg(long, value_name = "[KIND:]PATH")]
    data: Option<swan_data::DataSpec>,
    /// JSON lines instead of text: one object per file (path, kind, format version, header,
    /// tensors).
    #[arg(long, conflicts_with = "method_config")]
    json: bool,
    /// List every tensor (name, dtype, shape), not only a count per group.
    #[arg(long)]
    tensors: bool,
    /// Print only a model file's method configuration, as a TOML file that `swan fit
    /// --config` reads back.
    #[arg(long)]
    method_config: bool,
}

pub fn run(args: InspectArgs, _global: &Global) -> Result<()> {
    if let Some(spec) = &args.data {
        let summary = describe_data(spec)?;
        if args.json {
            println!("{}", serde_json::to_string(&summary)?);
        } else {
            print!("{}", data_text(&summary));
        }
    }
    let mut failed = 0;
    let mut files = Vec::new();
    // Files found in a folder, where other JSON (not a report) is passed over quietly.
    let mut from_folder = std::collections::HashSet::new();
    let mut passed_over = 0;
    for path in &args.files {
        if path.is_dir() {
            let found = files_in(path)?;
            from_folder.extend(found.iter().cloned());
            if found.is_empty() {
                eprintln!(
                    "error: {}: no .safetensors, .scorer, .pth, .npy, .npz or .json files in this folder",
                    path.display()
                );
                failed += 1;
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    for path in &files {
        let out = describe(path).and_then(|d| {
            if args.method_config {
                method_config_toml(path, &d)
            } else if args.json {
                Ok(serde_json::to_string(&to_json(path, &d))? + "\n")
            } else {
                Ok(to_text(path, &d, args.tensors))
            }
        });
        match out {
            Err(e) if from_folder.contains(path) && e.downcast_ref::<NotAReport>().is_some() => {
                passed_over += 1;
            }
            Ok(text) => print!("{text}"),
            Err(e) => {
                eprintln!("error: {e:#}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} files could not be described",
            files.len() - passed_over
        );
    }
    Ok(())
}

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
}

/// A JSON file without a report's `protocol` and `splits` (in a folder, passed over quietly).
#[derive(Debug)]
struct NotAReport(PathBuf);

impl std::fmt::Display for NotAReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: not a swan eval report (no `protocol` and `splits`)",
            self.0.display()
        )
    }
}

impl std::error::Error for NotAReport {}

/// The files a folder holds that `swan inspect` may describe (not its subfolders), sorted.
fn files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    ["safetensors", "scorer", "pth", "json", "npy", "npz"].contains(&e)
                        && !p.to_string_lossy().ends_with(".splits.json")
                })
        })
        .collect();
    found.sort();
    Ok(found)
}

fn to_json(path: &Path, d: &Described) -> Value {
    json!({
        "path": path.display().to_string(),
        "kind": d.kind.name(),
        "file_bytes": d.file_bytes,
        "backbone": d.backbone,
        "format_version": d.header.as_ref().and_then(|h| h.get("format_version")).cloned(),
        "readable_version": d.reads_version(),
        "header": d.header,
        "n_tensors": d.tensors.len(),
        "n_values": d.tensors.iter().map(TensorInfo::len).sum::<usize>(),
        "tensors": d.tensors,
    })
}

fn method_config_toml(path: &Path, d: &Described) -> Result<String> {
    let Some(config) = d
        .header
        .as_ref()
        .filter(|_| d.kind == Kind::Model)
        .and_then(|h| h.get("config"))
    else {
        bail!(
            "{}: --method-config needs a swan model file; this is a {}",
            path.display(),
            d.kind.name()
        );
    };
    let config: swan_method::MethodConfig =
        serde_json::from_value(config.clone()).with_context(|| {
            format!(
                "{}: the method configuration does not parse with this swan",
                path.display()
            )
        })?;
    let toml = toml::to_string(&config)
        .with_context(|| format!("{}: cannot write the configuration as TOML", path.display()))?;
    Ok(format!(
        "# method configuration of {}\n{toml}",
        path.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pytorch_checkpoints_are_described_in_both_formats() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pth");
        // The zip format (torch.save since 1.6) is a zip archive like an .npz.
        for name in ["tiny_legacy.pth", "tiny_zip.pth"] {
            let d = describe::describe(&fixtures.join(name)).unwrap();
            assert!(matches!(d.kind, Kind::Pth), "{name}");
            assert_eq!(d.tensors.len(), 5, "{name}");
        }
        // Damaged, it is reported as a checkpoint that does not read, not as a bad .npz.
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = std::fs::read(fixtures.join("tiny_zip.pth")).unwrap();
        let at = bytes.len() / 2;
        bytes.truncate(at);
        let damaged = dir.path().join("damaged.pth");
        std::fs::write(&damaged, &bytes).unwrap();
        let Err(e) = describe::describe(&damaged) else {
            panic!("a truncated checkpoint was described");
        };
        let e = format!("{e:#}");
        assert!(e.contains("nor a PyTorch checkpoint swan can read"), "{e}");
        assert!(!e.contains(".npy array"), "{e}");
    }

    #[test]
    fn every_method_config_prints_as_toml_that_reads_back() {
        for &kind in swan_method::MethodKind::ALL {
            let config = swan_method::MethodConfig::default_for(kind);
            let described = Described {
                kind: Kind::Model,
                header: Some(json!({ "config": serde_json::to_value(&config).unwrap() })),
                tensors: Vec::new(),
                file_bytes: 0,
                backbone: None,
            };
            let toml = method_config_toml(Path::new("m.safetensors"), &described).unwrap();
            let back: swan_method::MethodConfig =
                toml::from_str(&toml).unwrap_or_else(|e| panic!("{}: {e}\n{toml}", kind.name()));
            assert_eq!(back, config, "{}", kind.name());
        }
    }
}
