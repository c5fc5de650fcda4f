//! PyTorch `.pth` checkpoints in the legacy (pre-1.6, non-zip) serialization, read by a
//! deliberately small unpickler.
//!
//! The reader understands only what a `state_dict` needs: the pickle opcodes for numbers,
//! strings, tuples, lists and dicts, `collections.OrderedDict`, the tensor rebuild functions of
//! `torch._utils`, and typed storages (`torch.FloatStorage`, ...) named through persistent ids.
//! Any other global (a class or function the pickle would call) is refused with an error: no
//! code is run and no other object is built.
//!
//! Legacy layout (`torch/serialization.py`, `_legacy_save`): five pickles in a row (magic
//! number, protocol version 1001, system info, the object, the list of storage keys), then
//! each storage as a little-endian `i64` element count followed by its raw bytes.

use std::collections::HashMap;

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

/// Reads the tensors of a legacy `.pth` state dict (nested dicts are flattened with `.`).
pub fn read_pth(bytes: &[u8]) -> Result<TensorMap, String> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err("this is a zip-format .pth (PyTorch >= 1.6); swan reads the legacy format and \
                    safetensors: convert it with `torch.save(sd, f, _use_new_zipfile_serialization=False)` \
                    or to safetensors"
            .into());
    }
    if !looks_like_legacy_pth(bytes) {
        return Err("not a legacy PyTorch checkpoint (magic number missing)".into());
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
    // Storage payloads follow in key order.
    let mut storages: HashMap<String, (usize, usize)> = HashMap::new(); // key -> (byte offset, numel)
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
        storages.insert(key.clone(), (pos, numel));
        pos += len;
    }
    let mut out = TensorMap::new();
    flatten(&object, "", &mut |name, v| {
        let Value::Tensor(t) = v else { return Ok(()) };
        let &(start, numel) = storages
            .get(&t.storage)
            .ok_or_else(|| format!("tensor {name}: storage {} not in the file", t.storage))?;
        out.insert(
            name.to_string(),
            t.materialise(bytes, start, numel)
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
enum StorageType {
    F32,
    F64,
    F16,
    I64,
    I32,
    U8,
}

impl StorageType {
    fn from_name(name: &str) -> Option<Self> {
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
            Self::F16 => super::safetensors::f16_to_f32(u16::from_le_bytes([b[0], b[1]])),
            Self::I64 => {
                i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) as f32
            }
            Self::I32 => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f32,
            Self::U8 => f32::from(b[0]),
        }
    }
}

#[derive(Clone, Debug)]
struct TensorRef {
    storage: String,
    ty: StorageType,
    offset: usize,
    shape: Vec<usize>,
    stride: Vec<usize>,
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

/// The values a state-dict pickle can hold.
#[derive(Clone, Debug)]
enum Value {
    None,
    Bool,
    Int(i64),
    /// An integer too large for i64 (only the magic number); its value is not needed.
    /// Booleans and floats (flags such as `requires_grad`) are recognised but not kept.
    BigInt,
    Float,
    Str(String),
    Bytes,
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    /// An allowed global, not yet called.
    Global(Allowed),
    Storage {
        ty: StorageType,
        key: String,
    },
    Tensor(TensorRef),
    Mark,
}

/// The only globals the reader accepts.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Allowed {
    OrderedDict,
    RebuildTensorV2,
    RebuildTensor,
    RebuildParameter,
    Storage(StorageType),
}

fn resolve_global(module: &str, name: &str) -> Result<Allowed, String> {
    Ok(match (module, name) {
        ("collections", "OrderedDict") => Allowed::OrderedDict,
        ("torch._utils", "_rebuild_tensor_v2") => Allowed::RebuildTensorV2,
        ("torch._utils", "_rebuild_tensor") => Allowed::RebuildTensor,
        ("torch._utils", "_rebuild_parameter") => Allowed::RebuildParameter,
        ("torch", storage) if StorageType::from_name(storage).is_some() => {
            Allowed::Storage(StorageType::from_name(storage).ok_or("unreachable")?)
        }
        _ => {
            return Err(format!(
                "refusing to load: the pickle references {module}.{name}, which is not a tensor or a \
                 dict; swan only reads plain state dicts and never constructs other objects"
            ));
        }
    })
}

struct Unpickler<'a> {
    bytes: &'a [u8],
    pos: &'a mut usize,
    stack: Vec<Value>,
    memo: HashMap<u32, Value>,
}

impl<'a> Unpickler<'a> {
    fn new(bytes: &'a [u8], pos: &'a mut usize) -> Self {
        Self {
            bytes,
            pos,
            stack: Vec::new(),
            memo: HashMap::new(),
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let start = *self.pos;
        let end = start
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or("pickle truncated")?;
        *self.pos = end;
        Ok(&self.bytes[start..end])
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn line(&mut self) -> Result<String, String> {
        let rest = &self.bytes[*self.pos..];
        let n = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or("pickle truncated in a text line")?;
        let s = String::from_utf8(rest[..n].to_vec()).map_err(|_| "non-UTF-8 global name")?;
        *self.pos += n + 1;
        Ok(s)
    }

    fn string(&mut self, n: usize) -> Result<Value, String> {
        let b = self.take(n)?;
        Ok(Value::Str(String::from_utf8_lossy(b).into_owned()))
    }

    fn pop(&mut self) -> Result<Value, String> {
        self.stack
            .pop()
            .ok_or_else(|| "pickle stack underflow".to_string())
    }

    fn pop_mark(&mut self) -> Result<Vec<Value>, String> {
        let at = self
            .stack
            .iter()
            .rposition(|v| matches!(v, Value::Mark))
            .ok_or("pickle MARK missing")?;
        let items = self.stack.split_off(at + 1);
        self.stack.pop();
        Ok(items)
    }

    fn top_mut(&mut self) -> Result<&mut Value, String> {
        self.stack
            .last_mut()
            .ok_or_else(|| "pickle stack underflow".to_string())
    }

    fn run(mut self) -> Result<Value, String> {
        const MAX_DEPTH: usize = 100_000;
        loop {
            if self.stack.len() > MAX_DEPTH {
                return Err("pickle stack too deep".into());
            }
            let op = self.u8()?;
            match op {
                0x80 => {
                    let proto = self.u8()?;
                    if proto > 5 {
                        return Err(format!("pickle protocol {proto} is not supported"));
                    }
                }
                0x95 => {
                    self.take(8)?; // FRAME: length hint only
                }
                b'.' => return self.pop(),
                b'(' => self.stack.push(Value::Mark),
                b'N' => self.stack.push(Value::None),
                0x88 => self.stack.push(Value::Bool),
                0x89 => self.stack.push(Value::Bool),
                b'J' => {
                    let v = self.u32()? as i32;
                    self.stack.push(Value::Int(i64::from(v)));
                }
                b'K' => {
                    let v = self.u8()?;
                    self.stack.push(Value::Int(i64::from(v)));
                }
                b'M' => {
                    let b = self.take(2)?;
                    self.stack
                        .push(Value::Int(i64::from(u16::from_le_bytes([b[0], b[1]]))));
                }
                0x8a => {
                    let n = usize::from(self.u8()?);
                    let b = self.take(n)?;
                    if n <= 8 {
                        let mut buf = if b.last().is_some_and(|&x| x & 0x80 != 0) {
                            [0xff; 8]
                        } else {
                            [0; 8]
                        };
                        buf[..n].copy_from_slice(b);
                        self.stack.push(Value::Int(i64::from_le_bytes(buf)));
                    } else {
                        self.stack.push(Value::BigInt);
                    }
                }
                b'G' => {
                    self.take(8)?;
                    self.stack.push(Value::Float);
                }
                b'X' => {
                    let n = self.u32()? as usize;
                    let v = self.string(n)?;
                    self.stack.push(v);
                }
                0x8c => {
                    let n = usize::from(self.u8()?);
                    let v = self.string(n)?;
                    self.stack.push(v);
                }
                b'U' => {
                    let n = usize::from(self.u8()?);
                    let v = self.string(n)?;
                    self.stack.push(v);
                }
                b'T' => {
                    let n = self.u32()? as usize;
                    let v = self.string(n)?;
                    self.stack.push(v);
                }
                b'C' => {
                    let n = usize::from(self.u8()?);
                    self.take(n)?;
                    self.stack.push(Value::Bytes);
                }
                b'B' => {
                    let n = self.u32()? as usize;
                    self.take(n)?;
                    self.stack.push(Value::Bytes);
                }
                b')' => self.stack.push(Value::Tuple(Vec::new())),
                b']' => self.stack.push(Value::List(Vec::new())),
                b'}' => self.stack.push(Value::Dict(Vec::new())),
                b't' => {
                    let items = self.pop_mark()?;
                    self.stack.push(Value::Tuple(items));
                }
                0x85..=0x87 => {
                    let n = usize::from(op - 0x84);
                    if self.stack.len() < n {
                        return Err("pickle stack underflow".into());
                    }
                    let items = self.stack.split_off(self.stack.len() - n);
                    self.stack.push(Value::Tuple(items));
                }
                b'l' => {
                    let items = self.pop_mark()?;
                    self.stack.push(Value::List(items));
                }
                b'a' => {
                    let v = self.pop()?;
                    match self.top_mut()? {
                        Value::List(items) => items.push(v),
                        _ => return Err("APPEND to a non-list".into()),
                    }
                }
                b'e' => {
                    let v = self.pop_mark()?;
                    match self.top_mut()? {
                        Value::List(items) => items.extend(v),
                        _ => return Err("APPENDS to a non-list".into()),
                    }
                }
                b's' => {
                    let v = self.pop()?;
                    let k = self.pop()?;
                    match self.top_mut()? {
                        Value::Dict(items) => items.push((k, v)),
                        _ => return Err("SETITEM on a non-dict".into()),
                    }
                }
                b'u' => {
                    let kv = self.pop_mark()?;
                    if kv.len() % 2 != 0 {
                        return Err("SETITEMS with an odd number of items".into());
                    }
                    let mut it = kv.into_iter();
                    let mut pairs = Vec::new();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        pairs.push((k, v));
                    }
                    match self.top_mut()? {
                        Value::Dict(items) => items.extend(pairs),
                        _ => return Err("SETITEMS on a non-dict".into()),
                    }
                }
                b'q' => {
                    let i = u32::from(self.u8()?);
                    self.memo_put(i)?;
                }
                b'r' => {
                    let i = self.u32()?;
                    self.memo_put(i)?;
                }
                0x94 => {
                    let i = self.memo.len() as u32;
                    self.memo_put(i)?;
                }
                b'h' => {
                    let i = u32::from(self.u8()?);
                    self.memo_get(i)?;
                }
                b'j' => {
                    let i = self.u32()?;
                    self.memo_get(i)?;
                }
                b'c' => {
                    let module = self.line()?;
                    let name = self.line()?;
                    self.stack
                        .push(Value::Global(resolve_global(&module, &name)?));
                }
                0x93 => {
                    let (name, module) = (self.pop()?, self.pop()?);
                    match (module, name) {
                        (Value::Str(m), Value::Str(n)) => {
                            self.stack.push(Value::Global(resolve_global(&m, &n)?))
                        }
                        _ => return Err("STACK_GLOBAL expects two strings".into()),
                    }
                }
                b'Q' => {
                    let pid = self.pop()?;
                    self.stack.push(persistent_load(pid)?);
                }
                b'R' => {
                    let args = self.pop()?;
                    let callable = self.pop()?;
                    self.stack.push(reduce(callable, args)?);
                }
                b'b' => {
                    // BUILD: state for the object below (an OrderedDict's `_metadata`): ignored.
                    let _state = self.pop()?;
                    if !matches!(self.top_mut()?, Value::Dict(_) | Value::Tensor(_)) {
                        return Err("BUILD on an object that is neither a dict nor a tensor".into());
                    }
                }
                other => {
                    return Err(format!(
                        "pickle opcode {other:#04x} at byte {} is not part of a plain state dict",
                        *self.pos - 1
                    ));
                }
            }
        }
    }

    fn memo_put(&mut self, i: u32) -> Result<(), String> {
        let top = self
            .stack
            .last()
            .ok_or("MEMOIZE on an empty stack")?
            .clone();
        self.memo.insert(i, top);
        Ok(())
    }

    fn memo_get(&mut self, i: u32) -> Result<(), String> {
        let v = self
            .memo
            .get(&i)
            .ok_or_else(|| format!("memo entry {i} missing"))?
            .clone();
        self.stack.push(v);
        Ok(())
    }
}

fn persistent_load(pid: Value) -> Result<Value, String> {
    let Value::Tuple(items) = pid else {
        return Err("persistent id is not a tuple".into());
    };
    match items.as_slice() {
        [
            Value::Str(tag),
            Value::Global(Allowed::Storage(ty)),
            Value::Str(key),
            _location,
            Value::Int(_),
            ..,
        ] if tag == "storage" => {
            if let Some(view) = items.get(5)
                && !matches!(view, Value::None)
            {
                return Err("storage views are not supported".into());
            }
            Ok(Value::Storage {
                ty: *ty,
                key: key.clone(),
            })
        }
        _ => Err("persistent id is not a ('storage', type, key, location, size) record".into()),
    }
}

fn as_usizes(v: &Value) -> Result<Vec<usize>, String> {
    match v {
        Value::Tuple(items) | Value::List(items) => items
            .iter()
            .map(|x| match x {
                Value::Int(i) if *i >= 0 => Ok(*i as usize),
                other => Err(format!("expected a non-negative int, found {other:?}")),
            })
            .collect(),
        other => Err(format!("expected a tuple of ints, found {other:?}")),
    }
}

fn reduce(callable: Value, args: Value) -> Result<Value, String> {
    let Value::Global(global) = callable else {
        return Err("REDUCE on something that is not an allowed global".into());
    };
    let Value::Tuple(args) = args else {
        return Err("REDUCE arguments are not a tuple".into());
    };
    match global {
        Allowed::OrderedDict => Ok(Value::Dict(Vec::new())),
        Allowed::RebuildTensorV2 | Allowed::RebuildTensor => match args.as_slice() {
            [
                Value::Storage { ty, key },
                Value::Int(offset),
                size,
                stride,
                ..,
            ] => {
                let shape = as_usizes(size)?;
                let stride = as_usizes(stride)?;
                if shape.len() != stride.len() {
                    return Err("tensor size and stride differ in rank".into());
                }
                Ok(Value::Tensor(TensorRef {
                    storage: key.clone(),
                    ty: *ty,
                    offset: usize::try_from(*offset).map_err(|_| "negative storage offset")?,
                    shape,
                    stride,
                }))
            }
            _ => Err("unexpected arguments to _rebuild_tensor".into()),
        },
        Allowed::RebuildParameter => match args.into_iter().next() {
            Some(t @ Value::Tensor(_)) => Ok(t),
            _ => Err("_rebuild_parameter without a tensor".into()),
        },
        Allowed::Storage(_) => Err("storages cannot be constructed directly".into()),
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

    #[test]
    fn zip_and_garbage_are_errors() {
        assert!(read_pth(b"PK\x03\x04rest").unwrap_err().contains("zip"));
        assert!(read_pth(b"hello world, not a checkpoint").is_err());
    }
}
