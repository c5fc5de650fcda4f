//! Features files: embeddings of a dataset at one or more encoder taps, with the ids and
//! labels of the samples, so scorers can be fitted and compared without re-encoding
//! (`swan features`, `swan score --features`). One safetensors file: a tensor `[n, d]` per
//! tap named `features.<tap>`, and a JSON header under the metadata key `swan-features-file`.

use std::collections::HashMap;
use std::path::Path;

use swan_data::{Label, Sample, Split};
use swan_encoder::Tap;
use swan_encoder::import::safetensors::{read_safetensors, views_to_safetensors_bytes};
use swan_score::Matrix;

use crate::{EncoderSpec, MethodError, Skipped};

/// Version of the features-file layout.
pub const FEATURES_FORMAT_VERSION: u32 = 1;
const META_KEY: &str = "swan-features-file";

/// The features files `swan features` writes.
pub const FEATURES_FILE: crate::VersionedFile = crate::VersionedFile {
    key: META_KEY,
    version: FEATURES_FORMAT_VERSION,
    what: "swan features file",
    written_by: "swan features",
};

/// What is known about each row.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RowInfo {
    pub id: String,
    pub class: Option<String>,
    pub label: Label,
    pub split: Option<Split>,
}

impl RowInfo {
    pub fn of(s: &Sample) -> Self {
        Self {
            id: s.id.clone(),
            class: s.class.clone(),
            label: s.label,
            split: s.split,
        }
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Header {
    format_version: u32,
    swan_version: String,
    encoder: EncoderSpec,
    taps: Vec<Tap>,
    rows: Vec<RowInfo>,
    skipped: Vec<Skipped>,
}

/// Embeddings of the same rows at one or more taps.
#[derive(Clone, Debug)]
pub struct FeaturesFile {
    pub encoder: EncoderSpec,
    pub rows: Vec<RowInfo>,
    /// One matrix per tap, `rows.len()` rows each.
    pub layers: Vec<(Tap, Matrix)>,
    pub skipped: Vec<Skipped>,
}

impl FeaturesFile {
    pub fn layer(&self, tap: Tap) -> Option<&Matrix> {
        self.layers.iter().find(|(t, _)| *t == tap).map(|(_, m)| m)
    }

    pub fn write(&self, path: &Path) -> Result<(), MethodError> {
        let header = Header {
            format_version: FEATURES_FORMAT_VERSION,
            swan_version: env!("CARGO_PKG_VERSION").into(),
            encoder: self.encoder.clone(),
            taps: self.layers.iter().map(|(t, _)| *t).collect(),
            rows: self.rows.clone(),
            skipped: self.skipped.clone(),
        };
        let json =
            serde_json::to_string(&header).map_err(|e| MethodError::Params(e.to_string()))?;
        let names: Vec<String> = self
            .layers
            .iter()
            .map(|(t, _)| format!("features.{t}"))
            .collect();
        let shapes: Vec<[usize; 2]> = self
            .layers
            .iter()
            .map(|(_, m)| [m.rows(), m.cols()])
            .collect();
        let bytes = views_to_safetensors_bytes(
            self.layers
                .iter()
                .zip(&names)
                .zip(&shapes)
                .map(|(((_, m), name), shape)| (name.as_str(), &shape[..], m.as_slice())),
            HashMap::from([(META_KEY.to_string(), json)]),
        )
        .map_err(|reason| MethodError::File {
            path: path.into(),
            reason: format!("cannot write the features file: {reason}"),
        })?;
        swan_data::write_atomic(path, &bytes)?;
        Ok(())
    }

    pub fn read(path: &Path) -> Result<Self, MethodError> {
        let (raw, bytes) = crate::read_versioned_header(path, &FEATURES_FILE)?;
        let bad = |reason: String| MethodError::File {
            path: path.into(),
            reason,
        };
        let header: Header = serde_json::from_value(raw)
            .map_err(|e| bad(format!("bad features file header: {e}")))?;
        let mut tensors = read_safetensors(&bytes).map_err(bad)?;
        let mut layers = Vec::new();
        for tap in header.taps {
            let t = tensors
                .remove(&format!("features.{tap}"))
                .ok_or_else(|| bad(format!("no tensor for tap {tap}")))?;
            let [r, c] = t.shape[..] else {
                return Err(bad(format!("features.{tap} is not 2-D")));
            };
            if r != header.rows.len() {
                return Err(bad(format!(
                    "features.{tap} has {r} rows for {} ids",
                    header.rows.len()
                )));
            }
            let m = Matrix::new(r, c, t.data).map_err(|e| bad(format!("features.{tap}: {e}")))?;
            layers.push((tap, m));
        }
        Ok(Self {
            encoder: header.encoder,
            rows: header.rows,
            layers,
            skipped: header.skipped,
        })
    }
}
