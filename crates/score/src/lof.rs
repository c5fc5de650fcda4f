//! Local Outlier Factor (Breunig et al. 2000) in novelty mode, as scikit-learn's
//! `LocalOutlierFactor(n_neighbors=k, novelty=True)`: the score of `y` is
//! `mean_{o ∈ kNN(y)} lrd(o) / lrd(y)` (the negated `score_samples`), with the local
//! reachability density `lrd(p) = 1 / (mean_{o ∈ kNN(p)} max(k-dist(o), d(p, o)) + 1e-10)`.
//! Training points' neighbourhoods exclude the point itself. Euclidean distance.

use crate::{Knn, Matrix, Metric, ScoreError};

/// Hyper-parameters of [`Lof`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LofParams {
    /// Neighbourhood size (scikit-learn's default 20).
    pub k: usize,
}

impl Default for LofParams {
    fn default() -> Self {
        Self { k: 20 }
    }
}

/// A fitted LOF scorer.
#[derive(Clone, Debug)]
pub struct Lof {
    k: usize,
    index: Knn,
    /// Distance of each training row to its k-th neighbour.
    k_distance: Vec<f32>,
    lrd: Vec<f32>,
}

impl Lof {
    /// Hyper-parameters to [`fit`](LofParams::fit) with: `k` neighbours (at least 1, fewer
    /// than the training rows).
    pub fn params(k: usize) -> LofParams {
        LofParams { k }
    }

    fn lrd_of(&self, neighbours: &[(f32, usize)]) -> f32 {
        let reach: f32 = neighbours
            .iter()
            .map(|&(d, o)| d.max(self.k_distance[o]))
            .sum::<f32>()
            / neighbours.len() as f32;
        1.0 / (reach + 1e-10)
    }

    /// The local outlier factor of every row of `y` against the training rows: about 1 inside
    /// a cluster of training rows, larger where `y` is sparser than its neighbours are.
    pub fn score(&self, y: &Matrix) -> Result<Vec<f32>, ScoreError> {
        let neighbours = self.index.neighbours(y, self.k)?;
        Ok(neighbours
            .iter()
            .map(|nb| {
                let lrd_y = self.lrd_of(nb);
                nb.iter().map(|&(_, o)| self.lrd[o]).sum::<f32>() / nb.len() as f32 / lrd_y
            })
            .collect())
    }
}

impl Lof {
    /// (params, bank, k-distances, lrd) for storage.
    pub fn state(&self) -> (LofParams, Matrix, &[f32], &[f32]) {
        (
            LofParams { k: self.k },
            self.index.bank().into_owned(),
            &self.k_distance,
            &self.lrd,
        )
    }

    /// A scorer from the parts [`state`](Self::state) gave, checked to fit together.
    pub fn from_state(
        params: &LofParams,
        bank: Matrix,
        k_distance: &[f32],
        lrd: &[f32],
    ) -> Result<Self, ScoreError> {
        if k_distance.len() != bank.rows()
            || lrd.len() != bank.rows()
            || params.k == 0
            || params.k >= bank.rows()
        {
            return Err(ScoreError::State {
                scorer: "lof",
                reason: "inconsistent sizes".into(),
            });
        }
        Ok(Self {
            k: params.k,
            index: Knn::params(params.k + 1)
                .metric(Metric::L2)
                .fit_owned(bank)?,
            k_distance: k_distance.to_vec(),
            lrd: lrd.to_vec(),
        })
    }
}

impl LofParams {
    /// Fits on the training rows `x` (more than `k` of them).
    pub fn fit(&self, x: &Matrix) -> Result<Lof, ScoreError> {
        if self.k == 0 {
            return Err(ScoreError::Params {
                scorer: "lof",
                reason: "k must be at least 1".into(),
            });
        }
        if x.rows() <= self.k {
            return Err(ScoreError::TooFewRows {
                scorer: "lof",
                needed: self.k + 1,
                got: x.rows(),
            });
        }
        let index = Knn::params(self.k + 1).metric(Metric::L2).fit(x)?;
        // Neighbours of each training row among the others: drop the row itself.
        let neighbours: Vec<Vec<(f32, usize)>> = index
            .neighbours(x, self.k + 1)?
            .into_iter()
            .enumerate()
            .map(|(i, mut nb)| {
                match nb.iter().position(|&(_, j)| j == i) {
                    Some(at) => {
                        nb.remove(at);
                    }
                    None => {
                        nb.pop();
                    }
                }
                nb
            })
            .collect();
        let k_distance: Vec<f32> = neighbours.iter().map(|nb| nb[self.k - 1].0).collect();
        let mut lof = Lof {
            k: self.k,
            index,
            k_distance,
            lrd: Vec::new(),
        };
        lof.lrd = neighbours.iter().map(|nb| lof.lrd_of(nb)).collect();
        Ok(lof)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_scikit_learn_on_a_line() {
        // X = [[0],[1],[2],[3],[10]]; LocalOutlierFactor(n_neighbors=2, novelty=True).fit(X)
        // -score_samples([[1.5], [20.0]]) = [0.66666667, 5.4]
        let x = Matrix::new(5, 1, vec![0.0, 1.0, 2.0, 3.0, 10.0]).unwrap();
        let lof = Lof::params(2).fit(&x).unwrap();
        let s = lof
            .score(&Matrix::new(2, 1, vec![1.5, 20.0]).unwrap())
            .unwrap();
        assert!((s[0] - 0.666_666_7).abs() < 1e-4, "{s:?}");
        assert!((s[1] - 5.4).abs() < 1e-3, "{s:?}");
    }

    #[test]
    fn k_must_be_below_the_number_of_rows() {
        assert!(
            Lof::params(5)
                .fit(&Matrix::new(5, 1, vec![0.0; 5]).unwrap())
                .is_err()
        );
        assert!(
            Lof::params(0)
                .fit(&Matrix::new(5, 1, vec![0.0; 5]).unwrap())
                .is_err()
        );
    }
}
