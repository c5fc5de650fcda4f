use std::path::PathBuf;

/// Errors of the method stage.
#[derive(Debug, thiserror::Error)]
pub enum MethodError {
    /// Reading the images failed.
    #[error(transparent)]
    Data(#[from] swan_data::DataError),
    /// The encoder failed (weights, input size, non-finite activations).
    #[error(transparent)]
    Encoder(#[from] swan_encoder::EncoderError),
    /// A kNN fit or search failed.
    #[error(transparent)]
    Knn(#[from] swan_score::KnnError),
    /// Embeddings that do not form a valid matrix.
    #[error(transparent)]
    Matrix(#[from] swan_score::MatrixError),
    /// Training data the method has no use for (labelled anomalies given to DN2, say).
    #[error("{method} does not use {what}; remove it from the input")]
    Unused {
        /// The method.
        method: &'static str,
        /// What it was given.
        what: &'static str,
    },
    /// Fewer readable training images than the method needs (none, or one where it compares
    /// images with each other).
    #[error("{}", too_few(*readable, *needs, *skipped))]
    TooFewTrainingImages {
        /// Images that could be read.
        readable: usize,
        /// Images the method needs.
        needs: usize,
        /// Images skipped as unreadable.
        skipped: usize,
    },
    /// A file of another format version.
    #[error(
        "{path}: {what} format version {found}, this swan reads version {expected}; write it again with `{written_by}`"
    )]
    Version {
        /// The file.
        path: PathBuf,
        /// What kind of file (`model`, `features`, …).
        what: &'static str,
        /// The version in the file.
        found: u32,
        /// The version this swan reads.
        expected: u32,
        /// The command that writes the file.
        written_by: &'static str,
    },
    /// A model or features file that cannot be read or written; the reason names which.
    #[error("{path}: {reason}")]
    File {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A hyper-parameter out of its range, with what it must be.
    #[error("invalid hyper-parameter: {0}")]
    Params(String),
    /// NaN or infinite values where a network or a model file should give numbers.
    #[error(
        "{what} hold NaN or infinite values (a damaged model file, or a network whose training \
         diverged)"
    )]
    NonFinite {
        /// Which values.
        what: String,
    },
    /// An occlusion map could not be made ([`crate::explain`]).
    #[error("occlusion map: {0}")]
    Occlusion(String),
    /// A scorer failed.
    #[error(transparent)]
    Score(#[from] swan_score::ScoreError),
    /// Training failed.
    #[error(transparent)]
    Train(#[from] swan_train::TrainError),
    /// A method that learns from labelled anomalies was given none.
    #[error(
        "{method} learns from a few labelled anomalies and got none: pass them with --anomalies \
         SOURCE (swan fit) or use --protocol dra-general / dra-hard (swan eval)"
    )]
    NeedsAnomalies {
        /// The method.
        method: &'static str,
    },
    /// A method that learns against an outlier corpus was given none.
    #[error(
        "{method} learns against an outlier-exposure corpus and got none: pass one with --oe \
         SOURCE (swan fit) or use --protocol oe-split (swan eval)"
    )]
    NeedsCorpus {
        /// The method.
        method: &'static str,
    },
    /// Not one image of the outlier corpus could be read.
    #[error("none of the {total} outlier-exposure corpus images could be read")]
    UnreadableCorpus {
        /// Images in the corpus.
        total: usize,
    },
    /// A nuisance-aware method was given no nuisance attribute.
    #[error(
        "{method} learns to ignore a nuisance attribute and was given none: pass --nuisance \
         ATTR (an attribute column of the data) or use --protocol nagad (swan eval)"
    )]
    NeedsNuisance {
        /// The method.
        method: &'static str,
    },
    /// Neighbours asked of a model file that does not name its training images.
    #[error(
        "this model names {ids} training images, fewer than it was fitted on (a model file \
         written before swan kept the ids of its training images): fit it again to name \
         neighbours"
    )]
    NoTrainIds {
        /// Training image ids the file holds.
        ids: usize,
    },
    /// A method that embeds with a pretrained encoder, run without one.
    #[error("this method embeds images with a pretrained encoder, and none was loaded")]
    NeedsEncoder,
    /// A method asked to consult a second pretrained encoder (KE's ranking with a larger
    /// backbone) that the run did not load, or loaded for another backbone.
    #[error(
        "ke ranks transforms with {wanted}{}: pass --rank-backbone {wanted} (and --rank-weights \
         FILE, or fetch them with `swan weights fetch --backbone {wanted}`)",
        loaded.map_or(", and no ranking encoder was loaded".to_string(), |l| format!(", and the ranking encoder loaded is {l}"))
    )]
    NeedsRankEncoder {
        /// The backbone the ranking names.
        wanted: &'static str,
        /// The backbone of the ranking encoder loaded, if any.
        loaded: Option<&'static str>,
    },
    /// Held-out normal images that cannot calibrate the model.
    #[error("cannot calibrate: {0}")]
    Calibration(String),
    /// Training stopped early as asked (`stop_after`), its checkpoint written.
    #[error(
        "training stopped after {epochs_done} of {epochs} epochs (as asked); rerun with --resume to finish"
    )]
    Stopped {
        /// Epochs finished.
        epochs_done: usize,
        /// Epochs the run has.
        epochs: usize,
    },
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
