//! What the integration tests of the `swan` binary share.

use std::path::Path;
use std::process::{Command, Output};

use image::{Rgb, RgbImage};

/// Runs swan with a private cache folder, two threads, no progress bars, and
/// `$SWAN_LITE0_WEIGHTS` set to `weights` (or unset).
pub fn swan_with(cache: &Path, weights: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_swan"));
    cmd.args(args)
        .args(["--no-progress", "--threads", "2"])
        .env("SWAN_CACHE", cache);
    match weights {
        Some(w) => cmd.env("SWAN_LITE0_WEIGHTS", w),
        None => cmd.env_remove("SWAN_LITE0_WEIGHTS"),
    };
    cmd.output().expect("swan runs")
}

/// A command line: the words of `words` (flags and values without spaces), then `more`
/// (paths and other values that may hold spaces): `args("score --split test", &["--model",
/// m])`.
#[allow(dead_code)] // not every test file builds its command lines this way
pub fn args<'a>(words: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    words
        .split_whitespace()
        .chain(more.iter().copied())
        .collect()
}

/// `score --split test --model MODEL --data DATA --out OUT`: a saved model's scores of the test
/// split, to a CSV file.
#[allow(dead_code)] // not every test file scores a saved model
pub fn score_test_split<'a>(model: &'a Path, data: &'a str, out: &'a Path) -> Vec<&'a str> {
    let path = |p: &'a Path| p.to_str().expect("test paths are UTF-8");
    args(
        "score --split test",
        &["--model", path(model), "--data", data, "--out", path(out)],
    )
}

/// `score --model MODEL --data DATA` and more flags: a saved model's scores of a dataset.
#[allow(dead_code)] // not every test file scores a saved model
pub fn score_model<'a>(model: &'a Path, data: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let model = model.to_str().expect("test paths are UTF-8");
    let mut words = args("score --model", &[model, "--data", data]);
    words.extend_from_slice(more);
    words
}

/// The `score` column of a scores CSV that `swan score` wrote, in row order.
#[allow(dead_code)] // not every test file reads scores
pub fn read_scores(path: &Path) -> Vec<f64> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
        .collect()
}

/// A JSON file the run wrote (a report, its split list).
#[allow(dead_code)] // not every test file reads reports
pub fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The stdout of a run that must succeed.
pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "swan failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The stderr of a run that must fail.
#[allow(dead_code)] // not every test file checks failures
pub fn err(out: &Output) -> String {
    assert!(!out.status.success(), "swan unexpectedly succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The file names in `dir`, sorted.
#[allow(dead_code)] // not every test file lists a folder
pub fn sorted_file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Two visually distinct classes: `stripes` (horizontal bands) and `blobs` (a bright square),
/// with per-image variation, under train/ and test/.
#[allow(dead_code)] // not every test file draws this dataset
pub fn make_folder_dataset(root: &Path, per_class_train: u32, per_class_test: u32) {
    for (split, n) in [("train", per_class_train), ("test", per_class_test)] {
        for class in ["stripes", "blobs"] {
            let dir = root.join(split).join(class);
            std::fs::create_dir_all(&dir).unwrap();
            for i in 0..n {
                let img = RgbImage::from_fn(40, 40, |x, y| {
                    let v = if class == "stripes" {
                        if (y + i) % 8 < 4 { 230 } else { 20 }
                    } else if (10 + i % 5..30).contains(&x) && (10..30 + i % 5).contains(&y) {
                        240
                    } else {
                        30
                    };
                    Rgb([v as u8, (v / 2) as u8, (255 - v) as u8])
                });
                img.save(dir.join(format!("{i:03}.png"))).unwrap();
            }
        }
    }
}

/// The EfficientNet-Lite0 weights the tests use: `$SWAN_LITE0_WEIGHTS`, else where `swan
/// weights fetch` puts them (`.ci/run` provides them).
#[allow(dead_code)] // not every test file needs the pretrained encoder
pub fn lite0_weights() -> std::path::PathBuf {
    std::env::var_os("SWAN_LITE0_WEIGHTS")
        .map(Into::into)
        .unwrap_or_else(swan_encoder::efficientnet_lite::default_lite0_weights_path)
}

/// Runs swan with the EfficientNet-Lite0 weights the tests use ([`lite0_weights`]).
#[allow(dead_code)] // not every test file needs the pretrained encoder
pub fn swan_lite0(cache: &Path, args: &[&str]) -> Output {
    swan_with(cache, Some(&lite0_weights()), args)
}
