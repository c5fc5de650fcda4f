//! A description as the lines `swan inspect` prints.

use super::*;

/// A maps file: which model, how many images and patches, the colour scale.
fn maps_lines(out: &mut String, h: &Value) {
    if let Some(m) = h.get("model").and_then(Value::as_str) {
        line(out, "model", m.to_string());
    }
    let ids = h.get("ids").and_then(Value::as_array).map_or(0, Vec::len);
    let drawn = h
        .get("pngs")
        .and_then(Value::as_array)
        .map_or(0, |p| p.iter().filter(|v| v.is_string()).count());
    line(
        out,
        "images",
        format!("{ids} ({drawn} drawn as PNG beside this file)"),
    );
    let heads: Vec<String> = h
        .get("heads")
        .and_then(Value::as_array)
        .map(|hs| {
            hs.iter()
                .map(|v| v.as_str().map_or_else(|| compact(v), String::from))
                .collect()
        })
        .unwrap_or_default();
    let total = if heads.len() == 1 {
        "and the same map as total"
    } else {
        "and their sum (total)"
    };
    let shape = h.get("shape").map(compact).unwrap_or_default();
    // Occlusion maps have a value per cell of the image, the others per patch of a feature map.
    let unit = if heads == ["occlusion"] {
        "cells"
    } else {
        "patches"
    };
    line(
        out,
        "maps",
        format!(
            "{} {total}, {shape} {unit} each",
            join(heads.iter().cloned())
        ),
    );
    if let Some(w) = h
        .get("what")
        .and_then(Value::as_str)
        .filter(|w| !w.is_empty())
    {
        line(out, "showing", w.to_string());
    }
    if let Some(p) = h.get("pixel_auroc").filter(|p| !p.is_null()) {
        let f = |k: &str| p.get(k).map(compact).unwrap_or_default();
        line(
            out,
            "pixel AUROC",
            format!(
                "{} % on {} images ({} with masks) at {}x{}",
                p.get("auroc")
                    .and_then(Value::as_f64)
                    .map_or_else(String::new, |a| format!("{a:.2}")),
                f("images"),
                f("with_masks"),
                f("grid"),
                f("grid")
            ),
        );
        if let Some(a) = p.get("aupro").and_then(Value::as_f64) {
            line(
                out,
                "AUPRO",
                format!(
                    "{a:.2} % over {} anomalous regions, up to a false-positive rate of {}",
                    f("regions"),
                    f("pro_fpr_limit")
                ),
            );
        }
    }
    if let Some(s) = h.get("scale") {
        line(
            out,
            "scale",
            format!("PNG colours from 0 to {} (the largest total)", compact(s)),
        );
    }
}

pub(super) fn to_text(path: &Path, d: &Described, all_tensors: bool) -> String {
    let mut out = String::new();
    let h = d.header.as_ref();
    let field = |name: &str| h.and_then(|h| h.get(name));
    let mut title = format!("{}: {}", path.display(), d.kind.name());
    if let Some(v) = field("format_version").and_then(Value::as_u64) {
        title += &format!(", format {v}");
        if let Some(reads) = d.reads_version()
            && v != u64::from(reads)
        {
            title += &format!(" (this swan reads format {reads})");
        }
    }
    if let Some(v) = field("swan_version").and_then(Value::as_str) {
        title += &format!(", written by swan {v}");
    }
    out += &format!("{title}, {}\n", crate::common::human_bytes(d.file_bytes));
    if d.kind == Kind::Report {
        report_lines(&mut out, d.header.as_ref().unwrap_or(&Value::Null));
        return out;
    }
    if d.kind == Kind::SeedsReport {
        seeds_report_lines(&mut out, d.header.as_ref().unwrap_or(&Value::Null));
        return out;
    }
    if d.kind == Kind::PartialReport {
        partial_lines(&mut out, d.header.as_ref().unwrap_or(&Value::Null));
        return out;
    }
    if d.kind == Kind::CacheEntry {
        cache_entry_lines(&mut out, d);
    }
    if let Some(m) = field("method").and_then(Value::as_str) {
        line(&mut out, "method", m.to_string());
    }
    if d.kind == Kind::Maps {
        maps_lines(&mut out, d.header.as_ref().unwrap_or(&Value::Null));
    }
    if let Some(e) = field("encoder").filter(|e| !e.is_null()) {
        line(&mut out, "encoder", encoder_text(e));
    }
    if let Some(n) = field("n_train").and_then(Value::as_u64) {
        let data = field("data_fingerprint")
            .and_then(Value::as_str)
            .map(|f| format!(" (data {})", short(f)))
            .unwrap_or_default();
        // DN2's bank names its images (for `swan score --neighbours`).
        let named = field("train_ids")
            .and_then(Value::as_array)
            .filter(|ids| !ids.is_empty())
            .map(|ids| {
                let first = ids.first().and_then(Value::as_str).unwrap_or_default();
                format!(", each named ({first}, ...)")
            })
            .unwrap_or_default();
        line(&mut out, "trained on", format!("{n} images{data}{named}"));
    }
    // A calibrated model's held-out normal scores, as the thresholds they give.
    if let Some(c) = field("calibration").filter(|c| !c.is_null()) {
        let data = c.get("data").and_then(Value::as_str).unwrap_or("?");
        let text = match c
            .get("scores")
            .cloned()
            .map(serde_json::from_value::<swan_score::Calibration>)
        {
            Some(Ok(scores)) => format!(
                "{} held-out normal images ({data}); {}",
                scores.len(),
                crate::common::calibration_thresholds(&scores)
            ),
            Some(Err(e)) => format!("unreadable held-out scores ({data}): {e}"),
            None => format!("no held-out scores ({data})"),
        };
        line(&mut out, "calibrated", text);
    }
    if let Some(rows) = field("rows").and_then(Value::as_array) {
        line(
            &mut out,
            "rows",
            format!("{}{}", rows.len(), class_counts(rows)),
        );
    }
    if let Some(taps) = field("taps").and_then(Value::as_array) {
        line(&mut out, "taps", join(taps.iter().map(compact)));
    }
    if let Some(s) = field("skipped").and_then(Value::as_array)
        && !s.is_empty()
    {
        line(
            &mut out,
            "skipped",
            format!("{} unreadable images", s.len()),
        );
    }
    if let Some(e) = field("epochs_done") {
        let steps = field("steps").map(compact).unwrap_or_default();
        line(
            &mut out,
            "progress",
            format!("{} epochs, {steps} steps", compact(e)),
        );
    }
    // Hyper-parameters: a model's method config, a scorer's config, a checkpoint's run.
    for key in ["config", "run"] {
        if let Some(v @ Value::Object(_)) = field(key) {
            out += &format!("  {key}\n");
            flatten(&mut out, "", v);
        }
    }
    // A saved scorer: each layer's tap, ensemble range and scorer config.
    if d.kind == Kind::Scorer
        && let Some(layers) = field("layers").and_then(Value::as_array)
    {
        for (i, l) in layers.iter().enumerate() {
            let tap = l.get("tap").and_then(Value::as_str).unwrap_or("the first");
            let range = l
                .get("range")
                .filter(|r| !r.is_null())
                .map(|r| format!(", training scores from {}", compact(r)))
                .unwrap_or_default();
            line(&mut out, &format!("layer {i}"), format!("{tap}{range}"));
            if let Some(c @ Value::Object(_)) = l.get("config") {
                flatten(&mut out, "", c);
            }
        }
    }
    if let Some(layers) = embedding_layers(d) {
        line(
            &mut out,
            "layers",
            format!("{layers} (what swan score --features reads)"),
        );
    }
    if d.kind == Kind::Pth {
        line(
            &mut out,
            "backbone",
            match d.backbone {
                Some(b) => format!("{b} (loads as --backbone {b})"),
                None => format!(
                    "none of swan's ({}): not a checkpoint swan's encoder can load",
                    swan_encoder::Backbone::names()
                ),
            },
        );
    }
    let total: usize = d.tensors.iter().map(TensorInfo::len).sum();
    out += &format!(
        "  {:<12}{} ({} values){}\n",
        "tensors",
        d.tensors.len(),
        thousands(total),
        tensor_groups(&d.tensors)
    );
    if all_tensors {
        let width = d.tensors.iter().map(|t| t.name.len()).max().unwrap_or(0);
        for t in &d.tensors {
            out += &format!("    {:<width$}  {} {:?}\n", t.name, t.dtype, t.shape);
        }
    }
    out
}

/// A feature cache entry: how many images, from where, and what shape their features have.
pub(super) fn cache_entry_lines(out: &mut String, d: &Described) {
    let h = d.header.as_ref().unwrap_or(&Value::Null);
    let locations = h.get("locations").and_then(Value::as_array);
    let n = locations.map_or(0, Vec::len);
    let first = locations
        .and_then(|l| l.first())
        .and_then(Value::as_str)
        .map(|s| format!(" (the first {s})"))
        .unwrap_or_default();
    line(out, "images", format!("{}{first}", thousands(n)));
    if let Some(width) = d.tensors.first().and_then(|t| t.shape.get(1)) {
        let maps = match h.get("map_shape").and_then(Value::as_array) {
            Some(s) => format!(
                " (feature maps {})",
                s.iter().map(compact).collect::<Vec<_>>().join(" × ")
            ),
            None => String::new(),
        };
        line(out, "features", format!("{width} per image{maps}"));
    }
    if let Some(f) = h.get("failed").and_then(Value::as_array)
        && !f.is_empty()
    {
        line(out, "unreadable", format!("{} images", f.len()));
    }
}

/// A report's run in a few lines: what ran on what, and the mean of every metric.
pub(super) fn report_lines(out: &mut String, r: &Value) {
    let text = |v: Option<&Value>| v.map(plain).unwrap_or_default();
    line(out, "method", text(r["method"].get("method")));
    if let Some(e) = r.get("encoder").filter(|e| !e.is_null()) {
        line(out, "encoder", encoder_text(e));
    }
    line(out, "protocol", text(r.get("protocol")));
    line(out, "data", text(r.get("data")));
    line(out, "seed", text(r.get("seed")));
    let splits = r["splits"].as_array().map_or(0, Vec::len);
    line(out, "splits", splits.to_string());
    if let Some(Value::Object(mean)) = r.get("mean") {
        let metrics: Vec<String> = mean
            .iter()
            .filter_map(|(k, v)| v.as_f64().map(|x| format!("{k} {:.2}", 100.0 * x)))
            .collect();
        line(out, "mean (%)", metrics.join(", "));
    }
    if let Some(s) = r["skipped"].as_array().filter(|s| !s.is_empty()) {
        line(out, "skipped", format!("{} unreadable images", s.len()));
    }
    if let Some(t) = r["timings"]["total_seconds"].as_f64() {
        line(out, "wall", format!("{t:.1} s"));
    }
    if let v @ Value::Object(_) = &r["method"] {
        *out += "  config\n";
        flatten(out, "", v);
    }
}

/// A summary over seeds: what ran, on which seeds, and the mean row as mean ± sd.
pub(super) fn seeds_report_lines(out: &mut String, r: &Value) {
    let text = |v: Option<&Value>| v.map(plain).unwrap_or_default();
    line(out, "method", text(r["method"].get("method")));
    line(out, "protocol", text(r.get("protocol")));
    line(out, "data", text(r.get("data")));
    if let Some(seeds) = r["seeds"].as_array() {
        line(out, "seeds", join(seeds.iter().map(compact)));
    }
    let splits = r["splits"].as_array().map_or(0, Vec::len);
    line(out, "splits", splits.to_string());
    if let Some(Value::Object(mean)) = r.get("mean") {
        let metrics: Vec<String> = mean
            .iter()
            .filter_map(|(k, v)| {
                let (m, sd) = (v["mean"].as_f64()?, v["sd"].as_f64()?);
                Some(format!("{k} {:.2} ± {:.2}", 100.0 * m, 100.0 * sd))
            })
            .collect();
        line(out, "mean (%)", metrics.join(", "));
    }
    if let Some(reports) = r["reports"].as_array() {
        line(out, "per seed", join(reports.iter().map(plain)));
    }
}

/// The finished splits of an interrupted evaluation, and what the evaluation was.
pub(super) fn partial_lines(out: &mut String, r: &Value) {
    let key = &r["key"];
    line(out, "method", plain(&key["method"]["method"]));
    if let Some(e) = key.get("encoder").filter(|e| !e.is_null()) {
        line(out, "encoder", encoder_text(e));
    }
    line(out, "protocol", plain(&key["protocol"]["protocol"]));
    line(out, "seed", plain(&key["seed"]));
    let done: Vec<String> = r["splits"]
        .as_array()
        .map(|s| {
            s.iter()
                .map(|s| {
                    let auroc = s["result"]["auroc"]
                        .as_f64()
                        .map(|a| format!(" (AUROC {:.2})", 100.0 * a))
                        .unwrap_or_default();
                    format!("{}{auroc}", plain(&s["result"]["name"]))
                })
                .collect()
        })
        .unwrap_or_default();
    line(
        out,
        "finished",
        format!("{}: {}", done.len(), done.join(", ")),
    );
}

pub(super) fn line(out: &mut String, label: &str, value: String) {
    *out += &format!("  {label:<12}{value}\n");
}

/// `key = value` lines, nested objects as dotted keys (`augment.flip = 0.5`).
pub(super) fn flatten(out: &mut String, prefix: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(out, &format!("{prefix}{k}."), v);
            }
        }
        v => *out += &format!("    {} = {}\n", prefix.trim_end_matches('.'), compact(v)),
    }
}

/// A JSON string without its quotes; any other value as JSON.
pub(super) fn plain(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

/// Scalars as themselves (strings quoted), arrays and objects as compact JSON.
pub(super) fn compact(v: &Value) -> String {
    v.to_string()
}

pub(super) fn join(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join(", ")
}

pub(super) fn short(digest: &str) -> String {
    digest.chars().take(12).collect()
}

pub(super) fn encoder_text(e: &Value) -> String {
    let s = |k: &str| {
        e.get(k).map(|v| {
            v.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string())
        })
    };
    let mut parts = Vec::new();
    if let Some(b) = e.get("backbone") {
        // As --backbone spells it, also for files that spell it the older way.
        parts.push(
            serde_json::from_value::<swan_encoder::Backbone>(b.clone())
                .map(|b| b.name().to_string())
                .unwrap_or_else(|_| s("backbone").unwrap_or_default()),
        );
    }
    if let Some(n) = s("image_size") {
        let antialias = e.pointer("/preprocess/antialias") == Some(&Value::Bool(true));
        parts.push(format!(
            "{n} px{}",
            if antialias { " (antialiased)" } else { "" }
        ));
    }
    if let Some(t) = s("tap") {
        parts.push(format!("tap {t}"));
    }
    if let Some(w) = s("weights_digest") {
        parts.push(format!("weights {}", short(&w)));
    }
    parts.join(", ")
}

/// ` — 3 classes: 0 (100), 1 (100), 7 (20)` for a features file's rows.
pub(super) fn class_counts(rows: &[Value]) -> String {
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for r in rows {
        let class = r
            .get("class")
            .and_then(Value::as_str)
            .unwrap_or("(no class)");
        *counts.entry(class.to_string()).or_default() += 1;
    }
    if counts.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = counts
        .iter()
        .take(12)
        .map(|(c, n)| format!("{c} ({n})"))
        .collect();
    let more = if counts.len() > 12 { ", ..." } else { "" };
    format!(
        " — {} class{}: {}{more}",
        counts.len(),
        if counts.len() == 1 { "" } else { "es" },
        shown.join(", ")
    )
}

/// `: encoder 296 (4 652 008), dn2 1 (25 600)` — tensors grouped by the first components of
/// their names (split at `.` and `/`; as many as it takes to make two groups, at most three),
/// largest first.
pub(super) fn tensor_groups(tensors: &[TensorInfo]) -> String {
    let mut groups = std::collections::BTreeMap::<String, (usize, usize)>::new();
    for depth in 1..=3 {
        groups.clear();
        for t in tensors {
            let prefix_len: usize = t
                .name
                .split_inclusive(['.', '/'])
                .take(depth)
                .map(str::len)
                .sum();
            let group = t.name[..prefix_len].trim_end_matches(['.', '/']);
            let g = groups.entry(group.to_string()).or_default();
            g.0 += 1;
            g.1 += t.len();
        }
        if groups.len() >= 2 {
            break;
        }
    }
    if groups.len() < 2 {
        return String::new();
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(&b.0)));
    let parts: Vec<String> = groups
        .iter()
        .map(|(name, (n, values))| format!("{name} {n} ({})", thousands(*values)))
        .collect();
    format!(": {}", parts.join(", "))
}

pub(super) fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(4_652_008), "4 652 008");
    }

    #[test]
    fn tensors_group_by_their_first_name_component_largest_first() {
        let t = |name: &str, shape: &[usize]| TensorInfo {
            name: name.into(),
            dtype: "F32".into(),
            shape: shape.to_vec(),
        };
        let tensors = [
            t("dn2.bank", &[20, 1280]),
            t("encoder.a.weight", &[32, 3, 3, 3]),
            t("encoder.a.bias", &[32]),
            t("model/head.w", &[2]),
        ];
        assert_eq!(
            tensor_groups(&tensors),
            ": dn2 1 (25 600), encoder 2 (896), model 1 (2)"
        );
        assert_eq!(tensor_groups(&tensors[..1]), "");
        // One top-level name: the groups go a level deeper.
        let nsa = [
            t("nsa.net.encoder.w", &[4, 4]),
            t("nsa.net.projector.w", &[4]),
        ];
        assert_eq!(
            tensor_groups(&nsa),
            ": nsa.net.encoder 1 (16), nsa.net.projector 1 (4)"
        );
    }

    #[test]
    fn nested_settings_print_as_dotted_keys() {
        let mut out = String::new();
        flatten(
            &mut out,
            "",
            &json!({"k": 2, "augment": {"flip": 0.5}, "layers": [3, 4], "tap": "pooled"}),
        );
        assert_eq!(
            out,
            "    augment.flip = 0.5\n    k = 2\n    layers = [3,4]\n    tap = \"pooled\"\n"
        );
    }

    #[test]
    fn rows_are_counted_per_class() {
        let rows = [
            json!({"id": "a", "class": "0"}),
            json!({"id": "b", "class": "1"}),
            json!({"id": "c", "class": "0"}),
            json!({"id": "d", "class": null}),
        ];
        assert_eq!(
            class_counts(&rows),
            " — 3 classes: (no class) (1), 0 (2), 1 (1)"
        );
        assert_eq!(
            class_counts(&[json!({"id": "a", "class": "x"})]),
            " — 1 class: x (1)"
        );
    }
}
