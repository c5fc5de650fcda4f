//! Model files: one safetensors file whose `__metadata__["swan"]` holds the JSON
//! [`ModelHeader`] (format version, method and its hyper-parameters, encoder and
//! preprocessing, training-data fingerprint, swan version) and whose tensors hold everything
//! the detector needs (encoder weights, memory bank, statistics). Written atomically.

use std::collections::HashMap;
use std::path::Path;

use swan_encoder::import::safetensors::{read_safetensors_path, write_safetensors};
use swan_encoder::{TensorMap, TensorRef, TensorRefs};

use crate::{EncoderSpec, MethodError, MethodKind};

/// Bumped whenever the layout of model files changes.
pub const MODEL_FORMAT_VERSION: u32 = 1;

/// What every fitted detector records about its fit, whatever the method: the training set's
/// fingerprint and size (both kept in the model file's header), the per-epoch training log
/// and the training images that could not be read (neither kept in the file).
#[derive(Clone, Debug, Default)]
pub struct FitRecord {
    /// Fingerprint of the training samples.
    pub data_fingerprint: String,
    /// Normal training images (embeddings) the detector was fitted on.
    pub n_train: usize,
    /// The per-epoch training log (empty for methods that do not train, and after a load).
    pub log: Vec<swan_train::trainer::EpochLog>,
    /// Training images that could not be read (empty after a load).
    pub skipped: Vec<crate::Skipped>,
    /// The ids of the training images in the order of a method's memory bank (DN2), so that a
    /// score can name its nearest training images; empty for other methods (kept in the
    /// model file's header).
    pub train_ids: Vec<String>,
    /// Scores of held-out normal images, for p-values and thresholds at a false-positive
    /// rate (`swan fit --calibration-split`, `swan calibrate`; kept in the model file's
    /// header); `None` for an uncalibrated model.
    pub calibration: Option<CalibrationRecord>,
}

impl FitRecord {
    /// The record a model file's header keeps.
    pub fn from_header(header: &ModelHeader) -> Self {
        Self {
            data_fingerprint: header.data_fingerprint.clone(),
            n_train: header.n_train,
            train_ids: header.train_ids.clone(),
            calibration: header.calibration.clone(),
            ..Self::default()
        }
    }
}

/// A model's calibration: the scores it gave held-out normal images, and which images.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CalibrationRecord {
    /// Where the held-out normals came from, in words (`idx:DIR, class 0, 600 images held
    /// out of training (seed 0)`).
    pub data: String,
    /// Fingerprint of the held-out images.
    pub data_fingerprint: String,
    /// Their scores.
    pub scores: swan_score::Calibration,
}

/// Neighbour lists, (distance, training row) nearest first, with each row named by `ids`, the
/// ids of the training rows in order (a model's [`FitRecord::train_ids`]): (id, distance).
pub fn named_neighbours(
    neighbours: swan_score::Neighbours,
    ids: &[String],
) -> Result<Vec<Vec<(String, f32)>>, MethodError> {
    neighbours
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(d, i)| match ids.get(i) {
                    Some(id) => Ok((id.clone(), d)),
                    None => Err(MethodError::NoTrainIds { ids: ids.len() }),
                })
                .collect()
        })
        .collect()
}

/// The training images nearest to each row of `x` under a fitted `scorer`, named by `ids` (its
/// training rows in order): [`named_neighbours`] of [`swan_score::Scorer::neighbours`]. An
/// error for a scorer whose score is no distance to training rows.
pub(crate) fn scorer_neighbours(
    scorer: &swan_score::Scorer,
    x: &swan_score::Matrix,
    k: usize,
    ids: &[String],
) -> Result<Vec<Vec<(String, f32)>>, MethodError> {
    let rows = scorer.neighbours(x, k)?.ok_or_else(|| {
        MethodError::Params(
            "this model's scorer measures no distance to training images (c-Cos, Mahalanobis, \
             OC-SVM and LOF do not)"
                .into(),
        )
    })?;
    named_neighbours(rows, ids)
}

/// The JSON header of a model file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModelHeader {
    /// [`MODEL_FORMAT_VERSION`](crate::MODEL_FORMAT_VERSION) when written.
    pub format_version: u32,
    /// The swan that wrote it.
    pub swan_version: String,
    /// The method.
    pub method: MethodKind,
    /// The method's hyper-parameters (its `MethodConfig`).
    pub config: serde_json::Value,
    /// The pretrained encoder the method embeds with (absent for methods that train their
    /// own network; those keep it among the tensors).
    #[serde(default)]
    pub encoder: Option<EncoderSpec>,
    /// Fingerprint of the training samples.
    pub data_fingerprint: String,
    /// Training images the model was fitted on.
    pub n_train: usize,
    /// [`FitRecord::train_ids`] (DN2's bank; absent for other methods and older files).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub train_ids: Vec<String>,
    /// [`FitRecord::calibration`] (absent for uncalibrated models and older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<CalibrationRecord>,
}

/// Writes a model file atomically: the tensors as safetensors, the header as JSON in its
/// metadata.
pub fn write_model_file(
    path: &Path,
    header: &ModelHeader,
    tensors: &TensorRefs<'_>,
) -> Result<(), MethodError> {
    let json = serde_json::to_string(header).map_err(|e| MethodError::File {
        path: path.into(),
        reason: format!("cannot write the model file: {e}"),
    })?;
    write_safetensors(
        path,
        tensors
            .iter()
            .map(|(k, t)| (k.as_str(), t.shape.as_slice(), &t.data[..])),
        HashMap::from([("swan".to_string(), json)]),
    )?;
    Ok(())
}

/// A kind of file swan writes as safetensors with a versioned JSON header under one
/// metadata key; what its readers check and say in their errors.
#[derive(Clone, Copy, Debug)]
pub struct VersionedFile {
    /// The `__metadata__` key holding the JSON header.
    pub key: &'static str,
    /// The header's `format_version` this swan reads.
    pub version: u32,
    /// The kind of file, in errors: "swan model file".
    pub what: &'static str,
    /// The command that writes it, in errors: "swan fit".
    pub written_by: &'static str,
}

/// The model files `swan fit` writes.
pub const MODEL_FILE: VersionedFile = VersionedFile {
    key: "swan",
    version: MODEL_FORMAT_VERSION,
    what: "swan model file",
    written_by: "swan fit",
};

/// Reads the JSON header of a swan safetensors file of kind `kind` (only the file's header:
/// its tensors are left on disk), whose `format_version` must be `kind.version` (else
/// [`MethodError::Version`]).
pub fn read_versioned_header(
    path: &Path,
    kind: &VersionedFile,
) -> Result<serde_json::Value, MethodError> {
    let what = kind.what;
    std::fs::metadata(path).map_err(|cause| swan_data::DataError::io(path, cause))?;
    let header = swan_encoder::import::safetensors::read_safetensors_header(path).map_err(|e| {
        MethodError::File {
            path: path.into(),
            reason: if e.starts_with("truncated") {
                format!("a cut-short {what}: {e}")
            } else {
                format!("not a {what}: {e}")
            },
        }
    })?;
    versioned_json(path, kind, header.metadata.get(kind.key))
}

/// The JSON header `json` of a swan file of kind `kind`, checked for its format version.
fn versioned_json(
    path: &Path,
    kind: &VersionedFile,
    json: Option<&String>,
) -> Result<serde_json::Value, MethodError> {
    let what = kind.what;
    let bad = |reason: String| MethodError::File {
        path: path.into(),
        reason,
    };
    let json = json.ok_or_else(|| {
        bad(format!(
            "not a {what} (no `{}` header; {what}s are written by `{}`)",
            kind.key, kind.written_by
        ))
    })?;
    let raw: serde_json::Value = serde_json::from_str(json)
        .map_err(|e| bad(format!("the {what} header is not JSON: {e}")))?;
    let found = raw
        .get("format_version")
        .and_then(|v| v.as_u64())
        .unwrap_or(0) as u32;
    if found != kind.version {
        return Err(MethodError::Version {
            path: path.into(),
            what,
            found,
            expected: kind.version,
            written_by: kind.written_by,
        });
    }
    Ok(raw)
}

/// Reads a model file's header and tensors, refusing another format version.
pub fn read_model_file(path: &Path) -> Result<(ModelHeader, TensorMap), MethodError> {
    let raw = read_versioned_header(path, &MODEL_FILE)?;
    let bad = |reason: String| MethodError::File {
        path: path.into(),
        reason,
    };
    let header: ModelHeader =
        serde_json::from_value(raw).map_err(|e| bad(format!("bad model file header: {e}")))?;
    let tensors = read_safetensors_path(path).map_err(bad)?;
    Ok((header, tensors))
}

/// Takes the tensors of a model file under `prefix` out of `tensors` (moved, not copied),
/// as (name without the prefix, tensor) pairs.
fn take_prefixed<'a>(
    tensors: &'a mut TensorMap,
    prefix: &'a str,
) -> impl Iterator<Item = (String, swan_encoder::RawTensor)> + 'a {
    tensors
        .extract_if(.., move |k, _| k.starts_with(prefix))
        .map(move |(k, t)| (k[prefix.len()..].to_string(), t))
}

/// The tensors of a model file under `prefix`, with the prefix removed, as a name → tensor
/// table for `swan_train::params::assign_named` (the trained networks' part of a model file);
/// they are taken out of `tensors`.
pub(crate) fn network_table(
    tensors: &mut TensorMap,
    prefix: &str,
) -> swan_train::params::TensorTable {
    take_prefixed(tensors, prefix)
        .map(|(path, t)| {
            (
                path,
                swan_train::params::NamedTensor {
                    shape: t.shape,
                    values: t.data,
                },
            )
        })
        .collect()
}

/// Writes a fitted scorer's state into a model file's tensors under `prefix`.
pub(crate) fn insert_scorer(out: &mut TensorRefs<'_>, prefix: &str, scorer: &swan_score::Scorer) {
    for t in scorer.state().tensors {
        out.insert(
            format!("{prefix}{}", t.name),
            TensorRef::new(t.shape, t.data),
        );
    }
}

/// Rebuilds a scorer of `config` from the tensors `insert_scorer` wrote under `prefix`,
/// taking them out of `tensors`.
pub fn read_scorer(
    tensors: &mut TensorMap,
    prefix: &str,
    config: swan_score::ScorerConfig,
) -> Result<swan_score::Scorer, MethodError> {
    let state = swan_score::ScorerState {
        config,
        tensors: take_prefixed(tensors, prefix)
            .map(|(name, t)| swan_score::NamedTensor {
                name,
                shape: t.shape,
                data: t.data,
            })
            .collect(),
    };
    Ok(swan_score::Scorer::from_state(state)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FEATURES_FILE;

    fn file_with_header(dir: &Path, key: &str, version: u32) -> std::path::PathBuf {
        let path = dir.join(format!("{key}-{version}.safetensors"));
        let json = serde_json::json!({ "format_version": version }).to_string();
        let bytes = swan_encoder::import::safetensors::to_safetensors_bytes(
            &TensorMap::new(),
            HashMap::from([(key.to_string(), json)]),
        )
        .unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn version_and_kind_errors_name_the_file_kind_and_the_command_that_writes_it() {
        let dir = tempfile::tempdir().unwrap();
        let ok = file_with_header(dir.path(), "swan-features-file", FEATURES_FILE.version);
        assert!(read_versioned_header(&ok, &FEATURES_FILE).is_ok());

        let old = file_with_header(dir.path(), "swan-features-file", 7);
        let e = read_versioned_header(&old, &FEATURES_FILE)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("swan features file format version 7, this swan reads version 1")
                && e.contains("`swan features`"),
            "{e}"
        );
        // A features file is not a model file.
        let e = read_versioned_header(&ok, &MODEL_FILE)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("not a swan model file (no `swan` header") && e.contains("`swan fit`"),
            "{e}"
        );
    }
}
