//! KE's paper tier: a CIFAR-style ResNet-18 trained from scratch on the normal images and
//! fresh draws of the chosen transforms, with the multi-positive InfoNCE on its l2-normalised
//! pooled output; the scorer reads the same output of the clean images.
//!
//! ```text
//! every step, for each image x of the batch: anchor x, views T_p x (positives), T_n x (negatives),
//!     each transform drawn anew (its random parameters) from the loader's seeded stream
//! z = f(·)/‖f(·)‖, f = ResNet-18 (3×3 stem, no max-pool), one forward over anchors and views
//! l(x) = −(1/k) log Σ_p e^{s_p/τ} / (Σ_p e^{s_p/τ} + Σ_n e^{s_n/τ}),  s = ⟨z(x), z(T x)⟩
//! ```

use std::sync::Arc;

use burn::tensor::{Tensor, TensorData};
use swan_data::Image;
use swan_score::Matrix;
use swan_train::TrainError;
use swan_train::loader::{BatchSource, HostBatch, HostTensor};
use swan_train::resnet::{ResNet, ResNetConfig};
use swan_train::ssl::l2_normalize;
use swan_train::trainer::{Batch, StepLoss, Task};
use swan_transform::{Chain, Rng};

use super::loss::{check_views, stacked_views_loss};
use crate::MethodError;
use crate::nsa::ImageBank;

/// The network KE trains from scratch (`--scratch`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KeScratch {
    /// ResNet-18 width multiplier (1.0 = 64..512 channels, the paper's network).
    pub width: f32,
    /// Training and scoring resolution (square).
    pub image_size: usize,
    /// Low-pass filter images larger than `image_size` as they shrink.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub antialias: bool,
}

impl Default for KeScratch {
    fn default() -> Self {
        Self {
            width: 1.0,
            image_size: 32,
            antialias: false,
        }
    }
}

impl KeScratch {
    /// Checks the width and image size.
    pub fn check(&self) -> Result<(), String> {
        if !(self.width > 0.0 && self.width <= 4.0) {
            return Err(format!("width must be in (0, 4], got {}", self.width));
        }
        if self.image_size < 8 {
            return Err(format!("image_size must be ≥ 8, got {}", self.image_size));
        }
        Ok(())
    }

    /// The ResNet-18 trained.
    pub fn backbone(&self) -> ResNetConfig {
        ResNetConfig {
            width: self.width,
            in_channels: 3,
        }
    }
}

/// The training images and the chosen transforms (positives first): each batch holds the
/// clean images, then one fresh view of every image under each transform.
pub(super) struct ViewBank {
    pub bank: Arc<ImageBank>,
    pub chains: Vec<Chain>,
}

impl ViewBank {
    /// Image `i` under `chain` with the random parameters of `seed`, normalised for the
    /// network like the clean images (`(v − 0.5) / 0.5` of `[0, 1]` values).
    fn view(&self, i: usize, chain: &Chain, seed: u64, out: &mut Vec<f32>) -> Result<(), String> {
        let s = self.bank.size;
        let img = Image::from_planar(s, s, self.bank.image(i).iter().map(|v| v * 255.0).collect())
            .map_err(|e| e.to_string())?;
        let mut v = chain.apply(&img, seed).map_err(|e| e.to_string())?;
        if (v.width, v.height) != (s, s) {
            v = swan_data::resize_bilinear(&v, s, s).map_err(|e| e.to_string())?;
        }
        out.extend(v.data.iter().map(|x| (x / 255.0 - 0.5) / 0.5));
        Ok(())
    }
}

impl BatchSource for ViewBank {
    fn len(&self) -> usize {
        self.bank.len()
    }

    fn batch(&self, indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let s = self.bank.size;
        let shape = [indices.len(), 3, s, s];
        let anchors = indices
            .iter()
            .flat_map(|&i| self.bank.image(i).iter().map(|v| (v - 0.5) / 0.5))
            .collect();
        let mut views = vec![HostTensor {
            shape,
            data: anchors,
        }];
        for chain in &self.chains {
            let mut data = Vec::with_capacity(indices.len() * 3 * s * s);
            for &i in indices {
                self.view(i, chain, rng.next_u64(), &mut data)
                    .map_err(|e| TrainError::Data(format!("ke: view under {chain}: {e}")))?;
            }
            views.push(HostTensor { shape, data });
        }
        Ok(HostBatch {
            views,
            indices: indices.to_vec(),
        })
    }
}

/// The multi-positive InfoNCE on the network's output (the views: anchors, the `k_pos`
/// positives, then the negatives).
pub(super) struct ScratchTask {
    pub k_pos: usize,
    pub temperature: f64,
}

impl Task for ScratchTask {
    type Model = ResNet;

    fn loss(&self, net: &ResNet, batch: Batch) -> Result<StepLoss, TrainError> {
        let b = batch.rows();
        check_views(batch.views.len(), self.k_pos)?;
        let z = net.embed(Tensor::cat(batch.views, 0));
        Ok(StepLoss {
            loss: stacked_views_loss(z, b, self.k_pos, self.temperature),
            metrics: Vec::new(),
        })
    }
}

/// l2-normalised pooled outputs of the network (inference mode) for the images of `bank`.
pub(super) fn embed(net: &ResNet, bank: &ImageBank, batch: usize) -> Result<Matrix, MethodError> {
    let device = swan_train::inference_device();
    let n = bank.len();
    let mut out = Vec::new();
    let mut dim = 0;
    for lo in (0..n).step_by(batch.max(1)) {
        let hi = (lo + batch.max(1)).min(n);
        let host = bank.normalized(lo..hi);
        let x: Tensor<4> = Tensor::from_data(TensorData::new(host.data, host.shape), &device);
        let z = l2_normalize(net.embed(x));
        dim = z.dims()[1];
        out.extend(
            z.into_data()
                .try_to_vec::<f32>()
                .map_err(|_| MethodError::Params("ke: codes are not f32".into()))?,
        );
    }
    Matrix::new(n, dim, out).map_err(|e| match e {
        swan_score::MatrixError::NonFinite { .. } => MethodError::NonFinite {
            what: "ke: the network's embeddings".into(),
        },
        e => e.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> Arc<ImageBank> {
        let s = 8;
        let data = (0..2 * 3 * s * s)
            .map(|i| ((i * 37) % 11) as f32 / 11.0)
            .collect();
        Arc::new(ImageBank { size: s, data })
    }

    fn chains(names: &[&str]) -> Vec<Chain> {
        names.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn a_batch_holds_the_clean_images_then_one_view_per_transform() {
        let views = ViewBank {
            bank: bank(),
            chains: chains(&["hflip", "rot90", "crop"]),
        };
        let b = views.batch(&[1, 0], &mut Rng::new(3)).unwrap();
        assert_eq!(b.views.len(), 4);
        for v in &b.views {
            assert_eq!(v.shape, [2, 3, 8, 8]);
            assert!(v.data.iter().all(|x| (-1.0..=1.0).contains(x)));
        }
        // The anchors are the clean images, normalised, in the batch's order.
        let clean: Vec<f32> = [1, 0]
            .iter()
            .flat_map(|&i| views.bank.image(i).iter().map(|v| (v - 0.5) / 0.5))
            .collect();
        assert_eq!(b.views[0].data, clean);
        // hflip mirrors every row of the clean image (up to the u8-free round trip).
        let n = 8;
        let a = &b.views[0].data[..3 * n * n];
        let f = &b.views[1].data[..3 * n * n];
        for y in 0..n {
            for x in 0..n {
                assert!((a[y * n + x] - f[y * n + n - 1 - x]).abs() < 1e-5);
            }
        }
    }

    #[test]
    fn views_are_drawn_from_the_loader_stream() {
        let views = ViewBank {
            bank: bank(),
            chains: chains(&["crop"]),
        };
        let draw = |seed| views.batch(&[0, 1], &mut Rng::new(seed)).unwrap().views[1].clone();
        assert_eq!(draw(5).data, draw(5).data);
        assert_ne!(draw(5).data, draw(6).data);
    }

    #[test]
    fn the_width_and_size_are_checked() {
        for bad in [
            KeScratch {
                width: 0.0,
                ..KeScratch::default()
            },
            KeScratch {
                width: f32::NAN,
                ..KeScratch::default()
            },
            KeScratch {
                image_size: 4,
                ..KeScratch::default()
            },
        ] {
            assert!(bad.check().is_err(), "{bad:?}");
        }
        KeScratch::default().check().unwrap();
    }
}
