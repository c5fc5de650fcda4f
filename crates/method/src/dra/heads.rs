//! DRA's four heads on a shared feature map `M_x` (`[n, C, h, w]`), each giving a score ≥ 0
//! per image, and the deviation loss that trains them.

use burn::module::Module;
use burn::nn::conv::{Conv2d, Conv2dConfig};
use burn::nn::{BatchNorm, BatchNormConfig, Linear, LinearConfig, PaddingConfig2d};
use burn::tensor::activation::relu;
use burn::tensor::{Device, Int, Tensor};

use crate::tail::Tail;

/// The heads a model has (ablations switch them off).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Head {
    /// g_s: seen anomalies, top-K patch MIL.
    Seen,
    /// g_p: CutMix pseudo-anomalies, top-K patch MIL with its own weights.
    Pseudo,
    /// g_r: latent residual to the mean feature map of reference normals.
    Residual,
    /// g_n: holistic normality (subtracted from the anomaly score).
    Normal,
}

impl Head {
    /// The four heads.
    pub const ALL: [Head; 4] = [Head::Seen, Head::Pseudo, Head::Residual, Head::Normal];

    /// The name `--heads` takes and score terms carry.
    pub fn name(self) -> &'static str {
        match self {
            Self::Seen => "seen",
            Self::Pseudo => "pseudo",
            Self::Residual => "residual",
            Self::Normal => "normal",
        }
    }
}

impl std::str::FromStr for Head {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|h| h.name() == s)
            .ok_or_else(|| format!("unknown head {s:?}; available: seen, pseudo, residual, normal"))
    }
}

/// K of the top-K MIL: `max(⌊ratio · h · w⌋, 1)` patches.
pub fn top_k(ratio: f64, h: usize, w: usize) -> usize {
    ((ratio * (h * w) as f64).floor() as usize).max(1)
}

/// Mean of the `k` largest entries of each row of `x` (`[n, p] → [n]`). The selection is made
/// on the values; the gradient flows to the selected entries.
pub fn top_k_mean(x: Tensor<2>, k: usize) -> Tensor<1> {
    let [n, p] = x.dims();
    let k = k.min(p).max(1);
    let idx: Tensor<2, Int> = x.clone().detach().argsort_descending(1).narrow(1, 0, k);
    x.gather(1, idx).mean_dim(1).reshape([n])
}

/// g_s / g_p: a 1×1 convolution `C → 1` scores every patch; the image score is the mean of the
/// top-K absolute patch scores.
#[derive(Module, Debug)]
pub struct PatchHead {
    pub conv: Conv2d,
}

impl PatchHead {
    pub fn new(channels: usize, device: &Device) -> Self {
        Self {
            conv: Conv2dConfig::new([channels, 1], [1, 1]).init(device),
        }
    }

    /// The patch scores `|conv1×1(M)|`, `[n, h, w]`, whose top-K mean is the head's score:
    /// where in the image the head finds its anomaly.
    pub fn patch_scores(&self, m: Tensor<4>) -> Tensor<3> {
        let [n, _, h, w] = m.dims();
        swan_encoder::kernels::conv2d_layer(&self.conv, m)
            .abs()
            .reshape([n, h, w])
    }

    pub fn forward(&self, m: Tensor<4>, k_ratio: f64) -> Tensor<1> {
        top_k_mean_of_map(self.patch_scores(m), k_ratio)
    }
}

/// The top-K mean of each image's patch scores (`[n, h, w] → [n]`).
fn top_k_mean_of_map(patches: Tensor<3>, k_ratio: f64) -> Tensor<1> {
    let [n, h, w] = patches.dims();
    top_k_mean(patches.reshape([n, h * w]), top_k(k_ratio, h, w))
}

/// g_r: `R = mean(M_ref) − M_x`, then conv 3×3 (C → C) + batch-norm + ReLU, then a patch
/// scorer.
#[derive(Module, Debug)]
pub struct ResidualHead {
    pub conv: Conv2d,
    pub bn: BatchNorm,
    pub score: PatchHead,
}

impl ResidualHead {
    pub fn new(channels: usize, device: &Device) -> Self {
        Self {
            conv: Conv2dConfig::new([channels, channels], [3, 3])
                .with_padding(PaddingConfig2d::Explicit(1, 1, 1, 1))
                .init(device),
            bn: BatchNormConfig::new(channels).init(device),
            score: PatchHead::new(channels, device),
        }
    }

    /// The patch scores of the residual map, `[n, h, w]`. `reference` is the mean reference
    /// map, `[1, C, h, w]`.
    pub fn patch_scores(&self, m: Tensor<4>, reference: Tensor<4>) -> Tensor<3> {
        let y = swan_encoder::kernels::conv2d_layer(&self.conv, reference - m);
        self.score.patch_scores(relu(self.bn.forward(y)))
    }
}

/// g_n: global average pool → Linear(C → hidden) → ReLU → Linear(hidden → 1) → |·|.
#[derive(Module, Debug)]
pub struct NormalityHead {
    pub fc1: Linear,
    pub fc2: Linear,
}

impl NormalityHead {
    pub fn new(channels: usize, hidden: usize, device: &Device) -> Self {
        Self {
            fc1: LinearConfig::new(channels, hidden).init(device),
            fc2: LinearConfig::new(hidden, 1).init(device),
        }
    }

    pub fn forward(&self, m: Tensor<4>) -> Tensor<1> {
        let [n, c, h, w] = m.dims();
        let pooled = m.reshape([n, c, h * w]).mean_dim(2).reshape([n, c]);
        self.fc2
            .forward(relu(self.fc1.forward(pooled)))
            .abs()
            .reshape([n])
    }
}

/// The heads of one model; absent heads are switched off.
#[derive(Module, Debug)]
pub struct DraNet {
    /// The encoder's last stages, fine-tuned, when the heads read a cached earlier tap
    /// (`train_from`); absent for a frozen backbone.
    pub tail: Option<Tail>,
    /// g_s, seen anomalies (top-K patch MIL).
    pub seen: Option<PatchHead>,
    /// g_p, CutMix pseudo-anomalies (top-K patch MIL).
    pub pseudo: Option<PatchHead>,
    /// g_r, the latent residual to the reference normals.
    pub residual: Option<ResidualHead>,
    /// g_n, holistic normality.
    pub normal: Option<NormalityHead>,
}

/// Per-head scores of a batch, `[n]` each (for the heads the model has).
pub struct HeadScores {
    /// g_s.
    pub seen: Option<Tensor<1>>,
    /// g_p.
    pub pseudo: Option<Tensor<1>>,
    /// g_r.
    pub residual: Option<Tensor<1>>,
    /// g_n (enters the anomaly score with a minus sign).
    pub normal: Option<Tensor<1>>,
}

impl HeadScores {
    /// Mean over pyramid levels, head by head.
    pub fn mean(levels: Vec<HeadScores>) -> HeadScores {
        let n = levels.len() as f64;
        let avg = |pick: &dyn Fn(&HeadScores) -> Option<Tensor<1>>| {
            levels
                .iter()
                .filter_map(pick)
                .reduce(|a, b| a + b)
                .map(|s| s.div_scalar(n))
        };
        HeadScores {
            seen: avg(&|l| l.seen.clone()),
            pseudo: avg(&|l| l.pseudo.clone()),
            residual: avg(&|l| l.residual.clone()),
            normal: avg(&|l| l.normal.clone()),
        }
    }

    /// The terms of the anomaly score as they enter the sum, for the heads present:
    /// `("seen", g_s)`, `("pseudo", g_p)`, `("residual", g_r)`, `("normal", −g_n)`.
    pub fn terms(&self) -> Vec<(&'static str, Tensor<1>)> {
        [
            ("seen", &self.seen, false),
            ("pseudo", &self.pseudo, false),
            ("residual", &self.residual, false),
            ("normal", &self.normal, true),
        ]
        .into_iter()
        .filter_map(|(name, s, negate)| s.clone().map(|t| (name, if negate { t.neg() } else { t })))
        .collect()
    }

    /// The anomaly score `g_s + g_p + g_r − g_n` (over the heads present).
    pub fn anomaly_score(&self) -> Option<Tensor<1>> {
        self.terms()
            .into_iter()
            .map(|(_, t)| t)
            .reduce(|a, b| a + b)
    }
}

impl DraNet {
    /// Fresh `heads` on a `channels`-wide feature map (`hidden`: the normality head's width).
    pub fn new(heads: &[Head], channels: usize, hidden: usize, device: &Device) -> Self {
        let has = |h: Head| heads.contains(&h);
        Self {
            tail: None,
            seen: has(Head::Seen).then(|| PatchHead::new(channels, device)),
            pseudo: has(Head::Pseudo).then(|| PatchHead::new(channels, device)),
            residual: has(Head::Residual).then(|| ResidualHead::new(channels, device)),
            normal: has(Head::Normal).then(|| NormalityHead::new(channels, hidden, device)),
        }
    }

    /// `M_x` from the maps the model reads (the tail's output when it has one).
    pub fn feature_map(&self, x: Tensor<4>) -> Tensor<4> {
        match &self.tail {
            Some(t) => t.maps(x),
            None => x,
        }
    }

    /// The mean reference map `[1, C, h, w]` for the residual head, when the model has one.
    fn reference(&self, references: Option<Tensor<4>>) -> Option<Tensor<4>> {
        match &self.residual {
            Some(_) => references.map(|r| self.feature_map(r).mean_dim(0)),
            None => None,
        }
    }

    /// Scores of one pyramid level. `references` (`[R, C, h, w]`, the reference normals' maps
    /// as the model reads them) are needed by the residual head, which compares with their
    /// mean.
    pub fn forward(&self, x: Tensor<4>, references: Option<Tensor<4>>, k_ratio: f64) -> HeadScores {
        self.forward_with_maps(x, references, k_ratio).0
    }

    /// [`Self::forward`], and the patch scores of the heads that pool patches (seen, pseudo,
    /// residual: `[n, h, w]` each, named as in [`HeadScores::terms`]) that their scores are
    /// the top-K means of: where in the image each head finds its anomaly. The normality head
    /// scores the whole image and has none.
    pub fn forward_with_maps(
        &self,
        x: Tensor<4>,
        references: Option<Tensor<4>>,
        k_ratio: f64,
    ) -> (HeadScores, Vec<(&'static str, Tensor<3>)>) {
        let m = self.feature_map(x);
        let reference = self.reference(references);
        let seen = self.seen.as_ref().map(|h| h.patch_scores(m.clone()));
        let pseudo = self.pseudo.as_ref().map(|h| h.patch_scores(m.clone()));
        let residual = match (&self.residual, reference) {
            (Some(h), Some(r)) => Some(h.patch_scores(m.clone(), r)),
            _ => None,
        };
        let pooled = |p: &Option<Tensor<3>>| p.clone().map(|p| top_k_mean_of_map(p, k_ratio));
        let scores = HeadScores {
            seen: pooled(&seen),
            pseudo: pooled(&pseudo),
            residual: pooled(&residual),
            normal: self.normal.as_ref().map(|h| h.forward(m)),
        };
        let maps = [("seen", seen), ("pseudo", pseudo), ("residual", residual)]
            .into_iter()
            .filter_map(|(name, p)| p.map(|p| (name, p)))
            .collect();
        (scores, maps)
    }
}

/// The deviation loss with a standard-normal prior (μ = 0, σ = 1): `dev = s`,
/// `l(s, y) = (1 − y)·|dev| + y·max(0, a − dev)`, per row.
pub fn deviation_loss(scores: Tensor<1>, y: Tensor<1>, margin: f64) -> Tensor<1> {
    let inlier = scores.clone().abs();
    let outlier = scores.neg().add_scalar(margin).clamp_min(0.0);
    y.clone().neg().add_scalar(1.0) * inlier + y * outlier
}

/// Mean of `loss` over the rows where `mask` is 1 (0 when no row is selected).
pub fn masked_mean(loss: Tensor<1>, mask: Tensor<1>) -> Tensor<1> {
    let count = mask.clone().sum().clamp_min(1.0);
    (loss * mask).sum() / count
}

#[cfg(test)]
mod tests {
    use super::*;
    use burn::tensor::TensorData;

    fn device() -> Device {
        Device::flex()
    }

    fn t1(v: &[f32]) -> Tensor<1> {
        Tensor::from_data(TensorData::new(v.to_vec(), [v.len()]), &device())
    }

    fn values(t: Tensor<1>) -> Vec<f32> {
        t.into_data().try_to_vec::<f32>().unwrap()
    }

    #[test]
    fn deviation_loss_matches_hand_computed_values() {
        // normals: |s|; anomalies: max(0, 5 − s).
        let s = t1(&[0.5, -2.0, 1.0, 7.0, -1.0]);
        let y = t1(&[0.0, 0.0, 1.0, 1.0, 1.0]);
        assert_eq!(values(deviation_loss(s, y, 5.0)), [0.5, 2.0, 4.0, 0.0, 6.0]);
    }

    #[test]
    fn top_k_mil_averages_the_largest_patches() {
        // One 2×3 map: the top-2 of |x| are 9 and 4.
        let m = Tensor::<2>::from_data(
            TensorData::new(vec![1.0, 9.0, -3.0, 4.0, 0.0, 2.0f32], [1, 6]),
            &device(),
        );
        assert_eq!(values(top_k_mean(m.abs(), 2)), [6.5]);
        assert_eq!(
            (top_k(0.1, 4, 4), top_k(0.1, 8, 8), top_k(0.1, 2, 2)),
            (1, 6, 1)
        );
    }

    #[test]
    fn patch_head_scores_the_top_patch_of_a_hand_made_map() {
        let dev = device();
        let mut head = PatchHead::new(2, &dev);
        // weight [1, 2, 1, 1] = (1, −1), bias 0: patch score = |c0 − c1|.
        head.conv.weight = burn::module::Param::from_tensor(Tensor::from_data(
            TensorData::new(vec![1.0f32, -1.0], [1, 2, 1, 1]),
            &dev,
        ));
        head.conv.bias = Some(burn::module::Param::from_tensor(t1(&[0.0])));
        // 2 channels × 4×4; one patch differs by 8, the rest by at most 1.
        let mut data = vec![0.0f32; 32];
        data[5] = 8.0;
        data[16 + 9] = 1.0;
        let m = Tensor::<4>::from_data(TensorData::new(data, [1, 2, 4, 4]), &dev);
        assert_eq!(values(head.forward(m, 0.1)), [8.0]); // K = 1 of 16 patches
    }

    #[test]
    fn anomaly_score_is_seen_plus_pseudo_plus_residual_minus_normal() {
        let s = HeadScores {
            seen: Some(t1(&[1.0, 2.0])),
            pseudo: Some(t1(&[0.5, 0.0])),
            residual: Some(t1(&[3.0, 1.0])),
            normal: Some(t1(&[4.0, 0.5])),
        };
        assert_eq!(values(s.anomaly_score().unwrap()), [0.5, 2.5]);
        // The terms are the heads signed as they enter the sum; the normality head negated.
        let terms: Vec<(&str, Vec<f32>)> = s
            .terms()
            .into_iter()
            .map(|(name, t)| (name, values(t)))
            .collect();
        assert_eq!(
            terms,
            [
                ("seen", vec![1.0, 2.0]),
                ("pseudo", vec![0.5, 0.0]),
                ("residual", vec![3.0, 1.0]),
                ("normal", vec![-4.0, -0.5]),
            ]
        );
        let without_pseudo = HeadScores { pseudo: None, ..s };
        let names: Vec<&str> = without_pseudo.terms().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["seen", "residual", "normal"]);
        assert_eq!(values(without_pseudo.anomaly_score().unwrap()), [0.0, 2.5]);
        let mean = HeadScores::mean(vec![
            HeadScores {
                seen: Some(t1(&[1.0])),
                pseudo: None,
                residual: None,
                normal: None,
            },
            HeadScores {
                seen: Some(t1(&[3.0])),
                pseudo: None,
                residual: None,
                normal: None,
            },
        ]);
        assert_eq!(values(mean.anomaly_score().unwrap()), [2.0]);
    }
}
