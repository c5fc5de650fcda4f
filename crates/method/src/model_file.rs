//! Model files: one safetensors file whose `__metadata__["swan"]` holds the JSON
//! [`ModelHeader`] (format version, method and its hyper-parameters, encoder and
//! preprocessing, training-data fingerprint, swan version) and whose tensors hold everything
//! the detector needs (encoder weights, memory bank, statistics). Written atomically.

use std::collections::HashMap;
use std::path::Path;

use swan_encoder::TensorMap;
use swan_encoder::import::safetensors::{read_safetensors, to_safetensors_bytes};

use crate::{EncoderSpec, MethodError, MethodKind};

/// Bumped whenever the layout of model files changes.
pub const MODEL_FORMAT_VERSION: u32 = 1;

/// The JSON header of a model file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModelHeader {
    pub format_version: u32,
    pub swan_version: String,
    pub method: MethodKind,
    /// The method's hyper-parameters (its `MethodConfig`).
    pub config: serde_json::Value,
    /// The pretrained encoder the method embeds with (absent for methods that train their
    /// own network; those keep it among the tensors).
    #[serde(default)]
    pub encoder: Option<EncoderSpec>,
    /// Fingerprint of the training samples.
    pub data_fingerprint: String,
    pub n_train: usize,
}

pub fn write_model_file(
    path: &Path,
    header: &ModelHeader,
    tensors: &TensorMap,
) -> Result<(), MethodError> {
    let bad = |reason: String| MethodError::File {
        path: path.into(),
        reason: format!("cannot write the model file: {reason}"),
    };
    let json = serde_json::to_string(header).map_err(|e| bad(e.to_string()))?;
    let bytes =
        to_safetensors_bytes(tensors, HashMap::from([("swan".to_string(), json)])).map_err(bad)?;
    swan_data::write_atomic(path, &bytes)?;
    Ok(())
}

/// Reads a swan safetensors file: its bytes and the JSON under metadata `key`, whose
/// `format_version` must be `expected` (else [`MethodError::Version`]). `what` names the
/// kind of file in errors ("swan model file").
pub(crate) fn read_versioned_header(
    path: &Path,
    key: &str,
    expected: u32,
    what: &str,
) -> Result<(serde_json::Value, Vec<u8>), MethodError> {
    let bad = |reason: String| MethodError::File {
        path: path.into(),
        reason,
    };
    let bytes = std::fs::read(path).map_err(|cause| swan_data::DataError::io(path, cause))?;
    let (_, meta) = safetensors::SafeTensors::read_metadata(&bytes).map_err(|e| {
        bad(match e {
            safetensors::SafeTensorError::MetadataIncompleteBuffer => {
                format!("a cut-short {what}: its header lists more tensor data than the file holds")
            }
            e => format!("not a {what}: not safetensors ({e})"),
        })
    })?;
    let json = meta
        .metadata()
        .as_ref()
        .and_then(|m| m.get(key))
        .ok_or_else(|| bad(format!("not a {what} (no `{key}` header)")))?;
    let raw: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| bad(format!("the {what} header is not JSON: {e}")))?;
    let found = raw
        .get("format_version")
        .and_then(|v| v.as_u64())
        .unwrap_or(0) as u32;
    if found != expected {
        return Err(MethodError::Version {
            path: path.into(),
            found,
            expected,
        });
    }
    Ok((raw, bytes))
}

pub fn read_model_file(path: &Path) -> Result<(ModelHeader, TensorMap), MethodError> {
    let (raw, bytes) =
        read_versioned_header(path, "swan", MODEL_FORMAT_VERSION, "swan model file")?;
    let bad = |reason: String| MethodError::File {
        path: path.into(),
        reason,
    };
    let header: ModelHeader =
        serde_json::from_value(raw).map_err(|e| bad(format!("bad model file header: {e}")))?;
    let tensors = read_safetensors(&bytes).map_err(bad)?;
    Ok((header, tensors))
}

/// The tensors of a model file under `prefix`, with the prefix removed, as a name → tensor
/// table for `swan_train::params::assign_named` (the trained networks' part of a model file).
pub(crate) fn network_table(tensors: &TensorMap, prefix: &str) -> swan_train::params::TensorTable {
    tensors
        .iter()
        .filter_map(|(k, t)| {
            k.strip_prefix(prefix).map(|path| {
                (
                    path.to_string(),
                    swan_train::params::NamedTensor {
                        shape: t.shape.clone(),
                        values: t.data.clone(),
                    },
                )
            })
        })
        .collect()
}

/// Writes a fitted scorer's state into a model file's tensors under `prefix`.
pub(crate) fn insert_scorer(out: &mut TensorMap, prefix: &str, scorer: &swan_score::Scorer) {
    for t in scorer.state().tensors {
        out.insert(
            format!("{prefix}{}", t.name),
            swan_encoder::RawTensor::new(t.shape, t.data),
        );
    }
}

/// Rebuilds a scorer of `config` from the tensors [`insert_scorer`] wrote under `prefix`.
pub(crate) fn read_scorer(
    tensors: &TensorMap,
    prefix: &str,
    config: swan_score::ScorerConfig,
) -> Result<swan_score::Scorer, MethodError> {
    let state = swan_score::ScorerState {
        config,
        tensors: tensors
            .iter()
            .filter_map(|(k, t)| {
                k.strip_prefix(prefix).map(|name| swan_score::NamedTensor {
                    name: name.to_string(),
                    shape: t.shape.clone(),
                    data: t.data.clone(),
                })
            })
            .collect(),
    };
    Ok(swan_score::Scorer::from_state(&state)?)
}
