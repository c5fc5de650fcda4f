//! Training checkpoints: one safetensors file holding the model's tensors (`model/<path>`),
//! the optimiser state (`optim/<path>#<slot>`) and a JSON header (format version, epochs and
//! steps done, and the run's configuration, which a resume must match). Written atomically.

use std::collections::HashMap;
use std::path::Path;

use safetensors::tensor::Dtype;

use crate::TrainError;
use crate::params::{NamedTensor, TensorTable};

/// Version of the checkpoint layout; other versions are refused.
pub const CHECKPOINT_FORMAT_VERSION: u32 = 1;

/// A checkpoint's JSON header.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CheckpointHeader {
    /// [`CHECKPOINT_FORMAT_VERSION`] when written.
    pub format_version: u32,
    /// Epochs finished.
    pub epochs_done: usize,
    /// Optimiser steps taken.
    pub steps: u64,
    /// The run's configuration; resuming with another configuration is refused.
    pub run: serde_json::Value,
}

/// A training run's state at the end of an epoch: enough to resume it bit for bit.
pub struct Checkpoint {
    /// Where the run is.
    pub header: CheckpointHeader,
    /// The network's parameters and batch-norm statistics.
    pub model: TensorTable,
    /// The optimiser's state (momentum, Adam moments).
    pub optimizer: TensorTable,
}

impl Checkpoint {
    /// Writes the checkpoint as safetensors with its header in the metadata (the caller makes
    /// it atomic).
    pub fn write(&self, path: &Path) -> Result<(), TrainError> {
        let tables = [("model/", &self.model), ("optim/", &self.optimizer)];
        let names: Vec<String> = tables
            .iter()
            .flat_map(|(prefix, table)| table.keys().map(move |k| format!("{prefix}{k}")))
            .collect();
        let tensors = tables.iter().flat_map(|(_, table)| table.values());
        let meta = HashMap::from([(
            "swan_checkpoint".to_string(),
            serde_json::to_string(&self.header).expect("header serialises"),
        )]);
        swan_encoder::import::safetensors::write_safetensors(
            path,
            names
                .iter()
                .zip(tensors)
                .map(|(name, t)| (name.as_str(), t.shape.as_slice(), t.values.as_slice())),
            meta,
        )?;
        Ok(())
    }

    /// Reads a checkpoint, refusing another format version.
    pub fn read(path: &Path) -> Result<Self, TrainError> {
        let bad = |reason: String| TrainError::CheckpointFile {
            path: path.into(),
            reason,
        };
        let bytes = std::fs::read(path).map_err(|cause| TrainError::Io {
            path: path.into(),
            cause,
        })?;
        let (_, meta) = safetensors::SafeTensors::read_metadata(&bytes)
            .map_err(|e| bad(format!("not a safetensors file: {e}")))?;
        let header_json = meta
            .metadata()
            .as_ref()
            .and_then(|m| m.get("swan_checkpoint"))
            .ok_or_else(|| {
                bad("no swan_checkpoint header (not a swan training checkpoint)".into())
            })?;
        let header: CheckpointHeader =
            serde_json::from_str(header_json).map_err(|e| bad(format!("bad header: {e}")))?;
        if header.format_version != CHECKPOINT_FORMAT_VERSION {
            return Err(bad(format!(
                "checkpoint format version {} (this swan reads version {CHECKPOINT_FORMAT_VERSION})",
                header.format_version
            )));
        }
        let st = safetensors::SafeTensors::deserialize(&bytes)
            .map_err(|e| bad(format!("not a safetensors file: {e}")))?;
        let mut model = TensorTable::new();
        let mut optimizer = TensorTable::new();
        for (name, view) in st.tensors() {
            if view.dtype() != Dtype::F32 {
                return Err(bad(format!(
                    "{name}: expected f32, found {:?}",
                    view.dtype()
                )));
            }
            let values: Vec<f32> = view
                .data()
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            let t = NamedTensor {
                shape: view.shape().to_vec(),
                values,
            };
            if let Some(k) = name.strip_prefix("model/") {
                model.insert(k.to_string(), t);
            } else if let Some(k) = name.strip_prefix("optim/") {
                optimizer.insert(k.to_string(), t);
            } else {
                return Err(bad(format!("unexpected tensor {name}")));
            }
        }
        Ok(Self {
            header,
            model,
            optimizer,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(version: u32) -> Checkpoint {
        let t = |v: Vec<f32>| NamedTensor {
            shape: vec![v.len()],
            values: v,
        };
        Checkpoint {
            header: CheckpointHeader {
                format_version: version,
                epochs_done: 2,
                steps: 14,
                run: serde_json::json!({"method": "nsa"}),
            },
            model: TensorTable::from([("encoder.w".to_string(), t(vec![1.0, -2.5]))]),
            optimizer: TensorTable::from([("encoder.w#0".to_string(), t(vec![0.5, 0.25]))]),
        }
    }

    #[test]
    fn round_trip_and_refusals() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run.ckpt.safetensors");
        sample(CHECKPOINT_FORMAT_VERSION).write(&path).unwrap();
        let back = Checkpoint::read(&path).unwrap();
        assert_eq!(back.header, sample(CHECKPOINT_FORMAT_VERSION).header);
        assert_eq!(back.model, sample(CHECKPOINT_FORMAT_VERSION).model);
        assert_eq!(back.optimizer, sample(CHECKPOINT_FORMAT_VERSION).optimizer);

        sample(CHECKPOINT_FORMAT_VERSION + 1).write(&path).unwrap();
        let err = Checkpoint::read(&path).err().unwrap().to_string();
        assert!(
            err.contains("format version") && err.contains("run.ckpt"),
            "{err}"
        );

        std::fs::write(&path, b"not a checkpoint").unwrap();
        let err = Checkpoint::read(&path).err().unwrap().to_string();
        assert!(err.contains("not a safetensors file"), "{err}");
        let err = Checkpoint::read(&dir.path().join("missing"))
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("missing"), "{err}");
    }
}
