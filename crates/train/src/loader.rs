//! Seeded batch loading with the augmentation work in worker threads.
//!
//! An epoch's order is a permutation drawn from `(seed, epoch)`; batch `b` of the epoch is
//! built from the seed `(seed, epoch, b)` alone, by whichever worker takes it, so the batches —
//! and therefore a run — do not depend on thread timing, and a resumed run sees exactly the
//! batches an uninterrupted one would. Workers run ahead of the model step by up to
//! `prefetch` batches.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

use swan_transform::Rng;

use crate::TrainError;

/// One host-side tensor, `[n, c, h, w]` row-major.
#[derive(Clone, Debug)]
pub struct HostTensor {
    /// `[n, c, h, w]`.
    pub shape: [usize; 4],
    /// The values, row-major.
    pub data: Vec<f32>,
}

/// A batch as produced by a [`BatchSource`]: any number of image tensors (views).
#[derive(Clone, Debug)]
pub struct HostBatch {
    /// The batch's tensors (two views for SimSiam, one for supervised runs).
    pub views: Vec<HostTensor>,
    /// Dataset indices of the rows.
    pub indices: Vec<usize>,
}

/// Builds batches of training items. Called from worker threads.
pub trait BatchSource: Send + Sync {
    /// Number of items.
    fn len(&self) -> usize;
    /// Whether there are no items.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The batch holding `indices`, with all randomness drawn from `rng`.
    fn batch(&self, indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError>;
}

/// Mixes seeds (SplitMix64 finaliser), so nearby inputs give unrelated streams.
pub fn mix(a: u64, b: u64) -> u64 {
    let mut z = a ^ b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Fisher–Yates permutation of `0..n` from `seed`.
pub fn permutation(n: usize, seed: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed);
    let mut p: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = rng.int(0, i as i64) as usize;
        p.swap(i, j);
    }
    p
}

/// `k` indices of `0..n`, distinct while `k ≤ n` (then with repeats), in random order.
pub fn draw(n: usize, k: usize, rng: &mut Rng) -> Vec<usize> {
    let mut out = Vec::with_capacity(k);
    while out.len() < k {
        let mut pool: Vec<usize> = (0..n).collect();
        let take = (k - out.len()).min(n);
        for i in 0..take {
            let j = rng.int(i as i64, (n - 1) as i64) as usize;
            pool.swap(i, j);
            out.push(pool[i]);
        }
    }
    out
}

/// How batches are drawn and made.
#[derive(Clone, Copy, Debug)]
pub struct LoaderConfig {
    /// Items per batch.
    pub batch_size: usize,
    /// Drop the last incomplete batch (keeps batch-norm statistics stable).
    pub drop_last: bool,
    /// Threads making batches.
    pub workers: usize,
    /// Batches made ahead of the training step.
    pub prefetch: usize,
    /// Seed of the order and of every batch's randomness.
    pub seed: u64,
}

impl LoaderConfig {
    /// Batches in an epoch of `n` items.
    pub fn batches_per_epoch(&self, n: usize) -> usize {
        if self.drop_last {
            n / self.batch_size.max(1)
        } else {
            n.div_ceil(self.batch_size.max(1))
        }
    }
}

/// The batches of one epoch, in order.
pub struct EpochBatches {
    rx: Receiver<(usize, Result<HostBatch, TrainError>)>,
    pending: BTreeMap<usize, Result<HostBatch, TrainError>>,
    next: usize,
    total: usize,
    handles: Vec<std::thread::JoinHandle<()>>,
    stop: Arc<AtomicBool>,
}

/// Starts the workers for `epoch`.
pub fn epoch_batches(
    source: Arc<dyn BatchSource>,
    cfg: LoaderConfig,
    epoch: usize,
) -> EpochBatches {
    let n = source.len();
    let order = Arc::new(permutation(n, mix(cfg.seed, 0x0E90_C000 + epoch as u64)));
    let total = cfg.batches_per_epoch(n);
    let workers = cfg.workers.max(1);
    let (tx, rx) = sync_channel(cfg.prefetch.max(1));
    let mut handles = Vec::new();
    let stop = Arc::new(AtomicBool::new(false));
    for w in 0..workers {
        let stop = Arc::clone(&stop);
        let tx = tx.clone();
        let source = Arc::clone(&source);
        let order = Arc::clone(&order);
        handles.push(std::thread::spawn(move || {
            let mut b = w;
            while b < total && !stop.load(Ordering::Relaxed) {
                let lo = b * cfg.batch_size;
                let hi = ((b + 1) * cfg.batch_size).min(n);
                let mut rng = Rng::new(mix(mix(cfg.seed, epoch as u64), b as u64));
                let out = source.batch(&order[lo..hi], &mut rng);
                if tx.send((b, out)).is_err() {
                    return;
                }
                b += workers;
            }
        }));
    }
    EpochBatches {
        rx,
        pending: BTreeMap::new(),
        next: 0,
        total,
        handles,
        stop,
    }
}

impl EpochBatches {
    /// Batches in the epoch.
    pub fn len(&self) -> usize {
        self.total
    }

    /// Whether the epoch has no batch.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

impl Iterator for EpochBatches {
    type Item = Result<HostBatch, TrainError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.next >= self.total {
            return None;
        }
        loop {
            if let Some(b) = self.pending.remove(&self.next) {
                self.next += 1;
                return Some(b);
            }
            match self.rx.recv() {
                Ok((i, b)) => {
                    self.pending.insert(i, b);
                }
                Err(_) => {
                    self.next = self.total;
                    return Some(Err(TrainError::Data(
                        "a data-loading worker stopped early".into(),
                    )));
                }
            }
        }
    }
}

impl Drop for EpochBatches {
    fn drop(&mut self) {
        // Stop the workers; drain the channel so none stays blocked on a full one.
        self.stop.store(true, Ordering::Relaxed);
        for h in std::mem::take(&mut self.handles) {
            while !h.is_finished() {
                while self.rx.try_recv().is_ok() {}
                std::thread::yield_now();
            }
            let _ = h.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Ids;
    impl BatchSource for Ids {
        fn len(&self) -> usize {
            103
        }
        fn batch(&self, indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
            let noise = rng.uniform() as f32;
            Ok(HostBatch {
                views: vec![HostTensor {
                    shape: [indices.len(), 1, 1, 1],
                    data: indices.iter().map(|&i| i as f32 + noise).collect(),
                }],
                indices: indices.to_vec(),
            })
        }
    }

    fn run(workers: usize, epoch: usize) -> Vec<Vec<f32>> {
        let cfg = LoaderConfig {
            batch_size: 10,
            drop_last: true,
            workers,
            prefetch: 2,
            seed: 7,
        };
        epoch_batches(Arc::new(Ids), cfg, epoch)
            .map(|b| b.unwrap().views[0].data.clone())
            .collect()
    }

    #[test]
    fn batches_do_not_depend_on_worker_count() {
        let a = run(1, 3);
        assert_eq!(a.len(), 10);
        assert_eq!(a, run(3, 3));
        assert_ne!(a, run(1, 4), "epochs are shuffled differently");
        // Each epoch visits distinct items.
        let mut seen: Vec<usize> = a.iter().flatten().map(|v| *v as usize).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 100);
    }

    #[test]
    fn stopping_early_does_not_hang() {
        let cfg = LoaderConfig {
            batch_size: 1,
            drop_last: false,
            workers: 2,
            prefetch: 1,
            seed: 0,
        };
        let mut it = epoch_batches(Arc::new(Ids), cfg, 0);
        assert!(it.next().unwrap().is_ok());
        drop(it);
    }
}
