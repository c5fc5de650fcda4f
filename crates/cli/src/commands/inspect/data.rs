//! `swan inspect --data`: a dataset as swan reads it.

use super::*;

/// A dataset as swan lists it: counts per split, label and class, and the attributes.
pub(super) fn describe_data(spec: &swan_data::DataSpec) -> Result<Value> {
    use std::collections::{BTreeMap, BTreeSet};
    use swan_data::{Label, Split};
    let samples = crate::common::load_samples(spec)?;
    let split_name = |s: Option<Split>| match s {
        Some(Split::Train) => "train",
        Some(Split::Test) => "test",
        None => "none",
    };
    let mut splits: BTreeMap<&str, usize> = BTreeMap::new();
    let mut labels: BTreeMap<&str, usize> = BTreeMap::new();
    let mut classes: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut attributes: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut masks: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &samples {
        *splits.entry(split_name(s.split)).or_default() += 1;
        let label = match s.label {
            Label::Normal => "normal",
            Label::Anomaly => "anomaly",
            Label::Unknown => "unknown",
        };
        *labels.entry(label).or_default() += 1;
        let class = s.class.clone().unwrap_or_else(|| "(none)".into());
        *classes
            .entry(class)
            .or_default()
            .entry(split_name(s.split))
            .or_default() += 1;
        for (k, v) in &s.attributes {
            // Masks are files, one per image: counted apart, not listed as values.
            if k != swan_data::MASK_ATTRIBUTE {
                attributes.entry(k).or_default().insert(v);
            }
        }
        if s.mask().is_some() {
            *masks.entry(label).or_default() += 1;
        }
    }
    // Classes in numeric order where they are numbers (IDX, CIFAR), else by name.
    let mut order: Vec<&String> = classes.keys().collect();
    order.sort_by_key(|c| swan_eval::protocol::class_order(c));
    Ok(json!({
        "kind": "dataset",
        "source": spec.to_string(),
        "images": samples.len(),
        "splits": splits,
        "labels": labels,
        "classes": order
            .iter()
            .map(|c| json!({"class": c, "images": classes[*c]}))
            .collect::<Vec<_>>(),
        "masks": masks,
        "attributes": attributes
            .iter()
            .map(|(k, vs)| {
                let examples: Vec<&str> = vs.iter().take(5).copied().collect();
                (k.to_string(), json!({"values": vs.len(), "first": examples}))
            })
            .collect::<serde_json::Map<String, Value>>(),
    }))
}

pub(super) fn data_text(d: &Value) -> String {
    let counts = |v: &Value| {
        v.as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, n)| format!("{k} {}", n.as_u64().unwrap_or(0)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    };
    let n = d["images"].as_u64().unwrap_or(0);
    let mut out = format!(
        "{}: {n} image{} (listed, not decoded: unreadable ones show when a command reads them)\n",
        d["source"].as_str().unwrap_or_default(),
        if n == 1 { "" } else { "s" }
    );
    out += &format!("  splits      {}\n", counts(&d["splits"]));
    out += &format!("  labels      {}\n", counts(&d["labels"]));
    let classes = d["classes"].as_array().cloned().unwrap_or_default();
    const SHOWN: usize = 20;
    let listed: Vec<String> = classes
        .iter()
        .take(SHOWN)
        .map(|c| {
            let n: u64 = c["images"]
                .as_object()
                .map(|m| m.values().filter_map(Value::as_u64).sum())
                .unwrap_or(0);
            format!("{} ({n})", c["class"].as_str().unwrap_or_default())
        })
        .collect();
    let more = if classes.len() > SHOWN {
        format!(", … {} more", classes.len() - SHOWN)
    } else {
        String::new()
    };
    out += &format!(
        "  classes     {}: {}{more}\n",
        classes.len(),
        listed.join(", ")
    );
    if let Some(m) = d["masks"].as_object().filter(|m| !m.is_empty()) {
        let anomalies = d["labels"]["anomaly"].as_u64().unwrap_or(0);
        let of_anomalies = m.get("anomaly").and_then(Value::as_u64).unwrap_or(0);
        out += &format!(
            "  masks       {} ground-truth masks ({of_anomalies} of the {anomalies} anomalies; \
             swan score --maps and swan eval measure DRA / DevNet maps against them)\n",
            m.values().filter_map(Value::as_u64).sum::<u64>()
        );
    }
    if let Some(attrs) = d["attributes"].as_object() {
        for (k, a) in attrs {
            let first: Vec<&str> = a["first"]
                .as_array()
                .map(|v| v.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let n = a["values"].as_u64().unwrap_or(0);
            let ellipsis = if n as usize > first.len() {
                ", …"
            } else {
                ""
            };
            out += &format!(
                "  attribute   {k}: {n} values ({}{ellipsis})\n",
                first.join(", ")
            );
        }
    }
    out
}
