//! PyTorch `.pth` checkpoints, zip (PyTorch ≥ 1.6) and legacy (pre-1.6) serializations, read
//! by a deliberately small unpickler.
//!
//! The reader understands only what a `state_dict` needs: the pickle opcodes for numbers,
//! strings, tuples, lists and dicts, `collections.OrderedDict`, the tensor rebuild functions of
//! `torch._utils`, and typed storages (`torch.FloatStorage`, ...) named through persistent ids.
//! Any other global (a class or function the pickle would call) is refused with an error: no
//! code is run and no other object is built.
//!
//! Legacy layout (`torch/serialization.py`, `_legacy_save`): five pickles in a row (magic
//! number, protocol version 1001, system info, the object, the list of storage keys), then
//! each storage as a little-endian `i64` element count followed by its raw bytes. Zip layout
//! (`_save`): `<root>/data.pkl` holds the object and `<root>/data/<key>` each storage's bytes.

use std::collections::HashMap;

mod pickle;

use pickle::{Unpickler, Value};

use super::{RawTensor, TensorMap};

const MAGIC: [u8; 10] = [0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];

/// True when `bytes` start with the legacy magic-number pickle.
pub fn looks_like_legacy_pth(bytes: &[u8]) -> bool {
    bytes.len() > 14
        && bytes[0] == 0x80
        && bytes[2] == 0x8a
        && bytes[3] == 10
        && bytes[4..14] == MAGIC
}

/// Reads the tensors of a PyTorch `.pth` state dict, zip (PyTorch ≥ 1.6) or legacy format
/// (nested dicts are flattened with `.`).
pub fn read_pth(bytes: &[u8]) -> Result<TensorMap, String> {
    if bytes.starts_with(b"PK\x03\x04") {
        return read_zip(bytes);
    }
    if !looks_like_legacy_pth(bytes) {
        return Err(
            "not a PyTorch checkpoint (neither a zip archive nor the legacy magic number)".into(),
        );
    }
    let mut pos = 0usize;
    let magic = Unpickler::new(bytes, &mut pos).run()?;
    if !matches!(magic, Value::Int(_) | Value::BigInt) {
        return Err("bad magic number pickle".into());
    }
    match Unpickler::new(bytes, &mut pos).run()? {
        Value::Int(1001) => {}
        other => {
            return Err(format!(
                "unsupported protocol version {other:?} (expected 1001)"
            ));
        }
    }
    let _sys_info = Unpickler::new(bytes, &mut pos).run()?;
    let object = Unpickler::new(bytes, &mut pos).run()?;
    let keys = match Unpickler::new(bytes, &mut pos).run()? {
        Value::List(items) => items
            .into_iter()
            .map(|v| match v {
                Value::Str(s) => Ok(s),
                other => Err(format!("storage key list holds {other:?}")),
            })
            .collect::<Result<Vec<_>, _>>()?,
        other => return Err(format!("expected the storage key list, found {other:?}")),
    };
    // Storage payloads follow in key order: an i64 element count, then the bytes.
    let mut storages: HashMap<String, &[u8]> = HashMap::new();
    let mut dtypes: HashMap<String, StorageType> = HashMap::new();
    collect_storage_types(&object, &mut dtypes);
    for key in &keys {
        let numel = read_i64(bytes, &mut pos)?;
        let numel = usize::try_from(numel).map_err(|_| format!("storage {key}: negative size"))?;
        let ty = dtypes.get(key).copied().unwrap_or(StorageType::F32);
        let len = numel
            .checked_mul(ty.size())
            .ok_or("storage size overflows")?;
        if pos + len > bytes.len() {
            return Err(format!(
                "file truncated inside storage {key} ({numel} elements)"
            ));
        }
        storages.insert(key.clone(), &bytes[pos..pos + len]);
        pos += len;
    }
    tensors_of(&object, &storages, &dtypes)
}

/// The zip layout: `<root>/data.pkl` (the object, storages named by persistent ids) and one
/// `<root>/data/<key>` entry of raw little-endian bytes per storage.
fn read_zip(bytes: &[u8]) -> Result<TensorMap, String> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("bad zip archive: {e}"))?;
    let pkl_name = archive
        .file_names()
        .filter_map(Result::ok)
        .find(|n| n.ends_with("data.pkl"))
        .map(|n| n.to_string())
        .ok_or("zip archive has no data.pkl: not a PyTorch checkpoint")?;
    let root = pkl_name.trim_end_matches("data.pkl").to_string();
    let mut read_entry = |name: &str| -> Result<Vec<u8>, String> {
        let mut entry = archive.by_name(name).map_err(|e| format!("{name}: {e}"))?;
        let mut out = Vec::with_capacity(entry.size() as usize);
        entry
            .read_to_end(&mut out)
            .map_err(|e| format!("{name}: {e}"))?;
        Ok(out)
    };
    if let Ok(order) = read_entry(&format!("{root}byteorder"))
        && order.trim_ascii() != b"little"
    {
        return Err("big-endian checkpoints are not supported".into());
    }
    let pkl = read_entry(&pkl_name)?;
    let mut pos = 0usize;
    let object = Unpickler::new(&pkl, &mut pos).run()?;
    let mut dtypes: HashMap<String, StorageType> = HashMap::new();
    collect_storage_types(&object, &mut dtypes);
    let mut owned: HashMap<String, Vec<u8>> = HashMap::new();
    for key in dtypes.keys() {
        owned.insert(key.clone(), read_entry(&format!("{root}data/{key}"))?);
    }
    let storages: HashMap<String, &[u8]> = owned
        .iter()
        .map(|(k, v)| (k.clone(), v.as_slice()))
        .collect();
    tensors_of(&object, &storages, &dtypes)
}

/// Every tensor of the unpickled object, read from its storage bytes.
fn tensors_of(
    object: &Value,
    storages: &HashMap<String, &[u8]>,
    dtypes: &HashMap<String, StorageType>,
) -> Result<TensorMap, String> {
    let mut out = TensorMap::new();
    flatten(object, "", &mut |name, v| {
        let Value::Tensor(t) = v else { return Ok(()) };
        let data = storages
            .get(&t.storage)
            .ok_or_else(|| format!("tensor {name}: storage {} not in the file", t.storage))?;
        let size = dtypes.get(&t.storage).copied().unwrap_or(t.ty).size();
        out.insert(
            name.to_string(),
            t.materialise(data, 0, data.len() / size)
                .map_err(|e| format!("tensor {name}: {e}"))?,
        );
        Ok(())
    })?;
    if out.is_empty() {
        return Err("the checkpoint holds no tensors".into());
    }
    Ok(out)
}

fn read_i64(bytes: &[u8], pos: &mut usize) -> Result<i64, String> {
    let b = bytes
        .get(*pos..*pos + 8)
        .ok_or("file truncated before a storage header")?;
    *pos += 8;
    Ok(i64::from_le_bytes(b.try_into().map_err(|_| "short read")?))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum StorageType {
    F32,
    F64,
    F16,
    I64,
    I32,
    U8,
}

impl StorageType {
    pub(super) fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "FloatStorage" => Self::F32,
            "DoubleStorage" => Self::F64,
            "HalfStorage" => Self::F16,
            "LongStorage" => Self::I64,
            "IntStorage" => Self::I32,
            "ByteStorage" => Self::U8,
            _ => return None,
        })
    }

    fn size(self) -> usize {
        match self {
            Self::F32 | Self::I32 => 4,
            Self::F64 | Self::I64 => 8,
            Self::F16 => 2,
            Self::U8 => 1,
        }
    }

    fn read(self, b: &[u8]) -> f32 {
        match self {
            Self::F32 => f32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            Self::F64 => {
                f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) as f32
            }
            Self::F16 => half::f16::from_le_bytes([b[0], b[1]]).to_f32(),
            Self::I64 => {
                i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) as f32
            }
            Self::I32 => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f32,
            Self::U8 => f32::from(b[0]),
        }
    }
}

#[derive(Clone, Debug)]
pub(super) struct TensorRef {
    pub(super) storage: String,
    pub(super) ty: StorageType,
    pub(super) offset: usize,
    pub(super) shape: Vec<usize>,
    pub(super) stride: Vec<usize>,
}

impl TensorRef {
    fn materialise(&self, bytes: &[u8], start: usize, numel: usize) -> Result<RawTensor, String> {
        let count: usize = self.shape.iter().product();
        let mut data = Vec::with_capacity(count);
        let size = self.ty.size();
        let mut index = vec![0usize; self.shape.len()];
        for _ in 0..count {
            let element = self.offset
                + index
                    .iter()
                    .zip(&self.stride)
                    .map(|(i, s)| i * s)
                    .sum::<usize>();
            if element >= numel {
                return Err(format!(
                    "view reaches element {element} of a {numel}-element storage"
                ));
            }
            let at = start + element * size;
            data.push(self.ty.read(&bytes[at..at + size]));
            // advance the multi-index, last dimension fastest
            for d in (0..index.len()).rev() {
                index[d] += 1;
                if index[d] < self.shape[d] {
                    break;
                }
                index[d] = 0;
            }
        }
        if data.iter().any(|v: &f32| v.is_nan()) {
            return Err("holds NaN values".into());
        }
        Ok(RawTensor::new(self.shape.clone(), data))
    }
}

fn collect_storage_types(v: &Value, out: &mut HashMap<String, StorageType>) {
    match v {
        Value::Tensor(t) => {
            out.insert(t.storage.clone(), t.ty);
        }
        Value::Dict(items) => items
            .iter()
            .for_each(|(_, v)| collect_storage_types(v, out)),
        Value::List(items) | Value::Tuple(items) => {
            items.iter().for_each(|v| collect_storage_types(v, out))
        }
        _ => {}
    }
}

/// Calls `f(name, value)` for every leaf of nested dicts, names joined with `.`.
fn flatten(
    v: &Value,
    prefix: &str,
    f: &mut dyn FnMut(&str, &Value) -> Result<(), String>,
) -> Result<(), String> {
    match v {
        Value::Dict(items) => {
            for (k, v) in items {
                let key = match k {
                    Value::Str(s) => s.clone(),
                    Value::Int(i) => i.to_string(),
                    other => return Err(format!("dict key {other:?} is not a string")),
                };
                let name = if prefix.is_empty() {
                    key
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(v, &name, f)?;
            }
            Ok(())
        }
        leaf => f(prefix, leaf),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-assembled legacy checkpoint: {"w": FloatTensor([[1, 2], [3, 4]]).t()}.
    fn tiny_checkpoint(global_module: &str, global_name: &str) -> Vec<u8> {
        let mut b = vec![0x80, 0x02, 0x8a, 0x0a];
        b.extend(MAGIC);
        b.push(b'.');
        b.extend([0x80, 0x02, b'M', 0xe9, 0x03, b'.']);
        b.extend([0x80, 0x02, b'}', b'.']);
        // object
        b.extend([0x80, 0x02]);
        b.extend(format!("c{global_module}\n{global_name}\n").as_bytes());
        b.extend([b')', b'R', b'X', 1, 0, 0, 0, b'w']);
        b.extend(b"ctorch._utils\n_rebuild_tensor_v2\n(");
        b.extend(b"(X\x07\x00\x00\x00storagectorch\nFloatStorage\nX\x01\x00\x00\x000X\x03\x00\x00\x00cpuK\x04Nt");
        b.push(b'Q');
        b.extend([
            b'K', 0, b'K', 2, b'K', 2, 0x86, b'K', 1, b'K', 2, 0x86, 0x89,
        ]);
        b.extend(b"ccollections\nOrderedDict\n)R");
        b.extend([b't', b'R', b's', b'.']);
        // key list
        b.extend([0x80, 0x02, b']', b'X', 1, 0, 0, 0, b'0', b'a', b'.']);
        b.extend(4i64.to_le_bytes());
        for v in [1f32, 2.0, 3.0, 4.0] {
            b.extend(v.to_le_bytes());
        }
        b
    }

    #[test]
    fn reads_a_strided_tensor_from_a_legacy_checkpoint() {
        let map = read_pth(&tiny_checkpoint("collections", "OrderedDict")).unwrap();
        assert_eq!(map["w"].shape, vec![2, 2]);
        assert_eq!(map["w"].data, vec![1.0, 3.0, 2.0, 4.0]);
    }

    #[test]
    fn refuses_arbitrary_globals() {
        let err = read_pth(&tiny_checkpoint("os", "system")).unwrap_err();
        assert!(err.contains("os.system"), "{err}");
    }

    #[test]
    fn truncated_file_is_an_error() {
        let bytes = tiny_checkpoint("collections", "OrderedDict");
        for cut in [20, 60, bytes.len() - 3] {
            assert!(read_pth(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    /// `fixtures/pth/tiny_{zip,legacy}.pth`: one state dict saved by PyTorch 2.15 in both
    /// formats (`w` = arange(6) as 2x3 f32, `wt` its transpose (a strided view), `b` f64,
    /// `h` f16, `n` an i64 scalar); regenerate with the script in `fixtures/pth/README.md`.
    #[test]
    fn reads_zip_and_legacy_checkpoints_alike() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pth");
        for file in ["tiny_zip.pth", "tiny_legacy.pth"] {
            let map = read_pth(&std::fs::read(dir.join(file)).unwrap()).unwrap();
            assert_eq!(map["w"].shape, vec![2, 3], "{file}");
            assert_eq!(map["w"].data, vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0], "{file}");
            assert_eq!(map["wt"].shape, vec![3, 2], "{file}");
            assert_eq!(map["wt"].data, vec![0.0, 3.0, 1.0, 4.0, 2.0, 5.0], "{file}");
            assert_eq!(map["b"].data, vec![1.5, -2.0], "{file}");
            assert_eq!(map["h"].data, vec![0.5, 3.0], "{file}");
            assert_eq!((map["n"].shape.len(), map["n"].data[0]), (0, 7.0), "{file}");
        }
    }

    #[test]
    fn zip_and_garbage_are_errors() {
        assert!(read_pth(b"PK\x03\x04rest").unwrap_err().contains("zip"));
        assert!(read_pth(b"hello world, not a checkpoint").is_err());
    }
}
