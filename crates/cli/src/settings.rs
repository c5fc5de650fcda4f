//! Resolution of method settings: defaults, then the `--config` file, then flags.

use anyhow::{Context, Result, bail};
use swan_method::MethodConfig;

use crate::args::MethodArgs;

/// `--antialias` is an encoder flag; NSA and KE's `--scratch` network, which resize images
/// themselves (to `--train-size`), take it into their own settings.
pub fn apply_antialias(config: &mut MethodConfig, on: bool) {
    if !on {
        return;
    }
    match config {
        MethodConfig::Nsa(p) => p.antialias = true,
        MethodConfig::Ke(p) => {
            if let Some(s) = p.scratch.as_mut() {
                s.antialias = true;
            }
        }
        _ => {}
    }
}

pub fn resolve_method(args: &MethodArgs) -> Result<MethodConfig> {
    let mut config = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read config {}", path.display()))?;
            let config: MethodConfig = toml::from_str(&text).with_context(|| {
                let names: Vec<&str> = swan_method::MethodKind::ALL
                    .iter()
                    .map(|m| m.name())
                    .collect();
                format!(
                    "{} is not a valid method config (expected `method = \"NAME\"`, NAME one of \
                     {}, and that method's fields; `swan inspect MODEL --method-config` prints \
                     one)",
                    path.display(),
                    names.join(", ")
                )
            })?;
            if let Some(m) = args.method
                && m != config.kind()
            {
                bail!(
                    "{} configures {}, but --method {} was given",
                    path.display(),
                    config.kind().name(),
                    m.name()
                );
            }
            config
        }
        None => MethodConfig::default_for(args.method.unwrap_or(swan_method::MethodKind::Dn2)),
    };
    match &mut config {
        MethodConfig::Dn2(p) => {
            if let Some(k) = args.k {
                p.k = k;
            }
            if let Some(m) = args.metric {
                p.metric = m;
            }
            if let Some(t) = args.tap {
                p.tap = t;
            }
            p.check()?;
        }
        MethodConfig::Nsa(p) => {
            if let Some(o) = args.objective {
                p.objective = o;
            }
            if let Some(v) = args.normalize_encoder {
                p.normalize_encoder = v;
            }
            if let Some(v) = args.normalize_projection {
                p.normalize_projection = v;
            }
            if let Some(v) = args.score_normalized {
                p.score_normalized = Some(v);
            }
            if let Some(v) = args.epochs {
                p.epochs = v;
            }
            if let Some(v) = args.width {
                p.width = v;
            }
            if let Some(v) = args.train_size {
                p.image_size = v;
            }
            if let Some(v) = args.train_batch {
                p.batch_size = v;
            }
            if let Some(v) = args.lr {
                p.lr = v;
            }
            if let Some(v) = args.proj_dim {
                p.proj_dim = v;
                p.pred_hidden = (v / 4).max(1);
            }
            if let Some(name) = &args.scorer {
                p.scorer = swan_score::ScorerConfig::from_name(name)?;
            }
            if let swan_score::ScorerConfig::Knn(k) = &mut p.scorer {
                if let Some(n) = args.k {
                    k.k = n;
                }
                if let Some(m) = args.metric {
                    k.metric = m;
                }
            } else if args.k.is_some() || args.metric.is_some() {
                bail!("--k and --metric apply to nsa only with --scorer knn");
            }
            if !args.layers.is_empty() {
                p.layers = args.layers.clone();
            }
            if args.tap.is_some() {
                bail!("--tap is for methods on the pretrained encoder; nsa takes --layers");
            }
            p.check()?;
        }
        MethodConfig::Adib(p) | MethodConfig::Adra(p) => {
            if args.paper_optimizer {
                *p = p.clone().paper_optimizer();
            }
            if let Some(v) = args.weight_decay {
                p.weight_decay = v;
            }
            if let Some(v) = &args.lr_schedule {
                p.schedule = v.parse().map_err(anyhow::Error::msg)?;
            }
            if let Some(v) = args.max_grad_norm {
                p.max_grad_norm = Some(v);
            }
            if let Some(v) = args.alpha {
                p.alpha = v;
            }
            if let Some(v) = &args.omega {
                p.omega = v.parse().map_err(anyhow::Error::msg)?;
            }
            if let Some(v) = args.pretrained {
                p.pretrained = v;
                if !v && args.batch_norm.is_none() {
                    // Nothing to freeze in a random network.
                    p.batch_norm = swan_method::transfer::BatchNorm::Train;
                }
            }
            if let Some(v) = args.images_per_epoch {
                p.images_per_epoch = Some(v);
            }
            if let Some(v) = &args.batch_norm {
                p.batch_norm = v.parse().map_err(anyhow::Error::msg)?;
            }
            if let Some(v) = &args.head_init {
                p.head_init = v.parse().map_err(anyhow::Error::msg)?;
            }
            if let Some(v) = args.epochs {
                p.epochs = v;
            }
            if let Some(v) = args.lr {
                p.lr = v;
            }
            if let Some(v) = args.train_batch {
                p.batch_size = v;
            }
            if args.k.is_some() || args.metric.is_some() || args.tap.is_some() {
                bail!(
                    "--k, --metric and --tap do not apply to {}",
                    config.kind().name()
                );
            }
            p.check()?;
        }
        MethodConfig::Ke(p) => {
            use swan_method::ke::{Policy, ranking::RankSpace};
            match args.policy.as_deref() {
                Some("fixed") => p.policy = Policy::fixed(),
                Some("random") => p.policy = Policy::Random,
                Some(_) => p.policy = Policy::Ranked,
                None => {}
            }
            match args.rank_on.as_deref() {
                Some("pixels") => p.ranking.space = RankSpace::Pixels { size: 32 },
                Some(_) => {
                    p.ranking.space = RankSpace::Encoder {
                        tap: p.tap,
                        backbone: None,
                    }
                }
                None => {}
            }
            if let Some(b) = args.rank_backbone {
                match &mut p.ranking.space {
                    RankSpace::Encoder { backbone, .. } => *backbone = Some(b),
                    RankSpace::Pixels { .. } => bail!(
                        "--rank-backbone names the encoder that ranks the transforms, and \
                         --rank-on pixels ranks without one: drop one of them"
                    ),
                }
                if p.policy != Policy::Ranked {
                    bail!(
                        "--rank-backbone applies to the ranked policy, not --policy fixed or random"
                    );
                }
            }
            if args.rank_weights.is_some() && p.ranks_with().is_none() {
                bail!("--rank-weights goes with --rank-backbone (the encoder that ranks)");
            }
            if !args.bank.is_empty() {
                p.bank = args.bank.clone();
            }
            if let Some(v) = args.pairs {
                p.k = v;
            }
            p.skip_nearest |= args.skip_nearest;
            if args.scratch {
                p.scratch.get_or_insert_with(Default::default);
            }
            match p.scratch.as_mut() {
                Some(s) => {
                    if let Some(w) = args.width {
                        s.width = w;
                    }
                    if let Some(v) = args.train_size {
                        s.image_size = v;
                    }
                    if args.tap.is_some() {
                        bail!(
                            "--tap does not apply to ke --scratch: the network trained from \
                             scratch is scored on its own output (the ranking reads the \
                             encoder's pooled features)"
                        );
                    }
                }
                None if args.width.is_some() || args.train_size.is_some() => bail!(
                    "--width and --train-size apply to ke with --scratch (a ResNet-18 trained \
                     from scratch), not to the head on frozen features"
                ),
                None => {}
            }
            if let Some(v) = args.train_batch {
                p.batch_size = v;
            }
            if let Some(t) = args.tap {
                p.tap = t;
                if let RankSpace::Encoder { tap, .. } = &mut p.ranking.space {
                    *tap = t;
                }
            }
            if let Some(v) = args.epochs {
                p.epochs = v;
            }
            if let Some(v) = args.lr {
                p.lr = v;
            }
            if let Some(name) = &args.scorer
                && name != "ocsvm"
            {
                p.scorer = swan_score::ScorerConfig::from_name(name)?;
            }
            if let swan_score::ScorerConfig::Knn(k) = &mut p.scorer {
                if let Some(n) = args.k {
                    k.k = n;
                }
                if let Some(m) = args.metric {
                    k.metric = m;
                }
            } else if args.k.is_some() || args.metric.is_some() {
                bail!("--k and --metric apply to ke only with --scorer knn");
            }
            p.check()?;
        }
        MethodConfig::RedPanda(p) => {
            use swan_method::red_panda::Tier;
            match args.tier.as_deref() {
                Some("b") => p.tier = Tier::B,
                Some("c") => p.tier = Tier::C,
                Some(_) => p.tier = Tier::A,
                None => {}
            }
            p.one_group |= args.one_group;
            if args.no_reconstruction {
                p.reconstruction = false;
            }
            if let Some(v) = args.views {
                p.views = v;
            }
            if let Some(t) = args.tap {
                p.tap = t;
            }
            if let Some(v) = args.epochs {
                p.epochs = v;
            }
            if let Some(v) = args.lr {
                p.lr = v;
            }
            if let Some(v) = args.k {
                p.k = v;
            }
            if args.metric.is_some() {
                bail!("red-panda scores with the cosine distance; --metric does not apply");
            }
            p.check()?;
        }
        MethodConfig::Dra(p) | MethodConfig::Devnet(p) => {
            if args.paper_optimizer {
                *p = p.clone().paper_optimizer();
            }
            if !args.heads.is_empty() {
                p.heads = args.heads.clone();
            }
            if let Some(t) = args.tap {
                p.tap = Some(t);
            }
            if let Some(t) = args.train_from {
                p.train_from = Some(t);
            }
            if let Some(v) = args.pyramid_levels {
                p.pyramid_levels = v;
            }
            if let Some(v) = args.steps_per_epoch {
                p.steps_per_epoch = v;
            }
            if let Some(v) = args.epochs {
                p.epochs = v;
            }
            if let Some(v) = args.lr {
                p.lr = v;
            }
            if let Some(v) = args.weight_decay {
                p.weight_decay = v;
            }
            if args.k.is_some() || args.metric.is_some() {
                bail!("--k and --metric do not apply to {}", config.kind().name());
            }
            p.check()?;
        }
    }
    let is_nsa = matches!(config, MethodConfig::Nsa(_));
    let is_dra = matches!(config, MethodConfig::Dra(_) | MethodConfig::Devnet(_));
    let is_ke = matches!(config, MethodConfig::Ke(_));
    let is_transfer = matches!(config, MethodConfig::Adib(_) | MethodConfig::Adra(_));
    let is_panda = matches!(config, MethodConfig::RedPanda(_));
    if !is_nsa
        && (args.objective.is_some()
            || args.normalize_encoder.is_some()
            || args.normalize_projection.is_some()
            || args.score_normalized.is_some()
            || (args.epochs.is_some() && !is_dra && !is_ke && !is_transfer && !is_panda)
            || (args.width.is_some() && !is_ke)
            || (args.train_size.is_some() && !is_ke)
            || (args.train_batch.is_some() && !is_transfer && !is_ke)
            || (args.lr.is_some() && !is_dra && !is_ke && !is_transfer && !is_panda)
            || args.proj_dim.is_some()
            || (args.scorer.is_some() && !is_ke)
            || !args.layers.is_empty())
    {
        bail!(
            "the NSA flags (--objective, --epochs, --width, --scorer, ...) apply to --method nsa, not {}",
            config.kind().name()
        );
    }
    if !is_dra
        && (!args.heads.is_empty()
            || args.pyramid_levels.is_some()
            || args.steps_per_epoch.is_some()
            || args.train_from.is_some())
    {
        bail!(
            "the DRA flags (--heads, --pyramid-levels, --steps-per-epoch, --train-from) apply \
             to --method dra or devnet, not {}",
            config.kind().name()
        );
    }
    if !is_dra && !is_transfer && (args.weight_decay.is_some() || args.paper_optimizer) {
        bail!(
            "--weight-decay and --paper-optimizer apply to --method dra, devnet, adib or adra, \
             not {}",
            config.kind().name()
        );
    }
    if !is_ke
        && (args.policy.is_some()
            || args.rank_on.is_some()
            || !args.bank.is_empty()
            || args.pairs.is_some()
            || args.skip_nearest
            || args.scratch
            || args.rank_backbone.is_some()
            || args.rank_weights.is_some())
    {
        bail!(
            "the Knowledge Exposure flags (--policy, --rank-on, --rank-backbone, --rank-weights, \
             --bank, --pairs, --skip-nearest, --scratch) apply to --method ke, not {}",
            config.kind().name()
        );
    }
    if !is_transfer
        && (args.alpha.is_some()
            || args.omega.is_some()
            || args.pretrained.is_some()
            || args.images_per_epoch.is_some()
            || args.head_init.is_some()
            || args.batch_norm.is_some()
            || args.lr_schedule.is_some()
            || args.max_grad_norm.is_some())
    {
        bail!(
            "--alpha, --omega, --pretrained, --images-per-epoch, --head-init, --batch-norm, \
             --lr-schedule and --max-grad-norm apply to --method adib or adra, not {}",
            config.kind().name()
        );
    }
    if !is_panda
        && (args.tier.is_some() || args.one_group || args.no_reconstruction || args.views.is_some())
    {
        bail!(
            "--tier, --one-group, --no-reconstruction and --views apply to --method red-panda, not {}",
            config.kind().name()
        );
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use swan_method::MethodKind;
    use swan_method::transfer::{LrSchedule, TransferParams};

    fn transfer(args: MethodArgs) -> TransferParams {
        match resolve_method(&args).expect("valid flags") {
            MethodConfig::Adib(p) | MethodConfig::Adra(p) => p,
            other => panic!("not a transfer config: {other:?}"),
        }
    }

    #[test]
    fn ke_scratch_takes_the_network_flags_and_antialias() {
        let ke = |args: MethodArgs, antialias: bool| {
            let mut c = resolve_method(&args).expect("valid flags");
            apply_antialias(&mut c, antialias);
            match c {
                MethodConfig::Ke(p) => p,
                other => panic!("not a ke config: {other:?}"),
            }
        };
        let p = ke(
            MethodArgs {
                method: Some(MethodKind::Ke),
                scratch: true,
                width: Some(0.25),
                train_size: Some(28),
                train_batch: Some(16),
                ..Default::default()
            },
            true,
        );
        let s = p.scratch.expect("--scratch");
        assert_eq!((s.width, s.image_size, s.antialias), (0.25, 28, true));
        assert_eq!(p.batch_size, 16);
        // Without --scratch: the head on frozen features, which --antialias leaves alone.
        let p = ke(
            MethodArgs {
                method: Some(MethodKind::Ke),
                ..Default::default()
            },
            true,
        );
        assert_eq!((p.scratch, p.batch_size), (None, 64));
    }

    #[test]
    fn paper_optimizer_sets_the_transfer_papers_sgd_and_flags_override_it() {
        // ADRA's unnormalised adapters diverge at the paper's 0.1.
        for (method, lr) in [(MethodKind::Adib, 0.1), (MethodKind::Adra, 0.01)] {
            let p = transfer(MethodArgs {
                method: Some(method),
                paper_optimizer: true,
                ..Default::default()
            });
            assert_eq!(
                (p.lr, p.momentum, p.weight_decay, p.schedule),
                (lr, 0.9, 1e-4, LrSchedule::Steps),
                "{method:?}"
            );
        }
        // The defaults: constant rate, no weight decay.
        let d = transfer(MethodArgs {
            method: Some(MethodKind::Adra),
            ..Default::default()
        });
        assert_eq!((d.weight_decay, d.schedule), (0.0, LrSchedule::Constant));
        let p = transfer(MethodArgs {
            method: Some(MethodKind::Adib),
            paper_optimizer: true,
            lr: Some(0.01),
            weight_decay: Some(0.0),
            lr_schedule: Some("constant".into()),
            ..Default::default()
        });
        assert_eq!(
            (p.lr, p.weight_decay, p.schedule),
            (0.01, 0.0, LrSchedule::Constant)
        );
    }

    #[test]
    fn transfer_optimiser_flags_are_refused_elsewhere() {
        let err = resolve_method(&MethodArgs {
            method: Some(MethodKind::Dn2),
            lr_schedule: Some("steps".into()),
            ..Default::default()
        })
        .expect_err("dn2 has no schedule");
        assert!(err.to_string().contains("--lr-schedule"), "{err}");
        let err = resolve_method(&MethodArgs {
            method: Some(MethodKind::Nsa),
            weight_decay: Some(1e-4),
            ..Default::default()
        })
        .expect_err("nsa takes no --weight-decay");
        assert!(err.to_string().contains("--weight-decay"), "{err}");
    }

    #[test]
    fn max_grad_norm_reaches_the_optimiser_and_is_checked() {
        let d = transfer(MethodArgs {
            method: Some(MethodKind::Adra),
            ..Default::default()
        });
        assert_eq!(d.max_grad_norm, None);
        assert_eq!(d.train_config(0, 1).optimizer.clip_grad_norm, None);
        let p = transfer(MethodArgs {
            method: Some(MethodKind::Adra),
            max_grad_norm: Some(1.0),
            ..Default::default()
        });
        assert_eq!(p.train_config(0, 1).optimizer.clip_grad_norm, Some(1.0));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let err = resolve_method(&MethodArgs {
                method: Some(MethodKind::Adib),
                max_grad_norm: Some(bad),
                ..Default::default()
            })
            .expect_err("not a clip norm");
            assert!(err.to_string().contains("--max-grad-norm"), "{bad}: {err}");
        }
        let err = resolve_method(&MethodArgs {
            method: Some(MethodKind::Dra),
            max_grad_norm: Some(1.0),
            ..Default::default()
        })
        .expect_err("dra clips at 1.0 itself");
        assert!(err.to_string().contains("--max-grad-norm"), "{err}");
    }
}
