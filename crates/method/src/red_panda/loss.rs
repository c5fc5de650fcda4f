//! Red PANDA's contrastive + augmentation loss, computed inside nuisance groups.

use burn::tensor::{Device, Tensor, TensorData};

/// `[b, b]` mask: 1 where rows `i ≠ j` share a group, else 0.
pub fn same_group_mask(groups: &[usize], device: &Device) -> Tensor<2> {
    let b = groups.len();
    let data: Vec<f32> = (0..b * b)
        .map(|k| {
            let (i, j) = (k / b, k % b);
            if i != j && groups[i] == groups[j] {
                1.0
            } else {
                0.0
            }
        })
        .collect();
    Tensor::from_data(TensorData::new(data, [b, b]), device)
}

/// L_con+aug per row, `[b]`:
///
/// ```text
/// L(i) = −s(z_i, z_i⁺)/τ + log( e^{s(z_i, z_i⁺)/τ} + Σ_{j≠i, n_j = n_i} e^{s(z_i, z_j)/τ} )
/// ```
///
/// `anchor` and `positive` are l2-normalised codes `[b, d]` (s is their dot product);
/// `mask` is [`same_group_mask`] of the rows' groups, so only images with the anchor's
/// nuisance value are negatives. (With every row in one group this is SimCLR's loss with
/// the anchors as negatives.)
pub fn grouped_contrastive(
    anchor: Tensor<2>,
    positive: Tensor<2>,
    mask: Tensor<2>,
    temperature: f64,
) -> Tensor<1> {
    let [b, _] = anchor.dims();
    let pos = (anchor.clone() * positive)
        .sum_dim(1)
        .reshape([b])
        .div_scalar(temperature);
    let sims = anchor
        .clone()
        .matmul(anchor.transpose())
        .div_scalar(temperature);
    // Shift by the largest possible similarity, 1/τ, so no exponent exceeds 0.
    let shift = 1.0 / temperature;
    let neg = (sims.sub_scalar(shift).exp() * mask)
        .sum_dim(1)
        .reshape([b]);
    let denom = pos.clone().sub_scalar(shift).exp() + neg;
    denom.log().add_scalar(shift) - pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[[f32; 2]], device: &Device) -> Tensor<2> {
        let flat: Vec<f32> = v
            .iter()
            .flat_map(|r| {
                let n = (r[0] * r[0] + r[1] * r[1]).sqrt();
                [r[0] / n, r[1] / n]
            })
            .collect();
        Tensor::from_data(TensorData::new(flat, [v.len(), 2]), device)
    }

    fn unit(r: [f32; 2]) -> [f64; 2] {
        let n = f64::from(r[0] * r[0] + r[1] * r[1]).sqrt();
        [f64::from(r[0]) / n, f64::from(r[1]) / n]
    }

    #[test]
    fn equals_the_hand_computed_value_with_same_group_negatives_only() {
        let device = Device::flex();
        let a = [[1.0, 0.0], [0.6, 0.8], [0.0, 1.0], [-1.0, 0.2]];
        let p = [[0.9, 0.1], [0.5, 0.9], [0.2, 1.0], [-1.0, 0.0]];
        let groups = [0, 0, 1, 0];
        let tau = 0.1;
        let got: Vec<f32> = grouped_contrastive(
            rows(&a, &device),
            rows(&p, &device),
            same_group_mask(&groups, &device),
            tau,
        )
        .into_data()
        .try_to_vec()
        .unwrap();
        let dot = |x: [f64; 2], y: [f64; 2]| x[0] * y[0] + x[1] * y[1];
        for i in 0..4 {
            let s_pos = dot(unit(a[i]), unit(p[i])) / tau;
            let mut sum = s_pos.exp();
            for j in 0..4 {
                if j != i && groups[j] == groups[i] {
                    sum += (dot(unit(a[i]), unit(a[j])) / tau).exp();
                }
            }
            let expect = -s_pos + sum.ln();
            assert!(
                (f64::from(got[i]) - expect).abs() < 1e-4,
                "row {i}: {} vs {expect}",
                got[i]
            );
        }
        // Row 2 is alone in its group: only its positive is in the denominator, loss 0.
        assert!(got[2].abs() < 1e-5);
    }

    #[test]
    fn another_groups_images_do_not_change_a_rows_loss() {
        let device = Device::flex();
        let groups = [0, 1, 0, 1];
        let p = [[1.0, 0.1], [0.3, 1.0], [0.5, -1.0], [-1.0, -0.4]];
        let loss = |a: [[f32; 2]; 4]| -> Vec<f32> {
            grouped_contrastive(
                rows(&a, &device),
                rows(&p, &device),
                same_group_mask(&groups, &device),
                0.1,
            )
            .into_data()
            .try_to_vec()
            .unwrap()
        };
        let before = loss([[1.0, 0.0], [0.2, 1.0], [0.7, -0.7], [-1.0, 0.0]]);
        // Move group 1's anchors: group 0's terms stay, group 1's change.
        let after = loss([[1.0, 0.0], [-0.9, 0.3], [0.7, -0.7], [0.1, -1.0]]);
        assert_eq!(before[0], after[0]);
        assert_eq!(before[2], after[2]);
        assert_ne!(before[1], after[1]);
        // With one group for all, the same move changes every row.
        let one = |a: [[f32; 2]; 4]| -> Vec<f32> {
            grouped_contrastive(
                rows(&a, &device),
                rows(&p, &device),
                same_group_mask(&[0; 4], &device),
                0.1,
            )
            .into_data()
            .try_to_vec()
            .unwrap()
        };
        let (b1, a1) = (
            one([[1.0, 0.0], [0.2, 1.0], [0.7, -0.7], [-1.0, 0.0]]),
            one([[1.0, 0.0], [-0.9, 0.3], [0.7, -0.7], [0.1, -1.0]]),
        );
        assert_ne!(b1[0], a1[0]);
    }
}
