//! NumPy `.npz` archives, as Red PANDA's authors released their benchmarks: `npz:FILE`, or
//! `npz:DIR` holding `train.npz` and `test.npz` (their samples get that split).
//!
//! - `imgs`: the images, `[n, h, w]`, `[n, h, w, c]` or `[n, c, h, w]` with c ∈ {1, 3};
//!   `uint8`, or floats (on 0..1 when no value exceeds 1, else on 0..255);
//! - `anom_label` (optional): 0 familiar, 1 anomaly, 2 pseudo-anomaly, kept as the attribute
//!   `group` (`familiar`, `anomaly`, `pseudo`; what `swan eval --protocol nagad
//!   --group-column group` reads) and as the label (pseudo-anomalies are normal in meaning);
//! - `split` (optional, in a single file): 0 / `train` or 1 / `test`;
//! - `class`, `labels` or `label` (optional): the class;
//! - every other 1-D array with one value per image (integers, floats, booleans, unicode or
//!   byte strings): an attribute of that name (e.g. the nuisance).
//!
//! Archives may be stored (`np.savez`) or deflated (`np.savez_compressed`). The images are
//! read into memory once.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::sample::{ImageRef, Label, Sample, Split};
use crate::{DataError, Image};

/// Images held in memory: `n` images of `[3, h, w]` bytes (gray repeated to three channels).
#[derive(Debug)]
pub struct ArrayImages {
    path: PathBuf,
    height: usize,
    width: usize,
    data: Vec<u8>,
}

impl ArrayImages {
    /// The file the images come from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.data.len() / (3 * self.height * self.width).max(1)
    }

    /// Whether there are no images.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Image `index` (RGB; a gray array was repeated to three channels when read).
    pub fn image(&self, index: usize) -> Result<Image, DataError> {
        let per = 3 * self.height * self.width;
        let bytes = self
            .data
            .get(index * per..(index + 1) * per)
            .ok_or_else(|| DataError::Decode {
                path: format!("{}#{index}", self.path.display()),
                reason: format!("image {index} of {}", self.len()),
            })?;
        Image::from_planar(
            self.width,
            self.height,
            bytes.iter().map(|&b| f32::from(b)).collect(),
        )
    }
}

/// One array of an `.npy` file.
#[derive(Clone, Debug, PartialEq)]
pub enum NpyData {
    /// `u1` values (images).
    U8(Vec<u8>),
    /// Integer values of any width, widened.
    Int(Vec<i64>),
    /// `f4` and `f2` values (embeddings, images), kept in single precision.
    F32(Vec<f32>),
    /// `f8` values.
    Float(Vec<f64>),
    /// `b1` values.
    Bool(Vec<bool>),
    /// Unicode (`U`) or byte (`S`) strings (ids, class names).
    Str(Vec<String>),
}

/// An array read from an `.npy` file (or an `.npz` entry).
#[derive(Clone, Debug, PartialEq)]
pub struct NpyArray {
    /// Its shape (C order).
    pub shape: Vec<usize>,
    /// Its values.
    pub data: NpyData,
}

impl NpyArray {
    /// The values as strings (attributes): integers without a fraction, as Python prints.
    fn strings(&self) -> Vec<String> {
        match &self.data {
            NpyData::U8(v) => v.iter().map(u8::to_string).collect(),
            NpyData::Int(v) => v.iter().map(i64::to_string).collect(),
            NpyData::F32(v) => v
                .iter()
                .map(|&x| whole(f64::from(x)).unwrap_or_else(|| x.to_string()))
                .collect(),
            NpyData::Float(v) => v
                .iter()
                .map(|&x| whole(x).unwrap_or_else(|| x.to_string()))
                .collect(),
            NpyData::Bool(v) => v.iter().map(|b| b.to_string()).collect(),
            NpyData::Str(v) => v.clone(),
        }
    }
}

/// A float without a fraction written as an integer (`3`, not `3.0`).
fn whole(x: f64) -> Option<String> {
    (x.fract() == 0.0 && x.abs() < 1e15).then(|| format!("{}", x as i64))
}

fn bad(path: &Path, reason: impl Into<String>) -> DataError {
    DataError::Layout {
        path: path.into(),
        reason: reason.into(),
    }
}

/// The header of an `.npy`: what the array holds, without its values.
#[derive(Clone, Debug, PartialEq)]
pub struct NpyHeader {
    /// NumPy's type string: `<f4`, `|u1`, `<U12`, ...
    pub descr: String,
    /// The array's shape.
    pub shape: Vec<usize>,
    /// Whether the values are stored column-major (swan reads C order only).
    pub fortran_order: bool,
    /// Where the values start in the file.
    pub data_offset: usize,
}

/// Parses the header of an `.npy` (format 1.0, 2.0 or 3.0) from its first bytes (the values
/// need not follow).
pub fn parse_npy_header(bytes: &[u8], name: &Path) -> Result<NpyHeader, DataError> {
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err(bad(name, "not an .npy array (no \\x93NUMPY magic)"));
    }
    let (header_len, start) = match bytes[6] {
        1 => (usize::from(u16::from_le_bytes([bytes[8], bytes[9]])), 10),
        2 | 3 if bytes.len() >= 12 => (
            u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize,
            12,
        ),
        v => return Err(bad(name, format!("unsupported .npy format version {v}"))),
    };
    let header = bytes
        .get(start..start + header_len)
        .and_then(|h| std::str::from_utf8(h).ok())
        .ok_or_else(|| bad(name, "truncated .npy header"))?;
    let field = |key: &str| -> Option<&str> {
        let at = header.find(&format!("'{key}'"))? + key.len() + 2;
        let rest = header[at..].trim_start().strip_prefix(':')?.trim_start();
        Some(rest)
    };
    let descr = field("descr")
        .and_then(|r| r.strip_prefix('\''))
        .and_then(|r| r.split('\'').next())
        .ok_or_else(|| bad(name, format!("no descr in header {header:?}")))?;
    let fortran_order = field("fortran_order").is_some_and(|r| r.starts_with("True"));
    let shape_text = field("shape")
        .and_then(|r| r.strip_prefix('('))
        .and_then(|r| r.split(')').next())
        .ok_or_else(|| bad(name, format!("no shape in header {header:?}")))?;
    let shape: Vec<usize> = shape_text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('L').parse::<usize>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad(name, format!("bad shape ({shape_text})")))?;
    Ok(NpyHeader {
        descr: descr.to_string(),
        shape,
        fortran_order,
        data_offset: start + header_len,
    })
}

/// Parses an `.npy` (format 1.0, 2.0 or 3.0; C or Fortran order, returned in C order;
/// little-endian or byte-sized types).
pub fn parse_npy(bytes: &[u8], name: &Path) -> Result<NpyArray, DataError> {
    read_npy_from(&mut &bytes[..], bytes.len() as u64, name)
}

/// Reads the `.npy` file at `path`, its values streamed from disk into their array (the file
/// is never held in memory beside them).
pub fn read_npy(path: &Path) -> Result<NpyArray, DataError> {
    let file = std::fs::File::open(path).map_err(|e| DataError::io(path, e))?;
    let len = file.metadata().map_err(|e| DataError::io(path, e))?.len();
    read_npy_from(&mut std::io::BufReader::new(file), len, path)
}

/// An `.npy` array from `reader`, which holds `len` bytes (the whole `.npy`): header, then the
/// values decoded a block at a time into their array.
fn read_npy_from(reader: &mut dyn Read, len: u64, name: &Path) -> Result<NpyArray, DataError> {
    let NpyHeader {
        descr,
        shape,
        fortran_order: fortran,
        data_offset,
    } = read_header_from(reader, name)?;
    let descr = descr.as_str();
    let count = shape
        .iter()
        .try_fold(1usize, |n, &d| n.checked_mul(d))
        .ok_or_else(|| bad(name, format!("shape {shape:?} is too large")))?;
    let body = len.saturating_sub(data_offset as u64);
    if descr.len() < 3 || !descr.is_ascii() {
        return Err(bad(name, format!("unsupported dtype {descr:?}")));
    }
    let (endian, kind) = descr.split_at(1);
    if endian == ">" {
        return Err(bad(
            name,
            format!("big-endian arrays ({descr}) are not supported"),
        ));
    }
    let size: usize = kind[1..].parse().unwrap_or(0);
    if size == 0 {
        return Err(bad(name, format!("unsupported dtype {descr}")));
    }
    let need = (if kind.starts_with('U') {
        4 * size
    } else {
        size
    })
    .saturating_mul(count);
    if body < need as u64 {
        return Err(bad(
            name,
            format!("{count} values of {descr} need {need} bytes, the file has {body}"),
        ));
    }
    let read_err = |e: std::io::Error| bad(name, format!("reading values: {e}"));
    let le = |c: &[u8]| -> [u8; 8] {
        let mut b = [0; 8];
        b[..c.len()].copy_from_slice(c);
        b
    };
    let data = match kind {
        "f2" => NpyData::F32(
            read_values(reader, count, 2, &|c| {
                half::f16::from_le_bytes([c[0], c[1]]).to_f32()
            })
            .map_err(read_err)?,
        ),
        "f4" => NpyData::F32(
            read_values(reader, count, 4, &|c| {
                f32::from_le_bytes([c[0], c[1], c[2], c[3]])
            })
            .map_err(read_err)?,
        ),
        _ => {
            // Everything else is small (labels, ids, attributes), already bytes (8-bit
            // images), or must be widened anyway: read whole, then decoded.
            let mut raw = zeroed(need, name)?;
            reader.read_exact(&mut raw).map_err(read_err)?;
            let chunks = |n: usize| raw.chunks_exact(n);
            match kind {
                "u1" => NpyData::U8(raw),
                "b1" => NpyData::Bool(raw.iter().map(|&b| b != 0).collect()),
                "i1" => NpyData::Int(raw.iter().map(|&b| i64::from(b as i8)).collect()),
                "i2" => NpyData::Int(
                    chunks(2)
                        .map(|c| i64::from(i16::from_le_bytes([c[0], c[1]])))
                        .collect(),
                ),
                "u2" => NpyData::Int(
                    chunks(2)
                        .map(|c| i64::from(u16::from_le_bytes([c[0], c[1]])))
                        .collect(),
                ),
                "i4" => NpyData::Int(
                    chunks(4)
                        .map(|c| i64::from(i32::from_le_bytes([c[0], c[1], c[2], c[3]])))
                        .collect(),
                ),
                "u4" => NpyData::Int(
                    chunks(4)
                        .map(|c| i64::from(u32::from_le_bytes([c[0], c[1], c[2], c[3]])))
                        .collect(),
                ),
                "i8" | "u8" => NpyData::Int(chunks(8).map(|c| i64::from_le_bytes(le(c))).collect()),
                "f8" => NpyData::Float(chunks(8).map(|c| f64::from_le_bytes(le(c))).collect()),
                k if k.starts_with('S') => NpyData::Str(
                    chunks(size)
                        .map(|c| {
                            let end = c.iter().position(|&b| b == 0).unwrap_or(c.len());
                            String::from_utf8_lossy(&c[..end]).into_owned()
                        })
                        .collect(),
                ),
                k if k.starts_with('U') => NpyData::Str(
                    chunks(4 * size)
                        .map(|c| {
                            c.chunks_exact(4)
                                .map(|u| u32::from_le_bytes([u[0], u[1], u[2], u[3]]))
                                .take_while(|&u| u != 0)
                                .filter_map(char::from_u32)
                                .collect()
                        })
                        .collect(),
                ),
                _ => return Err(bad(name, format!("unsupported dtype {descr}"))),
            }
        }
    };
    let data = if fortran && shape.len() > 1 {
        fn reorder<T: Clone>(v: Vec<T>, shape: &[usize]) -> Vec<T> {
            fortran_to_c(shape).map(|i| v[i].clone()).collect()
        }
        match data {
            NpyData::U8(v) => NpyData::U8(reorder(v, &shape)),
            NpyData::Int(v) => NpyData::Int(reorder(v, &shape)),
            NpyData::F32(v) => NpyData::F32(reorder(v, &shape)),
            NpyData::Float(v) => NpyData::Float(reorder(v, &shape)),
            NpyData::Bool(v) => NpyData::Bool(reorder(v, &shape)),
            NpyData::Str(v) => NpyData::Str(reorder(v, &shape)),
        }
    } else {
        data
    };
    Ok(NpyArray { shape, data })
}

/// `n` zero bytes, or an error when memory cannot hold them (`n` comes from a header).
fn zeroed(n: usize, name: &Path) -> Result<Vec<u8>, DataError> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|e| {
        bad(
            name,
            format!("{n} bytes of values do not fit in memory: {e}"),
        )
    })?;
    v.resize(n, 0);
    Ok(v)
}

/// `count` little-endian values of `size` bytes each from `reader`, decoded a block at a
/// time straight into the returned vector (the raw bytes are never all in memory).
pub fn read_values<T>(
    reader: &mut dyn Read,
    count: usize,
    size: usize,
    decode: &dyn Fn(&[u8]) -> T,
) -> std::io::Result<Vec<T>> {
    const BLOCK: usize = 1 << 16;
    // The count comes from a header: a size no memory holds is an error, not an abort.
    let mut out = Vec::new();
    out.try_reserve_exact(count).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::OutOfMemory,
            format!("{count} values do not fit in memory: {e}"),
        )
    })?;
    let mut buf = vec![0u8; (BLOCK / size.max(1)).max(1) * size.max(1)];
    let mut left = count * size;
    while left > 0 {
        let n = left.min(buf.len());
        reader.read_exact(&mut buf[..n])?;
        out.extend(buf[..n].chunks_exact(size).map(decode));
        left -= n;
    }
    Ok(out)
}

/// For each position of a C-order (row-major) array of `shape`, where that element lies in
/// the same array stored in Fortran (column-major) order, as NumPy writes `fortran_order`
/// arrays (e.g. `np.save` of a transposed matrix). Computed as it goes (no index table).
fn fortran_to_c(shape: &[usize]) -> impl Iterator<Item = usize> + '_ {
    let count: usize = shape.iter().product();
    // Column-major strides: the first axis varies fastest.
    let mut strides = vec![1usize; shape.len()];
    for k in 1..shape.len() {
        strides[k] = strides[k - 1] * shape[k - 1];
    }
    (0..count).map(move |mut i| {
        // C-order coordinates of i (the last axis varies fastest), then their offset.
        let mut at = 0;
        for k in (0..shape.len()).rev() {
            at += (i % shape[k]) * strides[k];
            i /= shape[k];
        }
        at
    })
}

/// An `.npy` (format 1.0, C order) of `descr` values (`<f4`, `|i1`, `<U12`, ...) with
/// `shape` (empty: a 0-d array), `body` the raw little-endian data.
pub fn npy_bytes(descr: &str, shape: &[usize], body: &[u8]) -> Vec<u8> {
    let mut out = npy_header(descr, shape);
    out.extend_from_slice(body);
    out
}

/// The header of an `.npy` (version 1.0) holding `descr` values of `shape`: what precedes its
/// body.
fn npy_header(descr: &str, shape: &[usize]) -> Vec<u8> {
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    let shape = if dims.len() == 1 {
        format!("({},)", dims[0])
    } else {
        format!("({})", dims.join(", "))
    };
    let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
    while !(10 + header.len() + 1).is_multiple_of(64) {
        header.push(' ');
    }
    header.push('\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out
}

/// An `.npy` of strings (`<U{longest}`, UTF-32 as NumPy stores `str`) with `shape`.
pub fn npy_strings(values: &[String], shape: &[usize]) -> Vec<u8> {
    let width = values
        .iter()
        .map(|v| v.chars().count())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut body = Vec::with_capacity(4 * width * values.len());
    for v in values {
        let n = v.chars().count();
        body.extend(v.chars().flat_map(|c| u32::from(c).to_le_bytes()));
        body.extend(std::iter::repeat_n(0u8, 4 * (width - n)));
    }
    npy_bytes(&format!("<U{width}"), shape, &body)
}

/// Writes `.npy` arrays (as [`npy_bytes`] makes them) into an uncompressed `.npz`, as
/// `numpy.savez` does, atomically (temporary file + rename).
pub fn write_npz(path: &Path, arrays: &[(&str, Vec<u8>)]) -> Result<(), DataError> {
    let entries: Vec<(&str, NpzEntry<'_>)> = arrays
        .iter()
        .map(|(name, bytes)| (*name, NpzEntry::Npy(bytes)))
        .collect();
    write_npz_entries(path, &entries)
}

/// An array of an `.npz` being written: a whole `.npy` file's bytes, or single-precision
/// values of a shape, written to the archive as they are converted (no copy of them all).
pub enum NpzEntry<'a> {
    /// A complete `.npy` file.
    Npy(&'a [u8]),
    /// Single-precision values of `shape`, row-major.
    F32 {
        /// The array's shape.
        shape: &'a [usize],
        /// Its values.
        values: &'a [f32],
    },
    /// Single-precision values of `shape` in a file of little-endian `f32` (a spill file),
    /// copied into the archive.
    F32File {
        /// The array's shape.
        shape: &'a [usize],
        /// The spill file.
        path: &'a Path,
    },
}

impl NpzEntry<'_> {
    fn len(&self) -> usize {
        match self {
            Self::Npy(b) => b.len(),
            Self::F32 { shape, values } => npy_header("<f4", shape).len() + 4 * values.len(),
            Self::F32File { shape, .. } => {
                npy_header("<f4", shape).len() + 4 * shape.iter().product::<usize>()
            }
        }
    }
}

/// [`write_npz`] for entries that may be float arrays: the archive streams to its temporary
/// file, so memory holds no copy of the arrays.
pub fn write_npz_entries(path: &Path, entries: &[(&str, NpzEntry<'_>)]) -> Result<(), DataError> {
    use std::io::Write;
    let large = entries.iter().map(|(_, e)| e.len()).sum::<usize>() >= u32::MAX as usize;
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(large);
    crate::write_atomic_with(path, |tmp| {
        let file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        let mut zip = zip::ZipWriter::new(file);
        for (name, entry) in entries {
            zip.start_file(format!("{name}.npy"), opts)
                .map_err(std::io::Error::other)?;
            match entry {
                NpzEntry::Npy(bytes) => zip.write_all(bytes)?,
                NpzEntry::F32 { shape, values } => {
                    zip.write_all(&npy_header("<f4", shape))?;
                    let mut buf = Vec::with_capacity(4 * 16384);
                    for chunk in values.chunks(16384) {
                        buf.clear();
                        buf.extend(chunk.iter().flat_map(|v| v.to_le_bytes()));
                        zip.write_all(&buf)?;
                    }
                }
                NpzEntry::F32File { shape, path } => {
                    let want = 4 * shape.iter().product::<usize>() as u64;
                    if std::fs::metadata(path)?.len() != want {
                        return Err(std::io::Error::other(format!(
                            "{}: not {want} bytes of {shape:?} f32 values",
                            path.display()
                        )));
                    }
                    zip.write_all(&npy_header("<f4", shape))?;
                    std::io::copy(&mut std::fs::File::open(path)?, &mut zip)?;
                }
            }
        }
        zip.finish().map_err(std::io::Error::other)?.flush()
    })
}

/// Every array of an `.npz` archive, by name (without `.npy`).
pub fn read_npz(path: &Path) -> Result<BTreeMap<String, NpyArray>, DataError> {
    read_npz_where(path, |_| true)
}

/// The arrays of an `.npz` archive whose names `keep` accepts (the others are not read).
pub fn read_npz_where(
    path: &Path,
    keep: impl Fn(&str) -> bool,
) -> Result<BTreeMap<String, NpyArray>, DataError> {
    let mut out = BTreeMap::new();
    each_npz_entry(path, |name, size, entry| {
        if !keep(&name) {
            return Ok(());
        }
        let array = read_npy_from(entry, size, &path.join(&name))?;
        out.insert(name, array);
        Ok(())
    })?;
    Ok(out)
}

/// The header of every array of an `.npz` archive, by name, reading no values (only the
/// first bytes of each entry).
pub fn read_npz_headers(path: &Path) -> Result<BTreeMap<String, NpyHeader>, DataError> {
    let mut out = BTreeMap::new();
    each_npz_entry(path, |name, _, entry| {
        let header = read_header_from(entry, &path.join(&name))?;
        out.insert(name, header);
        Ok(())
    })?;
    Ok(out)
}

/// The header of an `.npy` file, reading only its first bytes.
pub fn read_npy_header(path: &Path) -> Result<NpyHeader, DataError> {
    let mut file = std::fs::File::open(path).map_err(|e| DataError::io(path, e))?;
    read_header_from(&mut file, path)
}

/// An `.npy` header from the start of `reader`: the fixed part (magic, version, header
/// length), then the header it announces; the values are left unread.
fn read_header_from(reader: &mut dyn Read, name: &Path) -> Result<NpyHeader, DataError> {
    let read_err = |e: std::io::Error| bad(name, format!("cannot read the .npy header: {e}"));
    // The fixed part: magic (6), version (2), then a 2-byte (1.0) or 4-byte (2.0, 3.0)
    // header length, so exactly the header is consumed and the values follow.
    let mut bytes = Vec::new();
    (&mut *reader)
        .take(10)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if matches!(bytes.get(6), Some(2 | 3)) {
        (&mut *reader)
            .take(2)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    }
    let header_len = match bytes.get(6) {
        Some(1) if bytes.len() >= 10 => usize::from(u16::from_le_bytes([bytes[8], bytes[9]])),
        Some(2 | 3) if bytes.len() >= 12 => {
            u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize
        }
        _ => 0,
    };
    reader
        .take(header_len as u64)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    parse_npy_header(&bytes, name)
}

/// Calls `f` with the name (without `.npy`), the size and a reader of each entry of an
/// `.npz`.
fn each_npz_entry(
    path: &Path,
    mut f: impl FnMut(String, u64, &mut dyn Read) -> Result<(), DataError>,
) -> Result<(), DataError> {
    let file = std::fs::File::open(path).map_err(|e| DataError::io(path, e))?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|e| bad(path, format!("not an .npz (zip): {e}")))?;
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| bad(path, format!("entry {i}: {e}")))?;
        let name = entry
            .name()
            .map_err(|e| bad(path, format!("entry {i}: {e}")))?
            .trim_end_matches(".npy")
            .to_string();
        let size = entry.size();
        f(name, size, &mut entry)?;
    }
    Ok(())
}

/// The images of `imgs` as `[n, 3, h, w]` bytes.
fn images(path: &Path, a: &NpyArray) -> Result<ArrayImages, DataError> {
    let (n, c, h, w, channels_last) = match a.shape[..] {
        [n, h, w] => (n, 1, h, w, true),
        [n, h, w, c] if c == 1 || c == 3 => (n, c, h, w, true),
        [n, c, h, w] if c == 1 || c == 3 => (n, c, h, w, false),
        _ => {
            return Err(bad(
                path,
                format!(
                    "imgs has shape {:?}; expected [n, h, w], [n, h, w, c] or [n, c, h, w] with c 1 or 3",
                    a.shape
                ),
            ));
        }
    };
    // Floats on 0..1 (no value above 1) are scaled to 0..255. Each value is read where it
    // lies, so no widened copy of the whole array is made.
    let scale = |max: f64| if max <= 1.0 { 255.0 } else { 1.0 };
    let value: Box<dyn Fn(usize) -> f64 + '_> = match &a.data {
        NpyData::U8(v) => Box::new(|k| f64::from(v[k])),
        NpyData::Float(v) => {
            let s = scale(v.iter().copied().fold(0.0f64, f64::max));
            Box::new(move |k| v[k] * s)
        }
        NpyData::F32(v) => {
            let s = scale(f64::from(v.iter().copied().fold(0.0f32, f32::max)));
            Box::new(move |k| f64::from(v[k]) * s)
        }
        NpyData::Int(v) => Box::new(|k| v[k] as f64),
        _ => return Err(bad(path, "imgs must hold numbers")),
    };
    let mut data = Vec::with_capacity(n * 3 * h * w);
    for i in 0..n {
        for out_c in 0..3 {
            let src_c = if c == 1 { 0 } else { out_c };
            for y in 0..h {
                for x in 0..w {
                    let k = if channels_last {
                        ((i * h + y) * w + x) * c + src_c
                    } else {
                        ((i * c + src_c) * h + y) * w + x
                    };
                    data.push(value(k).round().clamp(0.0, 255.0) as u8);
                }
            }
        }
    }
    Ok(ArrayImages {
        path: path.into(),
        height: h,
        width: w,
        data,
    })
}

fn load_file(path: &Path, split: Option<Split>) -> Result<Vec<Sample>, DataError> {
    let arrays = read_npz(path)?;
    let imgs = arrays
        .get("imgs")
        .ok_or_else(|| bad(path, "no `imgs` array"))?;
    let store = Arc::new(images(path, imgs)?);
    let n = store.len();
    let column = |name: &str| -> Option<Vec<String>> {
        arrays
            .get(name)
            .filter(|a| a.shape == [n])
            .map(NpyArray::strings)
    };
    let groups = column("anom_label")
        .map(|v| {
            v.into_iter()
                .map(|g| match g.as_str() {
                    "0" => Ok("familiar"),
                    "1" => Ok("anomaly"),
                    "2" => Ok("pseudo"),
                    other => Err(bad(
                        path,
                        format!("anom_label {other:?} (expected 0, 1 or 2)"),
                    )),
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?;
    let splits = column("split");
    let class = column("class")
        .or_else(|| column("labels"))
        .or_else(|| column("label"));
    let skip = ["imgs", "anom_label", "split"];
    let attributes: Vec<(&String, Vec<String>)> = arrays
        .iter()
        .filter(|(k, a)| !skip.contains(&k.as_str()) && a.shape == [n])
        .map(|(k, a)| (k, a.strings()))
        .collect();
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    (0..n)
        .map(|i| {
            let split = match splits.as_ref().map(|s| s[i].as_str()) {
                Some("0" | "train") => Some(Split::Train),
                Some("1" | "test") => Some(Split::Test),
                Some(other) => {
                    return Err(bad(
                        path,
                        format!("split {other:?} (expected 0/train or 1/test)"),
                    ));
                }
                None => split,
            };
            let mut attrs: BTreeMap<String, String> = attributes
                .iter()
                .map(|(k, v)| ((*k).clone(), v[i].clone()))
                .collect();
            let label = match groups.as_ref().map(|g| g[i]) {
                Some(g) => {
                    attrs.insert("group".into(), g.into());
                    if g == "anomaly" {
                        Label::Anomaly
                    } else {
                        Label::Normal
                    }
                }
                None => Label::Unknown,
            };
            Ok(Sample {
                id: format!("{stem}/{i:06}"),
                image: ImageRef::Array {
                    images: Arc::clone(&store),
                    index: i,
                },
                class: class.as_ref().map(|c| c[i].clone()),
                label,
                split,
                attributes: attrs,
            })
        })
        .collect()
}

/// Lists the samples of `npz:PATH` (a file, or a folder with `train.npz` and `test.npz`).
pub fn load(path: &Path) -> Result<Vec<Sample>, DataError> {
    if path.is_dir() {
        let mut out = Vec::new();
        for (name, split) in [("train.npz", Split::Train), ("test.npz", Split::Test)] {
            let file = path.join(name);
            if file.is_file() {
                out.extend(load_file(&file, Some(split))?);
            }
        }
        if out.is_empty() {
            return Err(bad(
                path,
                "expected train.npz and/or test.npz in this folder",
            ));
        }
        Ok(out)
    } else {
        load_file(path, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    use super::npy_bytes as npy;

    #[test]
    fn fortran_ordered_arrays_come_back_in_c_order() {
        let fortran = |shape: &[usize], body: &[u8]| {
            let mut bytes = npy_bytes("|u1", shape, body);
            let at = bytes.windows(5).position(|w| w == b"False").unwrap();
            bytes[at..at + 5].copy_from_slice(b"True ");
            parse_npy(&bytes, Path::new("f.npy")).unwrap()
        };
        // [[1, 2, 3], [4, 5, 6]] stored column by column.
        let a = fortran(&[2, 3], &[1, 4, 2, 5, 3, 6]);
        assert_eq!(a.shape, [2, 3]);
        assert_eq!(a.data, NpyData::U8(vec![1, 2, 3, 4, 5, 6]));
        // [2, 2, 2]: element (i, j, k) holds 100i + 10j + k, stored with i fastest.
        let mut body = Vec::new();
        for k in 0..2u8 {
            for j in 0..2u8 {
                for i in 0..2u8 {
                    body.push(100 * i + 10 * j + k);
                }
            }
        }
        let a = fortran(&[2, 2, 2], &body);
        assert_eq!(a.data, NpyData::U8(vec![0, 1, 10, 11, 100, 101, 110, 111]));
    }

    #[test]
    fn written_archives_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.npz");
        let floats: Vec<u8> = [1.5f32, -2.0]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        let names = vec!["a".to_string(), "béta".to_string()];
        write_npz(
            &path,
            &[
                ("x", npy_bytes("<f4", &[2, 1], &floats)),
                ("ids", npy_strings(&names, &[2])),
                ("one", npy_strings(&["{}".to_string()], &[])),
            ],
        )
        .unwrap();
        let a = read_npz(&path).unwrap();
        assert_eq!(a["x"].shape, [2, 1]);
        assert_eq!(a["x"].data, NpyData::F32(vec![1.5, -2.0]));
        assert_eq!(a["ids"].data, NpyData::Str(names));
        assert_eq!(a["one"].shape, Vec::<usize>::new());
        assert_eq!(a["one"].data, NpyData::Str(vec!["{}".into()]));
        // The headers alone, from the first bytes of each entry.
        let h = read_npz_headers(&path).unwrap();
        assert_eq!(h["x"].descr, "<f4");
        assert_eq!(h["x"].shape, [2, 1]);
        assert_eq!(h["ids"].descr, "<U4");
        assert_eq!(h["one"].shape, Vec::<usize>::new());
    }

    fn write_npz_with(path: &Path, arrays: &[(&str, Vec<u8>)], method: zip::CompressionMethod) {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
        let opts = zip::write::SimpleFileOptions::default().compression_method(method);
        for (name, bytes) in arrays {
            zip.start_file(format!("{name}.npy"), opts).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }

    #[test]
    fn reads_images_groups_and_attributes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.npz");
        // 3 RGB images 2×2 (channels last), values 10·i + channel.
        let imgs: Vec<u8> = (0..3u8)
            .flat_map(|i| (0..4).flat_map(move |_| (0..3u8).map(move |c| 10 * i + c)))
            .collect();
        let anom: Vec<u8> = [0i64, 1, 2].iter().flat_map(|v| v.to_le_bytes()).collect();
        let nuisance: Vec<u8> = ["a", "bb", "a"]
            .iter()
            .flat_map(|s| {
                let mut v: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
                v.resize(8, 0);
                v
            })
            .collect();
        let labels: Vec<u8> = [7i32, 7, 3].iter().flat_map(|v| v.to_le_bytes()).collect();
        write_npz(
            &path,
            &[
                ("imgs", npy("|u1", &[3, 2, 2, 3], &imgs)),
                ("anom_label", npy("<i8", &[3], &anom)),
                ("nuisance", npy("<U2", &[3], &nuisance)),
                ("labels", npy("<i4", &[3], &labels)),
            ],
        )
        .unwrap();
        let samples = load(&path).unwrap();
        assert_eq!(samples.len(), 3);
        let groups: Vec<&str> = samples
            .iter()
            .map(|s| s.attributes["group"].as_str())
            .collect();
        assert_eq!(groups, ["familiar", "anomaly", "pseudo"]);
        assert_eq!(samples[1].label, Label::Anomaly);
        assert_eq!(samples[2].label, Label::Normal);
        assert_eq!(samples[1].attributes["nuisance"], "bb");
        assert_eq!(samples[2].class.as_deref(), Some("3"));
        let img = samples[2].load().unwrap();
        assert_eq!((img.width, img.height), (2, 2));
        assert_eq!(img.plane(0)[0], 20.0);
        assert_eq!(img.plane(2)[3], 22.0);
        assert!(samples[0].location().contains("bench.npz#0"));

        // np.savez_compressed: deflated entries read the same.
        let deflated = dir.path().join("deflated.npz");
        write_npz_with(
            &deflated,
            &[("imgs", npy("|u1", &[3, 2, 2, 3], &imgs))],
            zip::CompressionMethod::Deflated,
        );
        assert_eq!(load(&deflated).unwrap()[2].load().unwrap(), img);
        std::fs::remove_file(&deflated).unwrap();

        // A folder of train.npz / test.npz gives the split.
        std::fs::copy(&path, dir.path().join("train.npz")).unwrap();
        std::fs::copy(&path, dir.path().join("test.npz")).unwrap();
        std::fs::remove_file(&path).unwrap();
        let both = load(dir.path()).unwrap();
        assert_eq!(both.len(), 6);
        assert_eq!(both[0].split, Some(Split::Train));
        assert_eq!(both[5].split, Some(Split::Test));
        assert_ne!(both[0].id, both[3].id);
    }

    #[test]
    fn bad_archives_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.npz");
        write_npz(&path, &[("other", npy("|u1", &[2], &[1, 2]))]).unwrap();
        assert!(load(&path).unwrap_err().to_string().contains("imgs"));
        write_npz(&path, &[("imgs", npy("|u1", &[2, 5], &[0; 10]))]).unwrap();
        assert!(load(&path).unwrap_err().to_string().contains("shape"));
        write_npz(&path, &[("imgs", npy("<c8", &[1], &[0; 8]))]).unwrap();
        assert!(load(&path).unwrap_err().to_string().contains("dtype"));
        std::fs::write(&path, b"not a zip").unwrap();
        assert!(load(&path).is_err());
        assert!(parse_npy(b"\x93NUMPY\x01\x00\xff\x00{", Path::new("t")).is_err());
        // Malformed dtype strings are errors, not panics.
        for descr in ["", "<", "<f", "|S0", "<U0", "<f\u{e9}"] {
            let err = parse_npy(&npy(descr, &[2], &[0; 16]), Path::new("t")).unwrap_err();
            assert!(err.to_string().contains("dtype"), "{descr:?}: {err}");
        }
    }

    #[test]
    fn large_arrays_stream_from_files_and_archives() {
        // 50 000 f4 values span several read blocks; the same through .npy, an .npz entry
        // and a Fortran-ordered .npy; f2 comes back in single precision too.
        let values: Vec<f32> = (0..50_000).map(|i| (i as f32) * 0.5 - 7.0).collect();
        let body: Vec<u8> = values.iter().flat_map(|x| x.to_le_bytes()).collect();
        let dir = tempfile::tempdir().unwrap();
        let npy_path = dir.path().join("a.npy");
        std::fs::write(&npy_path, npy_bytes("<f4", &[500, 100], &body)).unwrap();
        let a = read_npy(&npy_path).unwrap();
        assert_eq!(a.shape, [500, 100]);
        assert_eq!(a.data, NpyData::F32(values.clone()));
        let npz_path = dir.path().join("a.npz");
        write_npz(&npz_path, &[("e", npy_bytes("<f4", &[500, 100], &body))]).unwrap();
        assert_eq!(read_npz(&npz_path).unwrap()["e"], a);
        // The same values stored column by column: [100, 500] transposed.
        let mut fortran = npy_bytes("<f4", &[100, 500], &body);
        let at = fortran.windows(5).position(|w| w == b"False").unwrap();
        fortran[at..at + 5].copy_from_slice(b"True ");
        let t = parse_npy(&fortran, Path::new("t")).unwrap();
        let NpyData::F32(t) = t.data else { panic!() };
        assert_eq!(t[1], values[100]);
        assert_eq!(t[500], values[1]);
        let half = npy_bytes("<f2", &[2], &[0x00, 0x3c, 0x00, 0xc0]);
        assert_eq!(
            parse_npy(&half, Path::new("h")).unwrap().data,
            NpyData::F32(vec![1.0, -2.0])
        );
        // A file cut short says how much it lacks.
        std::fs::write(&npy_path, &npy_bytes("<f4", &[500, 100], &body)[..1000]).unwrap();
        let err = read_npy(&npy_path).unwrap_err().to_string();
        assert!(err.contains("need 200000 bytes"), "{err}");
    }

    #[test]
    fn byte_strings_are_attributes() {
        let a = parse_npy(&npy("|S3", &[2], b"ab\0xyz"), Path::new("t")).unwrap();
        assert_eq!(a.data, NpyData::Str(vec!["ab".into(), "xyz".into()]));
    }
}
