//! Red PANDA's training batches from cached features: `groups_per_batch` nuisance values ×
//! `per_group` images (all values when fewer exist), each image with one of its pre-drawn
//! augmented views and its pixels at the generator's size. One item of the source is one
//! step; all randomness comes from the loader's per-batch generator.

use swan_score::Matrix;
use swan_train::TrainError;
use swan_train::loader::{BatchSource, HostBatch, HostTensor, draw};
use swan_transform::Rng;

pub struct PandaBatches {
    /// Frozen features (or activation maps) of the training images, one row each.
    pub anchors: Matrix,
    /// The shape of one row: `[d, 1, 1]` for features, `[c, h, w]` for maps.
    pub row_shape: [usize; 3],
    /// Frozen features of pre-drawn views: `views[v]` row `i` is view `v` of image `i`.
    pub views: Vec<Matrix>,
    /// Images at the generator's size, `[3, s, s]` per row, on 0..1 (empty without
    /// reconstruction).
    pub pixels: Vec<f32>,
    pub pixel_size: usize,
    /// Nuisance value index per row.
    pub nuisance: Vec<usize>,
    pub n_values: usize,
    pub groups_per_batch: usize,
    pub per_group: usize,
    pub steps_per_epoch: usize,
    /// Ablation: one group for all (batches drawn from every image; every row a negative of
    /// every other).
    pub one_group: bool,
}

impl PandaBatches {
    /// The rows of one step and each row's loss group.
    pub fn rows(&self, rng: &mut Rng) -> (Vec<usize>, Vec<usize>) {
        let batch = self.groups_per_batch * self.per_group;
        if self.one_group {
            let rows = draw(self.anchors.rows(), batch, rng);
            let groups = vec![0; rows.len()];
            return (rows, groups);
        }
        let mut by_value: Vec<Vec<usize>> = vec![Vec::new(); self.n_values];
        for (i, &v) in self.nuisance.iter().enumerate() {
            by_value[v].push(i);
        }
        let present: Vec<usize> = (0..self.n_values)
            .filter(|&v| !by_value[v].is_empty())
            .collect();
        let picked = draw(present.len(), self.groups_per_batch.min(present.len()), rng);
        let (mut rows, mut groups) = (Vec::with_capacity(batch), Vec::with_capacity(batch));
        for p in picked {
            let members = &by_value[present[p]];
            for k in draw(members.len(), self.per_group, rng) {
                rows.push(members[k]);
                groups.push(present[p]);
            }
        }
        (rows, groups)
    }
}

fn column(values: impl Iterator<Item = f32>, n: usize) -> HostTensor {
    HostTensor {
        shape: [n, 1, 1, 1],
        data: values.collect(),
    }
}

impl BatchSource for PandaBatches {
    fn len(&self) -> usize {
        self.steps_per_epoch
    }

    /// Views: anchors' features `[b, d, 1, 1]` (or maps `[b, c, h, w]`), one random view's
    /// per row, the
    /// rows' loss groups and nuisance values `[b, 1, 1, 1]`, and (with reconstruction) the
    /// pixels `[b, 3, s, s]`.
    fn batch(&self, _indices: &[usize], rng: &mut Rng) -> Result<HostBatch, TrainError> {
        let (rows, groups) = self.rows(rng);
        let (b, d) = (rows.len(), self.anchors.cols());
        let [c, h, w] = self.row_shape;
        let mut anchors = Vec::with_capacity(b * d);
        let mut views = Vec::with_capacity(b * d);
        for &i in &rows {
            anchors.extend_from_slice(self.anchors.row(i));
            let v = rng.int(0, self.views.len() as i64 - 1) as usize;
            views.extend_from_slice(self.views[v].row(i));
        }
        let mut out = vec![
            HostTensor {
                shape: [b, c, h, w],
                data: anchors,
            },
            HostTensor {
                shape: [b, c, h, w],
                data: views,
            },
            column(groups.iter().map(|&g| g as f32), b),
            column(rows.iter().map(|&i| self.nuisance[i] as f32), b),
        ];
        if !self.pixels.is_empty() {
            let s = self.pixel_size;
            let per = 3 * s * s;
            let mut px = Vec::with_capacity(b * per);
            for &i in &rows {
                px.extend_from_slice(&self.pixels[i * per..(i + 1) * per]);
            }
            out.push(HostTensor {
                shape: [b, 3, s, s],
                data: px,
            });
        }
        Ok(HostBatch {
            views: out,
            indices: rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(one_group: bool) -> PandaBatches {
        let n = 60;
        PandaBatches {
            anchors: Matrix::new(n, 2, (0..2 * n).map(|i| i as f32).collect()).unwrap(),
            row_shape: [2, 1, 1],
            views: vec![Matrix::new(n, 2, vec![0.0; 2 * n]).unwrap()],
            pixels: Vec::new(),
            pixel_size: 8,
            // Five values; value 4 has no image.
            nuisance: (0..n).map(|i| i % 4).collect(),
            n_values: 5,
            groups_per_batch: 2,
            per_group: 6,
            steps_per_epoch: 3,
            one_group,
        }
    }

    #[test]
    fn batches_hold_whole_groups_of_one_nuisance_value() {
        let src = source(false);
        let mut rng = Rng::new(3);
        for _ in 0..20 {
            let (rows, groups) = src.rows(&mut rng);
            assert_eq!(rows.len(), 12);
            let values: std::collections::BTreeSet<usize> = groups.iter().copied().collect();
            assert_eq!(values.len(), 2, "two nuisance values per batch");
            for (r, g) in rows.iter().zip(&groups) {
                assert_eq!(src.nuisance[*r], *g);
            }
            // Distinct images inside a group (15 per value ≥ 6 asked).
            let distinct: std::collections::BTreeSet<usize> = rows.iter().copied().collect();
            assert_eq!(distinct.len(), 12);
        }
        let b = src.batch(&[], &mut Rng::new(1)).unwrap();
        assert_eq!(b.views.len(), 4);
        assert_eq!(b.views[0].shape, [12, 2, 1, 1]);
        assert_eq!(src.batch(&[], &mut Rng::new(1)).unwrap().indices, b.indices);
    }

    #[test]
    fn one_group_ablation_puts_every_row_in_group_zero() {
        let src = source(true);
        let (rows, groups) = src.rows(&mut Rng::new(0));
        assert_eq!(rows.len(), 12);
        assert!(groups.iter().all(|&g| g == 0));
        let values: std::collections::BTreeSet<usize> =
            rows.iter().map(|&r| src.nuisance[r]).collect();
        assert!(values.len() > 2);
    }
}
