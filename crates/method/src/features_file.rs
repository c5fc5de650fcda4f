//! Features files: embeddings of a dataset at one or more encoder taps, with the ids and
//! labels of the samples, so scorers can be fitted and compared without re-encoding
//! (`swan features`, `swan score --features`). One safetensors file: a tensor `[n, d]` per
//! tap named `features.<tap>`, and a JSON header under the metadata key `swan-features-file`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use swan_data::source::npz::{NpyArray, NpyData};
use swan_data::{Label, Sample, Split};
use swan_encoder::Tap;
use swan_encoder::import::safetensors::{
    TensorValues, read_safetensors_streamed, write_safetensors,
};
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
    /// The sample's id.
    pub id: String,
    /// Its class, if any.
    pub class: Option<String>,
    /// Its label.
    pub label: Label,
    /// Its split, if any.
    pub split: Option<Split>,
}

impl RowInfo {
    /// What `s` says about itself.
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

/// The metadata entry of a features file.
fn header_json(
    encoder: &EncoderSpec,
    taps: &[Tap],
    rows: &[RowInfo],
    skipped: &[Skipped],
) -> Result<String, MethodError> {
    let header = Header {
        format_version: FEATURES_FORMAT_VERSION,
        swan_version: env!("CARGO_PKG_VERSION").into(),
        encoder: encoder.clone(),
        taps: taps.to_vec(),
        rows: rows.to_vec(),
        skipped: skipped.to_vec(),
    };
    serde_json::to_string(&header).map_err(|e| MethodError::Params(e.to_string()))
}

/// The per-row arrays of a features `.npz` (`ids`, `labels` as `int8` 0 normal / 1 anomaly /
/// -1 unknown, `classes`, `splits`) and its header (`json`, without the rows), as `.npy` bytes.
fn npz_row_arrays(rows: &[RowInfo], json: String) -> Vec<(&'static str, Vec<u8>)> {
    use swan_data::source::npz::{npy_bytes, npy_strings};
    let n = rows.len();
    let column = |f: &dyn Fn(&RowInfo) -> String| -> Vec<String> { rows.iter().map(f).collect() };
    let labels: Vec<u8> = rows
        .iter()
        .map(|r| match r.label {
            Label::Normal => 0u8,
            Label::Anomaly => 1,
            Label::Unknown => 0xff,
        })
        .collect();
    let split = |r: &RowInfo| match r.split {
        Some(Split::Train) => "train".to_string(),
        Some(Split::Test) => "test".to_string(),
        None => String::new(),
    };
    vec![
        ("ids", npy_strings(&column(&|r| r.id.clone()), &[n])),
        ("labels", npy_bytes("|i1", &[n], &labels)),
        (
            "classes",
            npy_strings(&column(&|r| r.class.clone().unwrap_or_default()), &[n]),
        ),
        ("splits", npy_strings(&column(&split), &[n])),
        (NPZ_HEADER, npy_strings(&[json], &[])),
    ]
}

/// The tensor of a tap in a features file.
fn tensor_name(tap: Tap) -> String {
    format!("features.{tap}")
}

/// A features file written part by part ([`FeaturesFile::write`]'s bytes for the same rows):
/// memory holds one part of the embeddings, whatever the number of images.
pub struct FeaturesWriter {
    path: std::path::PathBuf,
    taps: Vec<Tap>,
    spill: swan_encoder::import::safetensors::RowSpill,
    rows: Vec<RowInfo>,
    skipped: Vec<Skipped>,
}

impl FeaturesWriter {
    /// Starts a features file at `path` with a layer per tap; rows are spilled to disk as
    /// they are added, and the file appears (atomically) when finished.
    pub fn create(path: &Path, taps: &[Tap]) -> Result<Self, MethodError> {
        let names: Vec<String> = taps.iter().map(|t| tensor_name(*t)).collect();
        Ok(Self {
            path: path.into(),
            taps: taps.to_vec(),
            spill: swan_encoder::import::safetensors::RowSpill::create(path, &names)?,
            rows: Vec::new(),
            skipped: Vec::new(),
        })
    }

    /// The next part: its rows' embeddings at every tap (in the order of `create`), what is
    /// known of those rows, and the images of the part that could not be read.
    pub fn append(
        &mut self,
        layers: &[Matrix],
        rows: Vec<RowInfo>,
        skipped: Vec<Skipped>,
    ) -> Result<(), MethodError> {
        if layers.len() != self.taps.len() || layers.iter().any(|m| m.rows() != rows.len()) {
            return Err(MethodError::File {
                path: self.path.clone(),
                reason: format!(
                    "a part of {} rows with {} taps does not fit the {} taps being written",
                    rows.len(),
                    layers.len(),
                    self.taps.len()
                ),
            });
        }
        for (i, m) in layers.iter().enumerate() {
            self.spill.append(i, m.cols(), m.as_slice())?;
        }
        self.rows.extend(rows);
        self.skipped.extend(skipped);
        Ok(())
    }

    /// Rows written so far.
    pub fn rows(&self) -> usize {
        self.rows.len()
    }

    /// Images found unreadable so far.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Writes the features as a NumPy `.npz` ([`FeaturesFile::write_npz`]'s bytes for the same
    /// rows), streaming the embeddings from the spills, and returns its rows and skipped images.
    pub fn finish_npz(
        self,
        encoder: &EncoderSpec,
    ) -> Result<(Vec<RowInfo>, Vec<Skipped>), MethodError> {
        use swan_data::source::npz::{NpzEntry, write_npz_entries};
        let json = header_json(encoder, &self.taps, &[], &self.skipped)?;
        let arrays = npz_row_arrays(&self.rows, json);
        let names: Vec<String> = self.taps.iter().map(ToString::to_string).collect();
        let path = self.path;
        self.spill.finish_with(|spills| {
            let mut entries: Vec<(&str, NpzEntry<'_>)> = spills
                .iter()
                .zip(&names)
                .map(|((_, shape, file), name)| {
                    (
                        name.as_str(),
                        NpzEntry::F32File {
                            shape: &shape[..],
                            path: file,
                        },
                    )
                })
                .collect();
            entries.extend(arrays.iter().map(|(name, b)| (*name, NpzEntry::Npy(b))));
            write_npz_entries(&path, &entries)
        })?;
        Ok((self.rows, self.skipped))
    }

    /// Writes the file (atomically) and returns its rows and skipped images.
    pub fn finish(
        self,
        encoder: &EncoderSpec,
    ) -> Result<(Vec<RowInfo>, Vec<Skipped>), MethodError> {
        let json = header_json(encoder, &self.taps, &self.rows, &self.skipped)?;
        self.spill
            .finish(HashMap::from([(META_KEY.to_string(), json)]))?;
        Ok((self.rows, self.skipped))
    }
}

/// Embeddings of the same rows at one or more taps.
#[derive(Clone, Debug)]
pub struct FeaturesFile {
    /// The encoder that made them.
    pub encoder: EncoderSpec,
    /// What is known about each row.
    pub rows: Vec<RowInfo>,
    /// One matrix per tap, `rows.len()` rows each.
    pub layers: Vec<(Tap, Matrix)>,
    /// The images that could not be embedded.
    pub skipped: Vec<Skipped>,
}

impl FeaturesFile {
    /// The matrix of `tap`, if the file has it.
    pub fn layer(&self, tap: Tap) -> Option<&Matrix> {
        self.layers.iter().find(|(t, _)| *t == tap).map(|(_, m)| m)
    }

    /// The JSON header of these features, with the rows or without them (the `.npz` keeps
    /// them as arrays).
    fn header_json(&self, with_rows: bool) -> Result<String, MethodError> {
        let taps: Vec<Tap> = self.layers.iter().map(|(t, _)| *t).collect();
        let rows: &[RowInfo] = if with_rows { &self.rows } else { &[] };
        header_json(&self.encoder, &taps, rows, &self.skipped)
    }

    /// Writes the file (safetensors with the JSON header in its metadata), atomically.
    pub fn write(&self, path: &Path) -> Result<(), MethodError> {
        let json = self.header_json(true)?;
        let names: Vec<String> = self.layers.iter().map(|(t, _)| tensor_name(*t)).collect();
        let shapes: Vec<[usize; 2]> = self
            .layers
            .iter()
            .map(|(_, m)| [m.rows(), m.cols()])
            .collect();
        write_safetensors(
            path,
            self.layers
                .iter()
                .zip(&names)
                .zip(&shapes)
                .map(|(((_, m), name), shape)| (name.as_str(), &shape[..], m.as_slice())),
            HashMap::from([(META_KEY.to_string(), json)]),
        )?;
        Ok(())
    }

    /// Writes the features as a NumPy `.npz` (uncompressed, atomically): one `float32`
    /// array `[n, d]` per tap named after it, `ids`, `labels` (`int8`: 0 normal, 1 anomaly,
    /// -1 unknown), `classes` and `splits` (strings, empty where unknown), and `swan_header`,
    /// a 0-d string holding the JSON header of a features file without its rows, so
    /// [`Embeddings::read`] knows the encoder again.
    pub fn write_npz(&self, path: &Path) -> Result<(), MethodError> {
        use swan_data::source::npz::{NpzEntry, write_npz_entries};
        let json = self.header_json(false)?;
        let names: Vec<String> = self.layers.iter().map(|(t, _)| t.to_string()).collect();
        let shapes: Vec<[usize; 2]> = self
            .layers
            .iter()
            .map(|(_, m)| [m.rows(), m.cols()])
            .collect();
        // The embeddings stream into the archive; the small per-row arrays are made whole.
        let arrays = npz_row_arrays(&self.rows, json);
        let mut entries: Vec<(&str, NpzEntry<'_>)> = self
            .layers
            .iter()
            .zip(&names)
            .zip(&shapes)
            .map(|(((_, m), name), shape)| {
                (
                    name.as_str(),
                    NpzEntry::F32 {
                        shape,
                        values: m.as_slice(),
                    },
                )
            })
            .collect();
        entries.extend(arrays.iter().map(|(name, b)| (*name, NpzEntry::Npy(b))));
        write_npz_entries(path, &entries)?;
        Ok(())
    }

    /// Reads a features file `swan features` wrote, refusing another format version and NaN
    /// or infinite values.
    pub fn read(path: &Path) -> Result<Self, MethodError> {
        Self::read_marking(path, None)
    }

    /// [`Self::read`]; with `non_finite`, rows holding a NaN or an infinity are not refused but
    /// listed there (and zeroed: the caller drops them).
    fn read_marking(
        path: &Path,
        mut non_finite: Option<&mut BTreeSet<usize>>,
    ) -> Result<Self, MethodError> {
        let raw = crate::read_versioned_header(path, &FEATURES_FILE)?;
        let bad = |reason: String| MethodError::File {
            path: path.into(),
            reason,
        };
        let header: Header = serde_json::from_value(raw)
            .map_err(|e| bad(format!("bad features file header: {e}")))?;
        // The tensors streamed from disk: a features file needs about its size in memory.
        let (_, tensors) =
            read_safetensors_streamed(path, |name| name.starts_with("features.")).map_err(bad)?;
        let mut tensors: HashMap<String, (Vec<usize>, TensorValues)> = tensors
            .into_iter()
            .map(|(name, shape, values)| (name, (shape, values)))
            .collect();
        let mut layers = Vec::new();
        for tap in header.taps {
            let (shape, values) = tensors
                .remove(&format!("features.{tap}"))
                .ok_or_else(|| bad(format!("no tensor for tap {tap}")))?;
            let TensorValues::F32(data) = values else {
                return Err(bad(format!("features.{tap} does not hold floats")));
            };
            let [r, _] = shape[..] else {
                return Err(bad(format!("features.{tap} is not 2-D")));
            };
            if r != header.rows.len() {
                return Err(bad(format!(
                    "features.{tap} has {r} rows for {} ids",
                    header.rows.len()
                )));
            }
            let m = layer_matrix(&shape, data, non_finite.as_deref_mut())
                .map_err(|e| bad(format!("features.{tap}: {e}")))?;
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

/// The `__metadata__` keys of a safetensors file, read from its JSON header alone (so a file
/// cut short still shows what it was); `None` when the file is not safetensors.
fn metadata_keys(path: &Path) -> Option<Vec<String>> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut len = [0u8; 8];
    file.read_exact(&mut len).ok()?;
    let n = u64::from_le_bytes(len);
    if n > file.metadata().ok()?.len() {
        return None;
    }
    let mut json = Vec::new();
    file.take(n).read_to_end(&mut json).ok()?;
    let header: serde_json::Value = serde_json::from_slice(&json).ok()?;
    let keys = match header.as_object()?.get("__metadata__") {
        Some(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
        _ => Vec::new(),
    };
    Some(keys)
}

/// A `[shape[0], shape[1]]` layer; with `non_finite`, its rows holding NaN or infinite values
/// are marked there instead of refused.
fn layer_matrix(
    shape: &[usize],
    mut data: Vec<f32>,
    non_finite: Option<&mut BTreeSet<usize>>,
) -> Result<Matrix, swan_score::MatrixError> {
    if let Some(marks) = non_finite {
        mark_non_finite(&mut data, shape[1], marks);
    }
    Matrix::new(shape[0], shape[1], data)
}

/// Adds to `marks` the rows of `data` (`cols` wide) that hold a NaN or an infinity, and
/// zeroes them so that a matrix can be built (the rows are dropped afterwards).
fn mark_non_finite(data: &mut [f32], cols: usize, marks: &mut BTreeSet<usize>) {
    for (i, row) in data.chunks_mut(cols.max(1)).enumerate() {
        if row.iter().any(|v| !v.is_finite()) {
            marks.insert(i);
            row.fill(0.0);
        }
    }
}

/// The array of an `.npz` from `swan features` holding its JSON header.
const NPZ_HEADER: &str = "swan_header";

/// The layer name of a lone `.npy` array.
pub const NPY_LAYER: &str = "embeddings";

/// Rows of embeddings to fit a scorer on or to score: a features file `swan features` wrote,
/// or embeddings another program wrote (any encoder), read by [`Embeddings::read`].
#[derive(Clone, Debug)]
pub struct Embeddings {
    /// The encoder that made them; `None` for embeddings from elsewhere.
    pub encoder: Option<EncoderSpec>,
    /// What is known about each row (ids `0`, `1`, … for files without ids).
    pub rows: Vec<RowInfo>,
    /// One `[rows, d]` matrix per layer: a tap name (`pooled`, `block15`) for swan's files,
    /// the tensor or array name for the others.
    pub layers: Vec<(String, Matrix)>,
}

impl From<FeaturesFile> for Embeddings {
    fn from(f: FeaturesFile) -> Self {
        Self {
            encoder: Some(f.encoder),
            rows: f.rows,
            layers: f
                .layers
                .into_iter()
                .map(|(t, m)| (t.to_string(), m))
                .collect(),
        }
    }
}

impl Embeddings {
    /// Reads embeddings from
    /// - a features file (`swan features`);
    /// - any other safetensors file: each 2-D floating-point tensor `[n, d]` is a layer (in
    ///   name order), a 1-D tensor `labels` (or `label`) of 0 (normal) / 1 (anomaly) labels
    ///   the rows;
    /// - a NumPy `.npz`: the same with arrays (`labels` may also hold -1, unknown), plus 1-D
    ///   string arrays `ids`, `classes` and `splits` (`train` / `test` / empty); one that
    ///   `swan features` wrote (with its `swan_header`) has its taps as layers and names its
    ///   encoder;
    /// - a NumPy `.npy` holding one 2-D floating-point array (the layer `embeddings`).
    ///
    /// Rows without ids are named by their index (`0`, `1`, …). Other swan files (models,
    /// saved scorers, checkpoints) are refused, as are NaN and infinite values.
    pub fn read(path: &Path) -> Result<Self, MethodError> {
        Self::read_marking(path, None)
    }

    /// [`Self::read`], except that rows holding a NaN or an infinity in any layer are dropped
    /// instead of refusing the file; returns the dropped rows (their index in the file and
    /// what is known of them). A file whose every row is dropped is an error.
    pub fn read_finite_rows(path: &Path) -> Result<(Self, Vec<(usize, RowInfo)>), MethodError> {
        let mut marks = BTreeSet::new();
        let mut e = Self::read_marking(path, Some(&mut marks))?;
        if marks.is_empty() {
            return Ok((e, Vec::new()));
        }
        if marks.len() == e.rows.len() {
            return Err(MethodError::File {
                path: path.into(),
                reason: format!(
                    "every one of its {} rows holds NaN or infinite values",
                    e.rows.len()
                ),
            });
        }
        let keep: Vec<usize> = (0..e.rows.len()).filter(|i| !marks.contains(i)).collect();
        for (_, m) in &mut e.layers {
            *m = m.select_rows(&keep);
        }
        let mut dropped = Vec::with_capacity(marks.len());
        let mut kept = Vec::with_capacity(keep.len());
        for (i, row) in std::mem::take(&mut e.rows).into_iter().enumerate() {
            if marks.contains(&i) {
                dropped.push((i, row));
            } else {
                kept.push(row);
            }
        }
        e.rows = kept;
        Ok((e, dropped))
    }

    fn read_marking(
        path: &Path,
        mut non_finite: Option<&mut BTreeSet<usize>>,
    ) -> Result<Self, MethodError> {
        use std::io::Read;
        let bad = |reason: String| MethodError::File {
            path: path.into(),
            reason,
        };
        // The kind from the first bytes, so each reader below reads the file once.
        let mut magic = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(8).read_to_end(&mut magic))
            .map_err(|e| swan_data::DataError::io(path, e))?;
        if magic.starts_with(b"\x93NUMPY") {
            let a = swan_data::source::npz::read_npy(path)?;
            return Self::from_arrays(path, [(NPY_LAYER.to_string(), a)].into(), non_finite);
        }
        if magic.starts_with(b"PK") {
            return Self::from_arrays(path, swan_data::source::npz::read_npz(path)?, non_finite);
        }
        let keys = metadata_keys(path)
            .ok_or_else(|| bad("not embeddings: neither safetensors, .npy nor .npz".to_string()))?;
        if keys.iter().any(|k| k == META_KEY) {
            return FeaturesFile::read_marking(path, non_finite.as_deref_mut()).map(Self::from);
        }
        if let Some(k) = keys.iter().find(|k| k.starts_with("swan")) {
            return Err(bad(format!(
                "a swan file of another kind (header `{k}`), not embeddings: give a features \
                 file (`swan features`) or a safetensors / .npy / .npz file of [n, d] arrays"
            )));
        }
        // Each tensor streamed from disk into its array (floats as f32, integers as i64).
        let (_, tensors) = read_safetensors_streamed(path, |_| true).map_err(bad)?;
        let arrays = tensors
            .into_iter()
            .map(|(name, shape, values)| {
                let data = match values {
                    TensorValues::F32(v) => NpyData::F32(v),
                    TensorValues::I64(v) => NpyData::Int(v),
                };
                (name, NpyArray { shape, data })
            })
            .collect();
        Self::from_arrays(path, arrays, non_finite)
    }

    /// Layers, labels and ids out of named arrays (see [`Embeddings::read`]).
    fn from_arrays(
        path: &Path,
        arrays: BTreeMap<String, NpyArray>,
        mut non_finite: Option<&mut BTreeSet<usize>>,
    ) -> Result<Self, MethodError> {
        let bad = |reason: String| MethodError::File {
            path: path.into(),
            reason,
        };
        let mut layers = Vec::new();
        let mut labels = None;
        let mut ids = None;
        let mut classes = None;
        let mut splits = None;
        let mut header = None;
        for (name, a) in arrays {
            match (name.as_str(), a.shape.len(), a.data) {
                (NPZ_HEADER, 0, NpyData::Str(v)) => {
                    let json = v.into_iter().next().unwrap_or_default();
                    let h: Header = serde_json::from_str(&json)
                        .map_err(|e| bad(format!("{NPZ_HEADER} is not a features header: {e}")))?;
                    if h.format_version != FEATURES_FORMAT_VERSION {
                        return Err(MethodError::Version {
                            path: path.into(),
                            what: FEATURES_FILE.what,
                            found: h.format_version,
                            expected: FEATURES_FORMAT_VERSION,
                            written_by: FEATURES_FILE.written_by,
                        });
                    }
                    header = Some(h);
                }
                ("classes" | "class", 1, NpyData::Str(v)) => classes = Some(v),
                ("splits" | "split", 1, NpyData::Str(v)) => {
                    let parsed = v
                        .iter()
                        .enumerate()
                        .map(|(i, s)| match s.as_str() {
                            "train" => Ok(Some(Split::Train)),
                            "test" => Ok(Some(Split::Test)),
                            "" => Ok(None),
                            other => Err(bad(format!(
                                "{name}[{i}] is {other:?}: splits are train, test or empty"
                            ))),
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    splits = Some(parsed);
                }
                (_, 2, NpyData::F32(v)) => {
                    let m = layer_matrix(&a.shape, v, non_finite.as_deref_mut())
                        .map_err(|e| bad(format!("{name}: {e}")))?;
                    layers.push((name, m));
                }
                (_, 2, NpyData::Float(v)) => {
                    let v = v.into_iter().map(|x| x as f32).collect();
                    let m = layer_matrix(&a.shape, v, non_finite.as_deref_mut())
                        .map_err(|e| bad(format!("{name}: {e}")))?;
                    layers.push((name, m));
                }
                ("labels" | "label", 1, data) => {
                    let values: Vec<f64> = match data {
                        NpyData::Float(v) => v,
                        NpyData::F32(v) => v.into_iter().map(f64::from).collect(),
                        NpyData::Int(v) => v.into_iter().map(|x| x as f64).collect(),
                        NpyData::U8(v) => v.into_iter().map(f64::from).collect(),
                        NpyData::Bool(v) => v.into_iter().map(|b| f64::from(u8::from(b))).collect(),
                        NpyData::Str(_) => {
                            return Err(bad(format!("{name} must hold 0 / 1 / -1, not strings")));
                        }
                    };
                    let parsed = values
                        .iter()
                        .enumerate()
                        .map(|(i, &x)| match x {
                            0.0 => Ok(Label::Normal),
                            1.0 => Ok(Label::Anomaly),
                            -1.0 => Ok(Label::Unknown),
                            _ => Err(bad(format!(
                                "{name}[{i}] is {x}: labels are 0 (normal), 1 (anomaly) or -1 \
                                 (unknown)"
                            ))),
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    labels = Some(parsed);
                }
                ("ids" | "id", 1, NpyData::Str(v)) => ids = Some(v),
                (_, rank, _) => tracing::warn!(
                    "{}: {name} ({rank}-D, not floating-point [n, d] embeddings) ignored",
                    path.display()
                ),
            }
        }
        let Some(n) = layers.first().map(|(_, m)| m.rows()) else {
            return Err(bad(
                "no embeddings: no 2-D floating-point array [n, d] in the file".into(),
            ));
        };
        if let Some((name, m)) = layers.iter().find(|(_, m)| m.rows() != n) {
            return Err(bad(format!(
                "{name} has {} rows, {} has {n}: every layer must embed the same rows",
                m.rows(),
                layers[0].0
            )));
        }
        if let Some(h) = &header {
            // swan's own export: its taps are the layers, in the order they were written.
            let names: Vec<String> = h.taps.iter().map(ToString::to_string).collect();
            if let Some(missing) = names.iter().find(|t| !layers.iter().any(|(n, _)| n == *t)) {
                return Err(bad(format!("no array for tap {missing}")));
            }
            layers.retain(|(n, _)| names.contains(n));
            layers.sort_by_key(|(n, _)| names.iter().position(|t| t == n));
        }
        for (what, len) in [
            ("labels", labels.as_ref().map(Vec::len)),
            ("ids", ids.as_ref().map(Vec::len)),
            ("classes", classes.as_ref().map(Vec::len)),
            ("splits", splits.as_ref().map(Vec::len)),
        ] {
            if let Some(len) = len.filter(|&len| len != n) {
                return Err(bad(format!("{len} {what} for {n} rows")));
            }
        }
        let rows = (0..n)
            .map(|i| RowInfo {
                id: ids.as_ref().map_or_else(|| i.to_string(), |v| v[i].clone()),
                class: classes
                    .as_ref()
                    .map(|v| v[i].clone())
                    .filter(|c| !c.is_empty()),
                label: labels.as_ref().map_or(Label::Unknown, |v| v[i]),
                split: splits.as_ref().and_then(|v| v[i]),
            })
            .collect();
        Ok(Self {
            encoder: header.map(|h| h.encoder),
            rows,
            layers,
        })
    }

    /// The layer named `name`, or the first one.
    pub fn layer(&self, name: Option<&str>) -> Result<&Matrix, String> {
        match name {
            None => self
                .layers
                .first()
                .map(|(_, m)| m)
                .ok_or_else(|| "holds no embeddings".to_string()),
            Some(name) => self
                .layers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, m)| m)
                .ok_or_else(|| {
                    format!(
                        "no layer {name} (it has: {})",
                        self.layers
                            .iter()
                            .map(|(n, _)| n.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use safetensors::Dtype;
    use safetensors::tensor::TensorView;

    use swan_data::source::npz::npy_bytes as npy;

    fn bytes_f32(v: &[f32]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_le_bytes()).collect()
    }

    fn safetensors_file(
        dir: &Path,
        tensors: &[(&str, Dtype, Vec<usize>, Vec<u8>)],
        meta: Option<(&str, &str)>,
    ) -> std::path::PathBuf {
        let views: Vec<(String, TensorView<'_>)> = tensors
            .iter()
            .map(|(n, d, s, b)| (n.to_string(), TensorView::new(*d, s.clone(), b).unwrap()))
            .collect();
        let meta = meta.map(|(k, v)| HashMap::from([(k.to_string(), v.to_string())]));
        let path = dir.join("e.safetensors");
        std::fs::write(&path, safetensors::serialize(views, meta).unwrap()).unwrap();
        path
    }

    /// A foreign safetensors file of three rows: layers `z_proj` [3, 2] and `a_enc` [3, 1], and
    /// labels normal, anomaly, normal.
    fn two_layers(dir: &Path, z_proj: &[f32; 6], a_enc: &[f32; 3]) -> std::path::PathBuf {
        let labels: Vec<u8> = [0i64, 1, 0].iter().flat_map(|x| x.to_le_bytes()).collect();
        safetensors_file(
            dir,
            &[
                ("z_proj", Dtype::F32, vec![3, 2], bytes_f32(z_proj)),
                ("a_enc", Dtype::F32, vec![3, 1], bytes_f32(a_enc)),
                ("labels", Dtype::I64, vec![3], labels),
            ],
            None,
        )
    }

    #[test]
    fn foreign_safetensors_give_their_float_layers_by_name_and_their_labels() {
        let dir = tempfile::tempdir().unwrap();
        let path = two_layers(dir.path(), &[1., 2., 3., 4., 5., 6.], &[7., 8., 9.]);
        let e = Embeddings::read(&path).unwrap();
        assert!(e.encoder.is_none());
        let names: Vec<&str> = e.layers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a_enc", "z_proj"]);
        assert_eq!(e.layer(None).unwrap().as_slice(), &[7., 8., 9.]);
        assert_eq!(e.layer(Some("z_proj")).unwrap().row(2), &[5., 6.]);
        let labels: Vec<Label> = e.rows.iter().map(|r| r.label).collect();
        assert_eq!(labels, [Label::Normal, Label::Anomaly, Label::Normal]);
        assert_eq!(e.rows[1].id, "1");
        let err = e.layer(Some("pooled")).unwrap_err();
        assert!(
            err.contains("no layer pooled (it has: a_enc, z_proj)"),
            "{err}"
        );
    }

    #[test]
    fn rows_with_a_nan_in_any_layer_are_dropped_from_every_layer_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = two_layers(
            dir.path(),
            &[1., 2., 3., 4., 5., f32::NEG_INFINITY],
            &[7., f32::NAN, 9.],
        );
        let e = Embeddings::read(&path).unwrap_err().to_string();
        assert!(e.contains("a_enc") && e.contains("row 1"), "{e}");
        let (e, dropped) = Embeddings::read_finite_rows(&path).unwrap();
        let dropped: Vec<(usize, &str, Label)> = dropped
            .iter()
            .map(|(i, r)| (*i, r.id.as_str(), r.label))
            .collect();
        assert_eq!(dropped, [(1, "1", Label::Anomaly), (2, "2", Label::Normal)]);
        assert_eq!(e.rows.len(), 1);
        assert_eq!(e.rows[0].id, "0");
        assert_eq!(e.layer(Some("a_enc")).unwrap().as_slice(), &[7.]);
        assert_eq!(e.layer(Some("z_proj")).unwrap().as_slice(), &[1., 2.]);
        // Clean files read the same either way.
        let clean = dir.path().join("clean.npy");
        std::fs::write(&clean, npy("<f4", &[2, 1], &bytes_f32(&[1., 2.]))).unwrap();
        let (e, dropped) = Embeddings::read_finite_rows(&clean).unwrap();
        assert!(dropped.is_empty());
        assert_eq!(e.layer(None).unwrap().as_slice(), &[1., 2.]);
    }

    #[test]
    fn npy_and_npz_arrays_are_read_with_their_ids() {
        let dir = tempfile::tempdir().unwrap();
        let npy_path = dir.path().join("e.npy");
        std::fs::write(
            &npy_path,
            npy("<f4", &[2, 3], &bytes_f32(&[1., 2., 3., 4., 5., 6.])),
        )
        .unwrap();
        let e = Embeddings::read(&npy_path).unwrap();
        assert_eq!(e.layers.len(), 1);
        assert_eq!(e.layers[0].0, NPY_LAYER);
        assert_eq!(e.layer(None).unwrap().row(1), &[4., 5., 6.]);
        assert_eq!(e.rows[1].label, Label::Unknown);

        let npz = dir.path().join("e.npz");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&npz).unwrap());
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("emb.npy", opts).unwrap();
        std::io::Write::write_all(
            &mut zip,
            &npy("<f4", &[2, 2], &bytes_f32(&[1., 0., 0., 1.])),
        )
        .unwrap();
        // ids as '<U3': two strings of up to three UTF-32 characters.
        let chars: Vec<u8> = "a01b02"
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        let ids = npy("<U3", &[2], &chars);
        zip.start_file("ids.npy", opts).unwrap();
        std::io::Write::write_all(&mut zip, &ids).unwrap();
        zip.finish().unwrap();
        let e = Embeddings::read(&npz).unwrap();
        assert_eq!(e.layers[0].0, "emb");
        let ids: Vec<&str> = e.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a01", "b02"]);
    }

    #[test]
    fn npz_exports_read_back_with_their_encoder_rows_and_tap_order() {
        let dir = tempfile::tempdir().unwrap();
        let encoder = EncoderSpec {
            backbone: swan_encoder::Backbone::EfficientNetLite0,
            image_size: 64,
            preprocess: swan_encoder::Preprocess {
                size: 64,
                offset: 127.0,
                scale: 128.0,
                antialias: false,
            },
            tap: Tap::Pooled,
            weights_digest: "abc".into(),
        };
        let rows = vec![
            RowInfo {
                id: "a.png".into(),
                class: Some("shirt".into()),
                label: Label::Normal,
                split: Some(Split::Train),
            },
            RowInfo {
                id: "b,c.png".into(),
                class: None,
                label: Label::Unknown,
                split: None,
            },
        ];
        let file = FeaturesFile {
            encoder: encoder.clone(),
            rows: rows.clone(),
            layers: vec![
                (
                    Tap::Pooled,
                    Matrix::new(2, 2, vec![1., 2., 3., 4.]).unwrap(),
                ),
                (Tap::Block(15), Matrix::new(2, 1, vec![5., 6.]).unwrap()),
            ],
            skipped: Vec::new(),
        };
        let path = dir.path().join("f.npz");
        file.write_npz(&path).unwrap();
        let e = Embeddings::read(&path).unwrap();
        assert_eq!(e.encoder, Some(encoder.clone()));
        assert_eq!(e.rows, rows);
        let names: Vec<&str> = e.layers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["pooled", "block15"]);
        assert_eq!(e.layer(Some("block15")).unwrap().as_slice(), &[5., 6.]);
        // The same features as safetensors read the same.
        let st = dir.path().join("f.safetensors");
        file.write(&st).unwrap();
        let again = Embeddings::read(&st).unwrap();
        assert_eq!(again.rows, e.rows);
        assert_eq!(again.encoder, e.encoder);

        // Written part by part (one row, no row, one row), the same bytes.
        let parts = dir.path().join("parts.safetensors");
        let mut w = FeaturesWriter::create(&parts, &[Tap::Pooled, Tap::Block(15)]).unwrap();
        let part = |i: std::ops::Range<usize>| {
            file.layers
                .iter()
                .map(|(_, m)| m.select_rows(&i.clone().collect::<Vec<_>>()))
                .collect::<Vec<_>>()
        };
        w.append(&part(0..1), rows[..1].to_vec(), Vec::new())
            .unwrap();
        let none = vec![Matrix::new(0, 0, Vec::new()).unwrap(); 2];
        let unread = Skipped {
            id: "x.png".into(),
            error: "damaged".into(),
        };
        w.append(&none, Vec::new(), vec![unread.clone()]).unwrap();
        // A part whose rows and embeddings disagree is refused.
        assert!(w.append(&part(0..1), Vec::new(), Vec::new()).is_err());
        w.append(&part(1..2), rows[1..].to_vec(), Vec::new())
            .unwrap();
        assert_eq!(w.rows(), 2);
        let (written, skipped) = w.finish(&encoder).unwrap();
        assert_eq!((written, skipped.clone()), (rows.clone(), vec![unread]));
        let whole = FeaturesFile {
            skipped,
            ..file.clone()
        };
        whole.write(&st).unwrap();
        assert_eq!(std::fs::read(&parts).unwrap(), std::fs::read(&st).unwrap());
        // The same parts as a .npz: the bytes of the whole file's .npz.
        let parts_npz = dir.path().join("parts.npz");
        let mut w = FeaturesWriter::create(&parts_npz, &[Tap::Pooled, Tap::Block(15)]).unwrap();
        w.append(&part(0..1), rows[..1].to_vec(), Vec::new())
            .unwrap();
        w.append(&none, Vec::new(), whole.skipped.clone()).unwrap();
        w.append(&part(1..2), rows[1..].to_vec(), Vec::new())
            .unwrap();
        w.finish_npz(&encoder).unwrap();
        whole.write_npz(&path).unwrap();
        assert_eq!(
            std::fs::read(&parts_npz).unwrap(),
            std::fs::read(&path).unwrap()
        );
        // Only the written files are left: no spill.
        assert!(
            std::fs::read_dir(dir.path()).unwrap().all(|e| !e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".spill"))
        );
    }

    #[test]
    fn bad_embeddings_are_refused_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let read = |tensors: &[(&str, Dtype, Vec<usize>, Vec<u8>)], meta| {
            let path = safetensors_file(dir.path(), tensors, meta);
            Embeddings::read(&path).unwrap_err().to_string()
        };
        let two = || ("e", Dtype::F32, vec![2, 1], bytes_f32(&[1., 2.]));
        let e = read(
            &[("e", Dtype::F32, vec![2, 1], bytes_f32(&[1., f32::NAN]))],
            None,
        );
        assert!(e.contains("e: row 1 holds a NaN"), "{e}");
        let e = read(
            &[
                two(),
                ("f", Dtype::F32, vec![3, 1], bytes_f32(&[1., 2., 3.])),
            ],
            None,
        );
        assert!(e.contains("f has 3 rows, e has 2"), "{e}");
        let e = read(
            &[two(), ("labels", Dtype::F32, vec![2], bytes_f32(&[0., 2.]))],
            None,
        );
        assert!(e.contains("labels[1] is 2"), "{e}");
        let e = read(
            &[
                two(),
                ("labels", Dtype::F32, vec![3], bytes_f32(&[0., 1., 0.])),
            ],
            None,
        );
        assert!(e.contains("3 labels for 2 rows"), "{e}");
        let e = read(&[two()], Some(("swan", "{}")));
        assert!(
            e.contains("a swan file of another kind (header `swan`)"),
            "{e}"
        );
        let e = read(&[("v", Dtype::F32, vec![2], bytes_f32(&[1., 2.]))], None);
        assert!(e.contains("no 2-D floating-point array"), "{e}");
        let junk = dir.path().join("junk.bin");
        std::fs::write(&junk, b"0123456789abcdef").unwrap();
        let e = Embeddings::read(&junk).unwrap_err().to_string();
        assert!(e.contains("neither safetensors, .npy nor .npz"), "{e}");
    }
}
