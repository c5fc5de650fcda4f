use swan_data::Sample;
use swan_encoder::{TensorMap, TensorRef, TensorRefs};
use swan_score::Scorer;
use swan_train::params::{assign_named, named_tensors};
use swan_train::resnet::ResNet;
use swan_train::ssl::Mlp;

use super::params::KeParams;
pub(super) use crate::head::codes;
use crate::{EncoderSpec, FitRecord, MethodError, RunContext, Scored};

/// What maps an image to its code.
#[derive(Clone, Debug)]
pub(super) enum Network {
    /// The CPU tier: a head on the frozen pretrained encoder's features.
    Head { head: Mlp, encoder: EncoderSpec },
    /// The paper's tier: a ResNet-18 trained from scratch on the images.
    Scratch(Box<ResNet>),
}

/// A fitted KE detector: the network that gives the codes, and the scorer on them.
#[derive(Clone, Debug)]
pub struct Ke {
    params: KeParams,
    net: Network,
    scorer: Scorer,
    /// What the fit saw (training data, log, unreadable images, calibration).
    pub record: FitRecord,
}

const HEAD: &str = "ke.head.";
const NET: &str = "ke.net.";
const SCORER: &str = "ke.scorer.";

impl Ke {
    pub(super) fn new(params: KeParams, net: Network, scorer: Scorer, record: FitRecord) -> Self {
        Self {
            params,
            net,
            scorer,
            record,
        }
    }

    /// The hyper-parameters, with the transforms the fit chose.
    pub fn params(&self) -> &KeParams {
        &self.params
    }

    /// The pretrained encoder the head reads; `None` for a network trained from scratch.
    pub fn encoder_spec(&self) -> Option<&EncoderSpec> {
        match &self.net {
            Network::Head { encoder, .. } => Some(encoder),
            Network::Scratch(_) => None,
        }
    }

    /// The l2-normalised codes of samples (rows for the readable ones).
    pub fn codes(
        &self,
        samples: &[Sample],
        ctx: &mut RunContext,
    ) -> Result<crate::Embedded, MethodError> {
        match &self.net {
            Network::Head { head, .. } => {
                let e = ctx.embed(samples, self.params.tap)?;
                Ok(crate::Embedded {
                    matrix: codes(head, &e.matrix)?,
                    ..e
                })
            }
            Network::Scratch(net) => {
                let scratch = self.params.scratch.clone().unwrap_or_default();
                let (bank, kept, skipped) = crate::nsa::load_bank(
                    samples,
                    scratch.image_size,
                    scratch.antialias,
                    ctx.progress,
                )?;
                Ok(crate::Embedded {
                    matrix: super::scratch::embed(net, &bank, ctx.batch_size)?,
                    map_shape: None,
                    kept,
                    skipped,
                })
            }
        }
    }

    /// The scorer's score of every image's code (a one-class SVM by default; higher = more
    /// anomalous).
    pub fn score(&self, samples: &[Sample], ctx: &mut RunContext) -> Result<Scored, MethodError> {
        let e = self.codes(samples, ctx)?;
        Ok(Scored {
            scores: self.scorer.score(&e.matrix)?,
            kept: e.kept,
            skipped: e.skipped,
            components: Vec::new(),
            neighbours: Vec::new(),
            maps: Vec::new(),
        })
    }

    /// What a model file keeps: the network's weights and the scorer's state.
    pub fn tensors(&self) -> TensorRefs<'_> {
        let mut out = TensorRefs::new();
        let (prefix, tensors) = match &self.net {
            Network::Head { head, .. } => (HEAD, named_tensors(head)),
            Network::Scratch(net) => (NET, named_tensors(net.as_ref())),
        };
        for (k, t) in tensors {
            out.insert(format!("{prefix}{k}"), TensorRef::new(t.shape, t.values));
        }
        crate::model_file::insert_scorer(&mut out, SCORER, &self.scorer);
        out
    }

    /// Rebuilds the detector from a model file's parts; `encoder` is the header's pretrained
    /// encoder (absent for a network trained from scratch).
    pub fn from_parts(
        params: KeParams,
        encoder: Option<EncoderSpec>,
        record: FitRecord,
        mut tensors: TensorMap,
    ) -> Result<Self, MethodError> {
        params.check()?;
        let bad = |reason: String| MethodError::Params(format!("ke model file: {reason}"));
        use burn::module::Module;
        let device = swan_train::inference_device();
        let net = match (&params.scratch, encoder) {
            (Some(scratch), _) => {
                let table = crate::model_file::network_table(&mut tensors, NET);
                Network::Scratch(Box::new(
                    assign_named(scratch.backbone().init(&device), &table)
                        .map_err(|e| bad(e.to_string()))?
                        .valid(),
                ))
            }
            (None, Some(encoder)) => {
                let input = encoder.backbone.tap_channels(params.tap)?;
                let table = crate::model_file::network_table(&mut tensors, HEAD);
                let head = assign_named(Mlp::new(&params.head_spec(input), &device), &table)
                    .map_err(|e| bad(e.to_string()))?
                    .valid();
                Network::Head { head, encoder }
            }
            (None, None) => {
                return Err(bad(
                    "a head on frozen features needs the header's encoder".into()
                ));
            }
        };
        let scorer = crate::model_file::read_scorer(&mut tensors, SCORER, params.scorer.clone())?;
        Ok(Self {
            scorer,
            params,
            net,
            record,
        })
    }
}
