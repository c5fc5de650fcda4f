//! `swan fit / score / eval --method nsa` on small images the test draws: no pretrained
//! weights involved; a resumed run equals an uninterrupted one.

use std::path::Path;
use std::process::Output;

mod common;
use common::{make_folder_dataset, ok};

/// NSA must not need the pretrained encoder: its weights point nowhere.
fn swan(cache: &Path, args: &[&str]) -> Output {
    common::swan_with(cache, Some(&cache.join("no-such-weights.pth")), args)
}

const TINY: &[&str] = &[
    "--method",
    "nsa",
    "--epochs",
    "3",
    "--width",
    "0.125",
    "--train-size",
    "16",
    "--train-batch",
    "8",
    "--proj-dim",
    "32",
    "--seed",
    "4",
];

#[test]
fn nsa_fit_score_and_resume() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 24, 8);
    let data_arg = format!("folder:{}", data.display());
    let model = tmp.path().join("nsa.safetensors");
    let train_dir = tmp.path().join("runs");
    let fit = |out: &Path, dir: &Path, extra: &[&str]| {
        let mut args = vec![
            "fit",
            "--data",
            &data_arg,
            "--class",
            "blobs",
            "--layers",
            "3,4",
            "--out",
            out.to_str().unwrap(),
            "--train-dir",
            dir.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        args.extend_from_slice(TINY);
        swan(&cache, &args)
    };
    ok(&fit(&model, &train_dir, &[]));
    let log = std::fs::read_to_string(train_dir.join("fit.log.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 3, "{log}");
    for key in [
        "\"loss\"",
        "\"lr\"",
        "\"images_per_s\"",
        "\"vmf_kappa\"",
        "\"mmd_uniform\"",
    ] {
        assert!(log.contains(key), "log lacks {key}: {log}");
    }
    assert!(train_dir.join("fit.ckpt.safetensors").exists());

    // `swan inspect` describes the model and the checkpoint from their headers, and a bad
    // file among them is reported without stopping the others.
    let ckpt = train_dir.join("fit.ckpt.safetensors");
    let junk = tmp.path().join("junk.safetensors");
    std::fs::write(&junk, b"not a model at all").unwrap();
    let paths = [&model, &ckpt, &junk].map(|p| p.to_str().unwrap().to_string());
    let out = swan(&cache, &["inspect", &paths[0], &paths[1], &paths[2]]);
    assert!(!out.status.success());
    let (text, err) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    for want in [
        "swan model file, format 1",
        "method      nsa",
        "trained on  24 images",
        "    normalize_encoder = true",
        "    objective.kind = \"sim-siam\"",
        "training checkpoint, format 1",
        "progress    3 epochs",
    ] {
        assert!(text.contains(want), "inspect lacks {want:?}:\n{text}");
    }
    assert!(
        err.contains("junk.safetensors: not a safetensors file") && err.contains("1 of 3 files"),
        "{err}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&swan(&cache, &["inspect", "--json", &paths[0]]))).unwrap();
    assert_eq!(json["kind"], "swan model file");
    assert_eq!(json["header"]["method"], "nsa");
    let n_values: u64 = json["tensors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            t["shape"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_u64().unwrap())
                .product::<u64>()
        })
        .sum();
    assert_eq!(json["n_values"].as_u64(), Some(n_values));

    // Its configuration, printed as TOML, refits the same model byte for byte.
    let config = tmp.path().join("nsa.toml");
    let printed = ok(&swan(&cache, &["inspect", "--method-config", &paths[0]]));
    std::fs::write(&config, printed).unwrap();
    let refit = tmp.path().join("refit.safetensors");
    ok(&swan(
        &cache,
        &common::args(
            "fit --class blobs --seed 4",
            &[
                "--data",
                &data_arg,
                "--config",
                config.to_str().unwrap(),
                "--out",
                refit.to_str().unwrap(),
            ],
        ),
    ));
    assert_eq!(
        std::fs::read(&model).unwrap(),
        std::fs::read(&refit).unwrap(),
        "a refit from the printed configuration differs"
    );

    let score = |out: &Path| {
        ok(&swan(
            &cache,
            &common::score_test_split(&model, &data_arg, out),
        ));
        std::fs::read_to_string(out).unwrap()
    };
    let a = score(&tmp.path().join("a.json"));
    let b = score(&tmp.path().join("b.json"));
    assert_eq!(a, b, "scores of a saved model are deterministic");
    assert!(a.contains("stripes") && a.contains("blobs"));

    // One stage scored with k-Cos: each score is the angle to the training image it names; an
    // ensemble of stages has no one nearest image and says so.
    let single = tmp.path().join("nsa4.safetensors");
    let mut args = common::args(
        "fit --class blobs --layers 4",
        &["--data", &data_arg, "--out", single.to_str().unwrap()],
    );
    args.extend_from_slice(TINY);
    ok(&swan(&cache, &args));
    let named = ok(&swan(
        &cache,
        &common::args(
            "score --split test --neighbours 1",
            &["--model", single.to_str().unwrap(), "--data", &data_arg],
        ),
    ));
    for row in named.lines().skip(1) {
        let f: Vec<&str> = row.split(',').collect();
        let (score, angle): (f32, f32) = (f[1].parse().unwrap(), f[6].parse().unwrap());
        assert!((score - angle).abs() < 1e-5, "{row}");
        assert!(f[5].starts_with("train/blobs/"), "{row}");
    }
    let msg = common::err(&swan(
        &cache,
        &common::args(
            "score --neighbours 1",
            &["--model", model.to_str().unwrap(), "--data", &data_arg],
        ),
    ));
    assert!(msg.contains("no one nearest training image"), "{msg}");

    // Interrupted after one epoch, then resumed: the same model as one uninterrupted fit.
    let split_dir = tmp.path().join("split-run");
    let resumed = tmp.path().join("resumed.safetensors");
    let out = fit(&resumed, &split_dir, &["--stop-after", "1"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--resume"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ok(&fit(&resumed, &split_dir, &["--resume"]));
    assert_eq!(
        std::fs::read(&model).unwrap(),
        std::fs::read(&resumed).unwrap(),
        "resumed model file differs from the uninterrupted one"
    );

    // The finished run rescored on the raw embeddings: no training (the log keeps its three
    // epochs), another scorer state, and the switch recorded in the model's configuration.
    let raw = tmp.path().join("raw.safetensors");
    ok(&fit(
        &raw,
        &train_dir,
        &["--resume", "--score-normalized", "false"],
    ));
    let log = std::fs::read_to_string(train_dir.join("fit.log.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 3, "{log}");
    assert_ne!(std::fs::read(&model).unwrap(), std::fs::read(&raw).unwrap());
    let printed = ok(&swan(&cache, &["inspect", raw.to_str().unwrap()]));
    assert!(printed.contains("score_normalized = false"), "{printed}");

    // --antialias reaches NSA's own resize (40 px images to 16 px): recorded in the model's
    // configuration, and another model.
    let aa = tmp.path().join("aa.safetensors");
    ok(&fit(&aa, &tmp.path().join("aa-run"), &["--antialias"]));
    let printed = ok(&swan(&cache, &["inspect", aa.to_str().unwrap()]));
    assert!(printed.contains("antialias = true"), "{printed}");
    assert!(!ok(&swan(&cache, &["inspect", &paths[0]])).contains("antialias"));
    assert_ne!(std::fs::read(&model).unwrap(), std::fs::read(&aa).unwrap());
}

#[test]
fn nsa_eval_with_pollution_needs_no_pretrained_weights() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 24, 8);
    let data_arg = format!("folder:{}", data.display());
    let out = tmp.path().join("r.json");
    let mut args = vec![
        "eval",
        "--data",
        &data_arg,
        "--protocol",
        "pollution",
        "--pollution",
        "0.1",
        "--scorer",
        "c-cos",
        "--layers",
        "3,4",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(TINY);
    let stdout = ok(&swan(&cache, &args));
    assert!(stdout.contains("nsa / pollution"), "{stdout}");
    let report = common::read_json(&out);
    assert_eq!(report["splits"].as_array().unwrap().len(), 2);
    assert!(report["encoder"].is_null());
    assert!(report["splits"][0]["n_polluted"].as_u64().unwrap() >= 1);
    for s in report["splits"].as_array().unwrap() {
        let auroc = s["auroc"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&auroc));
        // The ensemble's stages are measured beside it.
        let stages: Vec<&str> = s["components"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(stages, ["stage3", "stage4"], "{s}");
    }
    assert!(
        stdout.contains("score terms, mean AUROC: stage3 "),
        "{stdout}"
    );
}

#[test]
fn nsa_eval_over_seeds_keeps_each_seeds_training_runs_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 16, 4);
    let data_arg = format!("folder:{}", data.display());
    let (out, runs) = (tmp.path().join("r.json"), tmp.path().join("runs"));
    let mut args = vec![
        "eval",
        "--data",
        &data_arg,
        "--only-splits",
        "blobs",
        "--seeds",
        "1,2",
        "--train-dir",
        runs.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    // TINY without its --seed.
    args.extend_from_slice(&TINY[..TINY.len() - 2]);
    let stdout = ok(&swan(&cache, &args));
    assert!(
        stdout.contains("seeds 1, 2: mean ± sd over seeds"),
        "{stdout}"
    );
    for seed in [1, 2] {
        let dir = runs.join(format!("seed{seed}"));
        assert!(dir.join("blobs.ckpt.safetensors").exists(), "{dir:?}");
        assert_eq!(
            std::fs::read_to_string(dir.join("blobs.log.jsonl"))
                .unwrap()
                .lines()
                .count(),
            3
        );
        let report = common::read_json(&tmp.path().join(format!("r.seed{seed}.json")));
        assert_eq!(report["seed"], seed);
    }
    let summary = common::read_json(&out);
    assert_eq!(
        summary["splits"][0]["metrics"]["auroc"]["seeds"],
        serde_json::json!([1, 2])
    );
}

#[test]
fn nsa_flags_are_refused_for_other_methods() {
    let tmp = tempfile::tempdir().unwrap();
    let out = swan(
        tmp.path(),
        &common::args(
            "fit --data folder:/nonexistent --method dn2 --epochs 3",
            &[],
        ),
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("apply to --method nsa"), "{stderr}");
}

/// Ctrl-C stops a long run at once with status 130, says so, and leaves no temporary file:
/// the finished checkpoint stays, the model file never appears.
#[cfg(unix)]
#[test]
fn an_interrupted_fit_stops_with_status_130_and_leaves_no_temporary_files() {
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 24, 1);
    let data_arg = format!("folder:{}", data.display());
    let (model, runs) = (tmp.path().join("nsa.safetensors"), tmp.path().join("runs"));
    let mut args = vec![
        "fit",
        "--data",
        &data_arg,
        "--out",
        model.to_str().unwrap(),
        "--train-dir",
        runs.to_str().unwrap(),
        "--epochs",
        "100000",
    ];
    // TINY without its epoch count.
    let epochs = TINY.iter().position(|a| *a == "--epochs").unwrap();
    args.extend(TINY[..epochs].iter().chain(&TINY[epochs + 2..]));
    let child = Command::new(env!("CARGO_BIN_EXE_swan"))
        .args(&args)
        .args(["--no-progress", "--threads", "2"])
        .env("SWAN_CACHE", &cache)
        .env("SWAN_LITE0_WEIGHTS", cache.join("no-such-weights.pth"))
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once the first epoch is logged (its checkpoint is then written).
    let log = runs.join("fit.log.jsonl");
    let start = std::time::Instant::now();
    while !std::fs::read_to_string(&log).is_ok_and(|l| l.lines().count() >= 2) {
        assert!(start.elapsed().as_secs() < 120, "no epoch logged in 120 s");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(
        stderr.contains("checkpoints are kept in") && stderr.contains("--resume"),
        "{stderr}"
    );
    assert!(!model.exists());
    let left: Vec<String> = std::fs::read_dir(&runs)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|n| !n.ends_with(".tmp")), "{left:?}");
    assert!(
        left.contains(&"fit.ckpt.safetensors".to_string()),
        "{left:?}"
    );
}
