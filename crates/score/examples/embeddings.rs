//! Anomaly scores for embeddings you already have, with no deep-learning framework: fit
//! scorers on normal rows, score new rows, measure AUROC / AP, and turn scores into decisions
//! at a false-positive rate (conformal p-values) or a false discovery rate (Benjamini–Hochberg).
//!
//! ```sh
//! cargo run --release -p swan-score --example embeddings
//! ```
//!
//! The embeddings here are synthetic (normal rows near a 4-dimensional subspace of a
//! 32-dimensional space, anomalies off it), drawn with a fixed seed so every run prints the
//! same numbers. With your own: `Matrix::new(rows, cols, row_major_f32)`.

use std::error::Error;

use swan_eval::metrics::{auroc, average_precision};
use swan_score::{Calibration, Knn, Mahalanobis, Matrix, Metric, benjamini_hochberg};

const DIM: usize = 32;

fn main() -> Result<(), Box<dyn Error>> {
    let mut rng = Rng(0x5eed);
    // Four directions of length about 3.
    let scale = 3.0 / (DIM as f32).sqrt();
    let basis: Vec<Vec<f32>> = (0..4)
        .map(|_| rng.gaussians(DIM).iter().map(|v| scale * v).collect())
        .collect();
    // Training normals, held-out normals (never fitted on: they calibrate the p-values), and a
    // test batch of 450 normals and 50 anomalies.
    let train = rows(&mut rng, &basis, 2000, false)?;
    let held_out = rows(&mut rng, &basis, 500, false)?;
    let (n_normal, n_anomalous) = (450, 50);
    let mut test = rows(&mut rng, &basis, n_normal, false)?.into_vec();
    test.extend(rows(&mut rng, &basis, n_anomalous, true)?.into_vec());
    let test = Matrix::new(n_normal + n_anomalous, DIM, test)?;
    let anomalous: Vec<bool> = (0..test.rows()).map(|i| i >= n_normal).collect();

    // Two scorers on the same rows; higher = more anomalous for both. The anomalies leave the
    // normal subspace by little in Euclidean terms but by many standard deviations of the
    // normal rows' spread there, which Mahalanobis measures and kNN's L2 distance does not.
    let knn = Knn::params(2).metric(Metric::L2).fit(&train)?;
    let mahalanobis = Mahalanobis::params().fit(&train)?;
    let results = [
        ("kNN (k = 2, L2)", knn.score(&test)?, knn.score(&held_out)?),
        (
            "Mahalanobis",
            mahalanobis.score(&test)?,
            mahalanobis.score(&held_out)?,
        ),
    ];
    for (name, scores, held_out_scores) in &results {
        println!(
            "{name}: AUROC {:.2}  AP {:.2}",
            100.0 * auroc(scores, &anomalous)?,
            100.0 * average_precision(scores, &anomalous)?
        );

        // p-values from the held-out normals: flagging p ≤ 0.05 flags at most 5 % of new
        // normal rows (in expectation over the held-out draw), whatever the score's scale.
        let calibration = Calibration::new(held_out_scores)?;
        let p: Vec<f64> = scores.iter().map(|&s| calibration.p_value(s)).collect();
        let flagged = |keep: bool| {
            let hits = p
                .iter()
                .zip(&anomalous)
                .filter(|(p, a)| **p <= 0.05 && **a == keep);
            hits.count()
        };
        println!(
            "  p ≤ 0.05: {} of {n_normal} normals flagged ({:.1} %), {} of {n_anomalous} anomalies",
            flagged(false),
            100.0 * flagged(false) as f64 / n_normal as f64,
            flagged(true)
        );

        // Benjamini–Hochberg: of the rows flagged in this batch, at most 10 % are normal (in
        // expectation).
        match benjamini_hochberg(&p, 0.1)? {
            Some(cutoff) => {
                let found: Vec<bool> = p.iter().map(|&p| p <= cutoff).collect();
                let false_found = found.iter().zip(&anomalous).filter(|(f, a)| **f && !**a);
                println!(
                    "  FDR 0.1: {} rows flagged, {} of them normal",
                    found.iter().filter(|f| **f).count(),
                    false_found.count()
                );
            }
            None => println!("  FDR 0.1: nothing flagged"),
        }
    }
    Ok(())
}

/// `n` rows: a random point of the normal subspace plus small noise; anomalies add a large
/// component off the subspace.
fn rows(
    rng: &mut Rng,
    basis: &[Vec<f32>],
    n: usize,
    anomalous: bool,
) -> Result<Matrix, Box<dyn Error>> {
    let mut data = Vec::with_capacity(n * DIM);
    for _ in 0..n {
        let mut row: Vec<f32> = rng.gaussians(DIM).iter().map(|v| 0.2 * v).collect();
        for direction in basis {
            let weight = rng.gaussian();
            row.iter_mut()
                .zip(direction)
                .for_each(|(r, d)| *r += weight * d);
        }
        if anomalous {
            row.iter_mut()
                .zip(rng.gaussians(DIM))
                .for_each(|(r, v)| *r += 0.5 * v);
        }
        data.extend(row);
    }
    Ok(Matrix::new(n, DIM, data)?)
}

/// A small seeded generator (xorshift64*), so that the example needs no dependency.
struct Rng(u64);

impl Rng {
    fn uniform(&mut self) -> f32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let bits = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 40;
        (bits as f32 + 0.5) / (1u64 << 24) as f32
    }

    /// A standard normal value (Box–Muller).
    fn gaussian(&mut self) -> f32 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (std::f32::consts::TAU * v).cos()
    }

    fn gaussians(&mut self, n: usize) -> Vec<f32> {
        (0..n).map(|_| self.gaussian()).collect()
    }
}
