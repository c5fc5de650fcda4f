//! safetensors checkpoints (f32, f16, bf16 and f64 tensors are read as `f32`).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use safetensors::{Dtype, SafeTensors};

use super::{RawTensor, TensorMap};

/// safetensors' own limit on the JSON header (the reference reader refuses larger ones).
const MAX_HEADER_BYTES: u64 = 100_000_000;

/// One tensor's entry in a safetensors header.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TensorInfo {
    /// The tensor's name.
    pub name: String,
    /// As the file spells it: `F32`, `F16`, `I64`, ...
    pub dtype: String,
    /// Its shape.
    pub shape: Vec<usize>,
}

impl TensorInfo {
    /// Number of values (1 for a scalar).
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    /// Whether it holds no values (a dimension of 0).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a safetensors file says about itself, read without loading its tensors.
#[derive(Clone, Debug, PartialEq)]
pub struct SafetensorsHeader {
    /// The `__metadata__` strings (swan keeps its JSON headers there).
    pub metadata: BTreeMap<String, String>,
    /// In the order of their data in the file.
    pub tensors: Vec<TensorInfo>,
    /// The file's size.
    pub file_bytes: u64,
}

#[derive(serde::Deserialize)]
struct Entry {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: [u64; 2],
}

/// Reads the header of the safetensors file at `path` (the first 8 bytes and the JSON after
/// them) and checks that the tensors it lists fit the file, without reading their data, so a
/// multi-gigabyte features file is described in milliseconds.
pub fn read_safetensors_header(path: &Path) -> Result<SafetensorsHeader, String> {
    let mut file = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let (metadata, entries, _, file_bytes) = read_entries(&mut file)?;
    Ok(SafetensorsHeader {
        metadata,
        tensors: entries
            .into_iter()
            .map(|(name, e)| TensorInfo {
                name,
                dtype: e.dtype,
                shape: e.shape,
            })
            .collect(),
        file_bytes,
    })
}

/// The metadata, the entries in data order, where the data start and the file's size, from
/// the header of `file` (read from its start); checks that the data fit the file.
#[allow(clippy::type_complexity)]
fn read_entries(
    file: &mut std::fs::File,
) -> Result<(BTreeMap<String, String>, Vec<(String, Entry)>, u64, u64), String> {
    let file_bytes = file
        .metadata()
        .map_err(|e| format!("cannot read its size: {e}"))?
        .len();
    let mut len = [0u8; 8];
    file.read_exact(&mut len)
        .map_err(|_| format!("not a safetensors file: only {file_bytes} bytes"))?;
    let n = u64::from_le_bytes(len);
    if n > MAX_HEADER_BYTES || n > file_bytes - 8 {
        return Err(format!(
            "not a safetensors file: the first 8 bytes announce a {n}-byte header in a \
             {file_bytes}-byte file"
        ));
    }
    let mut json = vec![0u8; n as usize];
    file.read_exact(&mut json)
        .map_err(|e| format!("cannot read the header: {e}"))?;
    let mut raw: BTreeMap<String, serde_json::Value> = serde_json::from_slice(&json)
        .map_err(|e| format!("not a safetensors file: the header is not JSON ({e})"))?;
    let metadata = match raw.remove("__metadata__") {
        None | Some(serde_json::Value::Null) => BTreeMap::new(),
        Some(m) => serde_json::from_value(m)
            .map_err(|e| format!("__metadata__ is not a map of strings: {e}"))?,
    };
    let mut entries = Vec::with_capacity(raw.len());
    for (name, value) in raw {
        let e: Entry = serde_json::from_value(value).map_err(|e| format!("tensor {name}: {e}"))?;
        entries.push((name, e));
    }
    entries.sort_by_key(|(_, e)| e.data_offsets);
    let data_bytes = file_bytes - 8 - n;
    let end = entries
        .iter()
        .map(|(_, e)| e.data_offsets[1])
        .max()
        .unwrap_or(0);
    if end > data_bytes {
        return Err(format!(
            "truncated: the header lists {end} bytes of tensor data, the file holds {data_bytes}"
        ));
    }
    Ok((metadata, entries, 8 + n, file_bytes))
}

/// How one value of a safetensors dtype decodes: floating-point ones to `f32`, integer and
/// boolean ones to `i64`.
#[derive(Clone, Copy)]
enum Decode {
    Float(fn(&[u8]) -> f32),
    Int(fn(&[u8]) -> i64),
}

/// The bytes per value and the decoder of a dtype as a safetensors header spells it (`F32`,
/// `BF16`, `I64`, `BOOL`, ...); `None` for the ones swan does not read.
fn decoder(dtype: &str) -> Option<(usize, Decode)> {
    fn word(c: &[u8]) -> [u8; 8] {
        let mut b = [0u8; 8];
        b[..c.len()].copy_from_slice(c);
        b
    }
    use Decode::{Float, Int};
    Some(match dtype {
        "F32" => (4, Float(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))),
        "F64" => (8, Float(|c| f64::from_le_bytes(word(c)) as f32)),
        "F16" => (
            2,
            Float(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()),
        ),
        "BF16" => (
            2,
            Float(|c| f32::from_bits(u32::from(u16::from_le_bytes([c[0], c[1]])) << 16)),
        ),
        "I64" | "U64" => (8, Int(|c| i64::from_le_bytes(word(c)))),
        "I32" => (
            4,
            Int(|c| i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]]))),
        ),
        "U32" => (
            4,
            Int(|c| i64::from(u32::from_le_bytes([c[0], c[1], c[2], c[3]]))),
        ),
        "I16" => (2, Int(|c| i64::from(i16::from_le_bytes([c[0], c[1]])))),
        "U16" => (2, Int(|c| i64::from(u16::from_le_bytes([c[0], c[1]])))),
        "I8" => (1, Int(|c| i64::from(c[0] as i8))),
        "U8" | "BOOL" => (1, Int(|c| i64::from(c[0]))),
        _ => return None,
    })
}

/// Values of one tensor read by [`read_safetensors_streamed`].
#[derive(Clone, Debug, PartialEq)]
pub enum TensorValues {
    /// Floating-point tensors (f32, f64, f16, bf16).
    F32(Vec<f32>),
    /// Integer and boolean tensors.
    I64(Vec<i64>),
}

/// A tensor read by [`read_safetensors_streamed`]: name, shape, values.
pub type StreamedTensor = (String, Vec<usize>, TensorValues);

/// The tensors of the safetensors file at `path` whose names `keep` accepts, each decoded
/// from disk a block at a time into its own vector (the file is never in memory whole, so a
/// file of embeddings needs about its own size in memory, not two or three times it), in
/// the order of their data, with the file's metadata.
pub fn read_safetensors_streamed(
    path: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<(BTreeMap<String, String>, Vec<StreamedTensor>), String> {
    use std::io::{Seek, SeekFrom};
    use swan_data::source::npz::read_values;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let mut file = std::io::BufReader::new(file);
    let (metadata, entries, data_start, _) = read_entries(file.get_mut())?;
    let mut out = Vec::new();
    for (name, e) in entries {
        if !keep(&name) {
            continue;
        }
        let count = e
            .shape
            .iter()
            .try_fold(1usize, |n, &d| n.checked_mul(d))
            .ok_or_else(|| format!("tensor {name}: shape {:?} is too large", e.shape))?;
        let (size, decode) = decoder(&e.dtype)
            .ok_or_else(|| format!("tensor {name}: dtype {} is not supported", e.dtype))?;
        let bytes = e.data_offsets[1].saturating_sub(e.data_offsets[0]);
        let need = count.checked_mul(size).map(|n| n as u64);
        if need != Some(bytes) {
            return Err(format!(
                "tensor {name}: {count} values of {} do not fit its {bytes} bytes of data",
                e.dtype
            ));
        }
        file.seek(SeekFrom::Start(data_start + e.data_offsets[0]))
            .map_err(|err| format!("tensor {name}: {err}"))?;
        let values = match decode {
            Decode::Float(f) => read_values(&mut file, count, size, &f).map(TensorValues::F32),
            Decode::Int(f) => read_values(&mut file, count, size, &f).map(TensorValues::I64),
        }
        .map_err(|err| format!("tensor {name}: reading its values: {err}"))?;
        out.push((name, e.shape, values));
    }
    Ok((metadata, out))
}

/// Every tensor of a safetensors file's bytes, as `f32` (F16, BF16, F64, I64 and U8
/// converted; other dtypes are an error).
pub fn read_safetensors(bytes: &[u8]) -> Result<TensorMap, String> {
    let st = SafeTensors::deserialize(bytes).map_err(|e| format!("not a safetensors file: {e}"))?;
    let mut map = TensorMap::new();
    for (name, view) in st.tensors() {
        let data = view.data();
        // The dtypes a checkpoint may hold; their decoding is [`decoder`]'s.
        let dtype = view.dtype();
        let supported = matches!(
            dtype,
            Dtype::F32 | Dtype::F64 | Dtype::F16 | Dtype::BF16 | Dtype::I64 | Dtype::U8
        );
        // `Dtype`'s names are the header's spellings (`F32`, `BF16`, ...).
        let Some((size, decode)) = supported.then(|| decoder(&format!("{dtype:?}"))).flatten()
        else {
            return Err(format!("tensor {name}: dtype {dtype:?} is not supported"));
        };
        let values: Vec<f32> = match decode {
            Decode::Float(f) => data.chunks_exact(size).map(f).collect(),
            Decode::Int(f) => data.chunks_exact(size).map(|c| f(c) as f32).collect(),
        };
        map.insert(name, RawTensor::new(view.shape().to_vec(), values));
    }
    Ok(map)
}

/// Like [`read_safetensors`] for the file at `path`, each tensor streamed from disk into its
/// `f32` values (see [`read_safetensors_streamed`]): the file is never in memory whole.
pub fn read_safetensors_path(path: &Path) -> Result<TensorMap, String> {
    let (_, tensors) = read_safetensors_streamed(path, |_| true)?;
    Ok(tensors
        .into_iter()
        .map(|(name, shape, values)| {
            let values = match values {
                TensorValues::F32(v) => v,
                TensorValues::I64(v) => v.into_iter().map(|x| x as f32).collect(),
            };
            (name, RawTensor::new(shape, values))
        })
        .collect())
}

/// Serialises named tensors (f32) plus string metadata into safetensors bytes.
pub fn to_safetensors_bytes(
    tensors: &TensorMap,
    metadata: std::collections::HashMap<String, String>,
) -> Result<Vec<u8>, String> {
    views_to_safetensors_bytes(
        tensors
            .iter()
            .map(|(k, t)| (k.as_str(), t.shape.as_slice(), t.data.as_slice())),
        metadata,
    )
}

/// Like [`to_safetensors_bytes`] for borrowed `(name, shape, values)` triples (no copy of
/// the values before serialisation).
pub fn views_to_safetensors_bytes<'a>(
    tensors: impl IntoIterator<Item = (&'a str, &'a [usize], &'a [f32])>,
    metadata: std::collections::HashMap<String, String>,
) -> Result<Vec<u8>, String> {
    let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = tensors
        .into_iter()
        .map(|(k, shape, data)| {
            safetensors::tensor::TensorView::new(Dtype::F32, shape.to_vec(), bytemuck_f32(data))
                .map(|v| (k.to_string(), v))
                .map_err(|e| format!("tensor {k}: {e}"))
        })
        .collect::<Result<_, _>>()?;
    safetensors::serialize(views, Some(metadata)).map_err(|e| e.to_string())
}

/// Writes borrowed `(name, shape, values)` triples plus string metadata as a safetensors
/// file at `path`, atomically (temporary file + rename), streaming each tensor's values from
/// where they are: no copy of the values, and no buffer of the whole file, is made. The file
/// is byte-for-byte what [`views_to_safetensors_bytes`] returns.
pub fn write_safetensors<'a>(
    path: &Path,
    tensors: impl IntoIterator<Item = (&'a str, &'a [usize], &'a [f32])>,
    metadata: std::collections::HashMap<String, String>,
) -> Result<(), swan_data::DataError> {
    let bad = |reason: String| swan_data::DataError::write(path, std::io::Error::other(reason));
    let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = tensors
        .into_iter()
        .map(|(k, shape, data)| {
            safetensors::tensor::TensorView::new(Dtype::F32, shape.to_vec(), bytemuck_f32(data))
                .map(|v| (k.to_string(), v))
                .map_err(|e| bad(format!("tensor {k}: {e}")))
        })
        .collect::<Result<_, _>>()?;
    swan_data::write_atomic_with(path, |tmp| {
        safetensors::serialize_to_file(views, Some(metadata), tmp).map_err(|e| match e {
            safetensors::SafeTensorError::IoError(io) => io,
            other => std::io::Error::other(other.to_string()),
        })
    })
}

/// Single-precision 2-D tensors whose rows arrive part by part (a features file of more
/// images than fit in memory): each tensor's rows go to a spill file beside the output, and
/// [`RowSpill::finish`] writes the file [`write_safetensors`] would write for the same rows —
/// the same header, the same bytes — atomically, copying the spills after the header. Memory
/// holds one part. The spill files are listed as unfinished (an interrupt removes them) and
/// removed when the spill is dropped, finished or not.
pub struct RowSpill {
    out: std::path::PathBuf,
    tensors: Vec<SpillTensor>,
}

struct SpillTensor {
    name: String,
    rows: usize,
    cols: Option<usize>,
    writer: std::io::BufWriter<std::fs::File>,
    file: swan_data::Unfinished,
}

impl RowSpill {
    /// Spill files for tensors `names` of the file `out` (not written until `finish`).
    pub fn create(out: &Path, names: &[String]) -> Result<Self, swan_data::DataError> {
        let dir = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).map_err(|e| swan_data::DataError::write(dir, e))?;
        let stem = out
            .file_name()
            .map_or("out".into(), |n| n.to_string_lossy().into_owned());
        let mut tensors = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let file = swan_data::Unfinished::new(
                dir.join(format!(".{stem}.{}.{i}.spill", std::process::id())),
            );
            let f = std::fs::File::create(file.path())
                .map_err(|e| swan_data::DataError::write(file.path(), e))?;
            tensors.push(SpillTensor {
                name: name.clone(),
                rows: 0,
                cols: None,
                writer: std::io::BufWriter::new(f),
                file,
            });
        }
        Ok(Self {
            out: out.into(),
            tensors,
        })
    }

    /// Appends `data.len() / cols` rows of `cols` values to tensor `index` (the order of
    /// `names`). Every part of a tensor has the same number of columns; a part with no rows
    /// adds nothing, whatever its columns.
    pub fn append(
        &mut self,
        index: usize,
        cols: usize,
        data: &[f32],
    ) -> Result<(), swan_data::DataError> {
        use std::io::Write;
        let out = self.out.clone();
        let bad = |reason: String| swan_data::DataError::write(&out, std::io::Error::other(reason));
        let t = self
            .tensors
            .get_mut(index)
            .ok_or_else(|| bad(format!("no tensor {index}")))?;
        if data.is_empty() {
            return Ok(());
        }
        if cols == 0 || !data.len().is_multiple_of(cols) || t.cols.is_some_and(|c| c != cols) {
            return Err(bad(format!(
                "tensor {}: {} values in rows of {cols} after rows of {:?}",
                t.name,
                data.len(),
                t.cols
            )));
        }
        t.cols = Some(cols);
        t.rows += data.len() / cols;
        t.writer
            .write_all(bytemuck_f32(data))
            .map_err(|e| swan_data::DataError::write(t.file.path(), e))
    }

    /// Rows appended to tensor `index` so far.
    pub fn rows(&self, index: usize) -> usize {
        self.tensors.get(index).map_or(0, |t| t.rows)
    }

    /// Flushes the spills and hands `write` each tensor's name, shape `[rows, cols]` and spill
    /// file (little-endian `f32` rows), to write the output in another format; the spills
    /// are removed afterwards.
    pub fn finish_with<T>(
        mut self,
        write: impl FnOnce(&[(&str, [usize; 2], &Path)]) -> Result<T, swan_data::DataError>,
    ) -> Result<T, swan_data::DataError> {
        self.flush()?;
        let spills: Vec<(&str, [usize; 2], &Path)> = self
            .tensors
            .iter()
            .map(|t| {
                (
                    t.name.as_str(),
                    [t.rows, t.cols.unwrap_or(0)],
                    t.file.path(),
                )
            })
            .collect();
        write(&spills)
    }

    fn flush(&mut self) -> Result<(), swan_data::DataError> {
        use std::io::Write;
        for t in &mut self.tensors {
            t.writer
                .flush()
                .map_err(|e| swan_data::DataError::write(t.file.path(), e))?;
        }
        Ok(())
    }

    /// Writes the file: the header `write_safetensors` would write (through the safetensors
    /// crate itself, given each tensor's shape and length), then each tensor's bytes in the
    /// header's order.
    pub fn finish(
        mut self,
        metadata: std::collections::HashMap<String, String>,
    ) -> Result<(), swan_data::DataError> {
        use std::io::Write;
        let out = self.out.clone();
        self.flush()?;
        let shapes: Vec<Vec<usize>> = self
            .tensors
            .iter()
            .map(|t| vec![t.rows, t.cols.unwrap_or(0)])
            .collect();
        let views = self
            .tensors
            .iter()
            .zip(&shapes)
            .map(|(t, shape)| (t.name.as_str(), ShapeOnly(shape)));
        let prefix = safetensors::serialize(views, Some(metadata))
            .map_err(|e| swan_data::DataError::write(&out, std::io::Error::other(e.to_string())))?;
        // The tensors' bytes follow the header in its order: by name (one dtype).
        let mut order: Vec<&SpillTensor> = self.tensors.iter().collect();
        order.sort_by(|a, b| a.name.cmp(&b.name));
        swan_data::write_atomic_with(&out, |tmp| {
            let mut f = std::io::BufWriter::new(std::fs::File::create(tmp)?);
            f.write_all(&prefix)?;
            for t in order {
                std::io::copy(&mut std::fs::File::open(t.file.path())?, &mut f)?;
            }
            f.flush()
        })
    }
}

impl Drop for RowSpill {
    fn drop(&mut self) {
        for t in &self.tensors {
            let _ = std::fs::remove_file(t.file.path());
        }
    }
}

/// A tensor's shape and length without its values: what the safetensors header needs.
struct ShapeOnly<'a>(&'a [usize]);

impl safetensors::View for ShapeOnly<'_> {
    fn dtype(&self) -> Dtype {
        Dtype::F32
    }

    fn shape(&self) -> &[usize] {
        self.0
    }

    fn data(&self) -> std::borrow::Cow<'_, [u8]> {
        std::borrow::Cow::Borrowed(&[])
    }

    fn data_len(&self) -> usize {
        self.0.iter().product::<usize>() * 4
    }
}

fn bytemuck_f32(data: &[f32]) -> &[u8] {
    // SAFETY: f32 has no padding and any byte pattern is a valid u8; the slice covers exactly
    // the same memory. safetensors stores little-endian, which is what every target swan
    // builds for uses (checked below).
    const _: () = assert!(cfg!(target_endian = "little"));
    unsafe { std::slice::from_raw_parts(data.as_ptr().cast::<u8>(), std::mem::size_of_val(data)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_streamed_writer_writes_the_bytes_of_the_in_memory_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.safetensors");
        let (a, b) = (vec![1.0f32, -2.0, 3.5, 0.0, 9.0, 1e-7], vec![7.0f32]);
        let tensors = [("z.w", &[2usize, 3][..], &a[..]), ("b", &[1][..], &b[..])];
        let meta = std::collections::HashMap::from([("k".to_string(), "{\"v\":1}".to_string())]);
        write_safetensors(&path, tensors, meta.clone()).unwrap();
        let written = std::fs::read(&path).unwrap();
        assert_eq!(written, views_to_safetensors_bytes(tensors, meta).unwrap());
        assert_eq!(read_safetensors(&written).unwrap().len(), 2);
        // A tensor whose shape does not cover its values is refused before anything is written.
        let e = write_safetensors(&path, [("bad", &[4usize][..], &b[..])], Default::default())
            .unwrap_err()
            .to_string();
        assert!(e.contains("t.safetensors") && e.contains("bad"), "{e}");
        assert_eq!(std::fs::read(&path).unwrap(), written);
    }

    #[test]
    fn spilled_rows_write_the_bytes_of_the_in_memory_writer() {
        let dir = tempfile::tempdir().unwrap();
        let (whole, spilled) = (
            dir.path().join("a.safetensors"),
            dir.path().join("b.safetensors"),
        );
        // Two tensors (given out of name order), rows in three parts, one of them empty.
        let z: Vec<f32> = (0..12).map(|v| v as f32 * 0.5 - 1.0).collect();
        let b: Vec<f32> = (0..8).map(|v| 100.0 - v as f32).collect();
        let meta = std::collections::HashMap::from([("k".to_string(), "{\"rows\":6}".to_string())]);
        write_safetensors(
            &whole,
            [
                ("z.pooled", &[6usize, 2][..], &z[..]),
                ("b.head", &[2, 4][..], &b[..]),
            ],
            meta.clone(),
        )
        .unwrap();
        let mut spill = RowSpill::create(&spilled, &["z.pooled".into(), "b.head".into()]).unwrap();
        spill.append(0, 2, &z[..4]).unwrap();
        spill.append(1, 4, &b[..4]).unwrap();
        spill.append(0, 0, &[]).unwrap();
        spill.append(0, 2, &z[4..]).unwrap();
        spill.append(1, 4, &b[4..]).unwrap();
        assert_eq!((spill.rows(0), spill.rows(1)), (6, 2));
        // Rows of another width are refused.
        assert!(spill.append(0, 3, &[0.0; 3]).is_err());
        spill.finish(meta).unwrap();
        assert_eq!(
            std::fs::read(&spilled).unwrap(),
            std::fs::read(&whole).unwrap()
        );
        // Only the two files are left: the spills are gone.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        // A spill dropped unfinished leaves nothing.
        let mut spill = RowSpill::create(&dir.path().join("c.safetensors"), &["x".into()]).unwrap();
        spill.append(0, 1, &[1.0]).unwrap();
        drop(spill);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn round_trip_keeps_names_shapes_and_values() {
        let mut map = TensorMap::new();
        map.insert(
            "a.weight".into(),
            RawTensor::new(vec![2, 2], vec![1.0, -2.0, 3.5, 0.0]),
        );
        map.insert("b".into(), RawTensor::new(vec![1], vec![7.0]));
        let bytes = to_safetensors_bytes(&map, Default::default()).unwrap();
        assert_eq!(read_safetensors(&bytes).unwrap(), map);
    }

    #[test]
    fn half_precision_tensors_read_as_f32() {
        let bytes: Vec<u8> = [0x3c00u16, 0xc000, 0x0001, 0x7c00]
            .iter()
            .flat_map(|h| h.to_le_bytes())
            .collect();
        let view = safetensors::tensor::TensorView::new(Dtype::F16, vec![4], &bytes).unwrap();
        let file = safetensors::serialize([("h", view)], None).unwrap();
        let values = &read_safetensors(&file).unwrap()["h"].data;
        assert_eq!(values[..3], [1.0, -2.0, 2f32.powi(-24)]);
        assert!(values[3].is_infinite());
    }

    #[test]
    fn the_header_alone_describes_names_shapes_and_metadata() {
        let mut map = TensorMap::new();
        map.insert("w".into(), RawTensor::new(vec![2, 3], vec![0.5; 6]));
        map.insert("b".into(), RawTensor::new(vec![3], vec![1.0; 3]));
        let meta = std::collections::HashMap::from([("swan".to_string(), "{}".to_string())]);
        let bytes = to_safetensors_bytes(&map, meta).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.safetensors");
        std::fs::write(&path, &bytes).unwrap();
        let h = read_safetensors_header(&path).unwrap();
        assert_eq!(h.metadata["swan"], "{}");
        assert_eq!(h.file_bytes, bytes.len() as u64);
        let listed: Vec<(&str, &[usize], usize)> = h
            .tensors
            .iter()
            .map(|t| (t.name.as_str(), t.shape.as_slice(), t.len()))
            .collect();
        // In the order of their data; serialize sorts by dtype then name.
        assert_eq!(listed, [("b", &[3][..], 3), ("w", &[2, 3][..], 6)]);
        assert!(h.tensors.iter().all(|t| t.dtype == "F32"));

        // A cut file is named as such, and garbage is not mistaken for a header.
        std::fs::write(&path, &bytes[..bytes.len() - 4]).unwrap();
        let err = read_safetensors_header(&path).unwrap_err();
        assert!(err.starts_with("truncated"), "{err}");
        std::fs::write(&path, b"garbage!garbage").unwrap();
        let err = read_safetensors_header(&path).unwrap_err();
        assert!(err.contains("not a safetensors file"), "{err}");
        std::fs::write(&path, b"abc").unwrap();
        assert!(read_safetensors_header(&path).is_err());
    }

    #[test]
    fn streamed_tensors_match_the_whole_file_reader_for_every_dtype() {
        // 70 000 f32 values span several read blocks; every other dtype once.
        let big: Vec<f32> = (0..70_000).map(|i| (i as f32).sin()).collect();
        let le = |v: &[u8]| v.to_vec();
        let f32b: Vec<u8> = big.iter().flat_map(|x| x.to_le_bytes()).collect();
        let f64b: Vec<u8> = [1.5f64, -2.25]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let bf16b: Vec<u8> = [0x3f80u16, 0xc000]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let i64b: Vec<u8> = [-3i64, 1 << 40]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let i32b: Vec<u8> = [-7i32, 9].iter().flat_map(|x| x.to_le_bytes()).collect();
        let tensors = [
            ("big", Dtype::F32, vec![700, 100], f32b),
            ("d", Dtype::F64, vec![2], f64b),
            ("b", Dtype::BF16, vec![2], bf16b),
            ("l", Dtype::I64, vec![2], i64b),
            ("i", Dtype::I32, vec![2], i32b),
            ("u", Dtype::U8, vec![2], le(&[0, 255])),
            ("t", Dtype::BOOL, vec![2], le(&[1, 0])),
        ];
        let views = tensors.iter().map(|(n, d, shape, bytes)| {
            let v = safetensors::tensor::TensorView::new(*d, shape.clone(), bytes).unwrap();
            (n.to_string(), v)
        });
        let meta = std::collections::HashMap::from([("k".to_string(), "v".to_string())]);
        let bytes = safetensors::serialize(views, Some(meta)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.safetensors");
        std::fs::write(&path, &bytes).unwrap();

        let (meta, read) = read_safetensors_streamed(&path, |_| true).unwrap();
        assert_eq!(meta["k"], "v");
        let get = |name: &str| read.iter().find(|(n, _, _)| n == name).unwrap().clone();
        assert_eq!(get("big").1, [700, 100]);
        assert_eq!(get("big").2, TensorValues::F32(big));
        assert_eq!(get("d").2, TensorValues::F32(vec![1.5, -2.25]));
        assert_eq!(get("b").2, TensorValues::F32(vec![1.0, -2.0]));
        assert_eq!(get("l").2, TensorValues::I64(vec![-3, 1 << 40]));
        assert_eq!(get("i").2, TensorValues::I64(vec![-7, 9]));
        assert_eq!(get("u").2, TensorValues::I64(vec![0, 255]));
        assert_eq!(get("t").2, TensorValues::I64(vec![1, 0]));
        // Only the tensors asked for; a cut file is an error, not a short tensor.
        let (_, some) = read_safetensors_streamed(&path, |n| n == "d").unwrap();
        assert_eq!(some.len(), 1);
        std::fs::write(&path, &bytes[..bytes.len() - 4]).unwrap();
        assert!(read_safetensors_streamed(&path, |_| true).is_err());
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(read_safetensors(b"garbage").is_err());
    }
}
