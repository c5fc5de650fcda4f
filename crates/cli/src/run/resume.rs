//! `swan eval --resume`: the splits an evaluation has finished, kept beside its report.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use swan_eval::report::write_json;
use swan_method::EncoderSpec;

use super::{EvalPlan, FinishedSplit};

/// Version of the `<out>.partial.json` layout.
pub const PARTIAL_FORMAT_VERSION: u32 = 1;

/// `<out>.partial.json`: the splits an evaluation has finished so far, rewritten (atomically)
/// after each one and removed with the report written, so that an interrupted evaluation can
/// go on where it stopped (`swan eval ... --resume`).
#[derive(Serialize, Deserialize)]
pub(super) struct PartialFile {
    format_version: u32,
    /// What the evaluation was ([`eval_key`]): its splits are reused only by one with the same
    /// key.
    key: serde_json::Map<String, serde_json::Value>,
    pub(super) splits: Vec<FinishedSplit>,
}

/// The finished splits an evaluation reuses and adds to, and where they are kept.
pub(super) struct Resume {
    pub(super) path: PathBuf,
    pub(super) file: PartialFile,
}

impl Resume {
    /// The partial file beside the report `out`: `results.json` → `results.partial.json`.
    pub(super) fn path_for(out: &Path) -> PathBuf {
        out.with_extension("partial.json")
    }

    /// The record an evaluation with `key` starts from: the splits of the partial file beside
    /// `out` when `resume` is asked for and the file was written by the same evaluation, else
    /// none. A file of another evaluation (or one swan cannot read) is not reused (with
    /// `--resume`, a note says why) and is replaced once the first split finishes.
    pub(super) fn open(
        out: &Path,
        key: serde_json::Map<String, serde_json::Value>,
        resume: bool,
    ) -> Result<Self> {
        let path = Self::path_for(out);
        let fresh = |key| PartialFile {
            format_version: PARTIAL_FORMAT_VERSION,
            key,
            splits: Vec::new(),
        };
        let earlier = match std::fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<PartialFile>(&text) {
                Ok(f) if f.format_version == PARTIAL_FORMAT_VERSION => Some(f),
                _ => {
                    if resume {
                        eprintln!(
                            "note: --resume: {} is not a partial report this swan reads (format version {PARTIAL_FORMAT_VERSION}); no split is reused, and it is replaced as splits finish",
                            path.display()
                        );
                    }
                    None
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        let Some(earlier) = earlier else {
            if resume {
                tracing::info!(
                    "--resume: {} does not exist: no split has finished before",
                    path.display()
                );
            }
            return Ok(Self {
                path,
                file: fresh(key),
            });
        };
        if earlier.key != key {
            if resume {
                let mut differ: Vec<&str> = key
                    .keys()
                    .chain(earlier.key.keys())
                    .filter(|k| key.get(*k) != earlier.key.get(*k))
                    .map(String::as_str)
                    .collect();
                differ.sort_unstable();
                differ.dedup();
                // Not an error: --resume also continues training runs from --train-dir,
                // which an evaluation with other settings (another scorer) may want alone.
                eprintln!(
                    "note: --resume: {} holds the splits of a different evaluation ({} differ); none is reused, and it is replaced as splits finish",
                    path.display(),
                    differ.join(", ")
                );
            }
            return Ok(Self {
                path,
                file: fresh(key),
            });
        }
        let names = earlier.names();
        if !resume {
            if !names.is_empty() {
                eprintln!(
                    "note: {} holds {} finished split(s) of this same evaluation ({}); add --resume to reuse them. Starting afresh",
                    path.display(),
                    names.len(),
                    names.join(", ")
                );
            }
            return Ok(Self {
                path,
                file: fresh(key),
            });
        }
        Ok(Self {
            path,
            file: earlier,
        })
    }

    pub(super) fn get(&self, name: &str) -> Option<&FinishedSplit> {
        self.file.splits.iter().find(|s| s.result.name == name)
    }

    /// Records a newly finished split and saves the record.
    pub(super) fn add(&mut self, done: FinishedSplit) -> Result<()> {
        self.file
            .splits
            .retain(|s| s.result.name != done.result.name);
        self.file.splits.push(done);
        write_json(&self.path, &self.file)
            .with_context(|| format!("saving the finished splits to {}", self.path.display()))
    }
}

impl PartialFile {
    pub(super) fn names(&self) -> Vec<String> {
        self.splits.iter().map(|s| s.result.name.clone()).collect()
    }
}

/// What must be the same for a finished split to stand for this evaluation's: swan's version,
/// the method and its settings, the protocol, the data (fingerprint of the samples after
/// --max-train / --max-test and any synthetic nuisance), the encoder, device and batch size,
/// the seed and --stop-after. Not the thread count (results do not depend on it).
pub(super) fn eval_key(
    plan: &EvalPlan,
    data_fingerprint: &str,
    encoder: Option<&EncoderSpec>,
) -> Result<serde_json::Map<String, serde_json::Value>> {
    let mut key = serde_json::Map::new();
    let mut put = |name: &str, v: serde_json::Result<serde_json::Value>| -> Result<()> {
        key.insert(
            name.into(),
            v.with_context(|| format!("recording the {name} of the evaluation"))?,
        );
        Ok(())
    };
    use serde_json::to_value;
    put("swan_version", to_value(env!("CARGO_PKG_VERSION")))?;
    // The method as fitted on the encoder's backbone, so that a default and the value it
    // stands for (DRA's `tap`, Red PANDA's `split_tap`) resume each other's splits.
    let method = match encoder {
        Some(e) => plan.method.resolved(e.backbone),
        None => plan.method.clone(),
    };
    put("method", to_value(&method))?;
    put("protocol", to_value(&plan.protocol))?;
    put("data", to_value(data_fingerprint))?;
    put("synthetic_nuisance", to_value(plan.synthetic_nuisance))?;
    put("max_train", to_value(plan.max_train))?;
    put("max_test", to_value(plan.max_test))?;
    put("calibration", to_value(&plan.calibration))?;
    put("encoder", to_value(encoder))?;
    put("device", to_value(&plan.encoder.device))?;
    put("batch_size", to_value(plan.encoder.batch_size))?;
    put("seed", to_value(plan.run.seed))?;
    put("stop_after", to_value(plan.train.stop_after))?;
    Ok(key)
}
