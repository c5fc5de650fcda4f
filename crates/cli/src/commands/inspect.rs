//! `swan inspect`: what a file swan wrote (or reads) holds — model files, features files,
//! saved scorers, training checkpoints, eval reports, weights — from its header alone,
//! without loading the tensors.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;
use serde_json::{Value, json};
use swan_encoder::import::safetensors::{SafetensorsHeader, TensorInfo, read_safetensors_header};

use crate::common::Global;

/// `swan inspect FILE...`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  swan inspect model.safetensors                 # method, encoder, training data, tensors
  swan inspect --data photos/                    # what swan reads in a dataset
  swan inspect train.safetensors --json          # the same as JSON, for scripts
  swan inspect model.safetensors --method-config > model.toml
  swan fit --config model.toml --data ...        # refit with the same hyper-parameters")]
pub struct InspectArgs {
    /// Files to describe: model files (`swan fit`), features files (`swan features`), saved
    /// scorers (`--save-scorer`), training checkpoints (`--train-dir`), `swan eval` reports
    /// (`.json`), any safetensors file, NumPy `.npy` / `.npz` arrays, or PyTorch `.pth`
    /// weights. A folder stands for the files in it.
    #[arg(required_unless_present = "data", value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Describe a dataset as swan reads it: the kind (inferred for a bare path), images per
    /// split, label and class, and the attributes. Images are listed, not decoded.
    #[arg(long, value_name = "[KIND:]PATH")]
    data: Option<swan_data::DataSpec>,
    /// JSON lines instead of text: one object per file (path, kind, format version, header,
    /// tensors).
    #[arg(long, conflicts_with = "method_config")]
    json: bool,
    /// List every tensor (name, dtype, shape), not only a count per group.
    #[arg(long)]
    tensors: bool,
    /// Print only a model file's method configuration, as a TOML file that `swan fit
    /// --config` reads back.
    #[arg(long)]
    method_config: bool,
}

/// The kinds of file `swan inspect` tells apart.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Model,
    Features,
    Scorer,
    Checkpoint,
    /// Safetensors without a swan header (weights, someone else's tensors).
    Safetensors,
    Pth,
    /// A NumPy `.npy` array or `.npz` archive (embeddings for `swan score`, or a dataset).
    NumPy,
    /// A `swan eval` JSON report.
    Report,
    /// The finished splits of an interrupted `swan eval` (`<out>.partial.json`).
    PartialReport,
    /// The summary of `swan eval --seeds`: every metric over the seeds.
    SeedsReport,
    /// An entry of the feature cache (`swan cache info`): encoder outputs of a list of images.
    CacheEntry,
}

impl Kind {
    const SWAN: [Kind; 4] = [Kind::Model, Kind::Features, Kind::Scorer, Kind::Checkpoint];

    fn name(self) -> &'static str {
        match self {
            Kind::Model => "swan model file",
            Kind::Features => "swan features file",
            Kind::Scorer => "saved scorer",
            Kind::Checkpoint => "training checkpoint",
            Kind::Safetensors => "safetensors file (no swan header)",
            Kind::Pth => "PyTorch checkpoint (.pth)",
            Kind::NumPy => "NumPy arrays",
            Kind::Report => "swan eval report",
            Kind::PartialReport => "swan eval partial report (finished splits; --resume goes on)",
            Kind::SeedsReport => "swan eval summary over seeds",
            Kind::CacheEntry => "feature cache entry",
        }
    }

    /// The safetensors metadata key a swan file's JSON header is under, and the format
    /// version this swan reads.
    fn swan_header(self) -> Option<(&'static str, u32)> {
        match self {
            Kind::Model => Some(versioned(&swan_method::MODEL_FILE)),
            Kind::Features => Some(versioned(&swan_method::FEATURES_FILE)),
            Kind::Scorer => Some(versioned(&crate::scorer_file::SCORER_FILE)),
            Kind::Checkpoint => Some((
                "swan_checkpoint",
                swan_train::checkpoint::CHECKPOINT_FORMAT_VERSION,
            )),
            Kind::Report => Some(("", crate::run::REPORT_FORMAT_VERSION)),
            Kind::PartialReport => Some(("", crate::run::PARTIAL_FORMAT_VERSION)),
            Kind::SeedsReport => Some(("", crate::run::SEEDS_REPORT_FORMAT_VERSION)),
            Kind::Safetensors | Kind::Pth | Kind::NumPy | Kind::CacheEntry => None,
        }
    }
}

fn versioned(kind: &swan_method::VersionedFile) -> (&'static str, u32) {
    (kind.key, kind.version)
}

/// One file's description.
struct Described {
    kind: Kind,
    /// The swan JSON header, if the file has one.
    header: Option<Value>,
    tensors: Vec<TensorInfo>,
    file_bytes: u64,
}

impl Described {
    /// The format version this swan reads, for swan files.
    fn reads_version(&self) -> Option<u32> {
        self.kind.swan_header().map(|(_, v)| v)
    }
}

pub fn run(args: InspectArgs, _global: &Global) -> Result<()> {
    if let Some(spec) = &args.data {
        let summary = describe_data(spec)?;
        if args.json {
            println!("{}", serde_json::to_string(&summary)?);
        } else {
            print!("{}", data_text(&summary));
        }
    }
    let mut failed = 0;
    let mut files = Vec::new();
    // Files found in a folder, where other JSON (not a report) is passed over quietly.
    let mut from_folder = std::collections::HashSet::new();
    let mut passed_over = 0;
    for path in &args.files {
        if path.is_dir() {
            let found = files_in(path)?;
            from_folder.extend(found.iter().cloned());
            if found.is_empty() {
                eprintln!(
                    "error: {}: no .safetensors, .scorer, .pth, .npy, .npz or .json files in this folder",
                    path.display()
                );
                failed += 1;
            }
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    for path in &files {
        let out = describe(path).and_then(|d| {
            if args.method_config {
                method_config_toml(path, &d)
            } else if args.json {
                Ok(serde_json::to_string(&to_json(path, &d))? + "\n")
            } else {
                Ok(to_text(path, &d, args.tensors))
            }
        });
        match out {
            Err(e) if from_folder.contains(path) && e.downcast_ref::<NotAReport>().is_some() => {
                passed_over += 1;
            }
            Ok(text) => print!("{text}"),
            Err(e) => {
                eprintln!("error: {e:#}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} files could not be described",
            files.len() - passed_over
        );
    }
    Ok(())
}

/// A dataset as swan lists it: counts per split, label and class, and the attributes.
fn describe_data(spec: &swan_data::DataSpec) -> Result<Value> {
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
            attributes.entry(k).or_default().insert(v);
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
        "attributes": attributes
            .iter()
            .map(|(k, vs)| {
                let examples: Vec<&str> = vs.iter().take(5).copied().collect();
                (k.to_string(), json!({"values": vs.len(), "first": examples}))
            })
            .collect::<serde_json::Map<String, Value>>(),
    }))
}

fn data_text(d: &Value) -> String {
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

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json")
}

/// A JSON file without a report's `protocol` and `splits` (in a folder, passed over quietly).
#[derive(Debug)]
struct NotAReport(PathBuf);

impl std::fmt::Display for NotAReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: not a swan eval report (no `protocol` and `splits`)",
            self.0.display()
        )
    }
}

impl std::error::Error for NotAReport {}

/// The files a folder holds that `swan inspect` may describe (not its subfolders), sorted.
fn files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    ["safetensors", "scorer", "pth", "json", "npy", "npz"].contains(&e)
                        && !p.to_string_lossy().ends_with(".splits.json")
                })
        })
        .collect();
    found.sort();
    Ok(found)
}

fn describe(path: &Path) -> Result<Described> {
    if is_json(path) {
        return describe_report(path);
    }
    if let Some(d) = describe_numpy(path)? {
        return Ok(d);
    }
    match read_safetensors_header(path) {
        Ok(h) => Ok(from_safetensors(path, h)?),
        Err(st_error) => {
            // Not safetensors: PyTorch weights are the other checkpoints swan reads.
            let bytes = std::fs::metadata(path)
                .with_context(|| format!("cannot read {}", path.display()))?
                .len();
            match swan_encoder::read_checkpoint(path) {
                Ok(map) => Ok(Described {
                    kind: Kind::Pth,
                    header: None,
                    tensors: map
                        .into_iter()
                        .map(|(name, t)| TensorInfo {
                            name,
                            dtype: "F32 (as read)".into(),
                            shape: t.shape,
                        })
                        .collect(),
                    file_bytes: bytes,
                }),
                Err(_) => bail!(
                    "{}: {st_error} (nor a PyTorch checkpoint swan can read)",
                    path.display()
                ),
            }
        }
    }
}

/// A `.npy` or `.npz` file (by its first bytes), its arrays listed as tensors; `None` for
/// other files.
fn describe_numpy(path: &Path) -> Result<Option<Described>> {
    use std::io::Read;
    use swan_data::source::npz::{
        NpyData, NpyHeader, read_npy_header, read_npz_headers, read_npz_where,
    };
    const SWAN_HEADER: &str = "swan_header";
    let mut magic = [0u8; 6];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut magic))
        .with_context(|| format!("cannot read {}", path.display()))?;
    let (headers, header): (Vec<(String, NpyHeader)>, Option<Value>) =
        if magic[..n] == *b"\x93NUMPY" {
            let h = read_npy_header(path)?;
            (vec![(swan_method::NPY_LAYER.to_string(), h)], None)
        } else if magic[..n].starts_with(b"PK") {
            let headers = read_npz_headers(path)?;
            // An export of `swan features` (`--out FILE.npz`) carries the features header,
            // the one array whose values are read.
            let header = if headers.contains_key(SWAN_HEADER) {
                read_npz_where(path, |name| name == SWAN_HEADER)?
                    .remove(SWAN_HEADER)
                    .and_then(|a| match a.data {
                        NpyData::Str(v) => v.into_iter().next(),
                        _ => None,
                    })
                    .and_then(|json| serde_json::from_str::<Value>(&json).ok())
                    .map(|mut h| {
                        if let Some(m) = h.as_object_mut() {
                            m.remove("rows");
                        }
                        h
                    })
            } else {
                None
            };
            (headers.into_iter().collect(), header)
        } else {
            return Ok(None);
        };
    let tensors = headers
        .into_iter()
        .map(|(name, h)| TensorInfo {
            name,
            dtype: h.descr,
            shape: h.shape,
        })
        .collect();
    Ok(Some(Described {
        kind: if header.is_some() {
            Kind::Features
        } else {
            Kind::NumPy
        },
        header,
        tensors,
        file_bytes: std::fs::metadata(path).map_or(0, |m| m.len()),
    }))
}

/// What `swan score --features / --query` would read as embeddings from a file without a
/// swan header: its 2-D floating-point arrays (safetensors `F64` / `F32` / `F16` / `BF16`,
/// NumPy `<f8` / `<f4` / `<f2`).
fn embedding_layers(d: &Described) -> Option<String> {
    let float = |dtype: &str| match d.kind {
        Kind::Safetensors => ["F64", "F32", "F16", "BF16"].contains(&dtype),
        Kind::NumPy => dtype.get(1..2) == Some("f"),
        _ => false,
    };
    let layers: Vec<String> = d
        .tensors
        .iter()
        .filter(|t| t.shape.len() == 2 && float(&t.dtype))
        .map(|t| format!("{} [{} x {}]", t.name, t.shape[0], t.shape[1]))
        .collect();
    (!layers.is_empty()).then(|| layers.join(", "))
}

/// A `swan eval` report: its header fields, without the per-split details.
fn describe_report(path: &Path) -> Result<Described> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let report: Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
    let kind = match (
        report.get("splits"),
        report.get("protocol"),
        report.get("key"),
    ) {
        (Some(_), Some(_), _) if report.get("reports").is_some() => Kind::SeedsReport,
        (Some(_), Some(_), _) => Kind::Report,
        (Some(_), None, Some(_)) => Kind::PartialReport,
        _ => return Err(NotAReport(path.to_path_buf()).into()),
    };
    let file_bytes = text.len() as u64;
    Ok(Described {
        kind,
        header: Some(report),
        tensors: Vec::new(),
        file_bytes,
    })
}

fn from_safetensors(path: &Path, h: SafetensorsHeader) -> Result<Described> {
    let found = Kind::SWAN.into_iter().find_map(|kind| {
        let (key, _) = kind.swan_header()?;
        h.metadata.get(key).map(|json| (kind, json))
    });
    let found = found.or_else(|| {
        h.metadata
            .get(swan_method::FEATURE_CACHE_KEY)
            .map(|json| (Kind::CacheEntry, json))
    });
    let (kind, header) = match found {
        Some((kind, json)) => {
            let header: Value = serde_json::from_str(json).with_context(|| {
                format!("{}: the {} header is not JSON", path.display(), kind.name())
            })?;
            (kind, Some(header))
        }
        None => (Kind::Safetensors, None),
    };
    Ok(Described {
        kind,
        header,
        tensors: h.tensors,
        file_bytes: h.file_bytes,
    })
}

fn to_json(path: &Path, d: &Described) -> Value {
    json!({
        "path": path.display().to_string(),
        "kind": d.kind.name(),
        "file_bytes": d.file_bytes,
        "format_version": d.header.as_ref().and_then(|h| h.get("format_version")).cloned(),
        "readable_version": d.reads_version(),
        "header": d.header,
        "n_tensors": d.tensors.len(),
        "n_values": d.tensors.iter().map(TensorInfo::len).sum::<usize>(),
        "tensors": d.tensors,
    })
}

fn method_config_toml(path: &Path, d: &Described) -> Result<String> {
    let Some(config) = d
        .header
        .as_ref()
        .filter(|_| d.kind == Kind::Model)
        .and_then(|h| h.get("config"))
    else {
        bail!(
            "{}: --method-config needs a swan model file; this is a {}",
            path.display(),
            d.kind.name()
        );
    };
    let config: swan_method::MethodConfig =
        serde_json::from_value(config.clone()).with_context(|| {
            format!(
                "{}: the method configuration does not parse with this swan",
                path.display()
            )
        })?;
    let toml = toml::to_string(&config)
        .with_context(|| format!("{}: cannot write the configuration as TOML", path.display()))?;
    Ok(format!(
        "# method configuration of {}\n{toml}",
        path.display()
    ))
}

fn to_text(path: &Path, d: &Described, all_tensors: bool) -> String {
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
    if let Some(e) = field("encoder").filter(|e| !e.is_null()) {
        line(&mut out, "encoder", encoder_text(e));
    }
    if let Some(n) = field("n_train").and_then(Value::as_u64) {
        let data = field("data_fingerprint")
            .and_then(Value::as_str)
            .map(|f| format!(" (data {})", short(f)))
            .unwrap_or_default();
        line(&mut out, "trained on", format!("{n} images{data}"));
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
fn cache_entry_lines(out: &mut String, d: &Described) {
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
fn report_lines(out: &mut String, r: &Value) {
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
fn seeds_report_lines(out: &mut String, r: &Value) {
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
fn partial_lines(out: &mut String, r: &Value) {
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

fn line(out: &mut String, label: &str, value: String) {
    *out += &format!("  {label:<12}{value}\n");
}

/// `key = value` lines, nested objects as dotted keys (`augment.flip = 0.5`).
fn flatten(out: &mut String, prefix: &str, value: &Value) {
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
fn plain(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

/// Scalars as themselves (strings quoted), arrays and objects as compact JSON.
fn compact(v: &Value) -> String {
    v.to_string()
}

fn join(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join(", ")
}

fn short(digest: &str) -> String {
    digest.chars().take(12).collect()
}

fn encoder_text(e: &Value) -> String {
    let s = |k: &str| {
        e.get(k).map(|v| {
            v.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string())
        })
    };
    let mut parts = Vec::new();
    if let Some(b) = s("backbone") {
        parts.push(b);
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
fn class_counts(rows: &[Value]) -> String {
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
fn tensor_groups(tensors: &[TensorInfo]) -> String {
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

fn thousands(n: usize) -> String {
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
    fn every_method_config_prints_as_toml_that_reads_back() {
        for &kind in swan_method::MethodKind::ALL {
            let config = swan_method::MethodConfig::default_for(kind);
            let described = Described {
                kind: Kind::Model,
                header: Some(json!({ "config": serde_json::to_value(&config).unwrap() })),
                tensors: Vec::new(),
                file_bytes: 0,
            };
            let toml = method_config_toml(Path::new("m.safetensors"), &described).unwrap();
            let back: swan_method::MethodConfig =
                toml::from_str(&toml).unwrap_or_else(|e| panic!("{}: {e}\n{toml}", kind.name()));
            assert_eq!(back, config, "{}", kind.name());
        }
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
