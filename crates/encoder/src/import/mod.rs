//! Weight import: a checkpoint becomes a [`TensorMap`] of named `f32` tensors; the
//! architecture's `weights.rs` then maps the checkpoint's key names onto its modules.

pub mod pth;
pub mod safetensors;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use crate::EncoderError;

/// One named tensor, row-major `f32`.
#[derive(Clone, Debug, PartialEq)]
pub struct RawTensor {
    /// The tensor's shape.
    pub shape: Vec<usize>,
    /// Its values, row-major.
    pub data: Vec<f32>,
}

impl RawTensor {
    /// A tensor of `shape` holding `data` (as many values as the shape has).
    pub fn new(shape: Vec<usize>, data: Vec<f32>) -> Self {
        debug_assert_eq!(shape.iter().product::<usize>(), data.len());
        Self { shape, data }
    }
}

/// Named tensors, sorted by key.
pub type TensorMap = BTreeMap<String, RawTensor>;

/// One named tensor to be written: its values borrowed where they already live (a memory
/// bank, the encoder's weights) or owned where they had to be made (a network's exported
/// weights), so writing a file copies nothing it need not.
#[derive(Clone, Debug, PartialEq)]
pub struct TensorRef<'a> {
    /// The tensor's shape.
    pub shape: Vec<usize>,
    /// Its values, row-major, borrowed or owned.
    pub data: Cow<'a, [f32]>,
}

impl<'a> TensorRef<'a> {
    /// A tensor of `shape` holding `data` (as many values as the shape has).
    pub fn new(shape: Vec<usize>, data: impl Into<Cow<'a, [f32]>>) -> Self {
        let data = data.into();
        debug_assert_eq!(shape.iter().product::<usize>(), data.len());
        Self { shape, data }
    }
}

impl<'a> From<&'a RawTensor> for TensorRef<'a> {
    fn from(t: &'a RawTensor) -> Self {
        Self::new(t.shape.clone(), t.data.as_slice())
    }
}

/// Named tensors to be written, sorted by key.
pub type TensorRefs<'a> = BTreeMap<String, TensorRef<'a>>;

/// Reads a checkpoint, choosing the reader by content: safetensors, or a PyTorch `.pth`.
pub fn read_checkpoint(path: &Path) -> Result<TensorMap, EncoderError> {
    let bytes = std::fs::read(path).map_err(|cause| EncoderError::Io {
        path: path.into(),
        cause,
    })?;
    if pth::looks_like_legacy_pth(&bytes) || bytes.starts_with(b"PK\x03\x04") {
        pth::read_pth(&bytes).map_err(|reason| EncoderError::Checkpoint {
            path: path.into(),
            reason,
        })
    } else {
        let torch_name = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "pth" | "pt" | "bin"));
        safetensors::read_safetensors(&bytes).map_err(|reason| EncoderError::Checkpoint {
            path: path.into(),
            // A file named like a PyTorch checkpoint is more likely a damaged or truncated one
            // than a safetensors file: say what it is not in PyTorch's terms first.
            reason: if torch_name {
                format!(
                    "not a PyTorch checkpoint (neither the legacy pickle format nor a zip \
                     archive; a truncated download?) and not a safetensors file ({reason})"
                )
            } else {
                reason
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_pth_file_is_named_as_a_pytorch_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        for (name, torch) in [("w.pth", true), ("w.PT", true), ("w.safetensors", false)] {
            let path = dir.path().join(name);
            std::fs::write(&path, b"<html>not found</html>").unwrap();
            let err = read_checkpoint(&path).unwrap_err().to_string();
            assert!(err.contains(name), "{err}");
            assert_eq!(err.contains("not a PyTorch checkpoint"), torch, "{err}");
            assert!(err.contains("safetensors"), "{err}");
        }
    }
}
