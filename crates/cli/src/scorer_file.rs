//! Fitted scorers on disk: safetensors with the scorer's tensors and its config as JSON
//! (metadata key `swan-scorer`, with a format version). Written atomically.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use swan_score::{NamedTensor, Scorer, ScorerState};

const FORMAT_VERSION: u32 = 1;
const META_KEY: &str = "swan-scorer";

/// Saved scorers, as `--save-scorer` writes them.
pub const SCORER_FILE: swan_method::VersionedFile = swan_method::VersionedFile {
    key: META_KEY,
    version: FORMAT_VERSION,
    what: "saved scorer",
    written_by: "swan score --save-scorer",
};

pub fn write(path: &Path, scorer: &Scorer) -> Result<()> {
    let state = scorer.state();
    let meta = serde_json::json!({ "format_version": FORMAT_VERSION, "config": state.config });
    let bytes = swan_encoder::import::safetensors::views_to_safetensors_bytes(
        state
            .tensors
            .iter()
            .map(|t| (t.name.as_str(), t.shape.as_slice(), t.data.as_slice())),
        HashMap::from([(META_KEY.to_string(), meta.to_string())]),
    )
    .map_err(anyhow::Error::msg)?;
    swan_data::write_atomic(path, &bytes).context("writing the saved scorer")?;
    Ok(())
}

pub fn read(path: &Path) -> Result<Scorer> {
    let (meta, bytes) = swan_method::read_versioned_header(path, &SCORER_FILE)?;
    let config = serde_json::from_value(meta["config"].clone())
        .with_context(|| format!("{}: bad scorer config", path.display()))?;
    let tensors = swan_encoder::import::safetensors::read_safetensors(&bytes)
        .map_err(anyhow::Error::msg)?
        .into_iter()
        .map(|(name, t)| NamedTensor {
            name,
            shape: t.shape,
            data: t.data,
        })
        .collect();
    Scorer::from_state(&ScorerState { config, tensors })
        .with_context(|| format!("rebuilding the scorer of {}", path.display()))
}
