//! Training images in memory and the two-view batches NSA trains on (views from the transform
//! stage's [`SslAugment`]).

use std::sync::Arc;

use swan_train::TrainError;
use swan_train::loader::{BatchSource, HostBatch, HostTensor};
use swan_transform::Rng;
use swan_transform::augment::SslAugment;

/// Training images at the training resolution, `[n, 3, s, s]`, values in `[0, 1]`.
pub struct ImageBank {
    /// Side of the square images.
    pub size: usize,
    /// `[n, 3, size, size]` values, row-major.
    pub data: Vec<f32>,
}

impl ImageBank {
    /// Number of images.
    pub fn len(&self) -> usize {
        self.data.len() / (3 * self.size * self.size).max(1)
    }

    /// Whether there are no images.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Image `i`, `[3, size, size]`.
    pub fn image(&self, i: usize) -> &[f32] {
        let n = 3 * self.size * self.size;
        &self.data[i * n..(i + 1) * n]
    }

    /// Rows `indices` normalised for the network (no augmentation).
    pub fn normalized(&self, indices: std::ops::Range<usize>) -> HostTensor {
        let s = self.size;
        let mut data = Vec::with_capacity(indices.len() * 3 * s * s);
        for i in indices.clone() {
            data.extend(self.image(i).iter().map(|v| (v - 0.5) / 0.5));
        }
        HostTensor {
            shape: [indices.len(), 3, s, s],
            data,
        }
    }
}

/// Two augmented views of every image of a batch.
pub struct TwoViews {
    /// The training images.
    pub bank: Arc<ImageBank>,
    /// The augmentation each view is drawn with.
    pub augment: SslAugment,
}

impl BatchSource for TwoViews {
    fn len(&self) -> usize {
        self.bank.len()
    }

    fn batch(&self, indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let s = self.bank.size;
        let mut a = Vec::with_capacity(indices.len() * 3 * s * s);
        let mut b = Vec::with_capacity(indices.len() * 3 * s * s);
        for &i in indices {
            let img = self.bank.image(i);
            self.augment.view(img, s, rng, &mut a);
            self.augment.view(img, s, rng, &mut b);
        }
        let shape = [indices.len(), 3, s, s];
        Ok(HostBatch {
            views: vec![HostTensor { shape, data: a }, HostTensor { shape, data: b }],
            indices: indices.to_vec(),
        })
    }
}
