//! The one place that names every method: [`MethodKind`], the config enum [`MethodConfig`]
//! (TOML/JSON tagged by `method = "..."`), and the fitted-model enum [`Fitted`]. Adding a
//! method adds a variant here, and the compiler points at every `match` to extend.

use std::path::Path;

use swan_data::Sample;
use swan_encoder::{Encoder, TensorMap};

use crate::dn2::{Dn2, Dn2Params};
use crate::{
    EncoderSpec, MODEL_FORMAT_VERSION, MethodError, ModelHeader, RunContext, Scored, TrainData,
    Uses, read_model_file, write_model_file,
};

/// The methods swan implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MethodKind {
    Dn2,
}

impl MethodKind {
    pub const ALL: &[MethodKind] = &[MethodKind::Dn2];

    pub fn name(self) -> &'static str {
        match self {
            Self::Dn2 => "dn2",
        }
    }

    pub fn uses(self) -> Uses {
        match self {
            Self::Dn2 => Dn2Params::USES,
        }
    }
}

/// A method with its hyper-parameters.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "method", rename_all = "kebab-case")]
pub enum MethodConfig {
    Dn2(Dn2Params),
}

impl MethodConfig {
    pub fn default_for(kind: MethodKind) -> Self {
        match kind {
            MethodKind::Dn2 => Self::Dn2(Dn2Params::default()),
        }
    }

    pub fn kind(&self) -> MethodKind {
        match self {
            Self::Dn2(_) => MethodKind::Dn2,
        }
    }

    /// The encoder tap the method embeds images at, for methods on frozen features
    /// (`swan eval` encodes every image once there before fitting the splits).
    pub fn embedding_tap(&self) -> Option<swan_encoder::Tap> {
        match self {
            Self::Dn2(p) => Some(p.tap),
        }
    }

    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Fitted, MethodError> {
        match self {
            Self::Dn2(p) => p.fit(data, ctx).map(Fitted::Dn2),
        }
    }
}

/// A fitted detector of any method.
#[derive(Clone, Debug)]
pub enum Fitted {
    Dn2(Dn2),
}

/// Prefix of the encoder's checkpoint tensors inside a model file.
const ENCODER_PREFIX: &str = "encoder.";

impl Fitted {
    pub fn kind(&self) -> MethodKind {
        match self {
            Self::Dn2(_) => MethodKind::Dn2,
        }
    }

    pub fn config(&self) -> MethodConfig {
        match self {
            Self::Dn2(m) => MethodConfig::Dn2(m.params().clone()),
        }
    }

    pub fn encoder_spec(&self) -> &EncoderSpec {
        match self {
            Self::Dn2(m) => m.encoder_spec(),
        }
    }

    /// Number of training embeddings the detector holds.
    pub fn n_train(&self) -> usize {
        match self {
            Self::Dn2(m) => m.n_train(),
        }
    }

    /// Training images that could not be read during `fit`.
    pub fn skipped(&self) -> &[crate::Skipped] {
        match self {
            Self::Dn2(m) => &m.skipped,
        }
    }

    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        match self {
            Self::Dn2(m) => m.score(samples, ctx),
        }
    }

    /// Writes one self-contained file: the detector's tensors, the encoder weights, and the
    /// JSON header.
    pub fn save(&self, path: &Path, encoder: &Encoder) -> Result<(), MethodError> {
        let (tensors, fingerprint, n_train) = match self {
            Self::Dn2(m) => (m.tensors(), m.data_fingerprint().to_string(), m.n_train()),
        };
        let mut all = tensors;
        for (k, t) in encoder.tensors() {
            all.insert(format!("{ENCODER_PREFIX}{k}"), t.clone());
        }
        let header = ModelHeader {
            format_version: MODEL_FORMAT_VERSION,
            swan_version: env!("CARGO_PKG_VERSION").into(),
            method: self.kind(),
            config: serde_json::to_value(self.config())
                .map_err(|e| MethodError::Params(e.to_string()))?,
            encoder: self.encoder_spec().clone(),
            data_fingerprint: fingerprint,
            n_train,
        };
        write_model_file(path, &header, &all)
    }

    /// Reads a model file: the detector, and the encoder it was fitted with.
    pub fn load(
        path: &Path,
        device: &swan_encoder::Device,
    ) -> Result<(Self, Encoder), MethodError> {
        let (header, mut tensors) = read_model_file(path)?;
        let encoder_tensors: TensorMap = tensors
            .extract_if(.., |k, _| k.starts_with(ENCODER_PREFIX))
            .map(|(k, t)| (k[ENCODER_PREFIX.len()..].to_string(), t))
            .collect();
        let encoder = Encoder::from_tensors(
            header.encoder.backbone,
            encoder_tensors,
            header.encoder.image_size,
            device,
        )?;
        if encoder.weights_digest() != header.encoder.weights_digest {
            return Err(MethodError::ModelFile {
                path: path.into(),
                reason: "encoder weights do not match the digest in the header (file corrupt?)"
                    .into(),
            });
        }
        let config: MethodConfig =
            serde_json::from_value(header.config.clone()).map_err(|e| MethodError::ModelFile {
                path: path.into(),
                reason: format!("bad method config: {e}"),
            })?;
        let fitted = match config {
            MethodConfig::Dn2(p) => Self::Dn2(Dn2::from_parts(
                p,
                header.encoder.clone(),
                header.data_fingerprint.clone(),
                &tensors,
            )?),
        };
        Ok((fitted, encoder))
    }
}
