use half::f16;
use rayon::prelude::*;

use super::{KnnError, KnnParams, Metric, Reduction};
use crate::Matrix;
use crate::matrix::dot_block_serial;

/// A fitted exact kNN scorer: the memory bank and its parameters.
#[derive(Clone, Debug)]
pub struct Knn {
    params: KnnParams,
    /// Rows as given (L2) or unit-normalised (cosine).
    bank: Bank,
    bank_norms_sq: Vec<f32>,
}

/// The memory bank in single or half precision.
#[derive(Clone, Debug)]
enum Bank {
    F32(Matrix),
    F16 {
        rows: usize,
        cols: usize,
        data: Vec<f16>,
    },
}

impl Bank {
    fn new(m: Matrix, half: bool) -> Self {
        if half {
            Self::F16 {
                rows: m.rows(),
                cols: m.cols(),
                data: m.as_slice().iter().map(|&v| f16::from_f32(v)).collect(),
            }
        } else {
            Self::F32(m)
        }
    }

    fn rows(&self) -> usize {
        match self {
            Self::F32(m) => m.rows(),
            Self::F16 { rows, .. } => *rows,
        }
    }

    fn cols(&self) -> usize {
        match self {
            Self::F32(m) => m.cols(),
            Self::F16 { cols, .. } => *cols,
        }
    }

    /// Rows `start..start + len` as f32 (decoded into `buf` for the half-precision bank).
    fn chunk<'a>(&'a self, start: usize, len: usize, buf: &'a mut Vec<f32>) -> &'a [f32] {
        match self {
            Self::F32(m) => &m.as_slice()[start * m.cols()..(start + len) * m.cols()],
            Self::F16 { cols, data, .. } => {
                buf.clear();
                buf.extend(
                    data[start * cols..(start + len) * cols]
                        .iter()
                        .map(|h| h.to_f32()),
                );
                buf
            }
        }
    }

    /// Squared L2 norm of each row as stored (after rounding to half precision), without
    /// decoding the half-precision bank whole.
    fn row_norms_sq(&self) -> Vec<f32> {
        match self {
            Self::F32(m) => m.row_norms_sq(),
            Self::F16 { cols, data, .. } => data
                .chunks(*cols.max(&1))
                .map(|row| row.iter().map(|h| h.to_f32() * h.to_f32()).sum())
                .collect(),
        }
    }

    fn to_matrix(&self) -> std::borrow::Cow<'_, Matrix> {
        match self {
            Self::F32(m) => std::borrow::Cow::Borrowed(m),
            // Built from a valid matrix whose values fit half precision (checked in `fit`).
            Self::F16 { rows, cols, data } => std::borrow::Cow::Owned(Matrix::from_valid(
                *rows,
                *cols,
                data.iter().map(|h| h.to_f32()).collect(),
            )),
        }
    }
}

impl Knn {
    /// Parameters with `k` neighbours, L2 metric.
    pub fn params(k: usize) -> KnnParams {
        KnnParams::default().k(k)
    }

    /// A scorer on `bank` as given (checked by the caller), normalised in place for the
    /// cosine metric.
    pub(super) fn new(params: KnnParams, bank: Matrix) -> Self {
        let bank = match params.metric {
            Metric::L2 => bank,
            Metric::Cosine => bank.into_l2_normalized(),
        };
        Self::from_prepared(params, bank)
    }

    fn from_prepared(params: KnnParams, bank: Matrix) -> Self {
        let bank = Bank::new(bank, params.f16_bank);
        // Norms of the bank as stored (after rounding to half precision).
        let bank_norms_sq = bank.row_norms_sq();
        Self {
            params,
            bank,
            bank_norms_sq,
        }
    }

    /// Rebuilds a scorer from a bank exactly as [`Knn::bank`] returned it (already
    /// normalised for the cosine metric), so a stored scorer scores bit-for-bit like the
    /// fitted one.
    pub fn from_stored_bank(params: KnnParams, bank: Matrix) -> Result<Self, KnnError> {
        params.check_bank(&bank)?;
        Ok(Self::from_prepared(params, bank))
    }

    /// The hyper-parameters it was fitted with.
    pub fn params_ref(&self) -> &KnnParams {
        &self.params
    }

    /// Rows of the memory bank (without converting a half-precision bank, as
    /// [`Knn::bank`] does).
    pub fn bank_rows(&self) -> usize {
        self.bank_norms_sq.len()
    }

    /// The memory bank (unit-normalised rows for the cosine metric).
    pub fn bank(&self) -> std::borrow::Cow<'_, Matrix> {
        self.bank.to_matrix()
    }

    /// Mean distance of each query row to its `k` nearest bank rows. Higher = more anomalous.
    pub fn score(&self, queries: &Matrix) -> Result<Vec<f32>, KnnError> {
        let k = self.params.k;
        Ok(self
            .neighbours(queries, k)?
            .into_iter()
            .map(|nearest| {
                let total = nearest.iter().map(|(d, _)| d).sum::<f32>();
                match self.params.reduction {
                    Reduction::Mean => total / k as f32,
                    Reduction::Sum => total,
                }
            })
            .collect())
    }

    /// The `k` nearest bank rows of each query, nearest first, as (distance, bank index).
    /// Distances are Euclidean (L2) or `1 − cos` (cosine).
    pub fn neighbours(&self, queries: &Matrix, k: usize) -> Result<super::Neighbours, KnnError> {
        // No queries, no neighbours (a part of a list whose images were all unreadable has
        // no columns either).
        if queries.rows() == 0 {
            return Ok(Vec::new());
        }
        if queries.cols() != self.bank.cols() {
            return Err(KnnError::Dimension {
                query: queries.cols(),
                bank: self.bank.cols(),
            });
        }
        if k == 0 {
            return Err(super::KnnParamsError::KIsZero.into());
        }
        if k > self.bank.rows() {
            return Err(KnnError::BankSmallerThanK {
                bank: self.bank.rows(),
                k,
            });
        }
        let queries = match self.params.metric {
            Metric::L2 => std::borrow::Cow::Borrowed(queries),
            Metric::Cosine => std::borrow::Cow::Owned(queries.l2_normalized()),
        };
        let (n, d) = (self.bank.rows(), self.bank.cols());
        let metric = self.params.metric;
        // Each task takes a block of queries and walks the bank in chunks, so the distance
        // tile (query block × BANK_CHUNK) stays in cache; tasks run on all threads, each with
        // a single-threaded GEMM. Blocks are large (packing the bank costs once per block)
        // but leave at least four tasks per thread.
        const BANK_CHUNK: usize = 256;
        let per_task = queries
            .rows()
            .div_ceil(4 * rayon::current_num_threads())
            .clamp(16, 512);
        let bank = &self.bank;
        let norms = &self.bank_norms_sq;
        let out: Vec<Vec<(f32, usize)>> = queries
            .as_slice()
            .par_chunks(per_task * d)
            .flat_map_iter(|block| {
                let rows = block.len() / d.max(1);
                let q_norms: Vec<f32> = block
                    .chunks(d.max(1))
                    .map(|q| q.iter().map(|v| v * v).sum())
                    .collect();
                let mut nearest: Vec<KSmallest> = (0..rows).map(|_| KSmallest::new(k)).collect();
                let mut tile = vec![0f32; rows * BANK_CHUNK.min(n)];
                let mut decoded = Vec::new();
                for start in (0..n).step_by(BANK_CHUNK) {
                    let chunk = BANK_CHUNK.min(n - start);
                    let tile = &mut tile[..rows * chunk];
                    let b = bank.chunk(start, chunk, &mut decoded);
                    dot_block_serial(block, rows, b, chunk, d, tile);
                    for (r, row_dots) in tile.chunks(chunk).enumerate() {
                        let heap = &mut nearest[r];
                        for (j, (dot, b_norm)) in row_dots
                            .iter()
                            .zip(&norms[start..start + chunk])
                            .enumerate()
                        {
                            let dist = match metric {
                                Metric::L2 => (q_norms[r] + b_norm - 2.0 * dot).max(0.0),
                                Metric::Cosine => 1.0 - dot,
                            };
                            heap.push(dist, start + j);
                        }
                    }
                }
                // The GEMM expansion ‖q‖² + ‖b‖² − 2q·b loses precision for close pairs;
                // recompute the k chosen distances directly, in f64.
                nearest
                    .into_iter()
                    .zip(block.chunks(d.max(1)))
                    .map(|(heap, q)| {
                        let mut exact: Vec<(f32, usize)> = heap
                            .values
                            .into_iter()
                            .map(|(_, j)| {
                                let mut one = Vec::new();
                                let b = bank.chunk(j, 1, &mut one);
                                let v = match metric {
                                    Metric::L2 => q
                                        .iter()
                                        .zip(b)
                                        .map(|(&x, &y)| (f64::from(x) - f64::from(y)).powi(2))
                                        .sum::<f64>()
                                        .sqrt(),
                                    Metric::Cosine => {
                                        1.0 - q
                                            .iter()
                                            .zip(b)
                                            .map(|(&x, &y)| f64::from(x) * f64::from(y))
                                            .sum::<f64>()
                                    }
                                };
                                (v as f32, j)
                            })
                            .collect();
                        exact.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                        exact
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        Ok(out)
    }
}

/// The `k` smallest (value, index) pairs seen, kept sorted (k is small); ties keep the
/// lower index first.
struct KSmallest {
    k: usize,
    values: Vec<(f32, usize)>,
}

impl KSmallest {
    fn new(k: usize) -> Self {
        Self {
            k,
            values: Vec::with_capacity(k + 1),
        }
    }

    #[inline]
    fn push(&mut self, v: f32, index: usize) {
        if self.values.len() == self.k {
            if v >= self.values[self.k - 1].0 {
                return;
            }
            self.values.pop();
        }
        let at = self.values.partition_point(|&(x, _)| x <= v);
        self.values.insert(at, (v, index));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn five_points() -> Matrix {
        Matrix::new(
            5,
            2,
            vec![0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 3.0, 4.0, -1.0, -1.0],
        )
        .unwrap()
    }

    #[test]
    fn l2_mean_of_two_nearest_on_five_points() {
        let knn = Knn::params(2).fit(&five_points()).unwrap();
        let q = Matrix::new(2, 2, vec![0.0, 0.0, 3.0, 0.0]).unwrap();
        let s = knn.score(&q).unwrap();
        // (0,0): nearest (0,0) at 0 and (1,0) at 1 -> 0.5; (3,0): nearest (1,0) at 2 and (0,0) at 3 -> 2.5.
        assert!((s[0] - 0.5).abs() < 1e-5, "{s:?}");
        assert!((s[1] - 2.5).abs() < 1e-5, "{s:?}");
    }

    #[test]
    fn matches_brute_force_on_random_data_across_batches() {
        let mut x = 1u32;
        let mut rnd = || {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (x >> 8) as f32 / (1 << 24) as f32 - 0.5
        };
        let bank = Matrix::new(50, 7, (0..350).map(|_| rnd()).collect()).unwrap();
        let q = Matrix::new(23, 7, (0..161).map(|_| rnd()).collect()).unwrap();
        for metric in [Metric::L2, Metric::Cosine] {
            let knn = Knn::params(3).metric(metric).fit(&bank).unwrap();
            let got = knn.score(&q).unwrap();
            for (i, &score) in got.iter().enumerate() {
                let mut d: Vec<f32> = (0..bank.rows())
                    .map(|j| {
                        let (a, b) = (q.row(i), bank.row(j));
                        match metric {
                            Metric::L2 => a
                                .iter()
                                .zip(b)
                                .map(|(x, y)| (x - y).powi(2))
                                .sum::<f32>()
                                .sqrt(),
                            Metric::Cosine => {
                                let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
                                let na = a.iter().map(|v| v * v).sum::<f32>().sqrt();
                                let nb = b.iter().map(|v| v * v).sum::<f32>().sqrt();
                                1.0 - dot / (na * nb)
                            }
                        }
                    })
                    .collect();
                d.sort_by(f32::total_cmp);
                let expected = d[..3].iter().sum::<f32>() / 3.0;
                assert!(
                    (score - expected).abs() < 1e-4,
                    "{metric:?} row {i}: {score} vs {expected}"
                );
            }
        }
    }

    #[test]
    fn sum_is_k_times_mean() {
        let mean = Knn::params(2).fit(&five_points()).unwrap();
        let sum = Knn::params(2)
            .reduction(Reduction::Sum)
            .fit(&five_points())
            .unwrap();
        let q = Matrix::new(1, 2, vec![3.0, 0.0]).unwrap();
        assert_eq!(sum.score(&q).unwrap()[0], 2.0 * mean.score(&q).unwrap()[0]);
    }

    #[test]
    fn half_precision_bank_is_close_and_round_trips() {
        let bank = Matrix::new(3, 2, vec![0.1, 0.2, 1.5, -2.25, 1000.0, 3.0e-3]).unwrap();
        let knn = Knn::params(1).f16_bank(true).fit(&bank).unwrap();
        for (a, b) in knn.bank().as_slice().iter().zip(bank.as_slice()) {
            assert!((a - b).abs() <= 1e-3 * b.abs().max(1e-2), "{a} vs {b}");
        }
        let s = knn
            .score(&Matrix::new(1, 2, vec![1.5, -2.25]).unwrap())
            .unwrap();
        assert!(s[0] < 1e-6);
        for v in [0.0f32, 1.0, -2.5, 65504.0, 6.1e-5, 1.0e-7] {
            assert!(
                (f16::from_f32(v).to_f32() - v).abs() <= v.abs() * 1e-3 + 6e-8,
                "{v}"
            );
        }
        assert!(f16::from_f32(1.0e6).to_f32().is_infinite());
        let big = Matrix::new(1, 1, vec![1.0e6]).unwrap();
        assert!(matches!(
            Knn::params(1).f16_bank(true).fit(&big),
            Err(KnnError::F16Range)
        ));
    }

    #[test]
    fn a_bank_taken_by_value_scores_as_a_copied_one() {
        let mut x = 7u32;
        let mut rnd = || {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (x >> 8) as f32 / (1 << 22) as f32 - 2.0
        };
        let bank = Matrix::new(40, 5, (0..200).map(|_| rnd()).collect()).unwrap();
        let q = Matrix::new(9, 5, (0..45).map(|_| rnd()).collect()).unwrap();
        for metric in [Metric::L2, Metric::Cosine] {
            for half in [false, true] {
                let params = Knn::params(3).metric(metric).f16_bank(half);
                let copied = params.fit(&bank).unwrap();
                let owned = params.fit_owned(bank.clone()).unwrap();
                assert_eq!(owned.bank(), copied.bank(), "{metric:?} half {half}");
                assert_eq!(owned.score(&q).unwrap(), copied.score(&q).unwrap());
                // The norms are those of the bank as stored, whatever its precision.
                assert_eq!(owned.bank_norms_sq, copied.bank().row_norms_sq());
            }
        }
        assert!(matches!(
            Knn::params(41).fit_owned(bank),
            Err(KnnError::BankSmallerThanK { bank: 40, k: 41 })
        ));
    }

    #[test]
    fn dimension_mismatch_is_an_error() {
        let knn = Knn::params(1).fit(&five_points()).unwrap();
        let q = Matrix::new(1, 3, vec![0.0; 3]).unwrap();
        assert!(matches!(knn.score(&q), Err(KnnError::Dimension { .. })));
    }
}
