//! The one place that names every method: [`MethodKind`], the config enum [`MethodConfig`]
//! (TOML/JSON tagged by `method = "..."`), and the fitted-model enum [`Fitted`]. Adding a
//! method adds a variant here, and the compiler points at every `match` to extend.

use std::path::Path;

use swan_data::Sample;
use swan_encoder::{Encoder, TensorMap};

use crate::dn2::{Dn2, Dn2Params};
use crate::dra::{Dra, DraParams};
use crate::ke::{Ke, KeParams};
use crate::nsa::{Nsa, NsaParams};
use crate::red_panda::{RedPanda, RedPandaParams};
use crate::transfer::{Transfer, TransferParams};
use crate::{
    CalibrationRecord, EncoderSpec, FitRecord, MODEL_FORMAT_VERSION, MethodError, ModelHeader,
    RunContext, Scored, TrainData, Uses, read_model_file, write_model_file,
};

/// The methods swan implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MethodKind {
    /// DN2: kNN distance on frozen pretrained features.
    Dn2,
    /// NSA: self-supervised training from scratch with normalised embeddings.
    Nsa,
    /// DRA: open-set supervised, four heads on a frozen feature map.
    Dra,
    /// DRA's DevNet baseline (the seen head alone).
    Devnet,
    /// Knowledge Exposure.
    Ke,
    /// Transfer-based AD: fine-tuning with outlier exposure and an L2 pull to θ0.
    Adib,
    /// Transfer-based AD: frozen encoder with 1×1 residual adapters.
    Adra,
    /// Red PANDA: nuisance-aware AD (grouped contrastive loss, conditional generator).
    RedPanda,
}

impl MethodKind {
    /// Every method.
    pub const ALL: &[MethodKind] = &[
        MethodKind::Dn2,
        MethodKind::Nsa,
        MethodKind::Dra,
        MethodKind::Devnet,
        MethodKind::Ke,
        MethodKind::Adib,
        MethodKind::Adra,
        MethodKind::RedPanda,
    ];

    /// The name `--method` takes and files record.
    pub fn name(self) -> &'static str {
        match self {
            Self::Dn2 => "dn2",
            Self::Nsa => "nsa",
            Self::Dra => "dra",
            Self::Devnet => "devnet",
            Self::Ke => "ke",
            Self::Adib => "adib",
            Self::Adra => "adra",
            Self::RedPanda => "red-panda",
        }
    }

    /// What training data the method learns from besides normal images.
    pub fn uses(self) -> Uses {
        match self {
            Self::Dn2 => Dn2Params::USES,
            Self::Nsa => NsaParams::USES,
            Self::Dra | Self::Devnet => DraParams::USES,
            Self::Ke => KeParams::USES,
            Self::Adib | Self::Adra => TransferParams::USES,
            Self::RedPanda => RedPandaParams::USES,
        }
    }

    /// Whether fitting trains a network (with checkpoints in `--train-dir`): every method
    /// but DN2, which only embeds.
    pub fn trains(self) -> bool {
        !matches!(self, Self::Dn2)
    }

    /// Whether the method embeds images with the pretrained encoder (NSA trains its own).
    pub fn needs_pretrained_encoder(self) -> bool {
        match self {
            Self::Dn2
            | Self::Dra
            | Self::Devnet
            | Self::Ke
            | Self::Adib
            | Self::Adra
            | Self::RedPanda => true,
            Self::Nsa => false,
        }
    }
}

/// A method with its hyper-parameters.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "method", rename_all = "kebab-case")]
pub enum MethodConfig {
    /// DN2's.
    Dn2(Dn2Params),
    /// NSA's.
    Nsa(NsaParams),
    /// DRA's.
    Dra(DraParams),
    /// DRA's parameters with DevNet's defaults ([`DraParams::devnet`]).
    Devnet(#[serde(default = "DraParams::devnet")] DraParams),
    /// Knowledge Exposure's.
    Ke(KeParams),
    /// ADIB's.
    Adib(TransferParams),
    /// Transfer parameters with ADRA's defaults ([`TransferParams::adra`]).
    Adra(#[serde(default = "TransferParams::adra")] TransferParams),
    /// Red PANDA's.
    RedPanda(RedPandaParams),
}

impl MethodConfig {
    /// The method's defaults.
    pub fn default_for(kind: MethodKind) -> Self {
        match kind {
            MethodKind::Dn2 => Self::Dn2(Dn2Params::default()),
            MethodKind::Nsa => Self::Nsa(NsaParams::default()),
            MethodKind::Dra => Self::Dra(DraParams::default()),
            MethodKind::Devnet => Self::Devnet(DraParams::devnet()),
            MethodKind::Ke => Self::Ke(KeParams::default()),
            MethodKind::Adib => Self::Adib(TransferParams::adib()),
            MethodKind::Adra => Self::Adra(TransferParams::adra()),
            MethodKind::RedPanda => Self::RedPanda(RedPandaParams::default()),
        }
    }

    /// The method configured.
    pub fn kind(&self) -> MethodKind {
        match self {
            Self::Dn2(_) => MethodKind::Dn2,
            Self::Nsa(_) => MethodKind::Nsa,
            Self::Dra(_) => MethodKind::Dra,
            Self::Devnet(_) => MethodKind::Devnet,
            Self::Ke(_) => MethodKind::Ke,
            Self::Adib(_) => MethodKind::Adib,
            Self::Adra(_) => MethodKind::Adra,
            Self::RedPanda(_) => MethodKind::RedPanda,
        }
    }

    /// Whether fitting reads the pretrained encoder: the methods on pretrained features, and
    /// KE's ranking on the encoder's features even when its network trains from scratch
    /// (`--scratch` with `--policy fixed | random` or `--rank-on pixels` does without it).
    pub fn needs_pretrained_encoder(&self) -> bool {
        match self {
            Self::Ke(p) => p.reads_encoder(),
            _ => self.kind().needs_pretrained_encoder(),
        }
    }

    /// The encoder tap the method embeds images at as pooled vectors, for methods on frozen
    /// pooled features (`swan eval` encodes every image once there before fitting the splits).
    pub fn embedding_tap(&self) -> Option<swan_encoder::Tap> {
        match self {
            Self::Dn2(p) => Some(p.tap),
            Self::Ke(p) if p.scratch.is_none() => Some(p.tap),
            Self::RedPanda(p) if p.tier == crate::red_panda::Tier::A => Some(p.tap),
            Self::Ke(_)
            | Self::RedPanda(_)
            | Self::Nsa(_)
            | Self::Dra(_)
            | Self::Devnet(_)
            | Self::Adib(_)
            | Self::Adra(_) => None,
        }
    }

    /// The pretrained encoder's tap the method reads (pooled or as feature maps) on
    /// `backbone`, if any.
    pub fn feature_tap(&self, backbone: swan_encoder::Backbone) -> Option<swan_encoder::Tap> {
        match self {
            Self::Dn2(p) => Some(p.tap),
            Self::Dra(p) | Self::Devnet(p) => Some(p.input_tap(backbone)),
            Self::Ke(p) => Some(p.tap),
            Self::RedPanda(p) => Some(p.input_tap(backbone)),
            Self::Nsa(_) | Self::Adib(_) | Self::Adra(_) => None,
        }
    }

    /// These parameters with what a fit on `backbone` fixes filled in (DRA's and DevNet's
    /// tap, Red PANDA's tier-B split; see their `resolved`), so that two configurations that
    /// fit the same detector compare equal: the default tap and the same tap named.
    pub fn resolved(&self, backbone: swan_encoder::Backbone) -> Self {
        match self {
            Self::Dra(p) => Self::Dra(p.resolved(backbone)),
            Self::Devnet(p) => Self::Devnet(p.resolved(backbone)),
            Self::RedPanda(p) => Self::RedPanda(p.resolved(backbone)),
            other => other.clone(),
        }
    }

    /// Fits the method on `data`: embeds or trains through `ctx` (encoder, feature cache,
    /// training files), and returns the detector.
    pub fn fit(&self, data: &TrainData, ctx: &mut RunContext) -> Result<Fitted, MethodError> {
        match self {
            Self::Dn2(p) => p.fit(data, ctx).map(|m| Fitted::Dn2(Box::new(m))),
            Self::Nsa(p) => p.fit(data, ctx).map(|m| Fitted::Nsa(Box::new(m))),
            Self::Dra(p) => p.fit(data, ctx).map(|m| Fitted::Dra(Box::new(m))),
            Self::Devnet(p) => p.fit(data, ctx).map(|m| Fitted::Devnet(Box::new(m))),
            Self::Ke(p) => p.fit(data, ctx).map(|m| Fitted::Ke(Box::new(m))),
            Self::Adib(p) => p.fit(data, ctx).map(|m| Fitted::Adib(Box::new(m))),
            Self::Adra(p) => p.fit(data, ctx).map(|m| Fitted::Adra(Box::new(m))),
            Self::RedPanda(p) => p.fit(data, ctx).map(|m| Fitted::RedPanda(Box::new(m))),
        }
    }
}

/// A fitted detector of any method.
#[derive(Clone, Debug)]
pub enum Fitted {
    /// A DN2 memory bank.
    Dn2(Box<Dn2>),
    /// An NSA network and its scorer.
    Nsa(Box<Nsa>),
    /// DRA's heads.
    Dra(Box<Dra>),
    /// DevNet's head.
    Devnet(Box<Dra>),
    /// A Knowledge Exposure network and its one-class SVM.
    Ke(Box<Ke>),
    /// An ADIB network and head.
    Adib(Box<Transfer>),
    /// ADRA's adapters and head.
    Adra(Box<Transfer>),
    /// Red PANDA's head (with a fine-tuned encoder tail in tiers B and C) and its kNN bank of
    /// codes.
    RedPanda(Box<RedPanda>),
}

/// Prefix of the encoder's checkpoint tensors inside a model file.
const ENCODER_PREFIX: &str = "encoder.";

impl Fitted {
    /// The method of the detector.
    pub fn kind(&self) -> MethodKind {
        match self {
            Self::Dn2(_) => MethodKind::Dn2,
            Self::Nsa(_) => MethodKind::Nsa,
            Self::Dra(_) => MethodKind::Dra,
            Self::Devnet(_) => MethodKind::Devnet,
            Self::Ke(_) => MethodKind::Ke,
            Self::Adib(_) => MethodKind::Adib,
            Self::Adra(_) => MethodKind::Adra,
            Self::RedPanda(_) => MethodKind::RedPanda,
        }
    }

    /// The hyper-parameters it was fitted with.
    pub fn config(&self) -> MethodConfig {
        match self {
            Self::Dn2(m) => MethodConfig::Dn2(m.params().clone()),
            Self::Nsa(m) => MethodConfig::Nsa(m.params().clone()),
            Self::Dra(m) => MethodConfig::Dra(m.params().clone()),
            Self::Devnet(m) => MethodConfig::Devnet(m.params().clone()),
            Self::Ke(m) => MethodConfig::Ke(m.params().clone()),
            Self::Adib(m) => MethodConfig::Adib(m.params().clone()),
            Self::Adra(m) => MethodConfig::Adra(m.params().clone()),
            Self::RedPanda(m) => MethodConfig::RedPanda(m.params().clone()),
        }
    }

    /// The pretrained encoder the detector embeds with, if it uses one.
    pub fn encoder_spec(&self) -> Option<&EncoderSpec> {
        match self {
            Self::Dn2(m) => Some(m.encoder_spec()),
            Self::Dra(m) | Self::Devnet(m) => Some(m.encoder_spec()),
            Self::Ke(m) => m.encoder_spec(),
            Self::RedPanda(m) => Some(m.encoder_spec()),
            Self::Nsa(_) | Self::Adib(_) | Self::Adra(_) => None,
        }
    }

    /// What the fit recorded: the training set's fingerprint and size, the per-epoch log,
    /// the training images that could not be read.
    pub fn record(&self) -> &FitRecord {
        match self {
            Self::Dn2(m) => &m.record,
            Self::Nsa(m) => &m.record,
            Self::Dra(m) | Self::Devnet(m) => &m.record,
            Self::Ke(m) => &m.record,
            Self::Adib(m) | Self::Adra(m) => &m.record,
            Self::RedPanda(m) => &m.record,
        }
    }

    fn record_mut(&mut self) -> &mut FitRecord {
        match self {
            Self::Dn2(m) => &mut m.record,
            Self::Nsa(m) => &mut m.record,
            Self::Dra(m) | Self::Devnet(m) => &mut m.record,
            Self::Ke(m) => &mut m.record,
            Self::Adib(m) | Self::Adra(m) => &mut m.record,
            Self::RedPanda(m) => &mut m.record,
        }
    }

    /// The held-out normal scores the model carries (`None` when uncalibrated).
    pub fn calibration(&self) -> Option<&CalibrationRecord> {
        self.record().calibration.as_ref()
    }

    /// Scores `held_out` (normal images the detector was not fitted on) into a calibration
    /// ([`Self::set_calibration`] keeps it in the model); `data` says where the images came
    /// from. Also returns the images that could not be read (the rest calibrate). The model's
    /// own training set is refused: its images score lower than unseen normals.
    pub fn held_out_scores(
        &self,
        held_out: &[Sample],
        data: String,
        ctx: &mut RunContext,
    ) -> Result<(CalibrationRecord, Vec<crate::Skipped>), MethodError> {
        if held_out.is_empty() {
            return Err(MethodError::Calibration(format!(
                "{data}: no held-out normal images to calibrate on"
            )));
        }
        let fingerprint = swan_data::fingerprint_samples(held_out);
        if fingerprint == self.record().data_fingerprint {
            return Err(MethodError::Calibration(format!(
                "{data} holds the model's own training images, which score lower than unseen \
                 normals (p-values and thresholds from them would flag too many new normals): \
                 calibrate on normal images kept out of training"
            )));
        }
        let scored = self.score_in_parts(held_out, ctx)?;
        if scored.scores.is_empty() {
            return Err(MethodError::Calibration(format!(
                "{data}: none of the {} held-out images could be read",
                held_out.len()
            )));
        }
        let record = CalibrationRecord {
            data,
            data_fingerprint: fingerprint,
            scores: swan_score::Calibration::new(&scored.scores)?,
        };
        Ok((record, scored.skipped))
    }

    /// Keeps `calibration` in the model (and its file, when saved), replacing any earlier one.
    pub fn set_calibration(&mut self, calibration: Option<CalibrationRecord>) {
        self.record_mut().calibration = calibration;
    }

    /// Number of normal training images (embeddings) the detector was fitted on.
    pub fn n_train(&self) -> usize {
        self.record().n_train
    }

    /// What a fit learnt beyond its training-set size, in a line (labelled anomalies used, the
    /// transforms chosen, parameters trained), for the CLI.
    pub fn describe(&self) -> Option<String> {
        match self {
            Self::Dra(m) | Self::Devnet(m) => {
                Some(format!("{} labelled anomalies", m.n_anomalies()))
            }
            Self::Ke(m) => m.params().chosen.as_ref().map(|c| {
                format!(
                    "positives {}, negatives {}",
                    c.positives.join(", "),
                    c.negatives.join(", ")
                )
            }),
            Self::Adib(m) | Self::Adra(m) if m.trainable > 0 => {
                Some(format!("{} parameters trained", m.trainable))
            }
            _ => None,
        }
    }

    /// Whether the score is the distance to training images that [`RunContext::neighbours`]
    /// names: DN2's bank, Red PANDA's codes, NSA scored on one stage with k-Cos or kNN.
    pub fn names_neighbours(&self) -> bool {
        match self {
            Self::Dn2(_) => true,
            Self::RedPanda(m) => m.names_neighbours(),
            Self::Nsa(m) => m.names_neighbours(),
            Self::Dra(_) | Self::Devnet(_) | Self::Ke(_) | Self::Adib(_) | Self::Adra(_) => false,
        }
    }

    /// Whether [`RunContext::maps`] gives this model's scored images patch-score maps (where
    /// in the image the score comes from): DRA and DevNet, whose heads pool patch scores, and
    /// ADIB and ADRA, whose linear head on average-pooled features splits the logit among
    /// the patches exactly.
    pub fn has_maps(&self) -> bool {
        match self {
            Self::Dra(_) | Self::Devnet(_) | Self::Adib(_) | Self::Adra(_) => true,
            Self::Dn2(_) | Self::RedPanda(_) | Self::Nsa(_) | Self::Ke(_) => false,
        }
    }

    /// Training images that could not be read during `fit`.
    pub fn skipped(&self) -> &[crate::Skipped] {
        &self.record().skipped
    }

    /// Scores `samples` (higher = more anomalous); unreadable images are skipped and listed.
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        match self {
            Self::Dn2(m) => m.score(samples, ctx),
            Self::Nsa(m) => m.score(samples, ctx),
            Self::Dra(m) | Self::Devnet(m) => m.score(samples, ctx),
            Self::Ke(m) => m.score(samples, ctx),
            Self::Adib(m) | Self::Adra(m) => m.score(samples, ctx),
            Self::RedPanda(m) => m.score(samples, ctx),
        }
        .map_err(|e| match e {
            MethodError::NonFinite { .. } => e,
            e if e.is_non_finite() => MethodError::NonFinite {
                what: format!("{}: the embeddings of the images", self.kind().name()),
            },
            e => e,
        })
    }

    /// [`Self::score`] a part of [`RunContext::part_size`] images (whole batches) at a time,
    /// so that memory holds one part's features beside the model however many images there
    /// are (`swan score` on a large folder). Every image is scored on its own, so the scores
    /// are those of one call over the whole list; the parts are those of the feature cache.
    /// With more than one part, one progress bar counts the images of all parts.
    pub fn score_in_parts(
        &self,
        samples: &[Sample],
        ctx: &mut RunContext,
    ) -> Result<Scored, MethodError> {
        let mut all = Scored::default();
        ctx.in_parts(samples, "scoring", |ctx, part| {
            all.append(self.score(part, ctx)?)
        })?;
        Ok(all)
    }

    /// The embeddings the detector scores, for probes (what a linear classifier can read
    /// from them): DN2's frozen features, Red PANDA's and KE's codes; `None` for the others.
    pub fn codes(
        &self,
        samples: &[Sample],
        ctx: &mut RunContext,
    ) -> Option<Result<crate::Embedded, MethodError>> {
        match self {
            Self::Dn2(m) => Some(ctx.embed(samples, m.params().tap)),
            Self::RedPanda(m) => Some(m.codes(samples, ctx)),
            Self::Ke(m) => Some(m.codes(samples, ctx)),
            _ => None,
        }
    }

    /// Writes one self-contained file: the detector's tensors, the pretrained encoder's
    /// weights (for methods that use one), and the JSON header.
    pub fn save(&self, path: &Path, encoder: Option<&Encoder>) -> Result<(), MethodError> {
        let mut all = match self {
            Self::Dn2(m) => m.tensors(),
            Self::Nsa(m) => m.tensors(),
            Self::Dra(m) | Self::Devnet(m) => m.tensors(),
            Self::Ke(m) => m.tensors(),
            Self::Adib(m) | Self::Adra(m) => m.tensors(),
            Self::RedPanda(m) => m.tensors(),
        };
        if self.encoder_spec().is_some() {
            let encoder = encoder.ok_or(MethodError::NeedsEncoder)?;
            for (k, t) in encoder.tensors() {
                all.insert(format!("{ENCODER_PREFIX}{k}"), t.into());
            }
        }
        let header = ModelHeader {
            format_version: MODEL_FORMAT_VERSION,
            swan_version: env!("CARGO_PKG_VERSION").into(),
            method: self.kind(),
            config: serde_json::to_value(self.config())
                .map_err(|e| MethodError::Params(e.to_string()))?,
            encoder: self.encoder_spec().cloned(),
            data_fingerprint: self.record().data_fingerprint.clone(),
            n_train: self.n_train(),
            train_ids: self.record().train_ids.clone(),
            calibration: self.record().calibration.clone(),
        };
        write_model_file(path, &header, &all)
    }

    /// Reads a model file: the detector, and the pretrained encoder it was fitted with (for
    /// methods that use one).
    pub fn load(
        path: &Path,
        device: &swan_encoder::Device,
    ) -> Result<(Self, Option<Encoder>), MethodError> {
        let (header, mut tensors) = read_model_file(path)?;
        let encoder_tensors: TensorMap = tensors
            .extract_if(.., |k, _| k.starts_with(ENCODER_PREFIX))
            .map(|(k, t)| (k[ENCODER_PREFIX.len()..].to_string(), t))
            .collect();
        let encoder = match &header.encoder {
            Some(spec) => {
                let encoder =
                    Encoder::from_tensors(spec.backbone, encoder_tensors, spec.image_size, device)?
                        .with_antialias(spec.preprocess.antialias);
                if encoder.weights_digest() != spec.weights_digest {
                    return Err(MethodError::File {
                        path: path.into(),
                        reason:
                            "encoder weights do not match the digest in the header (file corrupt?)"
                                .into(),
                    });
                }
                Some(encoder)
            }
            None => None,
        };
        let config: MethodConfig =
            serde_json::from_value(header.config.clone()).map_err(|e| MethodError::File {
                path: path.into(),
                reason: format!("bad method config in the model file header: {e}"),
            })?;
        let encoder_spec = |method: &str| {
            header.encoder.clone().ok_or_else(|| MethodError::File {
                path: path.into(),
                reason: format!("a {method} model needs an encoder entry in its header"),
            })
        };
        let fitted = Self::from_header_and_tensors(config, &header, tensors, encoder_spec)
            .map_err(|e| {
                if e.is_non_finite() {
                    MethodError::File {
                        path: path.into(),
                        reason: format!(
                            "the {} tensors hold NaN or infinite values (file damaged?)",
                            header.method.name()
                        ),
                    }
                } else {
                    e
                }
            })?;
        Ok((fitted, encoder))
    }

    /// The detector a model file's method config, header and tensors describe.
    fn from_header_and_tensors(
        config: MethodConfig,
        header: &ModelHeader,
        tensors: TensorMap,
        encoder_spec: impl Fn(&str) -> Result<EncoderSpec, MethodError>,
    ) -> Result<Self, MethodError> {
        Ok(match config {
            MethodConfig::Dn2(p) => Self::Dn2(Box::new(Dn2::from_parts(
                p,
                encoder_spec("dn2")?,
                FitRecord::from_header(header),
                tensors,
            )?)),
            MethodConfig::Nsa(p) => Self::Nsa(Box::new(Nsa::from_parts(
                p,
                FitRecord::from_header(header),
                tensors,
            )?)),
            MethodConfig::Dra(p) | MethodConfig::Devnet(p) => {
                let spec = encoder_spec("dra")?;
                let m = Box::new(Dra::from_parts(
                    p,
                    spec,
                    FitRecord::from_header(header),
                    tensors,
                )?);
                if header.method == MethodKind::Devnet {
                    Self::Devnet(m)
                } else {
                    Self::Dra(m)
                }
            }
            MethodConfig::Ke(p) => {
                // A network trained from scratch carries no pretrained encoder.
                let spec = match p.scratch {
                    Some(_) => None,
                    None => Some(encoder_spec("ke")?),
                };
                Self::Ke(Box::new(Ke::from_parts(
                    p,
                    spec,
                    FitRecord::from_header(header),
                    tensors,
                )?))
            }
            MethodConfig::RedPanda(p) => {
                let spec = encoder_spec("red-panda")?;
                Self::RedPanda(Box::new(RedPanda::from_parts(
                    p,
                    spec,
                    FitRecord::from_header(header),
                    tensors,
                )?))
            }
            MethodConfig::Adib(p) | MethodConfig::Adra(p) => {
                let m = Box::new(Transfer::from_parts(
                    p,
                    FitRecord::from_header(header),
                    tensors,
                )?);
                if header.method == MethodKind::Adra {
                    Self::Adra(m)
                } else {
                    Self::Adib(m)
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_encoder::{Backbone, Tap};

    /// A default and the value it stands for on a backbone resolve to the same configuration
    /// (what `swan eval --resume` keys on); on another backbone the default moves with it.
    #[test]
    fn resolved_fills_the_defaults_a_fit_fixes() {
        let lite0 = Backbone::EfficientNetLite0;
        let lite2 = Backbone::EfficientNetLite2;
        let dra = MethodConfig::default_for(MethodKind::Dra);
        let named = MethodConfig::Dra(DraParams {
            tap: Some(Tap::Block(15)),
            ..DraParams::default()
        });
        assert_ne!(dra, named);
        assert_eq!(dra.resolved(lite0), named.resolved(lite0));
        assert_ne!(dra.resolved(lite2), named.resolved(lite2));
        let MethodConfig::Dra(p) = dra.resolved(lite2) else {
            panic!("a DRA configuration")
        };
        assert_eq!(p.tap, Some(Tap::Block(20)));

        let red_panda = MethodConfig::default_for(MethodKind::RedPanda);
        let split = MethodConfig::RedPanda(RedPandaParams {
            split_tap: Some(Tap::Block(10)),
            ..RedPandaParams::default()
        });
        assert_eq!(red_panda.resolved(lite0), split.resolved(lite0));
        assert_ne!(red_panda.resolved(lite2), split.resolved(lite2));

        // Methods with nothing backbone-dependent are unchanged.
        for kind in [
            MethodKind::Dn2,
            MethodKind::Nsa,
            MethodKind::Ke,
            MethodKind::Adra,
        ] {
            let c = MethodConfig::default_for(kind);
            assert_eq!(c.resolved(lite2), c);
        }
    }
}
