//! swan's CPU operations as burn backend extensions on `flex`, each with its own autodiff
//! backward: the convolution ([`conv2d`]), ReLU6 ([`relu6`]) and train-mode batch-norm
//! ([`batch_norm`]). Each public function picks the extension on the `flex` device and burn's
//! stock operation elsewhere.

use burn::backend::ops::{ActivationOps, FloatTensorOps, ModuleOps};
use burn::backend::{Backend, Flex, TensorMetadata, backend_extension, tensor::FloatTensor};
use burn::tensor::ops::ConvOptions;
use burn::tensor::{DType, Device, Shape, Tensor, TensorData};
use burn_autodiff::{
    Autodiff,
    checkpoint::{base::Checkpointer, strategy::CheckpointStrategy},
    grads::Gradients,
    ops::{Backward, Ops, OpsKind},
};
use burn_flex::FlexTensor;

use super::conv::{
    ConvGeom, conv2d_forward, conv2d_weight_backward, conv2d_x_backward, depthwise_forward,
    depthwise_weight_backward, depthwise_x_backward, lane_sum,
};

mod activation;
mod batch_norm;
mod convolution;

pub use activation::relu6;
pub use batch_norm::batch_norm;
pub use convolution::{conv2d, conv2d_layer, conv2d_layer_act};

fn f32_values(t: &FlexTensor) -> std::borrow::Cow<'_, [f32]> {
    match t.as_slice::<f32>() {
        Some(s) if t.is_contiguous() => std::borrow::Cow::Borrowed(s),
        _ => std::borrow::Cow::Owned(
            t.to_contiguous()
                .as_slice::<f32>()
                .expect("contiguous f32")
                .to_vec(),
        ),
    }
}

/// The values of `t` as f32 (converted when stored otherwise), and its dtype.
fn values_any(t: FlexTensor) -> (Vec<f32>, Vec<usize>, DType) {
    let (dtype, shape) = (t.dtype(), t.shape().to_vec());
    let values = if dtype == DType::F32 {
        match f32_values(&t) {
            std::borrow::Cow::Borrowed(s) => par_copy(s),
            std::borrow::Cow::Owned(v) => v,
        }
    } else {
        let data = t.into_data().convert::<f32>();
        data.try_to_vec::<f32>().unwrap_or_default()
    };
    (values, shape, dtype)
}

/// A copy of `s` written by the rayon pool's threads (a large copy on the calling thread is a
/// serial pass while the other threads wait: batch-norm's copy of an input that autodiff keeps
/// for the backward pass was 2 % of an ADIB step in perf).
fn par_copy(s: &[f32]) -> Vec<f32> {
    use super::conv::{FILL_CHUNK, par_filled};
    par_filled(s.len(), FILL_CHUNK, |chunk, i| {
        chunk.write_copy_of_slice(&s[i * FILL_CHUNK..][..chunk.len()]);
    })
}

/// The values of `t` as f32, borrowed when stored as contiguous f32 (for read-only inputs).
fn values_ref(t: &FlexTensor) -> std::borrow::Cow<'_, [f32]> {
    if t.dtype() == DType::F32 {
        f32_values(t)
    } else {
        std::borrow::Cow::Owned(values_any(t.clone()).0)
    }
}

/// `t`'s values as a mutable slice when they can be changed in place: contiguous f32 storage
/// that nothing else holds (an activation or gradient on its way through a training step
/// usually is).
fn unshared_values(t: &mut FlexTensor) -> Option<&mut [f32]> {
    let layout = t.layout();
    let direct = t.dtype() == DType::F32
        && layout.is_contiguous()
        && layout.start_offset() == 0
        && t.bytes().len() == layout.num_elements() * 4;
    if direct {
        t.try_storage_mut::<f32>()
    } else {
        None
    }
}

/// `f` applied to the values of `t` in place (with `t`'s shape), returning the tensor. Without
/// a copy when [`unshared_values`] gives them, and on a contiguous f32 copy otherwise
/// (converted back to `t`'s dtype).
fn in_place(mut t: FlexTensor, f: impl FnOnce(&mut [f32], &[usize])) -> FlexTensor {
    let shape = t.shape().to_vec();
    if let Some(values) = unshared_values(&mut t) {
        f(values, &shape);
        return t;
    }
    let (mut values, shape, dtype) = values_any(t);
    f(&mut values, &shape);
    tensor_of(values, shape, dtype)
}

/// `t` with `f(i)` applied to every value of its `i`-th run of `plane` values, in parallel: in
/// place when [`unshared_values`] gives them, otherwise written in one pass from `t`'s values
/// into a new tensor (batch-norm's input, which autodiff keeps, used to be copied and then
/// changed: two passes).
fn map_planes<F: Fn(f32) -> f32>(
    mut t: FlexTensor,
    plane: usize,
    f: impl Fn(usize) -> F + Send + Sync,
) -> FlexTensor {
    use rayon::prelude::*;
    let plane = plane.max(1);
    if let Some(values) = unshared_values(&mut t) {
        values.par_chunks_mut(plane).enumerate().for_each(|(i, v)| {
            let g = f(i);
            v.iter_mut().for_each(|e| *e = g(*e));
        });
        return t;
    }
    let (shape, dtype) = (t.shape().to_vec(), t.dtype());
    let src = values_ref(&t);
    let out = super::conv::par_filled(src.len(), plane, |dst, i| {
        let g = f(i);
        for (d, &e) in dst.iter_mut().zip(&src[i * plane..]) {
            d.write(g(e));
        }
    });
    tensor_of(out, shape, dtype)
}

fn tensor_of(values: Vec<f32>, shape: Vec<usize>, dtype: DType) -> FlexTensor {
    let data = TensorData::new(values, shape);
    FlexTensor::from_data(if dtype == DType::F32 {
        data
    } else {
        data.convert_dtype(dtype)
    })
}

/// Elementwise `f` over chunks in parallel (the rayon pool `--threads` set).
fn par_map(values: &mut [f32], f: impl Fn(&mut [f32]) + Send + Sync) {
    use rayon::prelude::*;
    values.par_chunks_mut(1 << 14).for_each(f);
}

/// Whether `device` (with or without autodiff) is burn's `flex` CPU device.
fn on_flex(device: &Device) -> bool {
    matches!(
        device.clone().inner().as_dispatch(),
        burn::backend::DispatchDevice::Flex(_)
    )
}

/// Helpers shared by the kernels' tests against burn's own operations.
#[cfg(test)]
mod test_util {
    use burn::tensor::Tensor;

    pub fn values<const D: usize>(t: Tensor<D>) -> Vec<f32> {
        t.into_data().try_to_vec::<f32>().unwrap()
    }

    /// `a` equals `b` elementwise to a relative tolerance `tol`.
    pub fn close(a: &[f32], b: &[f32], tol: f32, what: &str) {
        assert_eq!(a.len(), b.len(), "{what}: lengths");
        for (i, (x, y)) in a.iter().zip(b).enumerate() {
            assert!(
                (x - y).abs() <= tol * (1.0 + y.abs()),
                "{what}[{i}]: {x} vs {y}"
            );
        }
    }
}
