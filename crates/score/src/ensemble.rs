//! Multi-layer score ensembling (NSA): each layer's scores are normalised by the minimum and
//! maximum of that layer's scores on the training data, then summed.

use crate::ScoreError;

/// Per-layer normalisation ranges learned from training scores.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Ensemble {
    /// (min, max) of each layer's training scores.
    pub ranges: Vec<(f32, f32)>,
}

impl Ensemble {
    /// Learns the ranges from each layer's scores of the training data.
    pub fn fit(train_scores: &[Vec<f32>]) -> Result<Self, ScoreError> {
        if train_scores.is_empty() || train_scores.iter().any(Vec::is_empty) {
            return Err(ScoreError::Params {
                scorer: "ensemble",
                reason: "every layer needs training scores".into(),
            });
        }
        let ranges = train_scores
            .iter()
            .map(|s| {
                (
                    s.iter().copied().fold(f32::INFINITY, f32::min),
                    s.iter().copied().fold(f32::NEG_INFINITY, f32::max),
                )
            })
            .collect();
        Ok(Self { ranges })
    }

    /// Sum over layers of `(s − min) / (max − min)` (a constant layer contributes `s − min`).
    pub fn combine(&self, layer_scores: &[Vec<f32>]) -> Result<Vec<f32>, ScoreError> {
        if layer_scores.len() != self.ranges.len() {
            return Err(ScoreError::Params {
                scorer: "ensemble",
                reason: format!(
                    "{} layers given, {} fitted",
                    layer_scores.len(),
                    self.ranges.len()
                ),
            });
        }
        let m = layer_scores[0].len();
        if layer_scores.iter().any(|s| s.len() != m) {
            return Err(ScoreError::Params {
                scorer: "ensemble",
                reason: "layers score different numbers of rows".into(),
            });
        }
        let mut out = vec![0f32; m];
        for (scores, &(lo, hi)) in layer_scores.iter().zip(&self.ranges) {
            let span = if hi > lo { hi - lo } else { 1.0 };
            for (o, s) in out.iter_mut().zip(scores) {
                *o += (s - lo) / span;
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_are_normalised_by_their_training_range() {
        let e = Ensemble::fit(&[vec![0.0, 10.0], vec![100.0, 102.0]]).unwrap();
        let s = e.combine(&[vec![5.0, 10.0], vec![101.0, 104.0]]).unwrap();
        assert_eq!(s, vec![1.0, 3.0]);
    }

    #[test]
    fn layer_count_must_match() {
        let e = Ensemble::fit(&[vec![0.0, 1.0]]).unwrap();
        assert!(e.combine(&[vec![0.0], vec![1.0]]).is_err());
    }
}
