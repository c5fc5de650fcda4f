//! Score maps on disk (`swan score --maps DIR`): where in each image a model finds its
//! anomaly (the patch scores of DRA, DevNet, ADIB or ADRA; occlusion maps for any model). `DIR/maps.safetensors` holds each patch head's maps and their sum
//! (`total`), `[n, h, w]`, with a JSON header under the metadata key `swan-maps` (format
//! version, the model, the image ids, the colour scale); `DIR/<i>_<name>.png` draws each
//! image's `total` map over it. Every file is written atomically.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use swan_data::Sample;
use swan_method::ScoreMap;

const FORMAT_VERSION: u32 = 1;
const META_KEY: &str = "swan-maps";

/// The maps files `swan score --maps` writes.
pub const MAPS_FILE: swan_method::VersionedFile = swan_method::VersionedFile {
    key: META_KEY,
    version: FORMAT_VERSION,
    what: "swan maps file",
    written_by: "swan score --maps",
};

/// The name of the safetensors file inside the maps folder.
pub const MAPS_NAME: &str = "maps.safetensors";

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Header {
    pub format_version: u32,
    pub swan_version: String,
    /// The model file the maps come from, and its method.
    pub model: String,
    pub method: String,
    /// The heads whose patch scores the file holds (a tensor each; `occlusion` for occlusion
    /// maps); `total` is their sum.
    pub heads: Vec<String>,
    /// What `total` shows ("the seen + pseudo + residual heads' patch scores", "the drop in
    /// score when each of the 8 × 8 cells is …"); empty in files written before it was kept.
    #[serde(default)]
    pub what: String,
    /// `[h, w]` patches per image.
    pub shape: [usize; 2],
    /// The top of the PNGs' colour scale: the largest `total` value of the run.
    pub scale: f32,
    /// The scored images, in the order of the maps' first axis.
    pub ids: Vec<String>,
    /// Each image's PNG in the folder (`None`: the image could not be drawn).
    pub pngs: Vec<Option<String>>,
    /// The pixel AUROC and AUPRO against ground-truth masks, when the images have some
    /// (the key predates the AUPRO, kept so that earlier files still read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pixel_auroc: Option<swan_eval::metrics::PixelMetrics>,
}

/// What was written, for the report's galleries.
pub struct Written {
    /// `[n, h, w]`: the sum of the heads' maps.
    pub total: Vec<f32>,
    pub shape: [usize; 2],
    pub scale: f32,
    /// "the seen + pseudo + residual heads' patch scores".
    pub what: String,
    /// Against the images' ground-truth masks, when they have some.
    pub pixel: Option<swan_eval::metrics::PixelMetrics>,
}

/// Writes the maps of the `scored` images (aligned with `maps`; `what` says what their sum
/// shows) into `dir`: the PNGs, then the safetensors file. An image that cannot be read again or drawn is reported and left
/// out of the PNGs; its maps are kept.
pub fn write(
    dir: &Path,
    model: &Path,
    method: &str,
    scored: &[&Sample],
    maps: &[ScoreMap],
    what: String,
    bar: indicatif::ProgressBar,
) -> Result<Written> {
    // The heads' maps agree in shape and length (else no total), and hold one map per image.
    let ScoreMap {
        shape,
        values: total,
        ..
    } = ScoreMap::total(maps)
        .context("the model gave no patch maps, or maps of different shapes for its heads")?;
    let (n, d) = (scored.len(), shape[0] * shape[1]);
    if total.len() != n * d {
        bail!(
            "{} patch-map values for {n} images of {shape:?} patches",
            total.len()
        );
    }
    if let Some(i) = total.iter().position(|v| !v.is_finite()) {
        bail!(
            "the patch map of {} is not finite; the model file may be damaged",
            scored[i / d].id
        );
    }
    let scale = ScoreMap::scale(&total);
    let heads: Vec<String> = maps.iter().map(|m| m.name.clone()).collect();

    if dir.join(MAPS_NAME).exists() {
        tracing::warn!(
            "{} already holds maps: this run's files replace those of the same name, and the \
             new {MAPS_NAME} lists only this run's PNGs",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("creating the --maps folder {}", dir.display()))?;
    bar.set_message("maps");
    // Drawn on the run's threads (decoding, resizing and PNG encoding dominate); every file
    // has its own name, so the order they finish in does not matter.
    use rayon::prelude::*;
    let drawn: Vec<Result<String, swan_data::DataError>> = scored
        .par_iter()
        .enumerate()
        .map(|(i, sample)| {
            let name = png_name(i, &sample.id);
            let map = &total[i * d..(i + 1) * d];
            let written = sample
                .load()
                .and_then(|img| swan_eval::report::heat::overlay(&img, map, shape, scale))
                .and_then(|img| img.to_png_thumbnail(usize::MAX))
                .and_then(|png| swan_data::write_atomic(&dir.join(&name), &png));
            bar.inc(1);
            written.map(|()| name)
        })
        .collect();
    let mut pngs = Vec::with_capacity(n);
    let mut failed: Vec<(String, String)> = Vec::new();
    for (sample, result) in scored.iter().zip(drawn) {
        match result {
            Ok(name) => pngs.push(Some(name)),
            Err(e) => {
                failed.push((sample.id.clone(), e.to_string()));
                pngs.push(None);
            }
        }
    }
    bar.finish_and_clear();
    if !failed.is_empty() {
        eprintln!(
            "{} image(s) scored but not drawn (their maps are in {MAPS_NAME}):",
            failed.len()
        );
        for (id, why) in failed.iter().take(20) {
            eprintln!("  {id}: {why}");
        }
    }

    let pixel = swan_eval::metrics::pixel_metrics(scored, &total, shape)
        .context("the pixel AUROC and AUPRO of the maps")?;
    if let Some(p) = &pixel {
        for (id, why) in p.unread_masks.iter().take(20) {
            eprintln!("{id}: the ground-truth mask is not used: {why}");
        }
        eprintln!(
            "pixel AUROC {:.2} %, AUPRO {} on {} images ({} with a ground-truth mask, {} \
             anomalous regions), maps and masks at {g}x{g}",
            p.auroc,
            p.aupro.map_or_else(|| "-".into(), |a| format!("{a:.2} %")),
            p.images,
            p.with_masks,
            p.regions,
            g = p.grid
        );
    }
    let header = Header {
        format_version: FORMAT_VERSION,
        swan_version: env!("CARGO_PKG_VERSION").into(),
        model: model.display().to_string(),
        method: method.into(),
        heads,
        what: what.clone(),
        shape,
        scale,
        ids: scored.iter().map(|s| s.id.clone()).collect(),
        pngs,
        pixel_auroc: pixel.clone(),
    };
    let json = serde_json::to_string(&header).context("serialising the maps header")?;
    let dims = [n, shape[0], shape[1]];
    let tensors = maps
        .iter()
        .map(|m| (m.name.as_str(), &dims[..], m.values.as_slice()))
        .chain([("total", &dims[..], total.as_slice())]);
    let path = dir.join(MAPS_NAME);
    swan_encoder::import::safetensors::write_safetensors(
        &path,
        tensors,
        HashMap::from([(META_KEY.to_string(), json)]),
    )
    .with_context(|| format!("writing {}", path.display()))?;
    eprintln!(
        "maps -> {} ({n} images, {} PNG)",
        path.display(),
        n - failed.len()
    );
    Ok(Written {
        total,
        shape,
        scale,
        what,
        pixel,
    })
}

/// `00012_<name>.png`: the image's position, then its id's last path component with the
/// image extension dropped and anything but letters, digits, `.`, `-` and `_` replaced, so
/// that every image gets its own file whatever its id.
pub fn png_name(i: usize, id: &str) -> String {
    let last = id.rsplit(['/', '\\']).next().unwrap_or(id);
    let stem = match last.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 4 => stem,
        _ => last,
    };
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    format!("{i:05}_{clean}.png")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_names_are_unique_and_safe() {
        assert_eq!(png_name(3, "data/good/001.png"), "00003_001.png");
        assert_eq!(png_name(12, "idx:t10k#42"), "00012_idx_t10k_42.png");
        assert_eq!(png_name(0, "a b/ç.jpeg"), "00000__.png");
        assert_eq!(png_name(1, ".hidden"), "00001_.hidden.png");
        assert_eq!(png_name(2, "C:\\photos\\x.JPG"), "00002_x.png");
    }
}
