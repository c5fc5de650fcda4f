//! Linear probes: how much of an attribute a linear classifier can read from embeddings.
//! Multinomial logistic regression (softmax, L2 penalty) on standardised features, fitted by
//! full-batch gradient descent with Nesterov momentum and a step of 1/L (L bounds the
//! gradient's Lipschitz constant: ½·λ_max(XᵀX/n) + penalty, λ_max by power iteration).
//! Deterministic: no randomness anywhere.

use burn::tensor::activation::softmax;
use burn::tensor::{Device, Tensor, TensorData};
use swan_score::Matrix;

use crate::MethodError;

/// Settings of [`linear_probe`] and [`fit_logistic`].
#[derive(Clone, Copy, Debug)]
pub struct ProbeConfig {
    /// Optimisation steps.
    pub iterations: usize,
    /// L2 penalty on the weights (of the standardised features).
    pub l2: f64,
    /// Weight each row by `n / (classes · n_class)`, so every class counts the same.
    pub balanced: bool,
}

impl Default for ProbeConfig {
    fn default() -> Self {
        Self {
            iterations: 300,
            l2: 1e-3,
            balanced: false,
        }
    }
}

/// A fitted multinomial logistic regression: `logits = ((x − mean) / std) · W + b`.
#[derive(Clone, Debug)]
pub struct LogisticModel {
    /// Per-feature mean of the training rows.
    pub mean: Vec<f32>,
    /// Per-feature standard deviation of the training rows.
    pub std: Vec<f32>,
    /// `[d, classes]`, row-major.
    pub weight: Vec<f32>,
    /// `[classes]`.
    pub bias: Vec<f32>,
    /// Number of classes.
    pub classes: usize,
}

impl LogisticModel {
    /// Logits `[rows, classes]` of `m`.
    pub fn logits(&self, m: &Matrix) -> Result<Tensor<2>, MethodError> {
        let d = self.mean.len();
        if m.cols() != d {
            return Err(MethodError::Params(format!(
                "probe: fitted on rows of {d} values, given rows of {}",
                m.cols()
            )));
        }
        let device = Device::flex();
        let w = Tensor::<2>::from_data(
            TensorData::new(self.weight.clone(), [d, self.classes]),
            &device,
        );
        let b = Tensor::<2>::from_data(
            TensorData::new(self.bias.clone(), [1, self.classes]),
            &device,
        );
        Ok(tensor(m, &self.mean, &self.std, &device).matmul(w) + b)
    }

    /// The two-class model as one linear function of the raw features, `u·x + c` = the logit
    /// of class 1 minus that of class 0 (standardisation folded in).
    pub fn binary_direction(&self) -> Result<(Vec<f32>, f32), MethodError> {
        if self.classes != 2 {
            return Err(MethodError::Params(format!(
                "probe: a binary direction needs 2 classes, the model has {}",
                self.classes
            )));
        }
        let u: Vec<f32> = (0..self.mean.len())
            .map(|k| (self.weight[2 * k + 1] - self.weight[2 * k]) / self.std[k])
            .collect();
        let c = (self.bias[1] - self.bias[0])
            - u.iter().zip(&self.mean).map(|(u, m)| u * m).sum::<f32>();
        Ok((u, c))
    }
}

fn tensor(m: &Matrix, mean: &[f32], std: &[f32], device: &Device) -> Tensor<2> {
    let d = m.cols();
    let data: Vec<f32> = m
        .as_slice()
        .iter()
        .enumerate()
        .map(|(k, v)| (v - mean[k % d]) / std[k % d])
        .collect();
    Tensor::from_data(TensorData::new(data, [m.rows(), d]), device)
}

/// Fits a multinomial logistic regression with `classes` classes on (`train`, `y`).
pub fn fit_logistic(
    train: &Matrix,
    y: &[usize],
    classes: usize,
    cfg: ProbeConfig,
) -> Result<LogisticModel, MethodError> {
    let (n, d) = (train.rows(), train.cols());
    if n == 0 || y.len() != n || y.iter().any(|&c| c >= classes) {
        return Err(MethodError::Params(format!(
            "probe: {n} training rows with {} labels (of {classes} classes)",
            y.len()
        )));
    }
    let device = Device::flex();
    // Standardise with the training statistics.
    let mut mean = vec![0.0f32; d];
    let mut var = vec![0.0f32; d];
    for r in 0..n {
        for (m, v) in mean.iter_mut().zip(train.row(r)) {
            *m += v / n as f32;
        }
    }
    for r in 0..n {
        for ((s, v), m) in var.iter_mut().zip(train.row(r)).zip(&mean) {
            *s += (v - m) * (v - m) / n as f32;
        }
    }
    let std: Vec<f32> = var.iter().map(|v| v.sqrt().max(1e-6)).collect();
    let x = tensor(train, &mean, &std, &device);
    let mut counts = vec![0usize; classes];
    for &c in y {
        counts[c] += 1;
    }
    let present = counts.iter().filter(|&&c| c > 0).count();
    // Row weights, mean 1.
    let weights: Vec<f32> = y
        .iter()
        .map(|&c| {
            if cfg.balanced {
                n as f32 / (present * counts[c]) as f32
            } else {
                1.0
            }
        })
        .collect();
    let onehot: Vec<f32> = y
        .iter()
        .flat_map(|&y| (0..classes).map(move |c| f32::from(u8::from(c == y))))
        .collect();
    let y = Tensor::<2>::from_data(TensorData::new(onehot, [n, classes]), &device);
    let row_w = Tensor::<2>::from_data(TensorData::new(weights.clone(), [n, 1]), &device);
    let w_max = weights.iter().copied().fold(0.0f32, f32::max) as f64;
    // λ_max(XᵀX/n) by power iteration from a fixed start.
    let mut v = Tensor::<2>::ones([d, 1], &device).div_scalar((d as f64).sqrt());
    let mut lambda = 1.0f64;
    for _ in 0..30 {
        let w = x
            .clone()
            .transpose()
            .matmul(x.clone().matmul(v.clone()))
            .div_scalar(n as f64);
        lambda = f64::from(w.clone().powi_scalar(2).sum().sqrt().into_scalar::<f32>());
        v = w.div_scalar(lambda.max(1e-12));
    }
    let step = 1.0 / (0.5 * lambda * w_max + cfg.l2);
    let mut w = Tensor::<2>::zeros([d, classes], &device);
    let mut b = Tensor::<2>::zeros([1, classes], &device);
    let (mut w_prev, mut b_prev) = (w.clone(), b.clone());
    for t in 1..=cfg.iterations {
        // Nesterov look-ahead.
        let mu = (t as f64 - 1.0) / (t as f64 + 2.0);
        let wl = w.clone() + (w.clone() - w_prev.clone()).mul_scalar(mu);
        let bl = b.clone() + (b.clone() - b_prev.clone()).mul_scalar(mu);
        let p = softmax(x.clone().matmul(wl.clone()) + bl.clone(), 1);
        let err = ((p - y.clone()) * row_w.clone()).div_scalar(n as f64);
        let gw = x.clone().transpose().matmul(err.clone()) + wl.clone().mul_scalar(cfg.l2);
        let gb = err.sum_dim(0);
        w_prev = w;
        b_prev = b;
        w = wl - gw.mul_scalar(step);
        b = bl - gb.mul_scalar(step);
    }
    let to_vec = |t: Tensor<2>| -> Result<Vec<f32>, MethodError> {
        t.into_data()
            .try_to_vec()
            .map_err(|_| MethodError::Params("probe: weights are not f32".into()))
    };
    let (weight, bias) = (to_vec(w)?, to_vec(b)?);
    if weight.iter().chain(&bias).any(|v| !v.is_finite()) {
        return Err(MethodError::Params(
            "probe: the fit diverged (non-finite weights; NaN or infinite features?)".into(),
        ));
    }
    Ok(LogisticModel {
        mean,
        std,
        weight,
        bias,
        classes,
    })
}

/// Fits a probe on (`train`, `y_train`) and returns its accuracy on (`test`, `y_test`).
/// Labels are class indices; classes absent from training are never predicted.
pub fn linear_probe(
    train: &Matrix,
    y_train: &[usize],
    test: &Matrix,
    y_test: &[usize],
    cfg: ProbeConfig,
) -> Result<f64, MethodError> {
    let n = train.rows();
    if n == 0 || test.rows() == 0 || y_train.len() != n || y_test.len() != test.rows() {
        return Err(MethodError::Params(format!(
            "probe: {n} training rows with {} labels, {} test rows with {} labels",
            y_train.len(),
            test.rows(),
            y_test.len()
        )));
    }
    if test.cols() != train.cols() {
        return Err(MethodError::Params(format!(
            "probe: training rows have {} values, test rows {}",
            train.cols(),
            test.cols()
        )));
    }
    let classes = y_train.iter().chain(y_test).max().map_or(1, |m| m + 1);
    let model = fit_logistic(train, y_train, classes, cfg)?;
    let pred: Vec<i64> = model
        .logits(test)?
        .argmax(1)
        .into_data()
        .convert::<i64>()
        .try_to_vec()
        .map_err(|_| MethodError::Params("probe: predictions are not integers".into()))?;
    let correct = pred
        .iter()
        .zip(y_test)
        .filter(|(p, y)| **p as usize == **y)
        .count();
    Ok(correct as f64 / y_test.len() as f64)
}

/// The share of the most frequent label: the accuracy of always guessing it.
pub fn chance_level(labels: &[usize]) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for &l in labels {
        *counts.entry(l).or_insert(0usize) += 1;
    }
    counts.values().copied().max().unwrap_or(0) as f64 / labels.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_transform::Rng;

    /// Two informative dimensions (class means apart) and one noise dimension.
    fn blobs(n: usize, seed: u64) -> (Matrix, Vec<usize>) {
        let mut rng = Rng::new(seed);
        let mut data = Vec::new();
        let mut y = Vec::new();
        for i in 0..n {
            let c = i % 3;
            let centre = [[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]][c];
            data.push((centre[0] + rng.normal()) as f32);
            data.push((centre[1] + rng.normal()) as f32);
            data.push((100.0 * rng.normal()) as f32);
            y.push(c);
        }
        (Matrix::new(n, 3, data).unwrap(), y)
    }

    #[test]
    fn separable_classes_are_read_and_noise_labels_are_not() {
        let (train, y) = blobs(300, 1);
        let (test, yt) = blobs(300, 2);
        let acc = linear_probe(&train, &y, &test, &yt, ProbeConfig::default()).unwrap();
        assert!(acc > 0.9, "{acc}");
        // Labels unrelated to the features: near chance (1/3).
        let shuffled: Vec<usize> = (0..300).map(|i| (i * 7 / 3) % 3).collect();
        let noise = linear_probe(&train, &shuffled, &test, &yt, ProbeConfig::default()).unwrap();
        assert!(noise < 0.5, "{noise}");
        assert!((chance_level(&[0, 0, 1, 2]) - 0.5).abs() < 1e-12);
        assert!(linear_probe(&train, &y[..10], &test, &yt, ProbeConfig::default()).is_err());
    }

    #[test]
    fn the_binary_direction_is_the_logit_difference_on_raw_features() {
        // Class 1 = blob 1, class 0 = the rest: imbalanced 1:2.
        let (train, y) = blobs(300, 3);
        let y: Vec<usize> = y.iter().map(|&c| usize::from(c == 1)).collect();
        let cfg = ProbeConfig {
            balanced: true,
            ..ProbeConfig::default()
        };
        let model = fit_logistic(&train, &y, 2, cfg).unwrap();
        let (u, c) = model.binary_direction().unwrap();
        let logits: Vec<f32> = model
            .logits(&train)
            .unwrap()
            .into_data()
            .try_to_vec()
            .unwrap();
        for r in 0..train.rows() {
            let direct: f32 = u.iter().zip(train.row(r)).map(|(u, x)| u * x).sum::<f32>() + c;
            let diff = logits[2 * r + 1] - logits[2 * r];
            assert!(
                (direct - diff).abs() < 1e-3 * (1.0 + diff.abs()),
                "{direct} vs {diff}"
            );
        }
        // Balanced weights: the positive class is found as often as the negative one.
        let positive_hits = (0..train.rows())
            .filter(|&r| y[r] == 1 && logits[2 * r + 1] > logits[2 * r])
            .count() as f64
            / y.iter().filter(|&&c| c == 1).count() as f64;
        assert!(positive_hits > 0.9, "{positive_hits}");
        assert!(fit_logistic(&train, &y, 1, cfg).is_err());
        let three = fit_logistic(&train, &vec![0; 300], 3, cfg).unwrap();
        assert!(three.binary_direction().is_err());
    }
}
