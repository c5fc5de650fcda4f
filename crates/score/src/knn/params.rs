use super::{Knn, KnnError, KnnParamsError};
use crate::Matrix;

/// Distance between embeddings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Metric {
    /// Euclidean distance.
    L2,
    /// `1 - cos(a, b)`.
    Cosine,
}

/// How the `k` neighbour distances become one score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reduction {
    /// Mean distance (DN2).
    #[default]
    Mean,
    /// Sum of distances.
    Sum,
}

/// Hyper-parameters of [`Knn`]. Build with [`Knn::params`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KnnParams {
    /// Number of neighbours (DN2 uses k = 2).
    pub k: usize,
    /// Distance between rows.
    pub metric: Metric,
    /// How the `k` distances become one score.
    pub reduction: Reduction,
    /// Keep the memory bank in half precision (half the memory; distances are computed in
    /// f32 from the rounded bank).
    pub f16_bank: bool,
}

impl Default for KnnParams {
    fn default() -> Self {
        Self {
            k: 2,
            metric: Metric::L2,
            reduction: Reduction::Mean,
            f16_bank: false,
        }
    }
}

impl KnnParams {
    /// Sets [`k`](Self::k).
    pub fn k(mut self, k: usize) -> Self {
        self.k = k;
        self
    }

    /// Sets [`metric`](Self::metric).
    pub fn metric(mut self, metric: Metric) -> Self {
        self.metric = metric;
        self
    }

    /// Sets [`reduction`](Self::reduction).
    pub fn reduction(mut self, reduction: Reduction) -> Self {
        self.reduction = reduction;
        self
    }

    /// Sets [`f16_bank`](Self::f16_bank).
    pub fn f16_bank(mut self, f16_bank: bool) -> Self {
        self.f16_bank = f16_bank;
        self
    }

    /// Checks every rule.
    pub fn check(&self) -> Result<(), KnnParamsError> {
        if self.k == 0 {
            return Err(KnnParamsError::KIsZero);
        }
        Ok(())
    }

    /// Stores a copy of the memory bank (normalised for the cosine metric).
    pub fn fit(&self, bank: &Matrix) -> Result<Knn, KnnError> {
        self.check_bank(bank)?;
        Ok(Knn::new(self.clone(), bank.clone()))
    }

    /// Like [`fit`](Self::fit), taking the bank by value: it becomes the memory bank without
    /// a copy (normalised in place for the cosine metric), so fitting needs no memory beyond
    /// the bank's own.
    pub fn fit_owned(&self, bank: Matrix) -> Result<Knn, KnnError> {
        self.check_bank(&bank)?;
        Ok(Knn::new(self.clone(), bank))
    }

    /// Every rule, and those a bank must meet: at least `k` rows, and values that half
    /// precision holds when the bank is stored so.
    pub(super) fn check_bank(&self, bank: &Matrix) -> Result<(), KnnError> {
        self.check()?;
        if bank.rows() < self.k {
            return Err(KnnError::BankSmallerThanK {
                bank: bank.rows(),
                k: self.k,
            });
        }
        if self.f16_bank && bank.as_slice().iter().any(|v| v.abs() > 65504.0) {
            return Err(KnnError::F16Range);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k_cannot_be_zero() {
        assert_eq!(Knn::params(0).check(), Err(KnnParamsError::KIsZero));
    }

    #[test]
    fn bank_must_hold_k_rows() {
        let bank = Matrix::new(1, 2, vec![0.0, 0.0]).unwrap();
        assert!(matches!(
            Knn::params(2).fit(&bank),
            Err(KnnError::BankSmallerThanK { .. })
        ));
    }

    #[test]
    fn autotraits() {
        fn check<T: Send + Sync + Unpin>() {}
        check::<KnnParams>();
        check::<Knn>();
    }
}
