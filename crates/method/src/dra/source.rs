//! DRA's training batches from cached feature maps: reference normals, normal slots (each a
//! CutMix pseudo-anomaly with some probability) and seen-anomaly slots cycling through the
//! labelled anomalies. One item of the source is one step; all randomness comes from the
//! loader's per-batch generator.

use swan_train::TrainError;
use swan_train::loader::{BatchSource, HostBatch, HostTensor, draw};
use swan_transform::Rng;

/// Cached feature maps of one pyramid level, rows of `c·h·w` values.
#[derive(Clone, Debug)]
pub struct LevelMaps {
    pub shape: [usize; 3],
    pub normal: Vec<f32>,
    /// `copies` CutMix pseudo-anomalies per normal image: row `i · copies + j`.
    pub pseudo: Vec<f32>,
    pub anomalies: Vec<f32>,
}

impl LevelMaps {
    fn dim(&self) -> usize {
        self.shape.iter().product()
    }

    fn row<'a>(&self, table: &'a [f32], i: usize) -> &'a [f32] {
        let d = self.dim();
        &table[i * d..(i + 1) * d]
    }
}

/// What kind of row a training slot holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Normal,
    Pseudo,
    Seen,
}

/// The sampler's layout.
#[derive(Clone, Debug)]
pub struct Layout {
    pub steps_per_epoch: usize,
    pub references: usize,
    pub normal_slots: usize,
    pub anomaly_slots: usize,
    /// Probability that a normal slot holds a pseudo-anomaly (0 without pseudo copies).
    pub pseudo_probability: f64,
    pub copies: usize,
}

pub struct DraBatches {
    pub levels: Vec<LevelMaps>,
    pub n_normal: usize,
    pub n_anomalies: usize,
    pub layout: Layout,
}

impl DraBatches {
    /// The rows of one step: (kind, index into that kind's table).
    pub fn slots(&self, rng: &mut Rng) -> (Vec<usize>, Vec<(Kind, usize)>) {
        let l = &self.layout;
        let picks = draw(self.n_normal, l.references + l.normal_slots, rng);
        let (refs, normals) = picks.split_at(l.references.min(picks.len()));
        let mut rows = Vec::with_capacity(l.normal_slots + l.anomaly_slots);
        for &i in normals {
            if l.copies > 0 && rng.uniform() < l.pseudo_probability {
                let j = rng.int(0, l.copies as i64 - 1) as usize;
                rows.push((Kind::Pseudo, i * l.copies + j));
            } else {
                rows.push((Kind::Normal, i));
            }
        }
        if self.n_anomalies > 0 {
            let offset = rng.int(0, self.n_anomalies as i64 - 1) as usize;
            for s in 0..l.anomaly_slots {
                rows.push((Kind::Seen, (offset + s) % self.n_anomalies));
            }
        }
        (refs.to_vec(), rows)
    }
}

impl BatchSource for DraBatches {
    fn len(&self) -> usize {
        self.layout.steps_per_epoch
    }

    /// Views: the rows' maps per level, then (with references) the references' maps per
    /// level, then three `[n, 1, 1, 1]` masks: normal, pseudo, seen.
    fn batch(&self, _indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let (refs, rows) = self.slots(rng);
        let n = rows.len();
        let mut views = Vec::new();
        for lv in &self.levels {
            let [c, h, w] = lv.shape;
            let mut data = Vec::with_capacity(n * lv.dim());
            for &(kind, i) in &rows {
                let table = match kind {
                    Kind::Normal => &lv.normal,
                    Kind::Pseudo => &lv.pseudo,
                    Kind::Seen => &lv.anomalies,
                };
                data.extend_from_slice(lv.row(table, i));
            }
            views.push(HostTensor {
                shape: [n, c, h, w],
                data,
            });
        }
        if !refs.is_empty() {
            for lv in &self.levels {
                let [c, h, w] = lv.shape;
                let data = refs
                    .iter()
                    .flat_map(|&i| lv.row(&lv.normal, i).iter().copied())
                    .collect();
                views.push(HostTensor {
                    shape: [refs.len(), c, h, w],
                    data,
                });
            }
        }
        for kind in [Kind::Normal, Kind::Pseudo, Kind::Seen] {
            views.push(HostTensor {
                shape: [n, 1, 1, 1],
                data: rows
                    .iter()
                    .map(|&(k, _)| if k == kind { 1.0 } else { 0.0 })
                    .collect(),
            });
        }
        Ok(HostBatch {
            views,
            indices: (0..n).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(n_anomalies: usize) -> DraBatches {
        DraBatches {
            levels: vec![LevelMaps {
                shape: [1, 1, 1],
                normal: (0..100).map(|i| i as f32).collect(),
                pseudo: (0..200).map(|i| 1000.0 + i as f32).collect(),
                anomalies: (0..n_anomalies).map(|i| -(i as f32) - 1.0).collect(),
            }],
            n_normal: 100,
            n_anomalies,
            layout: Layout {
                steps_per_epoch: 20,
                references: 5,
                normal_slots: 32,
                anomaly_slots: 16,
                pseudo_probability: 0.5,
                copies: 2,
            },
        }
    }

    #[test]
    fn a_step_holds_references_normal_slots_and_cycling_anomaly_slots() {
        let src = source(10);
        let (refs, rows) = src.slots(&mut Rng::new(3));
        assert_eq!((refs.len(), rows.len()), (5, 48));
        let anomalies: Vec<usize> = rows[32..].iter().map(|r| r.1).collect();
        assert!(rows[32..].iter().all(|r| r.0 == Kind::Seen));
        for w in anomalies.windows(2) {
            assert_eq!(w[1], (w[0] + 1) % 10);
        }
        // References and normal slots are distinct images.
        let mut imgs: Vec<usize> = refs.clone();
        imgs.extend(rows[..32].iter().map(|&(k, i)| match k {
            Kind::Pseudo => i / 2,
            _ => i,
        }));
        imgs.sort_unstable();
        imgs.dedup();
        assert_eq!(imgs.len(), 37);
        // About half the normal slots are pseudo-anomalies over many steps.
        let mut rng = Rng::new(9);
        let pseudo: usize = (0..200)
            .map(|_| {
                src.slots(&mut rng).1[..32]
                    .iter()
                    .filter(|r| r.0 == Kind::Pseudo)
                    .count()
            })
            .sum();
        let frac = pseudo as f64 / (200.0 * 32.0);
        assert!((frac - 0.5).abs() < 0.03, "{frac}");
    }

    #[test]
    fn batches_carry_masks_that_match_the_rows() {
        let src = source(1);
        let b = src.batch(&[0], &mut Rng::new(1)).unwrap();
        assert_eq!(b.views.len(), 1 + 1 + 3);
        let maps = &b.views[0].data;
        let masks: Vec<&Vec<f32>> = b.views[2..].iter().map(|v| &v.data).collect();
        for (r, v) in maps.iter().enumerate() {
            let expect = if *v < 0.0 {
                2
            } else if *v >= 1000.0 {
                1
            } else {
                0
            };
            for (m, mask) in masks.iter().enumerate() {
                assert_eq!(mask[r], if m == expect { 1.0 } else { 0.0 });
            }
        }
        // M = 1: every anomaly slot holds the one labelled anomaly.
        assert_eq!(maps.iter().filter(|&&v| v == -1.0).count(), 16);
    }
}
