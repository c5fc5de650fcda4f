/// A dense row-major `f32` matrix: one embedding per row.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f32>,
}

/// Why values do not make a [`Matrix`].
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum MatrixError {
    /// `rows × cols` is not the number of values.
    #[error("{len} values cannot form a {rows}x{cols} matrix")]
    Shape {
        /// Rows asked for.
        rows: usize,
        /// Columns asked for.
        cols: usize,
        /// Values given.
        len: usize,
    },
    /// A value is NaN or infinite: no scorer gives a meaningful score from it.
    #[error("row {row} holds a NaN or infinite value")]
    NonFinite {
        /// The first row holding one.
        row: usize,
    },
}

impl Matrix {
    /// A `rows × cols` matrix of row-major `data`; every value must be finite.
    pub fn new(rows: usize, cols: usize, data: Vec<f32>) -> Result<Self, MatrixError> {
        if rows.checked_mul(cols) != Some(data.len()) {
            return Err(MatrixError::Shape {
                rows,
                cols,
                len: data.len(),
            });
        }
        if let Some(i) = data.iter().position(|v| !v.is_finite()) {
            return Err(MatrixError::NonFinite {
                row: i / cols.max(1),
            });
        }
        Ok(Self { rows, cols, data })
    }

    /// A matrix from data known to be valid (right length, finite), without the checks.
    pub(crate) fn from_valid(rows: usize, cols: usize, data: Vec<f32>) -> Self {
        debug_assert_eq!(rows * cols, data.len());
        Self { rows, cols, data }
    }

    /// Stacks the given rows (indices into `self`).
    pub fn select_rows(&self, rows: &[usize]) -> Self {
        let mut data = Vec::with_capacity(rows.len() * self.cols);
        for &r in rows {
            data.extend_from_slice(self.row(r));
        }
        Self {
            rows: rows.len(),
            cols: self.cols,
            data,
        }
    }

    /// Number of rows (embeddings).
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Number of columns (the embedding's dimension).
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Row `i`. Panics when `i` is not below [`rows`](Self::rows).
    pub fn row(&self, i: usize) -> &[f32] {
        &self.data[i * self.cols..(i + 1) * self.cols]
    }

    /// All values, row-major.
    pub fn as_slice(&self) -> &[f32] {
        &self.data
    }

    /// The values, row-major, without a copy.
    pub fn into_vec(self) -> Vec<f32> {
        self.data
    }

    /// Squared L2 norm of every row.
    pub fn row_norms_sq(&self) -> Vec<f32> {
        (0..self.rows)
            .map(|i| self.row(i).iter().map(|v| v * v).sum())
            .collect()
    }

    /// Each row scaled to unit L2 norm (zero rows stay zero).
    pub fn l2_normalized(&self) -> Self {
        self.clone().into_l2_normalized()
    }

    /// [`l2_normalized`](Self::l2_normalized) in place, for a matrix that is not needed
    /// as it was.
    pub fn into_l2_normalized(mut self) -> Self {
        for row in self.data.chunks_mut(self.cols.max(1)) {
            let norm = row.iter().map(|v| v * v).sum::<f32>().sqrt();
            if norm > 0.0 {
                row.iter_mut().for_each(|v| *v /= norm);
            }
        }
        self
    }
}

/// `out[i * b.rows + j] = a.row(i) · b.row(j)` for a block of rows of `a`, as one GEMM on all
/// threads.
pub(crate) fn dot_block(a: &[f32], a_rows: usize, b: &Matrix, out: &mut [f32]) {
    gemm_abt(
        a,
        a_rows,
        &b.data,
        b.rows,
        b.cols,
        out,
        gemm::Parallelism::Rayon(0),
    );
}

/// `out[i * n + j] = a.row(i) · b.row(j)` for `a` (`a_rows × d`) and `b` (`n × d`), both
/// row-major slices, as one single-threaded GEMM (for callers that parallelise themselves).
pub(crate) fn dot_block_serial(
    a: &[f32],
    a_rows: usize,
    b: &[f32],
    n: usize,
    d: usize,
    out: &mut [f32],
) {
    gemm_abt(a, a_rows, b, n, d, out, gemm::Parallelism::None);
}

fn gemm_abt(
    a: &[f32],
    a_rows: usize,
    b: &[f32],
    n: usize,
    d: usize,
    out: &mut [f32],
    parallelism: gemm::Parallelism,
) {
    assert!(
        a.len() == a_rows * d && b.len() == n * d && out.len() == a_rows * n,
        "GEMM operand sizes disagree"
    );
    if a_rows == 0 || n == 0 {
        return;
    }
    // SAFETY: the slices hold exactly `a_rows × d`, `n × d` (read transposed through the
    // strides) and `a_rows × n` elements, as asserted above; `out` does not alias them.
    unsafe {
        gemm::gemm(
            a_rows,
            n,
            d,
            out.as_mut_ptr(),
            1,
            n as isize,
            false,
            a.as_ptr(),
            1,
            d as isize,
            b.as_ptr(),
            d as isize,
            1,
            0.0,
            1.0,
            false,
            false,
            false,
            parallelism,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_must_match_length() {
        assert!(Matrix::new(2, 3, vec![0.0; 5]).is_err());
    }

    #[test]
    fn nan_is_rejected_with_its_row() {
        assert_eq!(
            Matrix::new(2, 2, vec![0.0, 1.0, f32::NAN, 0.0]),
            Err(MatrixError::NonFinite { row: 1 })
        );
    }

    #[test]
    fn dot_block_matches_naive_products() {
        let a = Matrix::new(3, 4, (0..12).map(|v| v as f32 * 0.5 - 2.0).collect()).unwrap();
        let b = Matrix::new(5, 4, (0..20).map(|v| (v % 7) as f32 - 3.0).collect()).unwrap();
        let mut out = vec![0.0; 15];
        dot_block(a.as_slice(), 3, &b, &mut out);
        for i in 0..3 {
            for j in 0..5 {
                let naive: f32 = a.row(i).iter().zip(b.row(j)).map(|(x, y)| x * y).sum();
                assert!((out[i * 5 + j] - naive).abs() < 1e-4);
            }
        }
    }
}
