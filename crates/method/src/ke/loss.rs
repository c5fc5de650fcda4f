//! KE's multi-positive InfoNCE on cosine similarities.

use burn::tensor::Tensor;

fn cosine(a: Tensor<2>, b: Tensor<2>) -> Tensor<1> {
    let n = a.dims()[0];
    let a = swan_train::ssl::l2_normalize(a);
    let b = swan_train::ssl::l2_normalize(b);
    (a * b).sum_dim(1).reshape([n])
}

/// Per-anchor loss, with `s = cos` and temperature `τ`:
/// `l(x) = −(1/K)·log( Σ_p e^{s_p/τ} / (Σ_p e^{s_p/τ} + Σ_n e^{s_n/τ}) )`,
/// `K` = the number of positives. All tensors are `[b, d]` codes; returns `[b]`.
pub fn multi_positive_info_nce(
    anchor: Tensor<2>,
    positives: &[Tensor<2>],
    negatives: &[Tensor<2>],
    tau: f64,
) -> Tensor<1> {
    let k = positives.len().max(1) as f64;
    let sims = |views: &[Tensor<2>]| -> Vec<Tensor<1>> {
        views
            .iter()
            .map(|v| cosine(anchor.clone(), v.clone()).div_scalar(tau))
            .collect()
    };
    let (sp, sn) = (sims(positives), sims(negatives));
    // log-sum-exp with a per-row shift (all similarities are ≤ 1/τ in absolute value).
    let shift = 1.0 / tau;
    let sum_exp = |s: &[Tensor<1>]| {
        s.iter()
            .map(|t| t.clone().sub_scalar(shift).exp())
            .reduce(|a, b| a + b)
    };
    let pos = sum_exp(&sp).expect("at least one positive");
    let all = match sum_exp(&sn) {
        Some(neg) => pos.clone() + neg,
        None => pos.clone(),
    };
    (all.log() - pos.log()).div_scalar(k)
}

/// A batch holds the anchors, the `k_pos` positives' views and at least one negative's.
pub(super) fn check_views(views: usize, k_pos: usize) -> Result<(), swan_train::TrainError> {
    if views < 2 + k_pos {
        return Err(swan_train::TrainError::Data(
            "ke batch without its views".into(),
        ));
    }
    Ok(())
}

/// The mean loss of a batch whose codes `z` stack `[anchors; the k_pos positives' views; the
/// negatives' views]`, `b` rows each (one forward over all of them, so batch-norm sees every
/// view).
pub(super) fn stacked_views_loss(z: Tensor<2>, b: usize, k_pos: usize, tau: f64) -> Tensor<1> {
    let parts = z.dims()[0] / b.max(1);
    let chunk = |i: usize| z.clone().narrow(0, i * b, b);
    let positives: Vec<Tensor<2>> = (1..=k_pos).map(chunk).collect();
    let negatives: Vec<Tensor<2>> = (1 + k_pos..parts).map(chunk).collect();
    multi_positive_info_nce(chunk(0), &positives, &negatives, tau).mean()
}

#[cfg(test)]
mod tests {
    use super::*;
    use burn::tensor::{Device, TensorData};

    fn t(rows: &[[f32; 2]]) -> Tensor<2> {
        let data: Vec<f32> = rows.iter().flatten().copied().collect();
        Tensor::from_data(TensorData::new(data, [rows.len(), 2]), &Device::flex())
    }

    #[test]
    fn loss_matches_a_hand_computed_value() {
        // anchor (1, 0); positives at 0° and 90°, negatives at 180° and 90°; τ = 0.5.
        // s/τ: p = (2, 0), n = (−2, 0).
        // l = −½ log((e² + 1) / (e² + 1 + e⁻² + 1)).
        let l = multi_positive_info_nce(
            t(&[[1.0, 0.0]]),
            &[t(&[[2.0, 0.0]]), t(&[[0.0, 3.0]])],
            &[t(&[[-1.0, 0.0]]), t(&[[0.0, -0.5]])],
            0.5,
        );
        let e2 = 2f64.exp();
        let expected = -0.5 * ((e2 + 1.0) / (e2 + 1.0 + 1.0 / e2 + 1.0)).ln();
        let got = l.into_data().try_to_vec::<f32>().unwrap()[0] as f64;
        assert!((got - expected).abs() < 1e-6, "{got} vs {expected}");
    }

    #[test]
    fn far_negatives_and_near_positives_give_a_small_loss() {
        let near = multi_positive_info_nce(
            t(&[[1.0, 0.0]]),
            &[t(&[[1.0, 0.01]])],
            &[t(&[[-1.0, 0.0]])],
            0.2,
        );
        let swapped = multi_positive_info_nce(
            t(&[[1.0, 0.0]]),
            &[t(&[[-1.0, 0.0]])],
            &[t(&[[1.0, 0.01]])],
            0.2,
        );
        let v = |x: Tensor<1>| x.into_data().try_to_vec::<f32>().unwrap()[0];
        assert!(v(near) < 1e-3 && v(swapped) > 9.0);
    }
}
