use std::collections::HashMap;

use super::{Gamma, Kernel, OcSvmParams};
use crate::matrix::dot_block;
use crate::{Matrix, ScoreError};

/// A fitted one-class SVM: support vectors, their coefficients, ρ and the kernel.
#[derive(Clone, Debug)]
pub struct OcSvm {
    kernel: Kernel,
    gamma: f64,
    coef0: f64,
    support: Matrix,
    support_norms_sq: Vec<f32>,
    alpha: Vec<f64>,
    rho: f64,
    /// SMO iterations used.
    pub iterations: usize,
}

/// Kernel values from dot products and squared norms.
fn kernel_value(kernel: Kernel, gamma: f64, coef0: f64, dot: f64, norm_a: f64, norm_b: f64) -> f64 {
    match kernel {
        Kernel::Linear => dot,
        Kernel::Rbf => (-gamma * (norm_a + norm_b - 2.0 * dot).max(0.0)).exp(),
        Kernel::Sigmoid => (gamma * dot + coef0).tanh(),
    }
}

/// Rows of the kernel matrix, computed on demand and cached up to a budget.
struct KernelRows<'a> {
    x: &'a Matrix,
    norms: Vec<f32>,
    kernel: Kernel,
    gamma: f64,
    coef0: f64,
    cache: HashMap<usize, Vec<f32>>,
    max_rows: usize,
}

impl KernelRows<'_> {
    fn row(&mut self, i: usize) -> &[f32] {
        if !self.cache.contains_key(&i) {
            if self.cache.len() >= self.max_rows
                && let Some(&evict) = self.cache.keys().next()
            {
                self.cache.remove(&evict);
            }
            let n = self.x.rows();
            let mut dots = vec![0f32; n];
            dot_block(self.x.row(i), 1, self.x, &mut dots);
            let ni = f64::from(self.norms[i]);
            let row = dots
                .iter()
                .zip(&self.norms)
                .map(|(&d, &nj)| {
                    kernel_value(
                        self.kernel,
                        self.gamma,
                        self.coef0,
                        f64::from(d),
                        ni,
                        f64::from(nj),
                    ) as f32
                })
                .collect();
            self.cache.insert(i, row);
        }
        &self.cache[&i]
    }
}

impl OcSvm {
    pub(super) fn train(params: &OcSvmParams, x: &Matrix) -> Result<Self, ScoreError> {
        let (n, d) = (x.rows(), x.cols());
        let gamma = match params.gamma {
            Gamma::Value(g) => g,
            Gamma::Auto => 1.0 / d as f64,
            Gamma::Scale => {
                let count = (n * d) as f64;
                let mean: f64 = x.as_slice().iter().map(|&v| f64::from(v)).sum::<f64>() / count;
                let var = x
                    .as_slice()
                    .iter()
                    .map(|&v| (f64::from(v) - mean).powi(2))
                    .sum::<f64>()
                    / count;
                if var > 0.0 {
                    1.0 / (d as f64 * var)
                } else {
                    1.0
                }
            }
        };
        let norms = x.row_norms_sq();
        let max_rows = (params.cache_mib * 1024 * 1024 / (4 * n).max(1)).max(2);
        let mut q = KernelRows {
            x,
            norms: norms.clone(),
            kernel: params.kernel,
            gamma,
            coef0: params.coef0,
            cache: HashMap::new(),
            max_rows,
        };
        let qd: Vec<f64> = (0..n)
            .map(|i| {
                kernel_value(
                    params.kernel,
                    gamma,
                    params.coef0,
                    f64::from(norms[i]),
                    f64::from(norms[i]),
                    f64::from(norms[i]),
                )
            })
            .collect();

        // libsvm `solve_one_class`: the first ⌊ν·n⌋ coefficients at the bound 1, the next
        // one takes the remainder, so Σα = ν·n.
        let total = params.nu * n as f64;
        let full = (total as usize).min(n);
        let mut alpha = vec![0f64; n];
        alpha[..full].iter_mut().for_each(|a| *a = 1.0);
        if full < n {
            alpha[full] = total - full as f64;
        }
        // Gradient G = Qα.
        let mut grad = vec![0f64; n];
        for (i, &a) in alpha.iter().enumerate() {
            if a != 0.0 {
                for (g, &k) in grad.iter_mut().zip(q.row(i)) {
                    *g += a * f64::from(k);
                }
            }
        }
        const TAU: f64 = 1e-12;
        let max_iter = (100 * n).max(10_000_000);
        let mut iterations = 0;
        while iterations < max_iter {
            // Working set (all labels +1): i maximises −G over α < 1, j minimises the
            // second-order objective over α > 0 (libsvm `select_working_set`).
            let mut gmax = f64::NEG_INFINITY;
            let mut i_sel = None;
            for t in 0..n {
                if alpha[t] < 1.0 && -grad[t] >= gmax {
                    gmax = -grad[t];
                    i_sel = Some(t);
                }
            }
            let Some(i) = i_sel else { break };
            let qi: Vec<f32> = q.row(i).to_vec();
            let mut gmax2 = f64::NEG_INFINITY;
            let mut j_sel = None;
            let mut best = f64::INFINITY;
            for t in 0..n {
                if alpha[t] > 0.0 {
                    let diff = gmax + grad[t];
                    gmax2 = gmax2.max(grad[t]);
                    if diff > 0.0 {
                        let quad = qd[i] + qd[t] - 2.0 * f64::from(qi[t]);
                        let obj = -(diff * diff) / if quad > 0.0 { quad } else { TAU };
                        if obj <= best {
                            best = obj;
                            j_sel = Some(t);
                        }
                    }
                }
            }
            if gmax + gmax2 < params.tol {
                break;
            }
            let Some(j) = j_sel else { break };
            iterations += 1;
            // Two-variable update keeping αᵢ + αⱼ fixed, clipped to [0, 1].
            let quad = (qd[i] + qd[j] - 2.0 * f64::from(qi[j])).max(TAU);
            let delta = (grad[i] - grad[j]) / quad;
            let sum = alpha[i] + alpha[j];
            let (old_i, old_j) = (alpha[i], alpha[j]);
            let (mut ai, mut aj) = (old_i - delta, old_j + delta);
            if sum > 1.0 {
                if ai > 1.0 {
                    ai = 1.0;
                    aj = sum - 1.0;
                }
            } else if aj < 0.0 {
                aj = 0.0;
                ai = sum;
            }
            if sum > 1.0 {
                if aj > 1.0 {
                    aj = 1.0;
                    ai = sum - 1.0;
                }
            } else if ai < 0.0 {
                ai = 0.0;
                aj = sum;
            }
            alpha[i] = ai;
            alpha[j] = aj;
            let (di, dj) = (ai - old_i, aj - old_j);
            let qj: Vec<f32> = q.row(j).to_vec();
            for t in 0..n {
                grad[t] += di * f64::from(qi[t]) + dj * f64::from(qj[t]);
            }
        }
        // ρ: mean gradient over free coefficients, else the middle of the bounds.
        let (mut ub, mut lb, mut free_sum, mut free) =
            (f64::INFINITY, f64::NEG_INFINITY, 0.0, 0usize);
        for t in 0..n {
            if alpha[t] >= 1.0 {
                lb = lb.max(grad[t]);
            } else if alpha[t] <= 0.0 {
                ub = ub.min(grad[t]);
            } else {
                free += 1;
                free_sum += grad[t];
            }
        }
        let rho = if free > 0 {
            free_sum / free as f64
        } else {
            (ub + lb) / 2.0
        };
        // Stored in f32: round now so a saved model scores exactly as this one.
        let (rho, gamma) = (f64::from(rho as f32), f64::from(gamma as f32));
        alpha.iter_mut().for_each(|a| *a = f64::from(*a as f32));
        let sv: Vec<usize> = (0..n).filter(|&t| alpha[t] > 0.0).collect();
        let support = x.select_rows(&sv);
        Ok(Self {
            kernel: params.kernel,
            gamma,
            coef0: params.coef0,
            support_norms_sq: support.row_norms_sq(),
            support,
            alpha: sv.iter().map(|&t| alpha[t]).collect(),
            rho,
            iterations,
        })
    }

    /// `f(y) = Σ αᵢ K(xᵢ, y) − ρ` (scikit-learn's `decision_function`).
    pub fn decision_function(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        if !crate::error::rows_to_score("ocsvm", y, self.support.cols())? {
            return Ok(Vec::new());
        }
        let m = self.support.rows();
        let mut out = Vec::with_capacity(y.rows());
        let batch = 256;
        let mut dots = Vec::new();
        for start in (0..y.rows()).step_by(batch) {
            let rows = batch.min(y.rows() - start);
            let block = &y.as_slice()[start * y.cols()..(start + rows) * y.cols()];
            dots.resize(rows * m, 0.0);
            dot_block(block, rows, &self.support, &mut dots);
            for (r, row) in dots.chunks(m.max(1)).take(rows).enumerate() {
                let q = &block[r * y.cols()..(r + 1) * y.cols()];
                let nq: f64 = q.iter().map(|&v| f64::from(v) * f64::from(v)).sum();
                let f: f64 = row
                    .iter()
                    .zip(&self.alpha)
                    .zip(&self.support_norms_sq)
                    .map(|((&dot, &a), &ns)| {
                        a * kernel_value(
                            self.kernel,
                            self.gamma,
                            self.coef0,
                            f64::from(dot),
                            nq,
                            f64::from(ns),
                        )
                    })
                    .sum();
                out.push((f - self.rho) as f32);
            }
        }
        Ok(out)
    }

    /// Anomaly score `−f(y)`: higher = more anomalous.
    pub fn score(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        Ok(self.decision_function(y)?.into_iter().map(|f| -f).collect())
    }

    /// (params, support vectors, coefficients, [ρ, γ]) for storage.
    pub fn state(&self) -> (OcSvmParams, &Matrix, Vec<f32>, [f32; 2]) {
        let params = OcSvmParams {
            kernel: self.kernel,
            gamma: Gamma::Value(self.gamma),
            coef0: self.coef0,
            ..OcSvmParams::default()
        };
        (
            params,
            &self.support,
            self.alpha.iter().map(|&a| a as f32).collect(),
            [self.rho as f32, self.gamma as f32],
        )
    }

    /// A scorer from the parts [`state`](Self::state) gave, checked to fit together.
    pub fn from_state(
        params: &OcSvmParams,
        support: Matrix,
        alpha: &[f32],
        rho_gamma: &[f32],
    ) -> Result<Self, ScoreError> {
        if alpha.len() != support.rows() || rho_gamma.len() != 2 {
            return Err(ScoreError::State {
                scorer: "ocsvm",
                reason: "inconsistent sizes".into(),
            });
        }
        Ok(Self {
            kernel: params.kernel,
            gamma: f64::from(rho_gamma[1]),
            coef0: params.coef0,
            support_norms_sq: support.row_norms_sq(),
            support,
            alpha: alpha.iter().map(|&a| f64::from(a)).collect(),
            rho: f64::from(rho_gamma[0]),
            iterations: 0,
        })
    }

    /// Number of support vectors (training rows with a non-zero dual coefficient).
    pub fn n_support(&self) -> usize {
        self.support.rows()
    }

    /// The offset ρ of the decision function.
    pub fn rho(&self) -> f64 {
        self.rho
    }

    /// The kernel's γ as used (what [`Gamma::Scale`](crate::Gamma) or `Auto` came to).
    pub fn gamma(&self) -> f64 {
        self.gamma
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ocsvm::OcSvmParams;

    fn blob() -> Matrix {
        let rows: Vec<f32> = (0..40)
            .flat_map(|i| {
                let t = f64::from(i) * 0.7;
                [t.sin() as f32, (t * 1.3).cos() as f32 * 0.5]
            })
            .collect();
        Matrix::new(40, 2, rows).unwrap()
    }

    #[test]
    fn matches_scikit_learn_rbf() {
        // X = [[sin(0.7i), 0.5cos(0.91i)] for i in range(40)]
        // OneClassSVM(nu=0.2).fit(X).decision_function([[0, 0], [2, 2], [0.5, 0.2]])
        // = [0.18052666, -2.20545316, 0.33250971]
        let m = OcSvmParams::default().nu(0.2).fit(&blob()).unwrap();
        let f = m
            .decision_function(&Matrix::new(3, 2, vec![0.0, 0.0, 2.0, 2.0, 0.5, 0.2]).unwrap())
            .unwrap();
        let expected = [0.18052666, -2.20545316, 0.33250971];
        for (a, b) in f.iter().zip(expected) {
            assert!((f64::from(*a) - b).abs() < 2e-3, "{f:?} vs {expected:?}");
        }
    }

    #[test]
    fn sum_of_coefficients_is_nu_n_and_outliers_score_higher() {
        let m = OcSvmParams::default().nu(0.3).fit(&blob()).unwrap();
        // Coefficients are kept at f32 precision (the precision they are stored in).
        assert!((m.alpha.iter().sum::<f64>() - 12.0).abs() < 1e-5);
        let s = m
            .score(&Matrix::new(2, 2, vec![0.0, 0.0, 5.0, 5.0]).unwrap())
            .unwrap();
        assert!(s[1] > s[0]);
    }
}
