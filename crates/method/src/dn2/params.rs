use swan_encoder::Tap;
use swan_score::{Knn, Metric};

use super::Dn2;
use crate::{FitRecord, MethodError, RunContext, TrainData, Uses};

/// Hyper-parameters of DN2.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Dn2Params {
    /// Neighbours averaged (the paper uses k = 2).
    pub k: usize,
    /// Distance between embeddings (the paper: Euclidean).
    pub metric: Metric,
    /// Encoder tap the embeddings come from (feature maps are average-pooled).
    pub tap: Tap,
}

impl Default for Dn2Params {
    fn default() -> Self {
        Self {
            k: 2,
            metric: Metric::L2,
            tap: Tap::Pooled,
        }
    }
}

impl Dn2Params {
    /// DN2 learns from normal images only.
    pub const USES: Uses = Uses {
        labelled_anomalies: false,
        outlier_exposure: false,
        nuisance: false,
    };

    /// Sets `k`.
    pub fn k(mut self, k: usize) -> Self {
        self.k = k;
        self
    }

    /// Sets `metric`.
    pub fn metric(mut self, metric: Metric) -> Self {
        self.metric = metric;
        self
    }

    /// Sets `tap`.
    pub fn tap(mut self, tap: Tap) -> Self {
        self.tap = tap;
        self
    }

    /// Checks every rule of the hyper-parameters (ranges, sizes that fit together).
    pub fn check(&self) -> Result<(), MethodError> {
        Knn::params(self.k)
            .check()
            .map_err(|e| MethodError::Params(format!("dn2: {e}")))
    }

    /// Embeds the normal images and stores them as the kNN memory bank.
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Dn2, MethodError> {
        self.check()?;
        data.check_against("dn2", Self::USES)?;
        let embedded = ctx.embed_once(&data.normal, self.tap)?;
        if embedded.matrix.rows() == 0 {
            return Err(MethodError::TooFewTrainingImages {
                readable: 0,
                needs: 1,
                skipped: embedded.skipped.len(),
            });
        }
        // The ids of the bank's rows, for naming a score's nearest training images.
        let train_ids = data
            .normal
            .iter()
            .zip(&embedded.kept)
            .filter(|(_, kept)| **kept)
            .map(|(s, _)| s.id.clone())
            .collect();
        // The embeddings become the memory bank (no copy: a bank of every training image
        // needs its own size in memory, not twice it).
        let knn = Knn::params(self.k)
            .metric(self.metric)
            .fit_owned(embedded.matrix)?;
        let record = FitRecord {
            data_fingerprint: swan_data::fingerprint_samples(&data.normal),
            n_train: knn.bank_rows(),
            log: Vec::new(),
            skipped: embedded.skipped,
            train_ids,
            calibration: None,
        };
        Ok(Dn2::new(
            self.clone(),
            knn,
            ctx.encoder_spec(self.tap)?,
            record,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k_cannot_be_zero() {
        assert!(Dn2Params::default().k(0).check().is_err());
    }

    #[test]
    fn config_rejects_unknown_fields() {
        assert!(serde_json::from_str::<Dn2Params>(r#"{"k": 2, "kk": 3}"#).is_err());
        let p: Dn2Params = serde_json::from_str(r#"{"k": 5, "tap": "block15"}"#).unwrap();
        assert_eq!((p.k, p.tap, p.metric), (5, Tap::Block(15), Metric::L2));
    }
}
