use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use swan_eval::Protocol;
use swan_eval::protocol::NagadParams;

use crate::args::{DataArgs, EncoderArgs, MethodArgs, RunArgs, TrainArgs};
use crate::common::Global;
use crate::run::{EvalPlan, SyntheticNuisance, SyntheticNuisanceInfo, run_eval};
use crate::settings::resolve_method;

/// `swan eval`: a method, a dataset and a protocol in; a table and a JSON report out.
#[derive(Args, Debug)]
pub struct EvalArgs {
    #[command(flatten)]
    data: DataArgs,
    /// one-vs-rest: each class normal in turn, the rest anomalous. leave-one-out: each class
    /// anomalous in turn, the rest normal. given: the dataset's own normal/anomaly labels.
    /// pollution: one-vs-rest with --pollution of each training set replaced by anomalies.
    /// dra-general / dra-hard: --shots labelled anomalies (training images of the anomaly
    /// classes) from all anomaly classes / from one (--seen-class), whose test images are
    /// then scored apart (seen AUROC; the split's AUROC measures the unseen classes). nagad: unseen (class, --nuisance)
    /// combinations become pseudo-anomalies. spa (semantic-preserving augmentation): every
    /// image through one of --transforms, which should keep every class's meaning.
    /// oe-split: normal, anomaly and outlier-exposure corpus classes (see --normal-classes).
    /// ssa: every test image through one of --transforms; normal-class images through a
    /// --shifting operation (or --shifting-for the class) are anomalies. [default: given when
    /// the data labels its own anomalies (MVTec's test/<defect>, a CSV `label` column),
    /// one-vs-rest otherwise]
    #[arg(long, value_enum)]
    protocol: Option<ProtocolArg>,
    /// pollution: fraction of each training set replaced by anomalies [default: 0.1].
    #[arg(long, value_name = "FRACTION")]
    pollution: Option<f64>,
    /// dra-general / dra-hard: number of labelled anomalies [default: 10].
    #[arg(long, value_name = "K")]
    shots: Option<usize>,
    /// dra-hard: the class the labelled anomalies come from: next (the class after the normal
    /// one, cyclically: s = (c + 1) mod 10 on Fashion-MNIST) or random (seeded) [default:
    /// next].
    #[arg(long, value_enum, value_name = "CHOICE")]
    seen_class: Option<SeenArg>,
    /// oe-split: normal classes (comma-separated); without them, one split per class with a
    /// seeded draw of --corpus-size other classes as the outlier-exposure corpus.
    #[arg(long, value_delimiter = ',', value_name = "CLASS,...")]
    normal_classes: Vec<String>,
    /// oe-split: anomaly classes (tested) [default: the classes neither normal nor corpus].
    #[arg(long, value_delimiter = ',', value_name = "CLASS,...")]
    anomaly_classes: Vec<String>,
    /// oe-split: outlier-exposure corpus classes (their training images; never tested)
    /// [default: the classes neither normal nor anomalous].
    #[arg(long, value_delimiter = ',', value_name = "CLASS,...")]
    corpus_classes: Vec<String>,
    /// oe-split: corpus classes drawn per normal class when no classes are given [default: 4].
    #[arg(long, value_name = "N")]
    corpus_size: Option<usize>,
    /// nagad: the attribute to ignore (a CSV column, or `rotation` with
    /// --synthetic-nuisance rotation).
    #[arg(long, value_name = "ATTR")]
    nuisance: Option<String>,
    /// nagad: the attribute that defines anomalies [default: the class].
    #[arg(long, value_name = "ATTR")]
    relevant: Option<String>,
    /// nagad: unseen combinations held out as pseudo-anomalies: N nuisance values per normal
    /// relevant value (--hold-out per-relevant), or N normal relevant values per nuisance
    /// value (per-nuisance) [default: 1].
    #[arg(long, value_name = "N")]
    held_out: Option<usize>,
    /// nagad: how --held-out counts [default: per-relevant].
    #[arg(long, value_parser = ["per-relevant", "per-nuisance"])]
    hold_out: Option<String>,
    /// nagad: one split with this many anomaly values drawn with the seed (Red PANDA's
    /// benchmark) instead of one split per relevant value.
    #[arg(long, value_name = "N")]
    anomaly_values: Option<usize>,
    /// nagad: take each image's group (familiar, pseudo, anomaly) from this column instead
    /// of drawing combinations (needs --split-column).
    #[arg(long, value_name = "COLUMN", requires = "split_column")]
    group_column: Option<String>,
    /// nagad: each image's split (train, test) with --group-column (a CSV's `split` works).
    #[arg(long, value_name = "COLUMN", requires = "group_column")]
    split_column: Option<String>,
    /// spa / ssa: transforms (chains, comma-separated) one of which every test image goes
    /// through (spa: training images too, at severity 1), e.g. hflip@5,rot90@5,noise@5. spa
    /// labels stay one-vs-rest, so its list should hold only meaning-preserving transforms.
    #[arg(long, value_delimiter = ',', value_name = "CHAIN,...")]
    transforms: Vec<swan_transform::Chain>,
    /// ssa: operations that change the meaning of a class (names, e.g. rot90,vflip,noise):
    /// a normal-class test image through one of them is an anomaly.
    #[arg(long, value_delimiter = ',', value_name = "OP,...")]
    shifting: Vec<String>,
    /// ssa: a class's own meaning-changing operations, replacing --shifting for it
    /// (repeatable), e.g. --shifting-for 8=noise,glass.
    #[arg(long, value_name = "CLASS=OP,...")]
    shifting_for: Vec<String>,
    /// ssa: keep every test image (all) or only the normal class's own (normal-class)
    /// [default: all].
    #[arg(long, value_parser = ["all", "normal-class"])]
    ssa_scope: Option<String>,
    /// Protocol and its parameters from a TOML file (`protocol = "pollution"`,
    /// `fraction = 0.1`; `protocol = "nagad"`, `nuisance = "camera"`, `held_out = 1`,
    /// `test_fraction = 0.15`; ...), instead of --protocol and its flags.
    #[arg(long, value_name = "FILE", conflicts_with = "protocol")]
    protocol_config: Option<PathBuf>,
    /// Give every image a synthetic nuisance before the protocol is built (drawn per image
    /// with --nuisance-seed): rot4 turns each image by 0/90/180/270° (attribute `rotation`);
    /// tint4 leaves it as it is or tints it red, green or blue (attribute `tint`: none, red,
    /// green, blue).
    #[arg(long, value_enum, value_name = "KIND")]
    synthetic_nuisance: Option<SyntheticNuisance>,
    /// The seed of --synthetic-nuisance's draw. It is independent of --seed, so every split
    /// seed sees the same nuisance on each image.
    #[arg(long, value_name = "N", default_value_t = crate::run::DEFAULT_NUISANCE_SEED)]
    nuisance_seed: u64,
    #[command(flatten)]
    method: MethodArgs,
    #[command(flatten)]
    encoder: EncoderArgs,
    #[command(flatten)]
    run: RunArgs,
    #[command(flatten)]
    train: TrainArgs,
    /// Evaluate only the splits with these names (e.g. the normal classes of one-vs-rest),
    /// comma-separated; default: all.
    #[arg(long, value_delimiter = ',', value_name = "NAME,...")]
    only_splits: Vec<String>,
    /// Use at most N images per class of the source's training split (the first N; all of a
    /// class's images for sources without splits, before the protocol splits them); default:
    /// all.
    #[arg(long, value_name = "N")]
    max_train: Option<usize>,
    /// Use at most N images of the source's test split (the first N; 0 drops it, e.g. when
    /// the protocol draws its test set from the training images). Sources without a test
    /// split are split by the protocol and not capped by this; default: all.
    #[arg(long, value_name = "N")]
    max_test: Option<usize>,
    /// Hold out this fraction of each split's normal training images (drawn with the seed),
    /// fit on the rest, and report how the decision p ≤ α (--calibration-alpha) does on the
    /// test images, p being the conformal p-value the held-out images' scores give (as `swan
    /// fit --calibration-split` makes models do): the fraction of normal test images flagged
    /// (which the p-values promise keeps at or below α) and of anomalous ones.
    #[arg(long, value_name = "FRACTION", value_parser = crate::args::open_fraction)]
    calibration_split: Option<f64>,
    /// The level α of the decision p ≤ α that --calibration-split reports [default: 0.05].
    #[arg(
        long,
        value_name = "ALPHA",
        requires = "calibration_split",
        value_parser = crate::args::open_fraction
    )]
    calibration_alpha: Option<f64>,
    /// Hold out whole groups of --calibration-split images: those sharing a value of this
    /// attribute (a CSV column naming the object, video or patient an image shows), so that no
    /// held-out image has a near-twin among the training images, whose scores would make the
    /// p-values flag too many new normals.
    #[arg(long, value_name = "ATTR", requires = "calibration_split")]
    calibration_group: Option<String>,
    /// JSON report to write.
    #[arg(long, short, default_value = "results.json", value_parser = crate::args::file_out)]
    out: PathBuf,
    /// Run the whole evaluation once per seed (comma-separated, e.g. 0,1,2) instead of once
    /// with --seed. Each seed's report is written beside --out as <stem>.seed<S>.json (with
    /// its HTML report), and --out holds every metric's mean, standard deviation and
    /// per-seed values over the seeds, per split and for the mean over splits. With
    /// --train-dir, each seed's training runs go in its own subfolder seed<S>.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "SEED,...",
        conflicts_with = "seed"
    )]
    seeds: Vec<u64>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum SeenArg {
    Next,
    Random,
}

impl From<SeenArg> for swan_eval::SeenClass {
    fn from(a: SeenArg) -> Self {
        match a {
            SeenArg::Next => Self::Next,
            SeenArg::Random => Self::Random,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq)]
enum ProtocolArg {
    OneVsRest,
    LeaveOneOut,
    Given,
    Pollution,
    DraGeneral,
    DraHard,
    Nagad,
    Spa,
    Ssa,
    OeSplit,
}

/// The protocol when `--protocol` is not given: the data's own normal/anomaly labels when it
/// has them (an MVTec folder, a CSV with a `label` column), each class normal in turn
/// otherwise. Listing the data is cheap (nothing is decoded).
fn default_protocol(data: &swan_data::DataSpec) -> Result<ProtocolArg> {
    let samples = crate::common::load_samples(data)?;
    Ok(
        if samples.iter().any(|s| s.label == swan_data::Label::Anomaly) {
            eprintln!(
                "evaluating with --protocol given: {data} labels its own anomalies (name another --protocol to override)"
            );
            ProtocolArg::Given
        } else {
            ProtocolArg::OneVsRest
        },
    )
}

/// A protocol's flags given with another protocol would do nothing: refused, naming the
/// protocols that use them. `protocol` is `--protocol`, when given.
fn check_protocol_flags(args: &EvalArgs, protocol: Option<ProtocolArg>) -> Result<()> {
    use ProtocolArg as P;
    let flags: [(&str, bool, &[ProtocolArg]); 18] = [
        ("--pollution", args.pollution.is_some(), &[P::Pollution]),
        (
            "--shots",
            args.shots.is_some(),
            &[P::DraGeneral, P::DraHard],
        ),
        ("--seen-class", args.seen_class.is_some(), &[P::DraHard]),
        (
            "--normal-classes",
            !args.normal_classes.is_empty(),
            &[P::OeSplit],
        ),
        (
            "--anomaly-classes",
            !args.anomaly_classes.is_empty(),
            &[P::OeSplit],
        ),
        (
            "--corpus-classes",
            !args.corpus_classes.is_empty(),
            &[P::OeSplit],
        ),
        ("--corpus-size", args.corpus_size.is_some(), &[P::OeSplit]),
        ("--nuisance", args.nuisance.is_some(), &[P::Nagad]),
        ("--relevant", args.relevant.is_some(), &[P::Nagad]),
        ("--held-out", args.held_out.is_some(), &[P::Nagad]),
        ("--hold-out", args.hold_out.is_some(), &[P::Nagad]),
        (
            "--anomaly-values",
            args.anomaly_values.is_some(),
            &[P::Nagad],
        ),
        ("--group-column", args.group_column.is_some(), &[P::Nagad]),
        ("--split-column", args.split_column.is_some(), &[P::Nagad]),
        (
            "--transforms",
            !args.transforms.is_empty(),
            &[P::Spa, P::Ssa],
        ),
        ("--shifting", !args.shifting.is_empty(), &[P::Ssa]),
        ("--shifting-for", !args.shifting_for.is_empty(), &[P::Ssa]),
        ("--ssa-scope", args.ssa_scope.is_some(), &[P::Ssa]),
    ];
    let name = |p: &ProtocolArg| {
        clap::ValueEnum::to_possible_value(p)
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    };
    for (flag, given, users) in flags {
        if !given {
            continue;
        }
        let users = users.iter().map(name).collect::<Vec<_>>().join(" / ");
        if args.protocol_config.is_some() {
            anyhow::bail!(
                "{flag} is a flag of --protocol {users}; with --protocol-config the file sets the protocol's parameters"
            );
        }
        let Some(protocol) = protocol else {
            anyhow::bail!(
                "{flag} is a flag of --protocol {users}; name the protocol with --protocol"
            );
        };
        if !users.split(" / ").any(|u| u == name(&protocol)) {
            anyhow::bail!(
                "{flag} is a flag of --protocol {users}; it does nothing with --protocol {}",
                name(&protocol)
            );
        }
    }
    Ok(())
}

pub fn run(args: EvalArgs, global: &Global) -> Result<()> {
    check_protocol_flags(&args, args.protocol)?;
    let protocol = if let Some(path) = &args.protocol_config {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        toml::from_str::<Protocol>(&text).with_context(|| {
            format!("{} is not a protocol config (expected e.g. `protocol = \"pollution\"` and `fraction = 0.1`)", path.display())
        })?
    } else {
        let chosen = match args.protocol {
            Some(p) => p,
            None => default_protocol(&args.data.data)?,
        };
        match chosen {
        ProtocolArg::OneVsRest => Protocol::OneVsRest,
        ProtocolArg::LeaveOneOut => Protocol::LeaveOneOut,
        ProtocolArg::Given => Protocol::Given,
        ProtocolArg::Pollution => Protocol::Pollution {
            fraction: args.pollution.unwrap_or(0.1),
        },
        ProtocolArg::DraGeneral => Protocol::DraGeneral { shots: args.shots.unwrap_or(10) },
        ProtocolArg::DraHard => Protocol::DraHard {
            shots: args.shots.unwrap_or(10),
            seen: args.seen_class.unwrap_or(SeenArg::Next).into(),
        },
        ProtocolArg::Nagad => Protocol::Nagad(NagadParams {
            anomaly_values: args.anomaly_values,
            hold_out: if args.hold_out.as_deref() == Some("per-nuisance") {
                swan_eval::protocol::HoldOut::PerNuisance
            } else {
                swan_eval::protocol::HoldOut::PerRelevant
            },
            given: args.group_column.clone().zip(args.split_column.clone()).map(
                |(group_column, split_column)| swan_eval::protocol::GivenGroups {
                    group_column,
                    split_column,
                },
            ),
            relevant: args.relevant.clone(),
            nuisance: args.nuisance.clone().context(
                "--protocol nagad needs --nuisance ATTR (e.g. --synthetic-nuisance tint4 --nuisance tint)",
            )?,
            held_out: args.held_out.unwrap_or(1),
            test_fraction: 0.15,
        }),
        ProtocolArg::Spa => Protocol::Spa { transforms: args.transforms.clone() },
        ProtocolArg::OeSplit => Protocol::OeSplit {
            normal: args.normal_classes.clone(),
            anomaly: args.anomaly_classes.clone(),
            corpus: args.corpus_classes.clone(),
            corpus_classes: args.corpus_size.unwrap_or(4),
        },
        ProtocolArg::Ssa => {
            let mut per_class = std::collections::BTreeMap::new();
            for item in &args.shifting_for {
                let (class, ops) = item.split_once('=').with_context(|| {
                    format!("--shifting-for {item:?}: expected CLASS=OP,OP")
                })?;
                per_class.insert(
                    class.to_string(),
                    ops.split(',').map(|o| o.trim().to_string()).collect(),
                );
            }
            for op in args.shifting.iter().chain(per_class.values().flatten()) {
                op.parse::<swan_transform::Op>()
                    .with_context(|| format!("--shifting / --shifting-for: {op:?}"))?;
            }
            Protocol::Ssa {
                transforms: args.transforms.clone(),
                shifting: args.shifting.clone(),
                per_class,
                scope: if args.ssa_scope.as_deref() == Some("normal-class") {
                    swan_eval::SsaScope::NormalClass
                } else {
                    swan_eval::SsaScope::All
                },
            }
        }
    }
    };
    let mut method = resolve_method(&args.method)?;
    crate::settings::apply_antialias(&mut method, args.encoder.antialias);
    let plan = EvalPlan {
        rank_weights: args.method.rank_weights.clone(),
        data: args.data.data,
        protocol,
        method,
        encoder: args.encoder,
        run: args.run,
        train: args.train,
        only_splits: args.only_splits,
        max_train: args.max_train,
        max_test: args.max_test,
        calibration: args
            .calibration_split
            .map(|fraction| crate::run::CalibrationPlan {
                fraction,
                alpha: args.calibration_alpha.unwrap_or(0.05),
                group: args.calibration_group.clone(),
            }),
        synthetic_nuisance: args.synthetic_nuisance.map(|kind| SyntheticNuisanceInfo {
            kind,
            seed: args.nuisance_seed,
        }),
        out: args.out,
    };
    if args.seeds.is_empty() {
        run_eval(&plan, global).map(|_| ())
    } else {
        crate::run::run_eval_seeds(plan, &args.seeds, global)
    }
}
