use std::path::PathBuf;

/// Errors of the method stage.
#[derive(Debug, thiserror::Error)]
pub enum MethodError {
    #[error(transparent)]
    Data(#[from] swan_data::DataError),
    #[error(transparent)]
    Encoder(#[from] swan_encoder::EncoderError),
    #[error(transparent)]
    Knn(#[from] swan_score::KnnError),
    #[error(transparent)]
    Matrix(#[from] swan_score::MatrixError),
    #[error("{method} does not use {what}; remove it from the input")]
    Unused {
        method: &'static str,
        what: &'static str,
    },
    /// Fewer readable training images than the method needs (none, or one where it compares
    /// images with each other).
    #[error("{}", too_few(*readable, *needs, *skipped))]
    TooFewTrainingImages {
        readable: usize,
        needs: usize,
        skipped: usize,
    },
    #[error(
        "{path}: {what} format version {found}, this swan reads version {expected}; write it again with `{written_by}`"
    )]
    Version {
        path: PathBuf,
        what: &'static str,
        found: u32,
        expected: u32,
        written_by: &'static str,
    },
    /// A model or features file that cannot be read or written; the reason names which.
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
    #[error("invalid hyper-parameter: {0}")]
    Params(String),
    /// NaN or infinite values where a network or a model file should give numbers.
    #[error(
        "{what} hold NaN or infinite values (a damaged model file, or a network whose training \
         diverged)"
    )]
    NonFinite { what: String },
    #[error(transparent)]
    Score(#[from] swan_score::ScoreError),
    #[error(transparent)]
    Train(#[from] swan_train::TrainError),
    #[error(
        "{method} learns from a few labelled anomalies and got none: pass them with --anomalies \
         SOURCE (swan fit) or use --protocol dra-general / dra-hard (swan eval)"
    )]
    NeedsAnomalies { method: &'static str },
    #[error(
        "{method} learns against an outlier-exposure corpus and got none: pass one with --oe \
         SOURCE (swan fit) or use --protocol oe-split (swan eval)"
    )]
    NeedsCorpus { method: &'static str },
    #[error("none of the {total} outlier-exposure corpus images could be read")]
    UnreadableCorpus { total: usize },
    #[error(
        "{method} learns to ignore a nuisance attribute and was given none: pass --nuisance \
         ATTR (an attribute column of the data) or use --protocol nagad (swan eval)"
    )]
    NeedsNuisance { method: &'static str },
    #[error(
        "this model names {ids} training images, fewer than it was fitted on (a model file \
         written before swan kept the ids of its training images): fit it again to name \
         neighbours"
    )]
    NoTrainIds { ids: usize },
    #[error("this method embeds images with a pretrained encoder, and none was loaded")]
    NeedsEncoder,
    /// Held-out normal images that cannot calibrate the model.
    #[error("cannot calibrate: {0}")]
    Calibration(String),
    #[error(
        "training stopped after {epochs_done} of {epochs} epochs (as asked); rerun with --resume to finish"
    )]
    Stopped { epochs_done: usize, epochs: usize },
}

impl MethodError {
    /// Whether this is a matrix's refusal of NaN or infinite values, however wrapped.
    pub fn is_non_finite(&self) -> bool {
        use swan_score::{KnnError, MatrixError, ScoreError};
        let matrix = |m: &MatrixError| matches!(m, MatrixError::NonFinite { .. });
        match self {
            Self::NonFinite { .. } => true,
            Self::Matrix(m) | Self::Knn(KnnError::Matrix(m)) => matrix(m),
            Self::Score(ScoreError::Matrix(m))
            | Self::Score(ScoreError::Knn(KnnError::Matrix(m))) => matrix(m),
            _ => false,
        }
    }
}

fn too_few(readable: usize, needs: usize, skipped: usize) -> String {
    if readable == 0 {
        format!("no training images could be read ({skipped} skipped)")
    } else {
        format!(
            "{readable} training image(s) could be read ({skipped} skipped); this method needs at \
             least {needs}"
        )
    }
}
