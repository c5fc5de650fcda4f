//! NAGAD's invariance and informativeness probes, on the codes a fitted detector gives.

use anyhow::{Context, Result};
use swan_data::Sample;
use swan_eval::protocol::NagadParams;
use swan_eval::report::Probes;

/// NAGAD probes on the detector's embeddings (when it has some): logistic regression on the
/// training images' embeddings, tested on the normal test images (familiar and pseudo).
pub(super) fn probes(
    fitted: &swan_method::Fitted,
    p: &NagadParams,
    samples: &[Sample],
    split: &swan_eval::EvalSplit,
    ctx: &mut swan_method::RunContext,
) -> Result<Option<Probes>> {
    use swan_method::probe::{ProbeConfig, chance_level, linear_probe};
    let test_normal: Vec<usize> = split
        .test
        .iter()
        .zip(&split.anomalous)
        .filter(|(_, a)| !**a)
        .map(|(&i, _)| i)
        .collect();
    let embed = |idx: &[usize], ctx: &mut swan_method::RunContext| {
        let picked: Vec<Sample> = idx.iter().map(|&i| samples[i].clone()).collect();
        fitted.codes(&picked, ctx).map(|r| r.map(|e| (picked, e)))
    };
    let Some(train) = embed(&split.train, ctx) else {
        return Ok(None);
    };
    let (train_samples, train) = train?;
    let (test_samples, test) = embed(&test_normal, ctx).context("codes of test images")??;
    let value = |s: &Sample, attr: Option<&str>| -> String {
        match attr {
            None => s.class.clone().unwrap_or_default(),
            Some(a) => s.attributes.get(a).cloned().unwrap_or_default(),
        }
    };
    let labels = |attr: Option<&str>| {
        let kept = |ss: &[Sample], kept: &[bool]| -> Vec<String> {
            ss.iter()
                .zip(kept)
                .filter(|(_, k)| **k)
                .map(|(s, _)| value(s, attr))
                .collect()
        };
        let (a, b) = (
            kept(&train_samples, &train.kept),
            kept(&test_samples, &test.kept),
        );
        let mut names: Vec<String> = a.iter().chain(&b).cloned().collect();
        names.sort();
        names.dedup();
        let index = |v: &[String]| -> Vec<usize> {
            v.iter()
                .map(|x| names.binary_search(x).unwrap_or(0))
                .collect()
        };
        (index(&a), index(&b))
    };
    let accuracy = |attr: Option<&str>| -> Result<(f64, f64)> {
        let (ya, yb) = labels(attr);
        let acc = linear_probe(
            &train.matrix,
            &ya,
            &test.matrix,
            &yb,
            ProbeConfig::default(),
        )?;
        Ok((acc, chance_level(&yb)))
    };
    let (nuisance, nuisance_chance) = accuracy(Some(&p.nuisance))?;
    let (relevant, relevant_chance) = accuracy(p.relevant.as_deref())?;
    Ok(Some(Probes {
        nuisance,
        nuisance_chance,
        relevant,
        relevant_chance,
    }))
}
