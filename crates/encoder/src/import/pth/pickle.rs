//! The unpickler: only the opcodes and globals a PyTorch state dict needs.

use std::collections::HashMap;

use super::{StorageType, TensorRef};

/// The values a state-dict pickle can hold.
#[derive(Clone, Debug)]
pub(super) enum Value {
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
pub(super) enum Allowed {
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

pub(super) struct Unpickler<'a> {
    bytes: &'a [u8],
    pos: &'a mut usize,
    stack: Vec<Value>,
    memo: HashMap<u32, Value>,
}

impl<'a> Unpickler<'a> {
    pub(super) fn new(bytes: &'a [u8], pos: &'a mut usize) -> Self {
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

    pub(super) fn run(mut self) -> Result<Value, String> {
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
