//! Wasserstein-1 distance between two equal-size embedding sets (Knowledge Exposure ranks
//! transformations by it): exact, as an assignment problem, and a sliced approximation for
//! large sets.
//!
//! With `n` points on each side and uniform weights, the optimal transport plan is a
//! permutation (Birkhoff), so `W₁ = min_σ (1/n) Σᵢ c(aᵢ, b_σ(i))`, solved exactly by the
//! Hungarian algorithm with potentials (shortest augmenting paths, O(n³)).

use rayon::prelude::*;

use crate::{Matrix, ScoreError};

/// Ground cost between two embeddings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroundCost {
    /// `1 − cos(a, b)`.
    Cosine,
    /// `‖a − b‖`.
    L2,
}

fn check(a: &Matrix, b: &Matrix) -> Result<(), ScoreError> {
    let bad = |reason: String| ScoreError::Params {
        scorer: "wasserstein",
        reason,
    };
    if a.rows() != b.rows() || a.cols() != b.cols() {
        return Err(bad(format!(
            "the two sets must have the same size: {}×{} vs {}×{}",
            a.rows(),
            a.cols(),
            b.rows(),
            b.cols()
        )));
    }
    if a.rows() == 0 {
        return Err(bad("the sets are empty".into()));
    }
    Ok(())
}

/// The `n × n` cost matrix, row-major.
pub fn cost_matrix(a: &Matrix, b: &Matrix, cost: GroundCost) -> Vec<f64> {
    let (a, b) = match cost {
        GroundCost::Cosine => (a.l2_normalized(), b.l2_normalized()),
        GroundCost::L2 => (a.clone(), b.clone()),
    };
    let n = a.rows();
    let mut c = vec![0.0f64; n * b.rows()];
    c.par_chunks_mut(b.rows()).enumerate().for_each(|(i, row)| {
        let ai = a.row(i);
        for (j, out) in row.iter_mut().enumerate() {
            let bj = b.row(j);
            *out = match cost {
                GroundCost::Cosine => {
                    let dot: f64 = ai.iter().zip(bj).map(|(x, y)| *x as f64 * *y as f64).sum();
                    (1.0 - dot).max(0.0)
                }
                GroundCost::L2 => ai
                    .iter()
                    .zip(bj)
                    .map(|(x, y)| (*x as f64 - *y as f64).powi(2))
                    .sum::<f64>()
                    .sqrt(),
            };
        }
    });
    c
}

/// Minimum-cost perfect matching of an `n × n` cost matrix: `assignment[i]` is the column
/// matched to row `i`; returns it with the total cost.
pub fn assignment(cost: &[f64], n: usize) -> (Vec<usize>, f64) {
    assert_eq!(cost.len(), n * n, "cost matrix must be n × n");
    // Hungarian algorithm with potentials u (rows) and v (columns), 1-based with a dummy
    // column 0; p[j] = row matched to column j, way[j] = previous column on the path.
    let inf = f64::INFINITY;
    let mut u = vec![0.0; n + 1];
    let mut v = vec![0.0; n + 1];
    let mut p = vec![0usize; n + 1];
    let mut way = vec![0usize; n + 1];
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; n + 1];
        let mut used = vec![false; n + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = inf;
            let mut j1 = 0;
            let row = &cost[(i0 - 1) * n..i0 * n];
            for j in 1..=n {
                if !used[j] {
                    let cur = row[j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=n {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut rows = vec![0usize; n];
    for j in 1..=n {
        if p[j] > 0 {
            rows[p[j] - 1] = j - 1;
        }
    }
    let total = rows.iter().enumerate().map(|(i, &j)| cost[i * n + j]).sum();
    (rows, total)
}

/// Exact W₁ between two sets of `n` embeddings each (uniform weights) under `cost`.
pub fn wasserstein_exact(a: &Matrix, b: &Matrix, cost: GroundCost) -> Result<f64, ScoreError> {
    check(a, b)?;
    let n = a.rows();
    let (_, total) = assignment(&cost_matrix(a, b, cost), n);
    Ok(total / n as f64)
}

/// Sliced W₁: the mean over `projections` random unit directions (seeded) of the exact 1-D
/// W₁ between the projected sets (sorted values matched in order). Under the cosine cost the
/// rows are l2-normalised first (then the Euclidean distance is a monotone function of the
/// cosine distance). O(projections · n log n), for sets too large for the exact solver.
pub fn wasserstein_sliced(
    a: &Matrix,
    b: &Matrix,
    cost: GroundCost,
    projections: usize,
    seed: u64,
) -> Result<f64, ScoreError> {
    check(a, b)?;
    let (a, b) = match cost {
        GroundCost::Cosine => (a.l2_normalized(), b.l2_normalized()),
        GroundCost::L2 => (a.clone(), b.clone()),
    };
    let (n, d) = (a.rows(), a.cols());
    let total: f64 = (0..projections.max(1))
        .into_par_iter()
        .map(|k| {
            let mut state = seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5115_CED0;
            let mut dir: Vec<f64> = (0..d).map(|_| gaussian(&mut state)).collect();
            let norm = dir.iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-12);
            dir.iter_mut().for_each(|x| *x /= norm);
            let project = |m: &Matrix| -> Vec<f64> {
                let mut p: Vec<f64> = (0..n)
                    .map(|i| m.row(i).iter().zip(&dir).map(|(x, w)| *x as f64 * w).sum())
                    .collect();
                p.sort_by(f64::total_cmp);
                p
            };
            let (pa, pb) = (project(&a), project(&b));
            pa.iter().zip(&pb).map(|(x, y)| (x - y).abs()).sum::<f64>() / n as f64
        })
        .sum();
    Ok(total / projections.max(1) as f64)
}

/// Standard normal draw from a SplitMix64 state (Box–Muller).
fn gaussian(state: &mut u64) -> f64 {
    let mut next = || {
        *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    };
    let u1 = next().max(f64::MIN_POSITIVE);
    let u2 = next();
    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg_matrix(rows: usize, cols: usize, seed: u64) -> Matrix {
        let mut s = seed;
        let data = (0..rows * cols)
            .map(|_| {
                s = s
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                ((s >> 33) as f32 / (1u64 << 31) as f32) - 0.5
            })
            .collect();
        Matrix::new(rows, cols, data).unwrap()
    }

    /// Minimum over all permutations, by Heap's algorithm.
    fn brute_force(cost: &[f64], n: usize) -> f64 {
        let mut perm: Vec<usize> = (0..n).collect();
        let eval = |p: &[usize]| {
            p.iter()
                .enumerate()
                .map(|(i, &j)| cost[i * n + j])
                .sum::<f64>()
        };
        let mut best = eval(&perm);
        let mut c = vec![0usize; n];
        let mut i = 0;
        while i < n {
            if c[i] < i {
                if i % 2 == 0 {
                    perm.swap(0, i);
                } else {
                    perm.swap(c[i], i);
                }
                best = best.min(eval(&perm));
                c[i] += 1;
                i = 0;
            } else {
                c[i] = 0;
                i += 1;
            }
        }
        best
    }

    #[test]
    fn exact_equals_brute_force_on_six_by_six_problems() {
        for seed in 0..20 {
            for cost in [GroundCost::Cosine, GroundCost::L2] {
                let (a, b) = (lcg_matrix(6, 4, seed), lcg_matrix(6, 4, seed + 100));
                let c = cost_matrix(&a, &b, cost);
                let exact = wasserstein_exact(&a, &b, cost).unwrap();
                let brute = brute_force(&c, 6) / 6.0;
                assert!((exact - brute).abs() < 1e-12, "{exact} vs {brute}");
                let (perm, total) = assignment(&c, 6);
                let mut sorted = perm.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..6).collect::<Vec<_>>());
                assert!((total / 6.0 - exact).abs() < 1e-12);
            }
        }
    }

    #[test]
    fn a_set_is_at_distance_zero_from_a_shuffle_of_itself() {
        let a = lcg_matrix(30, 5, 1);
        let order: Vec<usize> = (0..30).rev().collect();
        let b = a.select_rows(&order);
        assert!(wasserstein_exact(&a, &b, GroundCost::L2).unwrap() < 1e-9);
        assert!(wasserstein_sliced(&a, &b, GroundCost::L2, 16, 0).unwrap() < 1e-9);
        assert!(wasserstein_exact(&a, &lcg_matrix(29, 5, 1), GroundCost::L2).is_err());
    }

    fn ranks(v: &[f64]) -> Vec<f64> {
        let mut idx: Vec<usize> = (0..v.len()).collect();
        idx.sort_by(|&i, &j| v[i].total_cmp(&v[j]));
        let mut r = vec![0.0; v.len()];
        for (rank, &i) in idx.iter().enumerate() {
            r[i] = rank as f64;
        }
        r
    }

    #[test]
    fn sliced_and_exact_rank_shifted_sets_alike() {
        // Ten "transforms": the base set shifted by growing offsets plus noise of its own.
        let base = lcg_matrix(60, 8, 7);
        let (mut exact, mut sliced) = (Vec::new(), Vec::new());
        for t in 0..10 {
            let noise = lcg_matrix(60, 8, 1000 + t);
            let data: Vec<f32> = base
                .as_slice()
                .iter()
                .zip(noise.as_slice())
                .enumerate()
                .map(|(k, (x, e))| x + 0.08 * t as f32 * ((k % 8) as f32 - 3.5) / 3.5 + 0.1 * e)
                .collect();
            let moved = Matrix::new(60, 8, data).unwrap();
            exact.push(wasserstein_exact(&base, &moved, GroundCost::Cosine).unwrap());
            sliced.push(wasserstein_sliced(&base, &moved, GroundCost::Cosine, 64, 3).unwrap());
        }
        let (re, rs) = (ranks(&exact), ranks(&sliced));
        let n = re.len() as f64;
        let d2: f64 = re.iter().zip(&rs).map(|(x, y)| (x - y).powi(2)).sum();
        let spearman = 1.0 - 6.0 * d2 / (n * (n * n - 1.0));
        assert!(spearman >= 0.9, "{spearman}: {exact:?} {sliced:?}");
    }
}
