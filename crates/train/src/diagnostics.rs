//! Geometry of l2-normalised embeddings, logged per epoch by self-supervised training:
//! a von Mises–Fisher concentration estimate and the MMD to the uniform distribution on the
//! sphere. A collapsing representation shows a growing κ and MMD.

use swan_transform::Rng;

/// Rows of `x` (`n × d`, row-major), l2-normalised.
fn normalized_rows(x: &[f32], d: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(x.len());
    for row in x.chunks_exact(d) {
        let norm = row
            .iter()
            .map(|v| (*v as f64).powi(2))
            .sum::<f64>()
            .sqrt()
            .max(1e-12);
        out.extend(row.iter().map(|v| *v as f64 / norm));
    }
    out
}

/// Concentration κ of a von Mises–Fisher fit to the normalised rows, by the approximation of
/// Banerjee et al. (2005): `R̄ (d − R̄²) / (1 − R̄²)`, `R̄` the length of the mean direction.
/// 0 for a uniform spread, large when the rows agree.
pub fn vmf_kappa(x: &[f32], d: usize) -> f64 {
    let z = normalized_rows(x, d);
    let n = z.len() / d.max(1);
    if n == 0 {
        return f64::NAN;
    }
    let mut mean = vec![0.0f64; d];
    for row in z.chunks_exact(d) {
        for (m, v) in mean.iter_mut().zip(row) {
            *m += v;
        }
    }
    let r = (mean.iter().map(|m| m * m).sum::<f64>()).sqrt() / n as f64;
    let r = r.min(1.0 - 1e-9);
    r * (d as f64 - r * r) / (1.0 - r * r)
}

/// Squared MMD (biased estimate, Gaussian kernel of bandwidth 1) between the normalised rows
/// (at most `max_rows`, evenly strided) and as many points drawn uniformly on the sphere with
/// `seed`.
pub fn mmd_to_uniform(x: &[f32], d: usize, max_rows: usize, seed: u64) -> f64 {
    let z = normalized_rows(x, d);
    let n_all = z.len() / d.max(1);
    if n_all == 0 {
        return f64::NAN;
    }
    let stride = n_all.div_ceil(max_rows.max(1));
    let a: Vec<&[f64]> = z.chunks_exact(d).step_by(stride).collect();
    let m = a.len();
    let mut rng = Rng::new(seed);
    let mut gauss = || {
        // Box–Muller.
        let u1 = rng.uniform().max(1e-300);
        let u2 = rng.uniform();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    };
    let mut u = Vec::with_capacity(m * d);
    for _ in 0..m {
        let row: Vec<f64> = (0..d).map(|_| gauss()).collect();
        let norm = row.iter().map(|v| v * v).sum::<f64>().sqrt().max(1e-12);
        u.extend(row.iter().map(|v| v / norm));
    }
    let b: Vec<&[f64]> = u.chunks_exact(d).collect();
    let k = |p: &[f64], q: &[f64]| {
        let sq: f64 = p.iter().zip(q).map(|(x, y)| (x - y) * (x - y)).sum();
        (-sq / 2.0).exp()
    };
    let mean_k = |s: &[&[f64]], t: &[&[f64]]| {
        let mut acc = 0.0;
        for p in s {
            for q in t {
                acc += k(p, q);
            }
        }
        acc / (s.len() * t.len()) as f64
    };
    mean_k(&a, &a) + mean_k(&b, &b) - 2.0 * mean_k(&a, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kappa_is_large_for_agreeing_rows_and_small_for_spread_rows() {
        let d = 8;
        let same: Vec<f32> = (0..100)
            .flat_map(|_| [1.0, 0.1, 0., 0., 0., 0., 0., 0.])
            .collect();
        assert!(vmf_kappa(&same, d) > 1e6);
        let mut rng = Rng::new(1);
        let spread: Vec<f32> = (0..4000 * d).map(|_| rng.range(-1.0, 1.0) as f32).collect();
        assert!(vmf_kappa(&spread, d) < 0.5, "{}", vmf_kappa(&spread, d));
    }

    #[test]
    fn mmd_separates_collapsed_from_uniform() {
        let d = 4;
        let collapsed: Vec<f32> = (0..200).flat_map(|_| [0.0, 0.0, 1.0, 0.0]).collect();
        let mut rng = Rng::new(3);
        let mut g = || {
            let u1 = rng.uniform().max(1e-300);
            let u2 = rng.uniform();
            ((-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()) as f32
        };
        let uniform: Vec<f32> = (0..200 * d).map(|_| g()).collect();
        let c = mmd_to_uniform(&collapsed, d, 200, 9);
        let u = mmd_to_uniform(&uniform, d, 200, 9);
        assert!(c > 0.2 && u < 0.02, "collapsed {c}, uniform {u}");
    }
}
