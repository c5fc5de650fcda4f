//! Fitted scorers on disk (`swan score --save-scorer` / `--load-scorer`): safetensors with
//! each layer's scorer state under `layers.<i>.` and, as JSON under the metadata key
//! `swan-scorer` (with a format version), the layers' taps, scorer configs and ensemble
//! ranges plus the encoder of the embeddings they were fitted on. Written atomically.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use swan_method::{Embeddings, EncoderSpec};
use swan_score::{Ensemble, Matrix, Scorer, ScorerConfig, ScorerState};

/// 2: several layers (NSA's ensemble) with their taps, and the encoder (1: one scorer).
const FORMAT_VERSION: u32 = 2;
const META_KEY: &str = "swan-scorer";

/// Saved scorers, as `--save-scorer` writes them.
pub const SCORER_FILE: swan_method::VersionedFile = swan_method::VersionedFile {
    key: META_KEY,
    version: FORMAT_VERSION,
    what: "saved scorer",
    written_by: "swan score --save-scorer",
};

/// One scorer per layer of the embeddings, combined by a train-range ensemble when there are
/// several (NSA's multi-layer score).
pub struct LayeredScorer {
    /// The layer each scorer reads: a tap or array name, `None` for a file's first layer.
    pub taps: Vec<Option<String>>,
    pub scorers: Vec<Scorer>,
    pub ensemble: Option<Ensemble>,
    /// The encoder of the training embeddings (`None`: embeddings from elsewhere).
    pub encoder: Option<EncoderSpec>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    format_version: u32,
    swan_version: String,
    encoder: Option<EncoderSpec>,
    layers: Vec<LayerHeader>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct LayerHeader {
    tap: Option<String>,
    config: ScorerConfig,
    /// (min, max) of the layer's training scores, for the ensemble; absent for one layer.
    range: Option<(f32, f32)>,
}

impl LayeredScorer {
    /// Scores the rows of `file` (only `rows` when given).
    pub fn score(
        &self,
        file: &Embeddings,
        path: &Path,
        rows: Option<&[usize]>,
    ) -> Result<Vec<f32>> {
        let layers = self
            .taps
            .iter()
            .zip(&self.scorers)
            .map(|(tap, scorer)| {
                let m = pick_layer(file, tap.as_deref(), path)?;
                match rows {
                    None => scorer.score(m),
                    Some(r) => scorer.score(&m.select_rows(r)),
                }
                .context("scoring")
            })
            .collect::<Result<Vec<_>>>()?;
        match &self.ensemble {
            Some(e) => Ok(e.combine(&layers)?),
            None => Ok(layers.into_iter().next().unwrap_or_default()),
        }
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let states: Vec<ScorerState> = self.scorers.iter().map(Scorer::state).collect();
        let header = Header {
            format_version: FORMAT_VERSION,
            swan_version: env!("CARGO_PKG_VERSION").to_string(),
            encoder: self.encoder.clone(),
            layers: self
                .taps
                .iter()
                .zip(&states)
                .enumerate()
                .map(|(i, (tap, state))| LayerHeader {
                    tap: tap.clone(),
                    config: state.config.clone(),
                    range: self.ensemble.as_ref().map(|e| e.ranges[i]),
                })
                .collect(),
        };
        let names: Vec<Vec<String>> = states
            .iter()
            .enumerate()
            .map(|(i, s)| {
                s.tensors
                    .iter()
                    .map(|t| format!("layers.{i}.{}", t.name))
                    .collect()
            })
            .collect();
        swan_encoder::import::safetensors::write_safetensors(
            path,
            states.iter().zip(&names).flat_map(|(s, names)| {
                s.tensors
                    .iter()
                    .zip(names)
                    .map(|(t, name)| (name.as_str(), t.shape.as_slice(), t.data.as_slice()))
            }),
            HashMap::from([(META_KEY.to_string(), serde_json::to_string(&header)?)]),
        )
        .context("writing the saved scorer")?;
        Ok(())
    }

    pub fn read(path: &Path) -> Result<Self> {
        let meta = swan_method::read_versioned_header(path, &SCORER_FILE)?;
        let header: Header = serde_json::from_value(meta)
            .with_context(|| format!("{}: bad saved-scorer header", path.display()))?;
        if header.layers.is_empty() {
            bail!("{}: the saved scorer has no layers", path.display());
        }
        let mut tensors = swan_encoder::import::safetensors::read_safetensors_path(path)
            .map_err(anyhow::Error::msg)?;
        let mut taps = Vec::new();
        let mut scorers = Vec::new();
        let mut ranges = Vec::new();
        for (i, layer) in header.layers.into_iter().enumerate() {
            scorers.push(
                swan_method::read_scorer(&mut tensors, &format!("layers.{i}."), layer.config)
                    .with_context(|| {
                        format!("rebuilding layer {i}'s scorer of {}", path.display())
                    })?,
            );
            taps.push(layer.tap);
            ranges.push(layer.range);
        }
        let ensemble = if scorers.len() > 1 {
            let ranges = ranges
                .into_iter()
                .collect::<Option<Vec<_>>>()
                .with_context(|| {
                    format!(
                        "{}: a saved ensemble needs every layer's range",
                        path.display()
                    )
                })?;
            Some(Ensemble { ranges })
        } else {
            None
        };
        Ok(Self {
            taps,
            scorers,
            ensemble,
            encoder: header.encoder,
        })
    }
}

pub fn pick_layer<'a>(
    file: &'a Embeddings,
    layer: Option<&str>,
    path: &Path,
) -> Result<&'a Matrix> {
    file.layer(layer)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
