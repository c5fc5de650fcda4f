//! Outlier exposure's protocol (transfer-based AD, section 5.1): the classes of a labelled
//! dataset are split three ways — normal, anomalous (test only) and an outlier-exposure
//! corpus (training only). The corpus classes never appear at test time.

use std::collections::BTreeSet;

use swan_data::{Sample, Split};

use super::{EvalSplit, SplitMix64, class_order, split_of};

/// Which classes play which role (see [`super::Protocol::OeSplit`]).
pub(super) struct Roles<'a> {
    pub normal: &'a [String],
    pub anomaly: &'a [String],
    pub corpus: &'a [String],
    pub corpus_classes: usize,
}

pub(super) fn oe_splits(
    samples: &[Sample],
    roles: &Roles<'_>,
    seed: u64,
) -> Result<Vec<EvalSplit>, String> {
    let mut classes: Vec<String> = samples
        .iter()
        .filter_map(|s| s.class.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    classes.sort_by_key(|c| class_order(c));
    if classes.len() < 3 {
        return Err(format!(
            "needs at least three classes (normal, anomalous, corpus), found {classes:?}"
        ));
    }
    for c in roles.normal.iter().chain(roles.anomaly).chain(roles.corpus) {
        if !classes.contains(c) {
            return Err(format!("no class {c:?} in the data; classes: {classes:?}"));
        }
    }
    // (normal, anomaly, corpus) per split.
    let assignments: Vec<(Vec<String>, Vec<String>, Vec<String>)> = if roles.normal.is_empty() {
        if !roles.anomaly.is_empty() || !roles.corpus.is_empty() {
            return Err("anomaly or corpus classes were given without normal classes".into());
        }
        if roles.corpus_classes == 0 || roles.corpus_classes + 2 > classes.len() {
            return Err(format!(
                "{} corpus classes leave no anomaly class among {} classes",
                roles.corpus_classes,
                classes.len()
            ));
        }
        // The preset: for each normal class, a seeded draw of the others as the corpus.
        classes
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut others: Vec<String> = classes.iter().filter(|o| *o != c).cloned().collect();
                SplitMix64(seed.wrapping_add(0x0E5 + i as u64 * 7919)).shuffle(&mut others);
                let mut corpus = others.split_off(others.len() - roles.corpus_classes);
                corpus.sort_by_key(|c| class_order(c));
                others.sort_by_key(|c| class_order(c));
                (vec![c.clone()], others, corpus)
            })
            .collect()
    } else {
        let taken = |c: &String| roles.normal.contains(c);
        let corpus: Vec<String> = if roles.corpus.is_empty() {
            if roles.anomaly.is_empty() {
                return Err("give the anomaly classes or the corpus classes (or both)".into());
            }
            classes
                .iter()
                .filter(|c| !taken(c) && !roles.anomaly.contains(c))
                .cloned()
                .collect()
        } else {
            roles.corpus.to_vec()
        };
        let anomaly: Vec<String> = if roles.anomaly.is_empty() {
            classes
                .iter()
                .filter(|c| !taken(c) && !corpus.contains(c))
                .cloned()
                .collect()
        } else {
            roles.anomaly.to_vec()
        };
        let overlap = roles
            .normal
            .iter()
            .chain(&anomaly)
            .filter(|c| corpus.contains(c))
            .chain(roles.normal.iter().filter(|c| anomaly.contains(c)))
            .next();
        if let Some(c) = overlap {
            return Err(format!("class {c:?} has two roles"));
        }
        if anomaly.is_empty() || corpus.is_empty() {
            return Err(format!(
                "every role needs a class: anomaly {anomaly:?}, corpus {corpus:?}"
            ));
        }
        vec![(roles.normal.to_vec(), anomaly, corpus)]
    };
    let in_set = |s: &Sample, set: &[String]| s.class.as_ref().is_some_and(|c| set.contains(c));
    assignments
        .into_iter()
        .map(|(normal, anomaly, corpus)| {
            let (mut train, mut exposure, mut test, mut anomalous) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for (i, s) in samples.iter().enumerate() {
                match split_of(s, seed) {
                    Split::Train if in_set(s, &normal) => train.push(i),
                    Split::Train if in_set(s, &corpus) => exposure.push(i),
                    Split::Test if in_set(s, &normal) || in_set(s, &anomaly) => {
                        test.push(i);
                        anomalous.push(in_set(s, &anomaly));
                    }
                    _ => {}
                }
            }
            let name = normal.join("+");
            if train.is_empty() || exposure.is_empty() || test.is_empty() {
                return Err(format!(
                    "split {name}: {} training, {} corpus and {} test images; all are needed",
                    train.len(),
                    exposure.len(),
                    test.len()
                ));
            }
            Ok(EvalSplit {
                name,
                train,
                test,
                anomalous,
                outlier_exposure: exposure,
                corpus_classes: corpus,
                ..EvalSplit::default()
            })
        })
        .collect()
}
