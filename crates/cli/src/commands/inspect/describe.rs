//! What a file is and what its header says: swan files by their metadata key, other
//! safetensors, NumPy and PyTorch files, eval reports.

use super::*;

/// The kinds of file `swan inspect` tells apart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Kind {
    Model,
    Features,
    Scorer,
    /// Patch-score maps (`swan score --maps`).
    Maps,
    Checkpoint,
    /// Safetensors without a swan header (weights, someone else's tensors).
    Safetensors,
    Pth,
    /// A NumPy `.npy` array or `.npz` archive (embeddings for `swan score`, or a dataset).
    NumPy,
    /// A `swan eval` JSON report.
    Report,
    /// The finished splits of an interrupted `swan eval` (`<out>.partial.json`).
    PartialReport,
    /// The summary of `swan eval --seeds`: every metric over the seeds.
    SeedsReport,
    /// An entry of the feature cache (`swan cache info`): encoder outputs of a list of images.
    CacheEntry,
}

impl Kind {
    pub(super) const SWAN: [Kind; 5] = [
        Kind::Model,
        Kind::Features,
        Kind::Scorer,
        Kind::Maps,
        Kind::Checkpoint,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Kind::Model => "swan model file",
            Kind::Features => "swan features file",
            Kind::Scorer => "saved scorer",
            Kind::Maps => "swan maps file (score maps of swan score --maps)",
            Kind::Checkpoint => "training checkpoint",
            Kind::Safetensors => "safetensors file (no swan header)",
            Kind::Pth => "PyTorch checkpoint (.pth)",
            Kind::NumPy => "NumPy arrays",
            Kind::Report => "swan eval report",
            Kind::PartialReport => "swan eval partial report (finished splits; --resume goes on)",
            Kind::SeedsReport => "swan eval summary over seeds",
            Kind::CacheEntry => "feature cache entry",
        }
    }

    /// The safetensors metadata key a swan file's JSON header is under, and the format
    /// version this swan reads.
    pub(super) fn swan_header(self) -> Option<(&'static str, u32)> {
        match self {
            Kind::Model => Some(versioned(&swan_method::MODEL_FILE)),
            Kind::Features => Some(versioned(&swan_method::FEATURES_FILE)),
            Kind::Scorer => Some(versioned(&crate::scorer_file::SCORER_FILE)),
            Kind::Maps => Some(versioned(&crate::maps_file::MAPS_FILE)),
            Kind::Checkpoint => Some((
                "swan_checkpoint",
                swan_train::checkpoint::CHECKPOINT_FORMAT_VERSION,
            )),
            Kind::Report => Some(("", crate::run::REPORT_FORMAT_VERSION)),
            Kind::PartialReport => Some(("", crate::run::PARTIAL_FORMAT_VERSION)),
            Kind::SeedsReport => Some(("", crate::run::SEEDS_REPORT_FORMAT_VERSION)),
            Kind::Safetensors | Kind::Pth | Kind::NumPy | Kind::CacheEntry => None,
        }
    }
}

pub(super) fn versioned(kind: &swan_method::VersionedFile) -> (&'static str, u32) {
    (kind.key, kind.version)
}

/// One file's description.
pub(super) struct Described {
    pub(super) kind: Kind,
    /// The swan JSON header, if the file has one.
    pub(super) header: Option<Value>,
    pub(super) tensors: Vec<TensorInfo>,
    pub(super) file_bytes: u64,
    /// The `--backbone` a PyTorch checkpoint loads as (`.pth` files only; `None` for one that
    /// fits none of swan's).
    pub(super) backbone: Option<&'static str>,
}

impl Described {
    /// The format version this swan reads, for swan files.
    pub(super) fn reads_version(&self) -> Option<u32> {
        self.kind.swan_header().map(|(_, v)| v)
    }
}

pub(super) fn describe(path: &Path) -> Result<Described> {
    // A path that is not there says so, before the sniffing below reads it as a damaged file.
    if let Err(e) = std::fs::metadata(path) {
        return Err(anyhow::Error::new(e).context(format!("cannot read {}", path.display())));
    }
    if is_json(path) {
        return describe_report(path);
    }
    match describe_numpy(path) {
        Ok(Some(d)) => return Ok(d),
        Ok(None) => {}
        // A zip archive that is not an .npz: PyTorch's own format since 1.6 is a zip too. When
        // neither reads it, the error of the kind its name says.
        Err(npz_error) => {
            let named_npz = path.extension().is_some_and(|e| e == "npz");
            return describe_checkpoint(path).map_err(|pth_error| {
                if named_npz {
                    npz_error
                } else {
                    pth_error.context(format!(
                        "{}: a zip archive, but neither an .npz nor a PyTorch checkpoint swan \
                         can read",
                        path.display()
                    ))
                }
            });
        }
    }
    match read_safetensors_header(path) {
        Ok(h) => Ok(from_safetensors(path, h)?),
        // Not safetensors: PyTorch weights are the other checkpoints swan reads.
        Err(st_error) => describe_checkpoint(path).map_err(|_| {
            anyhow::anyhow!(
                "{}: {st_error} (nor a PyTorch checkpoint swan can read)",
                path.display()
            )
        }),
    }
}

/// A PyTorch checkpoint (legacy or zip `.pth`), its tensors as swan reads them.
fn describe_checkpoint(path: &Path) -> Result<Described> {
    let bytes = std::fs::metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .len();
    let map = swan_encoder::read_checkpoint(path)?;
    let backbone = swan_encoder::Backbone::of_checkpoint(&map).map(|b| b.name());
    Ok(Described {
        kind: Kind::Pth,
        header: None,
        backbone,
        tensors: map
            .into_iter()
            .map(|(name, t)| TensorInfo {
                name,
                dtype: "F32 (as read)".into(),
                shape: t.shape,
            })
            .collect(),
        file_bytes: bytes,
    })
}

/// A `.npy` or `.npz` file (by its first bytes), its arrays listed as tensors; `None` for
/// other files.
pub(super) fn describe_numpy(path: &Path) -> Result<Option<Described>> {
    use std::io::Read;
    use swan_data::source::npz::{
        NpyData, NpyHeader, read_npy_header, read_npz_headers, read_npz_where,
    };
    pub(super) const SWAN_HEADER: &str = "swan_header";
    let mut magic = [0u8; 6];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut magic))
        .with_context(|| format!("cannot read {}", path.display()))?;
    let (headers, header): (Vec<(String, NpyHeader)>, Option<Value>) =
        if magic[..n] == *b"\x93NUMPY" {
            let h = read_npy_header(path)?;
            (vec![(swan_method::NPY_LAYER.to_string(), h)], None)
        } else if magic[..n].starts_with(b"PK") {
            let headers = read_npz_headers(path)?;
            // An export of `swan features` (`--out FILE.npz`) carries the features header,
            // the one array whose values are read.
            let header = if headers.contains_key(SWAN_HEADER) {
                read_npz_where(path, |name| name == SWAN_HEADER)?
                    .remove(SWAN_HEADER)
                    .and_then(|a| match a.data {
                        NpyData::Str(v) => v.into_iter().next(),
                        _ => None,
                    })
                    .and_then(|json| serde_json::from_str::<Value>(&json).ok())
                    .map(|mut h| {
                        if let Some(m) = h.as_object_mut() {
                            m.remove("rows");
                        }
                        h
                    })
            } else {
                None
            };
            (headers.into_iter().collect(), header)
        } else {
            return Ok(None);
        };
    let tensors = headers
        .into_iter()
        .map(|(name, h)| TensorInfo {
            name,
            dtype: h.descr,
            shape: h.shape,
        })
        .collect();
    Ok(Some(Described {
        kind: if header.is_some() {
            Kind::Features
        } else {
            Kind::NumPy
        },
        header,
        tensors,
        file_bytes: std::fs::metadata(path).map_or(0, |m| m.len()),
        backbone: None,
    }))
}

/// What `swan score --features / --query` would read as embeddings from a file without a
/// swan header: its 2-D floating-point arrays (safetensors `F64` / `F32` / `F16` / `BF16`,
/// NumPy `<f8` / `<f4` / `<f2`).
pub(super) fn embedding_layers(d: &Described) -> Option<String> {
    let float = |dtype: &str| match d.kind {
        Kind::Safetensors => ["F64", "F32", "F16", "BF16"].contains(&dtype),
        Kind::NumPy => dtype.get(1..2) == Some("f"),
        _ => false,
    };
    let layers: Vec<String> = d
        .tensors
        .iter()
        .filter(|t| t.shape.len() == 2 && float(&t.dtype))
        .map(|t| format!("{} [{} x {}]", t.name, t.shape[0], t.shape[1]))
        .collect();
    (!layers.is_empty()).then(|| layers.join(", "))
}

/// A `swan eval` report: its header fields, without the per-split details.
pub(super) fn describe_report(path: &Path) -> Result<Described> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let report: Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
    let kind = match (
        report.get("splits"),
        report.get("protocol"),
        report.get("key"),
    ) {
        (Some(_), Some(_), _) if report.get("reports").is_some() => Kind::SeedsReport,
        (Some(_), Some(_), _) => Kind::Report,
        (Some(_), None, Some(_)) => Kind::PartialReport,
        _ => return Err(NotAReport(path.to_path_buf()).into()),
    };
    let file_bytes = text.len() as u64;
    Ok(Described {
        kind,
        header: Some(report),
        tensors: Vec::new(),
        file_bytes,
        backbone: None,
    })
}

pub(super) fn from_safetensors(path: &Path, h: SafetensorsHeader) -> Result<Described> {
    let found = Kind::SWAN.into_iter().find_map(|kind| {
        let (key, _) = kind.swan_header()?;
        h.metadata.get(key).map(|json| (kind, json))
    });
    let found = found.or_else(|| {
        h.metadata
            .get(swan_method::FEATURE_CACHE_KEY)
            .map(|json| (Kind::CacheEntry, json))
    });
    let (kind, header) = match found {
        Some((kind, json)) => {
            let header: Value = serde_json::from_str(json).with_context(|| {
                format!("{}: the {} header is not JSON", path.display(), kind.name())
            })?;
            (kind, Some(header))
        }
        None => (Kind::Safetensors, None),
    };
    Ok(Described {
        kind,
        header,
        tensors: h.tensors,
        file_bytes: h.file_bytes,
        backbone: None,
    })
}
