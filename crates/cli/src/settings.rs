//! Resolution of method settings: defaults, then the `--config` file, then flags.

use anyhow::{Context, Result, bail};
use swan_method::MethodConfig;

use crate::args::MethodArgs;

pub fn resolve_method(args: &MethodArgs) -> Result<MethodConfig> {
    let mut config = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read config {}", path.display()))?;
            let config: MethodConfig = toml::from_str(&text).with_context(|| {
                format!(
                    "{} is not a valid method config (expected `method = \"dn2\"` and its fields)",
                    path.display()
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
    }
    Ok(config)
}
