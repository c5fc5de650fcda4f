//! The embeddings a run has computed, by sample location: the in-memory side of the feature
//! cache, from which embeddings are copied (or, for a single use, moved) in sample order.

use std::collections::HashMap;

use swan_data::Sample;
use swan_score::Matrix;

use super::{Embedded, Skipped};
use crate::MethodError;

/// Embeddings already computed, by sample location.
#[derive(Clone, Debug, Default)]
pub struct FeatureTable {
    pub(super) dim: usize,
    pub(super) map_shape: Option<[usize; 3]>,
    rows: HashMap<String, usize>,
    pub(super) data: Vec<f32>,
    pub(super) failed: HashMap<String, String>,
}

impl FeatureTable {
    /// Appends rows (`data` is `locations.len() × dim`, row-major); moves the buffer when
    /// the table is empty, so a bulk extraction is never copied.
    pub(super) fn append(&mut self, locations: Vec<String>, data: Vec<f32>, dim: usize) {
        if locations.is_empty() {
            return;
        }
        self.dim = dim;
        let first = self.data.len() / dim.max(1);
        if self.data.is_empty() {
            self.data = data;
        } else {
            self.data.extend_from_slice(&data);
        }
        for (i, loc) in locations.into_iter().enumerate() {
            self.rows.insert(loc, first + i);
        }
    }

    pub(super) fn row(&self, location: &str) -> Option<&[f32]> {
        self.rows
            .get(location)
            .map(|&r| &self.data[r * self.dim..(r + 1) * self.dim])
    }

    /// The table's row of each sample (`None`: not embedded), and the samples without one.
    pub(super) fn lookup(&self, samples: &[Sample]) -> (Vec<Option<usize>>, Vec<Skipped>) {
        let mut skipped = Vec::new();
        let rows = samples
            .iter()
            .map(|s| {
                let loc = s.location();
                let row = self.rows.get(&loc).copied();
                if row.is_none() {
                    let error = self
                        .failed
                        .get(&loc)
                        .cloned()
                        .unwrap_or_else(|| "not embedded".into());
                    skipped.push(Skipped {
                        id: s.id.clone(),
                        error,
                    });
                }
                row
            })
            .collect();
        (rows, skipped)
    }

    /// The rows of `samples`, in their order, copied out of the table.
    pub(super) fn gather(&self, samples: &[Sample]) -> Result<Embedded, MethodError> {
        let (rows, skipped) = self.lookup(samples);
        let data = self.copy_rows(&rows);
        self.embedded(rows, skipped, data)
    }

    /// The rows of `samples`, consuming the table: when it holds exactly those rows in that
    /// order (the first embedding of a list), its buffer becomes the matrix without a copy.
    pub(super) fn into_gathered(self, samples: &[Sample]) -> Result<Embedded, MethodError> {
        let (rows, skipped) = self.lookup(samples);
        let n = rows.iter().flatten().count();
        let in_order = rows.iter().flatten().enumerate().all(|(i, &r)| i == r);
        let mut table = self;
        let data = if in_order && n * table.dim == table.data.len() {
            std::mem::take(&mut table.data)
        } else {
            table.copy_rows(&rows)
        };
        table.embedded(rows, skipped, data)
    }

    fn copy_rows(&self, rows: &[Option<usize>]) -> Vec<f32> {
        let mut data = Vec::with_capacity(rows.iter().flatten().count() * self.dim);
        for &r in rows.iter().flatten() {
            data.extend_from_slice(&self.data[r * self.dim..(r + 1) * self.dim]);
        }
        data
    }

    fn embedded(
        &self,
        rows: Vec<Option<usize>>,
        skipped: Vec<Skipped>,
        data: Vec<f32>,
    ) -> Result<Embedded, MethodError> {
        let kept: Vec<bool> = rows.iter().map(Option::is_some).collect();
        let n = rows.iter().flatten().count();
        let dim = if n == 0 { 0 } else { self.dim };
        Ok(Embedded {
            matrix: Matrix::new(n, dim, data)?,
            map_shape: self.map_shape,
            kept,
            skipped,
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::features::tests::file_sample;

    /// A table of rows 0, 1, 2 for `a`, `b`, `c` (dim 2), and `bad` that failed.
    pub(in crate::features) fn table() -> FeatureTable {
        let mut t = FeatureTable::default();
        t.append(
            vec!["a".into(), "b".into(), "c".into()],
            vec![0.0, 0.5, 1.0, 1.5, 2.0, 2.5],
            2,
        );
        t.failed.insert("bad".into(), "cannot decode".into());
        t
    }

    #[test]
    fn a_consumed_table_gives_the_rows_a_copy_gives() {
        let lists: [&[&str]; 4] = [
            &["a", "b", "c"],
            &["a", "bad", "b", "c"],
            &["c", "a"],
            &["a", "a", "b"],
        ];
        for names in lists {
            let samples: Vec<Sample> = names.iter().map(|n| file_sample(n)).collect();
            let copied = table().gather(&samples).unwrap();
            let moved = table().into_gathered(&samples).unwrap();
            assert_eq!(copied.matrix, moved.matrix, "{names:?}");
            assert_eq!(copied.kept, moved.kept);
            assert_eq!(copied.skipped, moved.skipped);
        }
        // The first embedding of a list hands over the table's buffer itself.
        let t = table();
        let buffer = t.data.as_ptr();
        let samples: Vec<Sample> = ["a", "bad", "b", "c"].map(file_sample).to_vec();
        let moved = t.into_gathered(&samples).unwrap();
        assert_eq!(moved.matrix.as_slice().as_ptr(), buffer);
        let samples: Vec<Sample> = ["c", "bad", "a"].map(file_sample).to_vec();
        let e = table().into_gathered(&samples).unwrap();
        assert_eq!(e.matrix.as_slice(), &[2.0, 2.5, 0.0, 0.5]);
        assert_eq!(e.kept, vec![true, false, true]);
        assert_eq!(e.skipped[0].error, "cannot decode");
        let none = table().into_gathered(&[file_sample("x")]).unwrap();
        assert_eq!((none.matrix.rows(), none.matrix.cols()), (0, 0));
        assert_eq!(none.skipped[0].error, "not embedded");
    }
}
