//! Heads on frozen features: codes of feature rows in inference mode (KE, Red PANDA).

use burn::tensor::{Tensor, TensorData};
use swan_score::Matrix;
use swan_train::ssl::{Mlp, l2_normalize};

use crate::MethodError;

/// l2-normalised codes of feature rows (inference mode), in chunks.
pub(crate) fn codes(head: &Mlp, features: &Matrix) -> Result<Matrix, MethodError> {
    codes_of(features, |x| head.forward(x))
}

/// l2-normalised `map(features)` row by row (inference mode), in chunks.
pub(crate) fn codes_of(
    features: &Matrix,
    map: impl Fn(Tensor<2>) -> Tensor<2>,
) -> Result<Matrix, MethodError> {
    let device = swan_train::inference_device();
    let (n, d) = (features.rows(), features.cols());
    let mut out = Vec::new();
    let mut dim = 0;
    for lo in (0..n).step_by(1024) {
        let hi = (lo + 1024).min(n);
        let x = Tensor::<2>::from_data(
            TensorData::new(features.as_slice()[lo * d..hi * d].to_vec(), [hi - lo, d]),
            &device,
        );
        let z = l2_normalize(map(x));
        dim = z.dims()[1];
        out.extend(
            z.into_data()
                .try_to_vec::<f32>()
                .map_err(|_| MethodError::Params("codes are not f32".into()))?,
        );
    }
    Ok(Matrix::new(n, dim, out)?)
}
