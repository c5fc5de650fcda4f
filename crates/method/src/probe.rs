//! Linear probes: how much of an attribute a linear classifier can read from embeddings.
//! Multinomial logistic regression (softmax, L2 penalty) on standardised features, fitted by
//! full-batch gradient descent with Nesterov momentum and a step of 1/L (L bounds the
//! gradient's Lipschitz constant: ½·λ_max(XᵀX/n) + penalty, λ_max by power iteration).
//! Deterministic: no randomness anywhere.

use burn::tensor::activation::softmax;
use burn::tensor::{Device, Tensor, TensorData};
use swan_score::Matrix;

use crate::MethodError;

/// Settings of [`linear_probe`].
#[derive(Clone, Copy, Debug)]
pub struct ProbeConfig {
    pub iterations: usize,
    /// L2 penalty on the weights.
    pub l2: f64,
}

impl Default for ProbeConfig {
    fn default() -> Self {
        Self {
            iterations: 300,
            l2: 1e-3,
        }
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

/// Fits a probe on (`train`, `y_train`) and returns its accuracy on (`test`, `y_test`).
/// Labels are class indices; classes absent from training are never predicted.
pub fn linear_probe(
    train: &Matrix,
    y_train: &[usize],
    test: &Matrix,
    y_test: &[usize],
    cfg: ProbeConfig,
) -> Result<f64, MethodError> {
    let (n, d) = (train.rows(), train.cols());
    if n == 0 || test.rows() == 0 || y_train.len() != n || y_test.len() != test.rows() {
        return Err(MethodError::Params(format!(
            "probe: {n} training rows with {} labels, {} test rows with {} labels",
            y_train.len(),
            test.rows(),
            y_test.len()
        )));
    }
    if test.cols() != d {
        return Err(MethodError::Params(format!(
            "probe: training rows have {d} values, test rows {}",
            test.cols()
        )));
    }
    let classes = y_train.iter().chain(y_test).max().map_or(1, |m| m + 1);
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
    let onehot: Vec<f32> = y_train
        .iter()
        .flat_map(|&y| (0..classes).map(move |c| f32::from(u8::from(c == y))))
        .collect();
    let y = Tensor::<2>::from_data(TensorData::new(onehot, [n, classes]), &device);
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
    let step = 1.0 / (0.5 * lambda + cfg.l2);
    let mut w = Tensor::<2>::zeros([d, classes], &device);
    let mut b = Tensor::<2>::zeros([1, classes], &device);
    let (mut w_prev, mut b_prev) = (w.clone(), b.clone());
    for t in 1..=cfg.iterations {
        // Nesterov look-ahead.
        let mu = (t as f64 - 1.0) / (t as f64 + 2.0);
        let wl = w.clone() + (w.clone() - w_prev.clone()).mul_scalar(mu);
        let bl = b.clone() + (b.clone() - b_prev.clone()).mul_scalar(mu);
        let p = softmax(x.clone().matmul(wl.clone()) + bl.clone(), 1);
        let err = (p - y.clone()).div_scalar(n as f64);
        let gw = x.clone().transpose().matmul(err.clone()) + wl.clone().mul_scalar(cfg.l2);
        let gb = err.sum_dim(0);
        w_prev = w;
        b_prev = b;
        w = wl - gw.mul_scalar(step);
        b = bl - gb.mul_scalar(step);
    }
    let logits = tensor(test, &mean, &std, &device).matmul(w) + b;
    let pred: Vec<i64> = logits
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
}
