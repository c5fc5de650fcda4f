use swan_data::Sample;

use crate::MethodError;

/// What a method can learn from, besides normal images.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Uses {
    /// A few labelled anomalies (DRA).
    pub labelled_anomalies: bool,
    /// An outlier-exposure corpus (ADIB / ADRA).
    pub outlier_exposure: bool,
    /// A nuisance attribute to ignore (Red PANDA).
    pub nuisance: bool,
}

/// The inputs of `fit`.
#[derive(Clone, Debug, Default)]
pub struct TrainData {
    /// The normal images (every method).
    pub normal: Vec<Sample>,
    /// Labelled anomalies (DRA, DevNet).
    pub anomalies: Vec<Sample>,
    /// The outlier-exposure corpus (ADIB, ADRA).
    pub outlier_exposure: Vec<Sample>,
    /// The attribute to ignore (Red PANDA): a key of the samples' attributes.
    pub nuisance: Option<String>,
}

impl TrainData {
    /// Normal images and nothing else.
    pub fn normal(normal: Vec<Sample>) -> Self {
        Self {
            normal,
            ..Self::default()
        }
    }

    /// Refuses inputs the method would silently ignore.
    pub fn check_against(&self, method: &'static str, uses: Uses) -> Result<(), MethodError> {
        if !self.anomalies.is_empty() && !uses.labelled_anomalies {
            return Err(MethodError::Unused {
                method,
                what: "labelled anomalies",
            });
        }
        if !self.outlier_exposure.is_empty() && !uses.outlier_exposure {
            return Err(MethodError::Unused {
                method,
                what: "an outlier-exposure corpus",
            });
        }
        if self.nuisance.is_some() && !uses.nuisance {
            return Err(MethodError::Unused {
                method,
                what: "a nuisance attribute",
            });
        }
        Ok(())
    }
}
