//! swan's `method` stage: one module per research method, each a hyper-parameter struct with
//! `fit(&TrainData, &mut RunContext)` returning a fitted detector that can score, save and
//! load. Shared pieces: [`RunContext`] (encoder + feature cache), [`TrainData`], model files.
//!
//! Methods: [`dn2`] (kNN on frozen pretrained features), [`nsa`] (self-supervised training
//! from scratch with normalised embeddings, angular scores), [`dra`] (a few labelled
//! anomalies: seen, pseudo, residual and normality heads; and its DevNet baseline), [`ke`]
//! (Knowledge Exposure: encoder-ranked transforms, multi-positive InfoNCE, OC-SVM),
//! [`transfer`] (ADIB / ADRA: outlier exposure with an L2 pull or residual adapters),
//! [`red_panda`] (nuisance-aware: grouped contrastive loss, conditional generator).
//! [`explain`]: occlusion maps, where in an image any detector's score comes from.
//! [`probe`]: linear probes on embeddings (NAGAD's invariance / informativeness).

#![warn(missing_docs)]

pub mod dn2;
pub mod dra;
mod error;
pub mod explain;
mod features;
mod features_file;
mod head;
pub mod ke;
mod model_file;
pub mod nsa;
pub mod probe;
pub mod red_panda;
mod registry;
pub mod tail;
mod train_data;
pub mod transfer;
mod views;

pub use error::MethodError;
pub use features::{
    CACHE_PART, Embedded, EncoderSpec, FEATURE_CACHE_KEY, RunContext, ScoreComponent, ScoreMap,
    Scored, Skipped, TrainRun,
};
pub use features_file::{
    Embeddings, FEATURES_FILE, FEATURES_FORMAT_VERSION, FeaturesFile, FeaturesWriter, NPY_LAYER,
    RowInfo,
};
pub use model_file::{
    CalibrationRecord, FitRecord, MODEL_FILE, MODEL_FORMAT_VERSION, ModelHeader, VersionedFile,
    named_neighbours, read_model_file, read_scorer, read_versioned_header, write_model_file,
};
pub use registry::{Fitted, MethodConfig, MethodKind};
pub use train_data::{TrainData, Uses};
pub use views::view_sample;

/// A hyper-parameter that must be a positive number (learning rates, temperatures, margins):
/// NaN and infinity fail, as do zero and negatives.
pub(crate) fn positive(v: f64) -> bool {
    v.is_finite() && v > 0.0
}
