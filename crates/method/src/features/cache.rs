//! Feature-cache entries on disk: one safetensors file per part of an encoded list, named by
//! a digest of the encoder, the tap and the images.

use std::collections::HashMap;

use sha2::{Digest, Sha256};
use swan_data::Sample;

use super::{EncoderSpec, Extracted, FeatureKey};
use crate::MethodError;

/// Images per feature-cache entry: a long encoding is cached part by part, so an interrupted
/// run loses at most one part's work (lists of up to this many images are one entry, under
/// the key they always had).
pub const CACHE_PART: usize = 4096;

/// The name of the cache entry of `samples` encoded as `key` says, by `spec`'s encoder (a
/// digest of all three, and of swan's version).
pub(super) fn cache_key(spec: Option<&EncoderSpec>, samples: &[Sample], key: FeatureKey) -> String {
    let spec = serde_json::to_string(&spec).unwrap_or_default();
    // swan's version is part of the key: a release that decodes or encodes differently
    // (a decoder fix, a kernel change) must not reuse features or the list of unreadable
    // images an older one cached. The salt's number changes with such a change between
    // releases: v2 since inference runs on swan's convolution kernels (features differ
    // from burn's convolution's in their last digits); v3 since a photo's EXIF orientation
    // is applied.
    let mut h = Sha256::new()
        .chain_update(b"swan-features-v3\0")
        .chain_update(env!("CARGO_PKG_VERSION").as_bytes())
        .chain_update(b"\0")
        .chain_update(spec.as_bytes());
    // Pooled features at the encoder's own size keep the keys they always had.
    if key.maps || key.size.is_some() {
        h.update(format!("maps={} size={:?}\0", key.maps, key.size).as_bytes());
    }
    let h = h
        .chain_update(swan_data::fingerprint_samples(samples).as_bytes())
        .finalize();
    h.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// The safetensors metadata key of feature cache entries (image locations, unreadable
/// images, map shape), for tools that describe the cache.
pub const FEATURE_CACHE_KEY: &str = "swan-features";

pub(super) fn write_cache(file: &std::path::Path, fresh: &Extracted) -> Result<(), MethodError> {
    let meta = serde_json::json!({
        "locations": fresh.locations,
        "failed": fresh.failed,
        "map_shape": fresh.map_shape,
    });
    let shape = [fresh.locations.len(), fresh.dim];
    swan_encoder::import::safetensors::write_safetensors(
        file,
        [("features", &shape[..], &fresh.data[..])],
        HashMap::from([(FEATURE_CACHE_KEY.to_string(), meta.to_string())]),
    )?;
    Ok(())
}

/// A cache entry as [`write_cache`] wrote it.
pub(super) fn read_cache(file: &std::path::Path) -> Result<Extracted, String> {
    use swan_encoder::import::safetensors::{TensorValues, read_safetensors_streamed};
    // Streamed from disk: a cache entry needs about its own size in memory.
    let (metadata, tensors) = read_safetensors_streamed(file, |name| name == "features")?;
    let json = metadata.get(FEATURE_CACHE_KEY).ok_or("no metadata")?;
    let meta: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let locations: Vec<String> =
        serde_json::from_value(meta["locations"].clone()).map_err(|e| e.to_string())?;
    let failed: Vec<(String, String)> =
        serde_json::from_value(meta["failed"].clone()).map_err(|e| e.to_string())?;
    let map_shape: Option<[usize; 3]> =
        serde_json::from_value(meta["map_shape"].clone()).unwrap_or(None);
    let (_, shape, values) = tensors.into_iter().next().ok_or("no features tensor")?;
    let TensorValues::F32(data) = values else {
        return Err("the features tensor does not hold floats".into());
    };
    let &[n, dim] = shape.as_slice() else {
        return Err("features and locations disagree".into());
    };
    if n != locations.len() || data.len() != n * dim {
        return Err("features and locations disagree".into());
    }
    if let Some([c, h, w]) = map_shape
        && dim != c * h * w
    {
        return Err("map shape and row width disagree".into());
    }
    Ok(Extracted {
        locations,
        data,
        dim,
        map_shape,
        failed,
    })
}
