//! safetensors checkpoints (f32, f16, bf16 and f64 tensors are read as `f32`).

use safetensors::{Dtype, SafeTensors};

use super::{RawTensor, TensorMap};

pub fn read_safetensors(bytes: &[u8]) -> Result<TensorMap, String> {
    let st = SafeTensors::deserialize(bytes).map_err(|e| format!("not a safetensors file: {e}"))?;
    let mut map = TensorMap::new();
    for (name, view) in st.tensors() {
        let data = view.data();
        let values: Vec<f32> = match view.dtype() {
            Dtype::F32 => data
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
            Dtype::F64 => data
                .chunks_exact(8)
                .map(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])) as f32)
                .collect(),
            Dtype::F16 => data
                .chunks_exact(2)
                .map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32())
                .collect(),
            Dtype::BF16 => data
                .chunks_exact(2)
                .map(|c| f32::from_bits(u32::from(u16::from_le_bytes([c[0], c[1]])) << 16))
                .collect(),
            Dtype::I64 => data
                .chunks_exact(8)
                .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])) as f32)
                .collect(),
            Dtype::U8 => data.iter().map(|&b| f32::from(b)).collect(),
            other => return Err(format!("tensor {name}: dtype {other:?} is not supported")),
        };
        map.insert(name, RawTensor::new(view.shape().to_vec(), values));
    }
    Ok(map)
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
    fn garbage_is_an_error() {
        assert!(read_safetensors(b"garbage").is_err());
    }
}
