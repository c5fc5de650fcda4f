//! The dense linear algebra the covariance-based scorers need: mean, covariance with
//! Ledoit–Wolf shrinkage, Cholesky factorisation and triangular solves. All `f64` for
//! stability; matrices are row-major `d × d`.

use crate::Matrix;

/// Column means.
pub fn column_mean(x: &Matrix) -> Vec<f64> {
    let mut mean = vec![0f64; x.cols()];
    for i in 0..x.rows() {
        for (m, &v) in mean.iter_mut().zip(x.row(i)) {
            *m += f64::from(v);
        }
    }
    let n = x.rows().max(1) as f64;
    mean.iter_mut().for_each(|m| *m /= n);
    mean
}

/// `out = a · btᵀ` in `f64`, with `a` `m × k` and `bt` `n × k`, both row-major (one GEMM).
fn gemm_abt(a: &[f64], m: usize, bt: &[f64], n: usize, k: usize) -> Vec<f64> {
    let mut out = vec![0f64; m * n];
    if m == 0 || n == 0 {
        return out;
    }
    debug_assert_eq!(a.len(), m * k);
    debug_assert_eq!(bt.len(), n * k);
    // SAFETY: the slices hold m·k, n·k and m·n elements as the strides describe; no aliasing.
    unsafe {
        gemm::gemm(
            m,
            n,
            k,
            out.as_mut_ptr(),
            1,
            n as isize,
            false,
            a.as_ptr(),
            1,
            k as isize,
            bt.as_ptr(),
            k as isize,
            1,
            0.0,
            1.0,
            false,
            false,
            false,
            gemm::Parallelism::Rayon(0),
        );
    }
    out
}

/// The centred data `x − mean`, transposed (`d × n`), in `f64`.
fn centred_transposed(x: &Matrix, mean: &[f64]) -> Vec<f64> {
    let (n, d) = (x.rows(), x.cols());
    let mut t = vec![0f64; n * d];
    for i in 0..n {
        for (j, &v) in x.row(i).iter().enumerate() {
            t[j * n + i] = f64::from(v) - mean[j];
        }
    }
    t
}

/// The Ledoit–Wolf shrunk covariance `(1 − δ)·S + δ·μ·I` of `x` around `mean`, with `S` the
/// maximum-likelihood covariance (divided by n), `μ = tr(S)/d` and δ from Ledoit & Wolf (2004),
/// computed as scikit-learn's `ledoit_wolf_shrinkage`, in `f64`. Returns (covariance, δ).
pub fn ledoit_wolf(x: &Matrix, mean: &[f64]) -> (Vec<f64>, f64) {
    let (n, d) = (x.rows() as f64, x.cols());
    let xt = centred_transposed(x, mean); // d × n
    let s: Vec<f64> = gemm_abt(&xt, d, &xt, d, x.rows())
        .into_iter()
        .map(|v| v / n)
        .collect();
    let squares: Vec<f64> = xt.iter().map(|v| v * v).collect();
    let beta_sum: f64 = gemm_abt(&squares, d, &squares, d, x.rows()).iter().sum();
    let trace: f64 = (0..d).map(|i| s[i * d + i]).sum();
    let mu = trace / d as f64;
    // ‖XᵀX‖²_F / n² = ‖S‖²_F
    let delta_sum: f64 = s.iter().map(|v| v * v).sum();
    let beta = (beta_sum / n - delta_sum) / (d as f64 * n);
    let delta = (delta_sum - 2.0 * mu * trace + d as f64 * mu * mu) / d as f64;
    let beta = beta.min(delta);
    let shrinkage = if beta == 0.0 { 0.0 } else { beta / delta };
    let mut cov: Vec<f64> = s.iter().map(|v| (1.0 - shrinkage) * v).collect();
    for i in 0..d {
        cov[i * d + i] += shrinkage * mu;
    }
    (cov, shrinkage)
}

/// Lower-triangular `L` with `L·Lᵀ = a` (row-major `d × d`); `None` when `a` is not positive
/// definite.
pub fn cholesky(a: &[f64], d: usize) -> Option<Vec<f64>> {
    let mut l = vec![0f64; d * d];
    for i in 0..d {
        for j in 0..=i {
            let dot: f64 = (0..j).map(|k| l[i * d + k] * l[j * d + k]).sum();
            if i == j {
                let v = a[i * d + i] - dot;
                if v <= 0.0 || !v.is_finite() {
                    return None;
                }
                l[i * d + i] = v.sqrt();
            } else {
                l[i * d + j] = (a[i * d + j] - dot) / l[j * d + j];
            }
        }
    }
    Some(l)
}

/// Inverse of a lower-triangular matrix (also lower-triangular).
pub fn invert_lower(l: &[f64], d: usize) -> Vec<f64> {
    let mut inv = vec![0f64; d * d];
    for col in 0..d {
        inv[col * d + col] = 1.0 / l[col * d + col];
        for i in col + 1..d {
            let s: f64 = (col..i).map(|k| l[i * d + k] * inv[k * d + col]).sum();
            inv[i * d + col] = -s / l[i * d + i];
        }
    }
    inv
}

/// Whitens rows: `(x − mean)·wᵀ` (no centring when `mean` is `None`), computed in `f64`
/// and returned as `f32`. With `w = L⁻¹` inner products of the results are `aᵀ·Σ⁻¹·b`.
pub fn whiten(x: &Matrix, mean: Option<&[f64]>, w: &[f64]) -> Matrix {
    let d = x.cols();
    let rows: Vec<f64> = x
        .as_slice()
        .chunks(d.max(1))
        .flat_map(|row| {
            row.iter()
                .enumerate()
                .map(move |(j, &v)| f64::from(v) - mean.map_or(0.0, |m| m[j]))
        })
        .collect();
    let out = gemm_abt(&rows, x.rows(), w, d, d);
    Matrix::new(x.rows(), d, out.into_iter().map(|v| v as f32).collect())
        .unwrap_or_else(|_| x.clone())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn cholesky_reconstructs_and_inverts() {
        let a = [4.0, 2.0, 0.4, 2.0, 5.0, 1.0, 0.4, 1.0, 3.0];
        let l = cholesky(&a, 3).unwrap();
        for i in 0..3 {
            for j in 0..3 {
                let v: f64 = (0..3).map(|k| l[i * 3 + k] * l[j * 3 + k]).sum();
                assert!((v - a[i * 3 + j]).abs() < 1e-12);
            }
        }
        let inv = invert_lower(&l, 3);
        for i in 0..3 {
            for j in 0..3 {
                let v: f64 = (0..3).map(|k| inv[i * 3 + k] * l[k * 3 + j]).sum();
                assert!((v - f64::from(u8::from(i == j))).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn not_positive_definite_is_none() {
        assert!(cholesky(&[1.0, 2.0, 2.0, 1.0], 2).is_none());
    }

    /// 20 correlated 3-D points, the same formula as in the Python line below.
    pub(crate) fn lw_data() -> Matrix {
        let rows: Vec<f32> = (0..20)
            .flat_map(|i| {
                let i = f64::from(i);
                [
                    (i * 1.3).sin() * 2.0 + 0.1 * i,
                    (i * 0.7).cos() + (i * 1.3).sin(),
                    (i % 5.0) * 0.3 - 0.5 * (i * 0.7).cos(),
                ]
                .map(|v| v as f32)
            })
            .collect();
        Matrix::new(20, 3, rows).unwrap()
    }

    #[test]
    fn ledoit_wolf_matches_scikit_learn() {
        // X = [[sin(1.3i)*2+0.1i, cos(0.7i)+sin(1.3i), (i%5)*0.3-0.5cos(0.7i)] for i in range(20)]
        // sklearn.covariance.ledoit_wolf(X) -> shrinkage 0.12934281906123035, covariance:
        let expected = [
            1.86496414,
            0.838607529,
            -0.3735250327,
            0.838607529,
            1.047922738,
            -0.4482943343,
            -0.3735250327,
            -0.4482943343,
            0.430530239,
        ];
        let x = lw_data();
        let (cov, shrinkage) = ledoit_wolf(&x, &column_mean(&x));
        assert!(
            (shrinkage - 0.129_342_819_061_230_35).abs() < 1e-5,
            "{shrinkage}"
        );
        for (a, b) in cov.iter().zip(expected) {
            assert!((a - b).abs() < 1e-5, "{a} vs {b}");
        }
    }
}
