//! The `swan` binary on small data the tests create (and, when installed, Fashion-MNIST).
//!
//! Needs the EfficientNet-Lite0 checkpoint (`swan weights fetch`, or `$SWAN_LITE0_WEIGHTS`);
//! `.ci/run` provides it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn weights() -> PathBuf {
    let p = swan_encoder::efficientnet_lite::default_lite0_weights_path();
    assert!(
        p.exists(),
        "weights missing at {}: run `swan weights fetch`",
        p.display()
    );
    p
}

mod common;
use common::{err, make_folder_dataset, ok};

/// Runs swan with a private cache folder (the weights come from the default location).
fn swan(cache: &Path, args: &[&str]) -> Output {
    common::swan_with(cache, None, args)
}

fn weights_arg() -> String {
    weights().display().to_string()
}

#[test]
fn fit_then_score_writes_a_model_and_deterministic_scores() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 8, 4);
    let spec = format!("folder:{}", data.display());
    let model = tmp.path().join("m.safetensors");
    let w = weights_arg();
    ok(&swan(
        &cache,
        &common::args(
            "fit --class stripes --image-size 32 --k 2",
            &[
                "--data",
                &spec,
                "--weights",
                &w,
                "--out",
                model.to_str().unwrap(),
            ],
        ),
    ));
    assert!(model.exists());

    let csv1 = tmp.path().join("s1.csv");
    let csv2 = tmp.path().join("s2.csv");
    ok(&swan(
        &cache,
        &common::score_test_split(&model, &spec, &csv1),
    ));
    // Second run without the feature cache: same scores.
    let mut uncached = common::score_test_split(&model, &spec, &csv2);
    uncached.push("--no-cache");
    ok(&swan(&cache, &uncached));
    let (a, b) = (
        std::fs::read_to_string(&csv1).unwrap(),
        std::fs::read_to_string(&csv2).unwrap(),
    );
    assert_eq!(a, b, "scores differ between runs");
    let rows: Vec<&str> = a.lines().collect();
    assert_eq!(rows[0], "id,score,class,label,split");

    // A decision at 10 % false alarms on new normals, from held-out normals (all 24 images,
    // their labels unknown), with the HTML page of the scores.
    let decided = tmp.path().join("decided.csv");
    let page = tmp.path().join("scores.html");
    let calibrated = swan(
        &cache,
        &common::args(
            "score --split test --threshold-fpr 0.1 --report-images 3",
            &[
                "--model",
                model.to_str().unwrap(),
                "--data",
                &spec,
                "--holdout-data",
                &format!("folder:{}", data.join("train").join("..").display()),
                "--out",
                decided.to_str().unwrap(),
                "--report",
                page.to_str().unwrap(),
            ],
        ),
    );
    ok(&calibrated);
    let decided = std::fs::read_to_string(&decided).unwrap();
    // The threshold it printed, given as --threshold, makes the same decisions.
    let stderr = String::from_utf8_lossy(&calibrated.stderr);
    let threshold = stderr
        .split("threshold ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no threshold in\n{stderr}"));
    assert!(stderr.contains(&format!("--threshold {threshold} applies it again")));
    let model_arg = model.to_str().unwrap();
    let again = ok(&swan(
        &cache,
        &common::args(
            "score --split test",
            &common::args(
                "",
                &[
                    "--model",
                    model_arg,
                    "--data",
                    &spec,
                    "--threshold",
                    threshold,
                ],
            ),
        ),
    ));
    // (The held-out normals also gave each score a p-value, a column --threshold alone lacks.)
    let without_p_values: String = decided
        .lines()
        .map(|l| {
            let mut f: Vec<&str> = l.split(',').collect();
            f.remove(2);
            f.join(",") + "\n"
        })
        .collect();
    assert!(
        decided.starts_with("id,score,p_value,anomalous,"),
        "{decided}"
    );
    assert_eq!(again, without_p_values);
    // Each score named by the training images it is the distance to: DN2's score with k = 2
    // is the mean distance to the two nearest, which are training stripes.
    let named = ok(&swan(
        &cache,
        &common::args(
            "score --split test --neighbours 2",
            &["--model", model_arg, "--data", &spec],
        ),
    ));
    let mut lines = named.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,score,class,label,split,neighbour_1,distance_1,neighbour_2,distance_2"
    );
    for row in lines {
        let f: Vec<&str> = row.split(',').collect();
        let num = |i: usize| f[i].parse::<f32>().unwrap();
        assert!(f[5].starts_with("train/stripes/") && f[7].starts_with("train/stripes/"));
        assert!(num(6) <= num(8), "{row}");
        let mean = 0.5 * (num(6) + num(8));
        assert!((mean - num(1)).abs() <= 1e-4 * num(1).max(1.0), "{row}");
    }
    let page = std::fs::read_to_string(&page).unwrap();
    let flagged = decided
        .lines()
        .skip(1)
        .filter(|r| r.split(',').nth(3) == Some("1"));
    assert!(page.contains(&format!("<b>{}</b> flagged anomalous", flagged.count())));
    assert!(page.contains("<b>8</b> images scored") && page.contains("stroke-dasharray"));
    assert!(page.contains("<b>encoder</b> efficientnet-lite0 at 32 px, tap pooled"));
    // The held-out normals give each image in the galleries its p-value.
    assert!(page.contains("p-value 0."), "{page}");
    // The highest-scored test image heads the first gallery, with its thumbnail.
    let top = decided
        .lines()
        .skip(1)
        .max_by(|a, b| {
            let score = |r: &str| r.split(',').nth(1).unwrap().parse::<f32>().unwrap();
            score(a).total_cmp(&score(b))
        })
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    let at = |text: &str| {
        page.find(text)
            .unwrap_or_else(|| panic!("{text} not in the page"))
    };
    let first_figure = at("Highest scores") + page[at("Highest scores")..].find("alt=").unwrap();
    assert_eq!(
        first_figure,
        at(&format!("alt=\"{top}\" src=\"data:image/png;base64,"))
    );
    assert_eq!(page.matches("<figure>").count(), 6, "3 highest + 3 lowest");
    assert_eq!(rows.len(), 1 + 8);

    // The same test images copied into one flat folder (no class subfolders) score the same.
    let flat = tmp.path().join("flat");
    std::fs::create_dir_all(&flat).unwrap();
    let mut expected = Vec::new();
    for row in &rows[1..] {
        let (id, score) = row.split_once(',').unwrap();
        let name = id.replace('/', "_");
        std::fs::copy(data.join(id), flat.join(&name)).unwrap();
        expected.push((name, score.split(',').next().unwrap().to_string()));
    }
    expected.sort();
    let flat_csv = tmp.path().join("flat.csv");
    ok(&swan(
        &cache,
        &common::args(
            "score",
            &[
                "--model",
                model.to_str().unwrap(),
                "--data",
                &format!("folder:{}", flat.display()),
                "--out",
                flat_csv.to_str().unwrap(),
            ],
        ),
    ));
    let mut got: Vec<(String, String)> = std::fs::read_to_string(&flat_csv)
        .unwrap()
        .lines()
        .skip(1)
        .map(|r| {
            let f: Vec<&str> = r.split(',').collect();
            assert_eq!(f[2], "", "a flat folder gives no class: {r}");
            (f[0].to_string(), f[1].to_string())
        })
        .collect();
    got.sort();
    assert_eq!(got, expected);

    // A folder in which no image can be read fails, listing the files, and writes no CSV.
    let damaged = tmp.path().join("damaged");
    std::fs::create_dir_all(&damaged).unwrap();
    std::fs::write(damaged.join("a.png"), b"not a png").unwrap();
    std::fs::write(damaged.join("b.jpg"), b"").unwrap();
    let none_csv = tmp.path().join("none.csv");
    let e = err(&swan(
        &cache,
        &common::args(
            "score",
            &[
                "--model",
                model.to_str().unwrap(),
                "--data",
                &format!("folder:{}", damaged.display()),
                "--out",
                none_csv.to_str().unwrap(),
            ],
        ),
    ));
    assert!(e.contains("none of the 2 images could be read"), "{e}");
    assert!(e.contains("a.png") && e.contains("b.jpg"), "{e}");
    assert!(!none_csv.exists());
    let none_features = tmp.path().join("none.safetensors");
    let e = err(&swan(
        &cache,
        &common::args(
            "features --image-size 32",
            &[
                "--data",
                &format!("folder:{}", damaged.display()),
                "--weights",
                &w,
                "--out",
                none_features.to_str().unwrap(),
            ],
        ),
    ));
    assert!(e.contains("none of the 2 images could be read"), "{e}");
    assert!(!none_features.exists());

    // Stripes are normal: their mean score is below the blobs'.
    let mean = |class: &str| {
        let v: Vec<f32> = rows[1..]
            .iter()
            .filter(|r| r.split(',').nth(2) == Some(class))
            .map(|r| r.split(',').nth(1).unwrap().parse().unwrap())
            .collect();
        v.iter().sum::<f32>() / v.len() as f32
    };
    assert!(
        mean("stripes") < mean("blobs"),
        "stripes {} blobs {}",
        mean("stripes"),
        mean("blobs")
    );
}

/// `swan fit --max-train N` trains on the first N images of each class: with k = 1 exactly
/// those score 0 (each is its own nearest neighbour) among the training images.
#[test]
fn fit_max_train_keeps_the_first_images_of_each_class() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 5, 1); // five distinct images per class
    let spec = format!("folder:{}", data.display());
    let w = weights_arg();
    let model = tmp.path().join("m.safetensors");
    let fitted = swan(
        &cache,
        &common::args(
            "fit --image-size 32 --k 1 --max-train 3",
            &[
                "--data",
                &spec,
                "--weights",
                &w,
                "--out",
                model.to_str().unwrap(),
            ],
        ),
    );
    ok(&fitted);
    let said = String::from_utf8_lossy(&fitted.stderr);
    assert!(said.contains("on 6 images"), "{said}");
    let csv = tmp.path().join("s.csv");
    ok(&swan(
        &cache,
        &common::score_model(
            &model,
            &spec,
            &["--split", "train", "--out", csv.to_str().unwrap()],
        ),
    ));
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut zero: Vec<String> = text
        .lines()
        .skip(1)
        .filter(|r| r.split(',').nth(1) == Some("0"))
        .map(|r| r.split(',').next().unwrap().to_string())
        .collect();
    zero.sort();
    let want: Vec<String> = ["blobs", "stripes"]
        .iter()
        .flat_map(|c| (0..3).map(move |i| format!("train/{c}/{i:03}.png")))
        .collect();
    assert_eq!(zero, want, "{text}");
    let e = err(&swan(
        &cache,
        &common::args("fit --max-train 0", &["--data", &spec]),
    ));
    assert!(e.contains("must be at least 1"), "{e}");
}

#[test]
fn antialias_is_recorded_in_the_model_and_used_again_when_scoring() {
    // 40 px images fitted at 32 px: the antialiased and the plain resize give different
    // inputs, and a model must score its own training images as it embedded them (k = 1:
    // distance 0 to themselves).
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 6, 2);
    let spec = format!("folder:{}", data.display());
    let w = weights_arg();
    let mut blobs = Vec::new();
    for antialias in [true, false] {
        let model = tmp.path().join(format!("m-{antialias}.safetensors"));
        let csv = tmp.path().join(format!("s-{antialias}.csv"));
        let mut fit = vec![
            "fit",
            "--data",
            &spec,
            "--class",
            "stripes",
            "--weights",
            &w,
            "--image-size",
            "32",
            "--k",
            "1",
            "--out",
            model.to_str().unwrap(),
        ];
        if antialias {
            fit.push("--antialias");
        }
        ok(&swan(&cache, &fit));
        let inspect = ok(&swan(&cache, &["inspect", model.to_str().unwrap()]));
        assert_eq!(
            inspect.contains("32 px (antialiased)"),
            antialias,
            "{inspect}"
        );
        ok(&swan(
            &cache,
            &common::args(
                "score --split train",
                &[
                    "--model",
                    model.to_str().unwrap(),
                    "--data",
                    &spec,
                    "--out",
                    csv.to_str().unwrap(),
                ],
            ),
        ));
        let text = std::fs::read_to_string(&csv).unwrap();
        let scores = |class: &str| -> Vec<f32> {
            text.lines()
                .skip(1)
                .filter(|r| r.split(',').nth(2) == Some(class))
                .map(|r| r.split(',').nth(1).unwrap().parse().unwrap())
                .collect()
        };
        assert!(scores("stripes").iter().all(|&v| v == 0.0), "{text}");
        blobs.push(scores("blobs"));
    }
    assert_ne!(
        blobs[0], blobs[1],
        "the filter changes the embedding of 40 px images"
    );
}

#[test]
fn eval_one_vs_rest_writes_the_results_layout_and_skips_corrupt_images() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 6, 4);
    // A truncated PNG and a text file named .png in the test split.
    let good = std::fs::read(data.join("test/blobs/000.png")).unwrap();
    std::fs::write(data.join("test/blobs/cut.png"), &good[..good.len() / 3]).unwrap();
    std::fs::write(data.join("test/stripes/junk.png"), b"not a png").unwrap();
    let out = tmp.path().join("r.json");
    let w = weights_arg();
    let stdout = ok(&swan(
        &cache,
        &common::args(
            "eval --method dn2 --protocol one-vs-rest --backbone efficientnet-lite0 --image-size 32 --k 2",
            &[
                "--data",
                &format!("folder:{}", data.display()),
                "--weights",
                &w,
                "--out",
                out.to_str().unwrap(),
            ],
        ),
    ));
    assert!(stdout.contains("mean"), "{stdout}");
    let r = common::read_json(&out);
    let splits = r["splits"].as_array().unwrap();
    assert_eq!(splits.len(), 2);
    for s in splits {
        let (auroc, ap) = (s["auroc"].as_f64().unwrap(), s["ap"].as_f64().unwrap());
        assert!((0.0..=1.0).contains(&auroc) && (0.0..=1.0).contains(&ap));
        assert!(s["name"].is_string());
        assert_eq!(s["n_test"], 8, "corrupt images are left out of the metrics");
    }
    assert!(
        r["mean"]["auroc"].as_f64().unwrap() > 0.9,
        "two easy classes: {}",
        r["mean"]
    );
    let skipped: Vec<&str> = r["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped.iter().any(|s| s.ends_with("cut.png"))
            && skipped.iter().any(|s| s.ends_with("junk.png"))
    );
    assert_eq!(r["seed"], 0);
    assert!(r["encoder"]["weights_digest"].as_str().unwrap().len() == 64);

    // The HTML report beside it: self-contained charts and thumbnails.
    let html = std::fs::read_to_string(out.with_extension("html")).unwrap();
    assert!(
        html.contains("<svg") && html.contains("data:image/png;base64,"),
        "report lacks charts or images"
    );
    assert!(
        html.contains("Worst false alarms") && !html.contains("http://")
            || html.contains("http://www.w3.org/2000/svg")
    );
    // Split membership, for audit.
    let ids = common::read_json(&out.with_extension("splits.json"));
    assert_eq!(ids["splits"][0]["train"].as_array().unwrap().len(), 6);

    // `swan inspect` on the folder: the report (not the splits file) in a few lines.
    let described = ok(&swan(
        &cache,
        &["inspect", out.parent().unwrap().to_str().unwrap()],
    ));
    for want in [
        "swan eval report, format 1",
        "method      dn2",
        "protocol    one-vs-rest",
        "splits      2",
        "mean (%)    ap ",
    ] {
        assert!(described.contains(want), "lacks {want:?}:\n{described}");
    }
    assert!(!described.contains("splits.json"), "{described}");
    // A file that is not there is named as missing, whatever its name says it would be.
    for name in ["gone.safetensors", "gone.npz", "gone.json"] {
        let missing = out.parent().unwrap().join(name);
        let e = err(&swan(&cache, &["inspect", missing.to_str().unwrap()]));
        assert!(
            e.contains(&format!("cannot read {}: No such file", missing.display()))
                && !e.contains("zip archive"),
            "{e}"
        );
    }
}

#[test]
fn eval_over_seeds_writes_each_seeds_report_and_the_spread_over_them() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 6, 3);
    let out = tmp.path().join("r.json");
    let (spec, w) = (format!("folder:{}", data.display()), weights_arg());
    let args = |extra: &[&str]| {
        let mut a = vec![
            "eval",
            "--method",
            "dn2",
            "--data",
            &spec,
            "--protocol",
            "pollution",
            "--pollution",
            "0.34",
            "--weights",
            &w,
            "--image-size",
            "32",
            "--k",
            "1",
            "--out",
            out.to_str().unwrap(),
        ];
        a.extend_from_slice(extra);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run = |extra: &[&str]| {
        let a = args(extra);
        swan(&cache, &a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let stdout = ok(&run(&["--seeds", "4,9"]));
    assert!(
        stdout.contains("seeds 4, 9: mean ± sd over seeds"),
        "{stdout}"
    );
    let summary = common::read_json(&out);
    assert_eq!(summary["seeds"], serde_json::json!([4, 9]));
    let per_seed: Vec<serde_json::Value> = [4, 9]
        .iter()
        .map(|s| {
            let path = tmp.path().join(format!("r.seed{s}.json"));
            assert_eq!(
                summary["reports"][if *s == 4 { 0 } else { 1 }],
                path.to_str().unwrap()
            );
            let r = common::read_json(&path);
            assert_eq!(r["seed"], *s);
            assert!(tmp.path().join(format!("r.seed{s}.html")).exists());
            r
        })
        .collect();
    // Every split's values are the per-seed reports' own, and the spread is theirs.
    for (i, split) in summary["splits"].as_array().unwrap().iter().enumerate() {
        let auroc = &split["metrics"]["auroc"];
        let values: Vec<f64> = per_seed
            .iter()
            .map(|r| r["splits"][i]["auroc"].as_f64().unwrap())
            .collect();
        assert_eq!(split["name"], per_seed[0]["splits"][i]["name"]);
        assert_eq!(auroc["values"], serde_json::json!(values));
        let mean = (values[0] + values[1]) / 2.0;
        let sd = (values[0] - values[1]).abs() / 2f64.sqrt();
        assert!((auroc["mean"].as_f64().unwrap() - mean).abs() < 1e-12);
        assert!((auroc["sd"].as_f64().unwrap() - sd).abs() < 1e-12);
    }
    let means: Vec<f64> = per_seed
        .iter()
        .map(|r| r["mean"]["ap"].as_f64().unwrap())
        .collect();
    assert_eq!(summary["mean"]["ap"]["values"], serde_json::json!(means));
    let described = ok(&swan(&cache, &["inspect", out.to_str().unwrap()]));
    assert!(
        described.contains("swan eval summary over seeds")
            && described.contains("seeds       4, 9"),
        "{described}"
    );

    // `swan compare`: the summary against one seed's own report pairs seed 9 with itself
    // (differences 0 on every split), and against the other seed's report alone, seed 4
    // with seed 4.
    let compared = ok(&swan(
        &cache,
        &common::args(
            "",
            &[
                "compare",
                out.to_str().unwrap(),
                tmp.path().join("r.seed9.json").to_str().unwrap(),
                "--out",
                tmp.path().join("cmp.json").to_str().unwrap(),
            ],
        ),
    ));
    assert!(compared.contains("Δ AUROC"), "{compared}");
    let cmp = common::read_json(&tmp.path().join("cmp.json"));
    for split in cmp["splits"].as_array().unwrap() {
        assert_eq!(
            split["metrics"]["auroc"]["pairs"],
            serde_json::json!([[9, 9]])
        );
        assert_eq!(split["metrics"]["auroc"]["mean"], 0.0);
    }
    let seed4 = tmp.path().join("r.seed4.json");
    let compared = ok(&swan(
        &cache,
        &["compare", seed4.to_str().unwrap(), out.to_str().unwrap()],
    ));
    assert!(
        compared.lines().last().unwrap().starts_with("mean"),
        "{compared}"
    );
    let not_a_report = tmp.path().join("r.seed4.splits.json");
    assert!(
        err(&swan(
            &cache,
            &[
                "compare",
                not_a_report.to_str().unwrap(),
                out.to_str().unwrap()
            ]
        ))
        .contains("not a swan eval report")
    );

    assert!(err(&run(&["--seeds", "1,1"])).contains("seed 1 is given twice"));
    assert!(err(&run(&["--seeds", "1,2", "--seed", "3"])).contains("--seed"));
}

#[test]
fn eval_resume_reuses_the_finished_splits_of_an_interrupted_run() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 6, 3);
    // A third class with one training image: with k = 3 its split fails to fit, after the
    // splits of blobs and stripes have finished.
    for (split, n) in [("train", 1), ("test", 2)] {
        let dir = data.join(split).join("tiny");
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..n {
            std::fs::copy(
                data.join("train/blobs/000.png"),
                dir.join(format!("{i}.png")),
            )
            .unwrap();
        }
    }
    let (w, data_arg) = (weights_arg(), format!("folder:{}", data.display()));
    let eval = |out: &Path, k: &str, extra: &[&str]| {
        let mut args = vec![
            "eval",
            "--method",
            "dn2",
            "--data",
            &data_arg,
            "--weights",
            &w,
            "--image-size",
            "32",
            "--k",
            k,
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        swan(&cache, &args)
    };
    let out = tmp.path().join("r.json");
    let partial = tmp.path().join("r.partial.json");
    let stderr = err(&eval(&out, "3", &[]));
    assert!(stderr.contains("fitting split tiny"), "{stderr}");
    assert!(
        stderr.contains("(blobs, stripes) are saved in") && stderr.contains("--resume"),
        "{stderr}"
    );
    assert!(!out.exists(), "no report for a failed evaluation");
    let saved = common::read_json(&partial);
    assert_eq!(saved["splits"].as_array().unwrap().len(), 2);
    let described = ok(&swan(&cache, &["inspect", partial.to_str().unwrap()]));
    for want in [
        "swan eval partial report",
        "method      dn2",
        "protocol    one-vs-rest",
        "finished    2: blobs (AUROC ",
    ] {
        assert!(described.contains(want), "lacks {want:?}:\n{described}");
    }

    // The same evaluation without --resume says what it could reuse.
    let stderr = err(&eval(&out, "3", &[]));
    assert!(stderr.contains("add --resume to reuse them"), "{stderr}");
    // Another evaluation does not reuse them, and says what differs (its --resume may be
    // meant for training checkpoints alone); its own splits then replace them.
    let stderr = err(&eval(&out, "2", &["--resume"]));
    assert!(
        stderr.contains("different evaluation (method differ); none is reused"),
        "{stderr}"
    );
    assert_eq!(common::read_json(&partial)["key"]["method"]["k"], 2);
    err(&eval(&out, "3", &[]));

    // Resumed on the splits that finished: nothing recomputed, the partial file gone.
    let stdout = ok(&eval(
        &out,
        "3",
        &["--resume", "--only-splits", "blobs,stripes"],
    ));
    assert!(stdout.contains("mean"), "{stdout}");
    let resumed = common::read_json(&out);
    assert_eq!(resumed["resumed"], serde_json::json!(["blobs", "stripes"]));
    assert!(!partial.exists(), "the partial file outlived its report");

    // The same numbers as an uninterrupted run of those splits, which records no reuse.
    let fresh_out = tmp.path().join("fresh.json");
    ok(&eval(&fresh_out, "3", &["--only-splits", "blobs,stripes"]));
    let fresh = common::read_json(&fresh_out);
    assert!(fresh.get("resumed").is_none());
    for (a, b) in resumed["splits"]
        .as_array()
        .unwrap()
        .iter()
        .zip(fresh["splits"].as_array().unwrap())
    {
        assert_eq!(a["name"], b["name"]);
        assert_eq!(a["auroc"], b["auroc"]);
        assert_eq!(a["ap"], b["ap"]);
        assert!(b["seconds"].as_f64().unwrap() >= 0.0);
    }
    assert!(!tmp.path().join("fresh.partial.json").exists());
}

/// A list longer than a part (4096 images) is embedded and written a part at a time: every
/// readable image has its row, in order, whichever part it is in; the cache and `--no-cache`
/// agree to the byte.
#[test]
fn a_features_file_longer_than_a_part_keeps_every_row_in_order() {
    use swan_encoder::import::safetensors::{read_safetensors_header, read_safetensors_path};
    let tmp = tempfile::tempdir().unwrap();
    let (cache, imgs) = (tmp.path().join("cache"), tmp.path().join("imgs"));
    std::fs::create_dir_all(&imgs).unwrap();
    for i in 0..4100u32 {
        let img = image::GrayImage::from_fn(8, 8, |x, y| {
            image::Luma([((x * 31 + y * 17 + i * 7) % 251) as u8])
        });
        img.save(imgs.join(format!("{i:05}.png"))).unwrap();
    }
    // Unreadable: one image in each part.
    for i in [5u32, 4097] {
        std::fs::write(imgs.join(format!("{i:05}.png")), b"damaged").unwrap();
    }
    let w = weights_arg();
    let features = |dir: &Path, out: &Path, extra: &[&str]| {
        let mut args = vec![
            "features",
            "--data",
            dir.to_str().unwrap(),
            "--weights",
            &w,
            "--image-size",
            "32",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let run = swan(&cache, &args);
        ok(&run);
        String::from_utf8_lossy(&run.stderr).into_owned()
    };
    let (cold, warm) = (
        tmp.path().join("cold.safetensors"),
        tmp.path().join("warm.safetensors"),
    );
    let log = features(&imgs, &cold, &["--no-cache"]);
    assert!(
        log.contains("wrote 4098 rows") && log.contains("skipped 2"),
        "{log}"
    );
    features(&imgs, &warm, &[]); // fills the cache
    features(&imgs, &warm, &[]); // reads it back, part by part
    assert_eq!(std::fs::read(&cold).unwrap(), std::fs::read(&warm).unwrap());
    let header = read_safetensors_header(&cold).unwrap();
    let meta: serde_json::Value =
        serde_json::from_str(&header.metadata["swan-features-file"]).unwrap();
    let ids: Vec<&str> = meta["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let want: Vec<String> = (0..4100)
        .filter(|i| ![5, 4097].contains(i))
        .map(|i| format!("{i:05}.png"))
        .collect();
    assert_eq!(ids, want);
    // The last part's rows belong to its images: the same three images embedded alone (one
    // batch, as in the long list) give the same rows, to the bit.
    let tail = tmp.path().join("tail");
    std::fs::create_dir_all(&tail).unwrap();
    for i in [4096, 4098, 4099] {
        let name = format!("{i:05}.png");
        std::fs::copy(imgs.join(&name), tail.join(&name)).unwrap();
    }
    let alone = tmp.path().join("tail.safetensors");
    features(&tail, &alone, &["--no-cache"]);
    let rows = |p: &Path| {
        read_safetensors_path(p)
            .unwrap()
            .remove("features.pooled")
            .unwrap()
    };
    let (all, last) = (rows(&cold), rows(&alone));
    assert_eq!(all.shape, [4098, 1280]);
    assert_eq!(last.shape, [3, 1280]);
    assert_eq!(all.data[4095 * 1280..], last.data[..]);
}

#[test]
fn features_files_feed_every_scorer_and_thresholds() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 12, 4);
    let spec = format!("folder:{}", data.display());
    let w = weights_arg();
    let (train, test) = (
        tmp.path().join("train.safetensors"),
        tmp.path().join("test.safetensors"),
    );
    ok(&swan(
        &cache,
        &common::args(
            "features --split train --class stripes --image-size 32 --taps pooled,block15",
            &[
                "--data",
                &spec,
                "--weights",
                &w,
                "--out",
                train.to_str().unwrap(),
            ],
        ),
    ));
    // The test split, as safetensors and as a NumPy `.npz` (it carries the encoder, so it
    // may be scored against the safetensors training file): both give the same CSV.
    let test_npz = tmp.path().join("test.npz");
    for out in [&test, &test_npz] {
        ok(&swan(
            &cache,
            &common::args(
                "features --split test --image-size 32 --taps pooled,block15",
                &[
                    "--data",
                    &spec,
                    "--weights",
                    &w,
                    "--out",
                    out.to_str().unwrap(),
                ],
            ),
        ));
    }
    let scored = |query: &Path| {
        let q = query.to_str().unwrap();
        let t = train.to_str().unwrap();
        ok(&swan(
            &cache,
            &["score", "--features", t, "--query", q, "--tap", "block15"],
        ))
    };
    let csv = scored(&test);
    assert_eq!(csv.lines().count(), 1 + 8, "{csv}");
    assert_eq!(csv, scored(&test_npz));
    // The training rows a knn score is the distance to, named by the features file's ids:
    // scoring the training file against itself, each row's nearest is a row at distance 0 —
    // itself, or its twin (stripes i and i + 8 are the same image).
    let t = train.to_str().unwrap();
    let named = ok(&swan(
        &cache,
        &common::args(
            "score --k 1 --neighbours 1",
            &["--features", t, "--query", t],
        ),
    ));
    for row in named.lines().skip(1) {
        let f: Vec<&str> = row.split(',').collect();
        let twin = |id: &str| {
            let i: u32 = id["train/stripes/".len()..][..3].parse().unwrap();
            format!("train/stripes/{:03}.png", (i + 8) % 16)
        };
        assert!(f[5] == f[0] || f[5] == twin(f[0]), "{row}");
        assert_eq!(f[6].parse::<f32>().unwrap(), 0.0, "{row}");
    }
    let msg = err(&swan(
        &cache,
        &common::args(
            "score --scorer mahalanobis --neighbours 1",
            &["--features", t, "--query", t],
        ),
    ));
    assert!(msg.contains("give --scorer knn"), "{msg}");
    // Every scorer the registry names, so a new one is covered here too.
    for &scorer in swan_score::ScorerConfig::NAMES {
        let csv = tmp.path().join(format!("{scorer}.csv"));
        let saved = tmp.path().join(format!("{scorer}.scorer"));
        let mut args = vec![
            "score",
            "--features",
            train.to_str().unwrap(),
            "--query",
            test.to_str().unwrap(),
            "--scorer",
            scorer,
            "--save-scorer",
            saved.to_str().unwrap(),
            "--out",
            csv.to_str().unwrap(),
        ];
        if scorer == "lof" {
            args.extend(["--k", "5"]);
        }
        ok(&swan(&cache, &args));
        let rows = std::fs::read_to_string(&csv).unwrap();
        assert_eq!(rows.lines().count(), 1 + 8, "{scorer}");
        // The saved scorer gives the same scores.
        let again = tmp.path().join(format!("{scorer}-again.csv"));
        ok(&swan(
            &cache,
            &common::args(
                "score",
                &[
                    "--load-scorer",
                    saved.to_str().unwrap(),
                    "--query",
                    test.to_str().unwrap(),
                    "--out",
                    again.to_str().unwrap(),
                ],
            ),
        ));
        assert_eq!(rows, std::fs::read_to_string(&again).unwrap(), "{scorer}");
    }
    // `swan inspect` describes a features file and a saved scorer from their headers.
    let described = ok(&swan(
        &cache,
        &[
            "inspect",
            test.to_str().unwrap(),
            tmp.path().join("ocsvm.scorer").to_str().unwrap(),
        ],
    ));
    for want in [
        "swan features file, format 1",
        "rows        8 — 2 classes: blobs (4), stripes (4)",
        "taps        \"pooled\", \"block15\"",
        "encoder     efficientnet-lite0, 32 px",
        "saved scorer, format 2",
        "layer 0     the first",
        "    scorer = \"ocsvm\"",
    ] {
        assert!(described.contains(want), "lacks {want:?}:\n{described}");
    }
    // A saved scorer of another format version, or a file that is not one, is refused with
    // what it is and which command writes it.
    let scorer_bytes = std::fs::read(tmp.path().join("ocsvm.scorer")).unwrap();
    let needle = b"format_version\\\":2";
    let at = scorer_bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("scorer header layout changed");
    let mut patched = scorer_bytes.clone();
    patched[at + needle.len() - 1] = b'9';
    let old_scorer = tmp.path().join("old.scorer");
    std::fs::write(&old_scorer, patched).unwrap();
    for (file, want) in [
        (
            old_scorer.to_str().unwrap(),
            "old.scorer: saved scorer format version 9, this swan reads version 2; write it \
             again with `swan score --save-scorer`",
        ),
        (
            test.to_str().unwrap(),
            "not a saved scorer (no `swan-scorer` header; saved scorers are written by \
             `swan score --save-scorer`)",
        ),
    ] {
        let out = swan(
            &cache,
            &common::args(
                "score",
                &["--load-scorer", file, "--query", test.to_str().unwrap()],
            ),
        );
        let e = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && e.contains(want), "{e}");
    }
    // The feature cache those runs filled: `swan inspect` says what each entry holds, and
    // `swan cache info` counts them.
    let entries = ok(&swan(
        &cache,
        &["inspect", cache.join("features").to_str().unwrap()],
    ));
    for want in [
        "feature cache entry",
        "images      8 (the first ",
        "features    1280 per image",
    ] {
        assert!(entries.contains(want), "lacks {want:?}:\n{entries}");
    }
    let info = ok(&swan(&cache, &["cache", "info"]));
    assert!(
        info.contains("features ") && !info.contains("features       0 files"),
        "{info}"
    );
    // --method-config is for model files only.
    let out = swan(
        &cache,
        &["inspect", "--method-config", test.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("needs a swan model file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A features file cut short is refused with the file and the flag named; a row holding a
    // NaN is skipped and named, and the other rows are scored as without it.
    let bytes = std::fs::read(&test).unwrap();
    let cut = tmp.path().join("cut.safetensors");
    std::fs::write(&cut, &bytes[..bytes.len() - 100]).unwrap();
    let nan = tmp.path().join("nan.safetensors");
    let mut patched = bytes.clone();
    let data_start = 8 + u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    patched[data_start..data_start + 4].copy_from_slice(&f32::NAN.to_le_bytes());
    std::fs::write(&nan, patched).unwrap();
    let score_query = |query: &Path, more: &[&str]| score_against(&cache, &train, query, more);
    let score_csv =
        |query: &Path, csv: &Path| score_query(query, &["--out", csv.to_str().unwrap()]);
    let (clean_csv, nan_csv) = (tmp.path().join("clean.csv"), tmp.path().join("nan.csv"));
    ok(&score_csv(&test, &clean_csv));
    let out = score_csv(&nan, &nan_csv);
    ok(&out);
    let said = String::from_utf8_lossy(&out.stderr);
    let clean = std::fs::read_to_string(&clean_csv).unwrap();
    let mut clean_rows: Vec<&str> = clean.lines().collect();
    let first = clean_rows.remove(1); // the header stays; row 0 is the one with the NaN
    let first_id = first.split(',').next().unwrap();
    assert!(
        said.contains(&format!(
            "skipped 1 of the {} rows of {} (--query) holding NaN or infinite values",
            clean_rows.len(),
            nan.display()
        )) && said.contains(&format!("  {first_id} (row 0)")),
        "{said}"
    );
    assert_eq!(
        std::fs::read_to_string(&nan_csv)
            .unwrap()
            .lines()
            .collect::<Vec<_>>(),
        clean_rows
    );
    // A file whose every row holds one is refused.
    let all_nan = tmp.path().join("all-nan.npy");
    std::fs::write(
        &all_nan,
        npy_f32(2, 2, &[f32::NAN, 1.0, 2.0, f32::INFINITY]),
    )
    .unwrap();
    for (query, want) in [
        (&cut, "reading the --query embeddings: "),
        (
            &all_nan,
            "every one of its 2 rows holds NaN or infinite values",
        ),
    ] {
        let out = score_query(query, &[]);
        let e = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && e.contains(want), "{e}");
        assert!(
            e.contains(query.file_name().unwrap().to_str().unwrap()),
            "{e}"
        );
    }
    let e = String::from_utf8_lossy(
        &swan(
            &cache,
            &common::args(
                "score",
                &[
                    "--features",
                    cut.to_str().unwrap(),
                    "--query",
                    test.to_str().unwrap(),
                ],
            ),
        )
        .stderr,
    )
    .into_owned();
    assert!(e.contains("cut-short swan features file"), "{e}");

    // Two taps: the multi-layer ensemble; normals stay below anomalies.
    let csv = tmp.path().join("ensemble.csv");
    ok(&swan(
        &cache,
        &common::args(
            "score --scorer k-cos --tap pooled,block15",
            &[
                "--features",
                train.to_str().unwrap(),
                "--query",
                test.to_str().unwrap(),
                "--out",
                csv.to_str().unwrap(),
            ],
        ),
    ));
    let text = std::fs::read_to_string(&csv).unwrap();
    let score_of = |class: &str| -> Vec<f32> {
        text.lines()
            .skip(1)
            .filter(|l| l.contains(class))
            .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
            .collect()
    };
    let max_normal = score_of("stripes").into_iter().fold(f32::MIN, f32::max);
    assert!(score_of("blobs").iter().all(|&s| s > max_normal), "{text}");
    // The ensemble saves and loads whole: its taps, ranges and encoder come back, so the
    // loaded scorer gives the same CSV; another --tap than it was fitted on is refused.
    let saved = tmp.path().join("ensemble.scorer");
    let again = tmp.path().join("ensemble-again.csv");
    ok(&swan(
        &cache,
        &common::args(
            "score --scorer k-cos --tap pooled,block15",
            &[
                "--features",
                train.to_str().unwrap(),
                "--query",
                test.to_str().unwrap(),
                "--save-scorer",
                saved.to_str().unwrap(),
            ],
        ),
    ));
    let load = |extra: &[&str]| {
        let mut args = vec![
            "score",
            "--load-scorer",
            saved.to_str().unwrap(),
            "--query",
            test.to_str().unwrap(),
            "--out",
            again.to_str().unwrap(),
        ];
        args.extend(extra);
        swan(&cache, &args)
    };
    ok(&load(&[]));
    assert_eq!(text, std::fs::read_to_string(&again).unwrap());
    ok(&load(&["--tap", "pooled,block15"]));
    let out = load(&["--tap", "block15"]);
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success()
            && e.contains("was fitted on layer(s) pooled, block15, not --tap block15"),
        "{e}"
    );
    let described = ok(&swan(&cache, &["inspect", saved.to_str().unwrap()]));
    for want in [
        "layer 0     pooled, training scores from [",
        "layer 1     block15",
        "encoder     efficientnet-lite0, 32 px",
    ] {
        assert!(described.contains(want), "lacks {want:?}:\n{described}");
    }

    // A threshold at 10 % false alarms adds a decision column, and the held-out scores a
    // p-value column. Held-out normals that are the training rows
    // themselves draw a warning.
    let csv = tmp.path().join("decided.csv");
    let out = swan(
        &cache,
        &common::args(
            "score --tap block15 --threshold-fpr 0.1",
            &[
                "--features",
                train.to_str().unwrap(),
                "--query",
                test.to_str().unwrap(),
                "--holdout",
                train.to_str().unwrap(),
                "--out",
                csv.to_str().unwrap(),
            ],
        ),
    );
    ok(&out);
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("--holdout is the --features file"), "{e}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("id,score,p_value,anomalous,"), "{text}");
    let flagged_blobs = text.lines().filter(|l| l.contains(",1,blobs,")).count();
    assert!(flagged_blobs >= 3, "{text}");
}

/// An `.npy` of little-endian f32 values `[rows, cols]`.
/// `swan score --features TRAIN --query QUERY MORE...`.
fn score_against(cache: &Path, train: &Path, query: &Path, more: &[&str]) -> Output {
    let mut a = common::args(
        "score",
        &[
            "--features",
            train.to_str().unwrap(),
            "--query",
            query.to_str().unwrap(),
        ],
    );
    a.extend_from_slice(more);
    swan(cache, &a)
}

fn npy_f32(rows: usize, cols: usize, values: &[f32]) -> Vec<u8> {
    let body: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    swan_data::source::npz::npy_bytes("<f4", &[rows, cols], &body)
}

#[test]
fn embeddings_from_another_encoder_are_scored_as_they_are() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    // Normal rows near (1, 0, 0, 0) and (0, 1, 0, 0); the last two query rows far away.
    let point = |i: usize, far: bool| -> [f32; 4] {
        let e = (i % 7) as f32 * 0.01;
        match (far, i % 2) {
            (true, _) => [-3.0 + e, 2.0, 4.0, -1.0],
            (false, 0) => [1.0 + e, 0.0, e, 0.0],
            _ => [0.0, 1.0 - e, 0.0, e],
        }
    };
    let train: Vec<f32> = (0..40).flat_map(|i| point(i, false)).collect();
    let query: Vec<f32> = (0..6).flat_map(|i| point(i + 1, i >= 4)).collect();
    let (train_path, query_path) = (tmp.path().join("train.npy"), tmp.path().join("q.npy"));
    std::fs::write(&train_path, npy_f32(40, 4, &train)).unwrap();
    std::fs::write(&query_path, npy_f32(6, 4, &query)).unwrap();
    let score = |query: &Path, args: &[&str]| score_against(&cache, &train_path, query, args);
    for scorer in ["knn", "k-cos", "mahalanobis"] {
        let out = ok(&score(
            &query_path,
            &["--scorer", scorer, "--layer", "embeddings"],
        ));
        let scores: Vec<f32> = out
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
            .collect();
        let ids: Vec<&str> = out
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(ids, ["0", "1", "2", "3", "4", "5"], "{out}");
        let max_normal = scores[..4].iter().copied().fold(f32::MIN, f32::max);
        assert!(
            scores[4..].iter().all(|&s| s > max_normal),
            "{scorer}: {out}"
        );
    }
    let described = ok(&swan(&cache, &["inspect", train_path.to_str().unwrap()]));
    assert!(
        described.contains("NumPy arrays") && described.contains("embeddings [40 x 4]"),
        "{described}"
    );

    // A safetensors query with 0 / 1 labels: the labels reach the CSV and AUROC / AP are
    // printed.
    let labelled = tmp.path().join("q.safetensors");
    let labels = [0.0f32, 0.0, 0.0, 0.0, 1.0, 1.0];
    let bytes = swan_encoder::import::safetensors::views_to_safetensors_bytes(
        [
            ("emb", &[6usize, 4][..], &query[..]),
            ("labels", &[6usize][..], &labels[..]),
        ],
        Default::default(),
    )
    .unwrap();
    std::fs::write(&labelled, bytes).unwrap();
    let out = score(&labelled, &[]);
    let csv = ok(&out);
    assert!(
        csv.contains("\n4,") && csv.lines().nth(5).unwrap().ends_with(",anomaly,"),
        "{csv}"
    );
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("AUROC 100.00 % (95 % CI 100.00–100.00), AP 100.00 % on the 6 labelled rows (4 normal, 2 anomalous)"),
        "{e}"
    );
    // With a decision, what it did to the labelled rows: at the highest normal score, no
    // normal row and both anomalous ones are flagged.
    let highest_normal = csv
        .lines()
        .skip(1)
        .filter(|l| l.ends_with(",normal,"))
        .map(|l| l.split(',').nth(1).unwrap().to_string())
        .max_by(|a, b| a.parse::<f32>().unwrap().total_cmp(&b.parse().unwrap()))
        .unwrap();
    let e = String::from_utf8_lossy(&score(&labelled, &["--threshold", &highest_normal]).stderr)
        .into_owned();
    assert!(
        e.contains(
            "flagged anomalous: 0 of 4 labelled normal (0.00 %), 2 of 2 labelled anomalous \
             (100.00 %)"
        ),
        "{e}"
    );

    // A query of another width, or a layer the file does not have, is refused.
    let narrow = tmp.path().join("narrow.npy");
    std::fs::write(&narrow, npy_f32(2, 3, &[0.0; 6])).unwrap();
    let e = err(&score(&narrow, &[]));
    assert!(
        e.contains("train.npy has 4-dimensional embeddings, ") && e.contains("narrow.npy has 3"),
        "{e}"
    );
    let e = err(&score(&query_path, &["--tap", "pooled"]));
    assert!(e.contains("no layer pooled (it has: embeddings)"), "{e}");
}

#[test]
fn fashion_mnist_subset_through_the_checked_invocation() {
    let fmnist = Path::new("/usr/share/datasets/fashion-mnist");
    assert!(
        fmnist.join("t10k-images-idx3-ubyte.gz").exists(),
        "install dataset-fashion-mnist (see .ci/run)"
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("results.json");
    let w = weights_arg();
    ok(&swan(
        &tmp.path().join("cache"),
        &common::args(
            "eval --method dn2 --data idx:/usr/share/datasets/fashion-mnist --protocol one-vs-rest --backbone efficientnet-lite0 --image-size 64 --k 2 --max-train 100 --max-test 400",
            &["--weights", &w, "--out", out.to_str().unwrap()],
        ),
    ));
    let r = common::read_json(&out);
    let splits = r["splits"].as_array().unwrap();
    assert_eq!(splits.len(), 10);
    assert_eq!(splits[0]["name"], "0");
    assert_eq!(splits[0]["n_train"], 100);
    // 100 training images per class already separate Fashion-MNIST classes well.
    let mean = r["mean"]["auroc"].as_f64().unwrap();
    assert!(mean > 0.8, "mean AUROC {mean}");
}

#[test]
fn bad_inputs_fail_with_messages_that_name_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let data = tmp.path().join("data");
    make_folder_dataset(&data, 3, 1);
    let spec = format!("folder:{}", data.display());

    // A weights file that is not a checkpoint.
    let bogus = tmp.path().join("bogus.pth");
    std::fs::write(&bogus, b"\x80\x02not really").unwrap();
    let e = err(&swan(
        &cache,
        &common::args(
            "fit --image-size 32",
            &["--data", &spec, "--weights", bogus.to_str().unwrap()],
        ),
    ));
    assert!(e.contains("bogus.pth"), "{e}");

    // Counts of zero are refused, not quietly read as one; a training bench needs a batch
    // batch-norm can use and an image size the encoders take.
    for (args, want) in [
        (
            &["--threads", "0", "inspect", "x"][..],
            "invalid value '0' for '--threads <THREADS>': must be at least 1",
        ),
        (
            &[
                "score",
                "--model",
                "m",
                "--data",
                &spec,
                "--batch-size",
                "0",
            ][..],
            "invalid value '0' for '--batch-size <BATCH_SIZE>': must be at least 1",
        ),
        (
            &["bench", "train", "--batch", "1", "--peer", "none"][..],
            "--batch 1: a training step needs at least 2 images",
        ),
        (
            &["bench", "adib", "--size", "8", "--peer", "none"][..],
            "--size: image size 8 is out of range",
        ),
        (
            &["fit", "--data", &spec, "--method", "nsa", "--resume"][..],
            "--resume continues from the checkpoints in --train-dir",
        ),
    ] {
        let e = err(&swan(&cache, args));
        assert!(e.contains(want), "{args:?}: {e}");
    }

    // The test split of data that has no splits is all of it, and swan says so.
    let flat = tmp.path().join("flat");
    std::fs::create_dir_all(&flat).unwrap();
    for f in ["000.png", "001.png"] {
        std::fs::copy(data.join("train/blobs").join(f), flat.join(f)).unwrap();
    }
    let out = swan(
        &cache,
        &common::args(
            "features --split test --image-size 32",
            &[
                "--data",
                &format!("folder:{}", flat.display()),
                "--weights",
                &weights_arg(),
                "--out",
                tmp.path().join("flat.safetensors").to_str().unwrap(),
            ],
        ),
    );
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success()
            && e.contains("has no train/test split, so --split test keeps all 2 images"),
        "{e}"
    );

    // A method config with a field of the wrong type names the methods and the field's type.
    let toml_path = tmp.path().join("bad.toml");
    std::fs::write(&toml_path, "method = \"nsa\"\nepochs = \"ten\"\n").unwrap();
    let e = err(&swan(
        &cache,
        &common::args(
            "fit",
            &["--data", &spec, "--config", toml_path.to_str().unwrap()],
        ),
    ));
    assert!(
        e.contains("bad.toml is not a valid method config")
            && e.contains("NAME one of dn2, nsa,")
            && e.contains("expected usize"),
        "{e}"
    );

    // A missing dataset.
    let e = err(&swan(
        &cache,
        &common::args(
            "fit --data idx:/no/such/dir",
            &["--weights", &weights_arg()],
        ),
    ));
    assert!(e.contains("/no/such/dir"), "{e}");

    // An empty class.
    let e = err(&swan(
        &cache,
        &common::args(
            "fit --class nothing --image-size 32",
            &["--data", &spec, "--weights", &weights_arg()],
        ),
    ));
    assert!(
        e.contains(r#"classes ["nothing"]; the data has classes ["blobs", "stripes"]"#),
        "{e}"
    );

    // A model file of another format version.
    let model = tmp.path().join("m.safetensors");
    ok(&swan(
        &cache,
        &common::args(
            "fit --image-size 32",
            &[
                "--data",
                &spec,
                "--weights",
                &weights_arg(),
                "--out",
                model.to_str().unwrap(),
            ],
        ),
    ));
    let bytes = std::fs::read(&model).unwrap();
    let text = String::from_utf8_lossy(&bytes[..4096.min(bytes.len())]).into_owned();
    assert!(
        text.contains("format_version\\\":1"),
        "header layout changed: {}",
        &text[..200]
    );
    let patched: Vec<u8> = {
        let needle = b"format_version\\\":1";
        let at = bytes
            .windows(needle.len())
            .position(|w| w == needle)
            .unwrap();
        let mut b = bytes.clone();
        b[at + needle.len() - 1] = b'9';
        b
    };
    let old = tmp.path().join("old.safetensors");
    std::fs::write(&old, patched).unwrap();
    let e = err(&swan(
        &cache,
        &["score", "--model", old.to_str().unwrap(), "--data", &spec],
    ));
    assert!(
        e.contains("old.safetensors") && e.contains("version 9"),
        "{e}"
    );
    // `swan inspect` still describes it, and says which format this swan reads.
    let described = ok(&swan(&cache, &["inspect", old.to_str().unwrap()]));
    assert!(
        described.contains("format 9 (this swan reads format 1)"),
        "{described}"
    );

    // A model file that is not one.
    let e = err(&swan(
        &cache,
        &["score", "--model", bogus.to_str().unwrap(), "--data", &spec],
    ));
    assert!(e.contains("bogus.pth"), "{e}");

    // Flags that would do nothing are refused, naming what they belong to: a scorer next to
    // a model file (its method scores), a protocol's flag with another protocol.
    let old_path = old.to_str().unwrap();
    let model_and_data = ["score", "--model", old_path, "--data", &spec];
    let e = err(&swan(
        &cache,
        &[&model_and_data[..], &["--scorer", "k-cos"]].concat(),
    ));
    assert!(e.contains("cannot be used with '--scorer"), "{e}");
    let shots = |protocol: &[&str]| {
        let mut args = vec![
            "eval",
            "--data",
            &spec,
            "--shots",
            "5",
            "--out",
            "unused.json",
        ];
        args.extend_from_slice(protocol);
        err(&swan(&cache, &args))
    };
    let e = shots(&["--protocol", "one-vs-rest"]);
    assert!(
        e.contains("--shots is a flag of --protocol dra-general / dra-hard")
            && e.contains("nothing with --protocol one-vs-rest"),
        "{e}"
    );
    let e = shots(&[]);
    assert!(
        e.contains("--shots is a flag of --protocol dra-general / dra-hard")
            && e.contains("name the protocol with --protocol"),
        "{e}"
    );
}

#[test]
fn help_explains_the_subcommands() {
    let out = Command::new(env!("CARGO_BIN_EXE_swan"))
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in [
        "fit",
        "score",
        "eval",
        "bench",
        "inspect",
        "weights",
        "demo",
        "completions",
    ] {
        assert!(text.contains(cmd), "{cmd} missing from --help");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_swan"))
        .args(["eval", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("one-vs-rest") && text.contains("--image-size") && text.contains("idx:DIR"),
        "{text}"
    );
    // Shell completions know the subcommands and their flags.
    for shell in ["bash", "zsh", "fish"] {
        let out = Command::new(env!("CARGO_BIN_EXE_swan"))
            .args(["completions", shell])
            .output()
            .unwrap();
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{shell}");
        assert!(
            script.contains("inspect")
                && script.contains("method-config")
                && script.contains("image-size"),
            "{shell}: {script}"
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_swan"))
        .args(["completions", "tcsh"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("possible values"));
}

#[test]
fn transforms_list_apply_and_sheet() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let input = tmp.path().join("in.png");
    image::RgbImage::from_fn(48, 32, |x, y| {
        image::Rgb([(5 * x) as u8, (7 * y) as u8, 90])
    })
    .save(&input)
    .unwrap();
    let listed = ok(&swan(&cache, &["transforms", "list"]));
    for op in ["hflip", "rot90", "blur", "jpeg", "panda-crop"] {
        assert!(
            listed.lines().any(|l| l == op),
            "{op} not listed:\n{listed}"
        );
    }
    let apply = |chain: &str, seed: &str, out: &Path| {
        swan(
            &cache,
            &common::args(
                "transforms apply",
                &[
                    "--image",
                    input.to_str().unwrap(),
                    "--chain",
                    chain,
                    "--seed",
                    seed,
                    "--out",
                    out.to_str().unwrap(),
                ],
            ),
        )
    };
    let png = |p: &Path| image::open(p).unwrap().to_rgb8();
    // A quarter turn swaps the sides; a noisy chain is a function of its seed.
    let turned = tmp.path().join("turned.png");
    ok(&apply("rot90+blur@2", "0", &turned));
    assert_eq!(png(&turned).dimensions(), (32, 48));
    let (a, b, c) = (
        tmp.path().join("a.png"),
        tmp.path().join("b.png"),
        tmp.path().join("c.png"),
    );
    ok(&apply("noise@3", "1", &a));
    ok(&apply("noise@3", "1", &b));
    ok(&apply("noise@3", "2", &c));
    assert_eq!(png(&a), png(&b));
    assert_ne!(png(&a), png(&c));
    // Only PNG is written, and the name says so.
    let e = err(&apply("hflip", "0", &tmp.path().join("x.bmp")));
    assert!(e.contains("name the file *.png"), "{e}");

    // The contact sheet: one row per transform, one column per severity.
    let sheet = tmp.path().join("sheet.png");
    ok(&swan(
        &cache,
        &common::args(
            "transforms sheet --cell 16",
            &[
                "--image",
                input.to_str().unwrap(),
                "--out",
                sheet.to_str().unwrap(),
            ],
        ),
    ));
    let (w, h) = png(&sheet).dimensions();
    let n_ops = listed.lines().count() as u32;
    assert!(
        w >= 5 * 16 && h >= n_ops * 16,
        "{w}x{h} for {n_ops} transforms"
    );
}

/// The speed benchmarks on tiny settings: their JSON layout, and a missing peer named with
/// the way out. (Speed itself is measured by running them, never asserted in a test.)
#[test]
fn bench_commands_write_their_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let w = weights_arg();
    let runs: [(&str, Vec<&str>); 3] = [
        (
            "train",
            vec![
                "--batch",
                "4",
                "--width",
                "0.125",
                "--proj-dim",
                "32",
                "--pred-hidden",
                "8",
            ],
        ),
        (
            "adib",
            vec!["--batch", "2", "--size", "32", "--weights", &w],
        ),
        (
            "encoder",
            vec!["--batch-size", "4", "--image-size", "32", "--weights", &w],
        ),
    ];
    for (what, extra) in &runs {
        let out = tmp.path().join(format!("{what}.json"));
        let mut args = vec!["bench", what, "--iters", "1", "--peer", "none"];
        args.extend(extra);
        args.extend(["--out", out.to_str().unwrap()]);
        ok(&swan(&cache, &args));
        let json = common::read_json(&out);
        assert!(
            json["swan_best_img_per_s"].as_f64().unwrap() > 0.0,
            "{what}: {json}"
        );
        assert!(
            json["ratio_best"].is_null() && json["peer"].is_null(),
            "{what}: {json}"
        );
    }
    let e = err(&swan(
        &cache,
        &common::args(
            "bench train --batch 4 --width 0.125 --proj-dim 32 --pred-hidden 8 --iters 1 --python /no/such/python",
            &[],
        ),
    ));
    assert!(
        e.contains("/no/such/python") && e.contains("--peer none"),
        "{e}"
    );
}

#[test]
fn cache_dir_info_and_clean_keep_weights_unless_told() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    // What swan writes in each part, plus a file of the user's that clean must leave alone.
    let files = [
        ("features", format!("{}.safetensors", "ab".repeat(16))),
        ("features", format!("{}.safetensors", "cd".repeat(16))),
        ("features", format!("{}.safetensors", "ef".repeat(16))),
        (
            "idx",
            "train-images-idx3-ubyte-0123456789abcdef".to_string(),
        ),
        ("weights", "efficientnet-lite0-57934424.pth".to_string()),
        ("features", "mine.txt".to_string()),
    ];
    for (part, name) in &files {
        std::fs::create_dir_all(cache.join(part)).unwrap();
        std::fs::write(cache.join(part).join(name), vec![0u8; 1000]).unwrap();
    }
    assert_eq!(
        ok(&swan(&cache, &["cache", "dir"])).trim(),
        cache.display().to_string()
    );
    let info = ok(&swan(&cache, &["cache", "info"]));
    for want in [
        "features       4 files    3.9 KiB",
        "weights        1 files 1000 bytes",
        "total          6 files    5.9 KiB",
    ] {
        assert!(info.contains(want), "lacks {want:?}:\n{info}");
    }
    // A dry run removes nothing; the default keeps the downloaded weights; nothing swan did
    // not write is removed.
    let dry = ok(&swan(&cache, &["cache", "clean", "--all", "--dry-run"]));
    assert!(dry.contains("would free 4.9 KiB in 5 files"), "{dry}");
    assert!(cache.join("weights").join(&files[4].1).exists());
    assert!(cache.join("features").join(&files[0].1).exists());
    let out = swan(&cache, &["cache", "clean"]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(stdout.contains("freed 3.9 KiB in 4 files"), "{stdout}");
    assert!(
        stderr.contains("kept 1 files swan did not write"),
        "{stderr}"
    );
    assert!(!cache.join("features").join(&files[0].1).exists());
    assert!(cache.join("features/mine.txt").exists() && !cache.join("idx").exists());
    assert!(cache.join("weights").join(&files[4].1).exists());
    ok(&swan(&cache, &["cache", "clean", "weights"]));
    assert!(!cache.join("weights").exists());
    // Naming parts and --all together is refused.
    let out = swan(&cache, &["cache", "clean", "idx", "--all"]);
    assert!(!out.status.success());
}

/// Writes a binary CIFAR-10 batch: image i of class c is a bright square of the c-th
/// quarter on a dark ground, with per-image jitter.
fn write_cifar_batch(path: &Path, classes: &[u8]) {
    let mut out = Vec::new();
    for (i, &c) in classes.iter().enumerate() {
        out.push(c);
        for ch in 0..3usize {
            for y in 0..32usize {
                for x in 0..32usize {
                    let (qx, qy) = (usize::from(c % 2) * 16, usize::from(c / 2) * 16);
                    let inside = (qx..qx + 16).contains(&x) && (qy..qy + 16).contains(&y);
                    let v = if inside { 220 } else { 20 } + (i + ch + x) % 7;
                    out.push(v as u8);
                }
            }
        }
    }
    std::fs::write(path, out).unwrap();
}

#[test]
fn bare_data_paths_get_their_kind_from_the_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    // The folder holding an extracted cifar-10-batches-bin/, given without a kind.
    let bin = tmp.path().join("cifar").join("cifar-10-batches-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let train: Vec<u8> = (0..24).map(|i| (i % 3) as u8).collect();
    let test: Vec<u8> = (0..12).map(|i| (i % 3) as u8).collect();
    write_cifar_batch(&bin.join("data_batch_1.bin"), &train);
    write_cifar_batch(&bin.join("test_batch.bin"), &test);
    std::fs::write(bin.join("batches.meta.txt"), "airplane\nautomobile\nbird\n").unwrap();
    let out = tmp.path().join("r.json");
    let w = weights_arg();
    let data = tmp.path().join("cifar");
    let table = ok(&swan(
        &cache,
        &common::args(
            "eval --method dn2 --image-size 32",
            &[
                "--data",
                data.to_str().unwrap(),
                "--weights",
                &w,
                "--out",
                out.to_str().unwrap(),
            ],
        ),
    ));
    assert!(
        table.contains("0 airplane") && table.contains("2 bird"),
        "the table names the classes: {table}"
    );
    let r = common::read_json(&out);
    assert_eq!(
        r["splits"][0]["name"], "0",
        "the report keeps the split names"
    );
    assert!(
        r["data"].as_str().unwrap().starts_with("cifar:"),
        "the report records the inferred kind: {}",
        r["data"]
    );
    let splits = r["splits"].as_array().unwrap();
    assert_eq!(splits.len(), 3, "one split per CIFAR class");
    for s in splits {
        assert_eq!(s["n_train"], 8);
        assert_eq!(s["n_test"], 12);
    }
    // `swan inspect --data` says what swan reads there.
    let text = ok(&swan(
        &cache,
        &["inspect", "--data", data.to_str().unwrap()],
    ));
    assert!(text.contains("cifar:"), "{text}");
    assert!(text.contains("36 images"), "{text}");
    assert!(text.contains("splits      test 12, train 24"), "{text}");
    assert!(
        text.contains("classes     3: 0 (12), 1 (12), 2 (12)"),
        "{text}"
    );
    assert!(
        text.contains("name: 3 values (airplane, automobile, bird)"),
        "{text}"
    );
    let json = ok(&swan(
        &cache,
        &["inspect", "--data", data.to_str().unwrap(), "--json"],
    ));
    let d: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(d["images"], 36);
    assert_eq!(d["classes"][2]["images"]["train"], 8);
    // A class asked for by its name points at its number.
    let msg = err(&swan(
        &cache,
        &common::args(
            "fit --method dn2 --class bird --out m.swan",
            &["--data", data.to_str().unwrap()],
        ),
    ));
    assert!(msg.contains("bird is class 2 (--class 2)"), "{msg}");
    // An MVTec-style folder (train/ holds only good/) is read as such and, with no
    // --protocol, evaluated on its own labels; one-vs-rest on it fails for want of classes and
    // points at the protocol that fits.
    let mvtec = tmp.path().join("bottle");
    make_folder_dataset(&mvtec.join("x"), 2, 2);
    std::fs::create_dir_all(mvtec.join("train")).unwrap();
    std::fs::rename(mvtec.join("x/train/blobs"), mvtec.join("train/good")).unwrap();
    std::fs::rename(mvtec.join("x/test"), mvtec.join("test")).unwrap();
    std::fs::rename(mvtec.join("test/blobs"), mvtec.join("test/good")).unwrap();
    std::fs::remove_dir_all(mvtec.join("x")).unwrap();
    // A second defect type, so that the report breaks the anomalies down by type.
    std::fs::create_dir_all(mvtec.join("test/crack")).unwrap();
    std::fs::copy(
        mvtec.join("test/stripes/000.png"),
        mvtec.join("test/crack/000.png"),
    )
    .unwrap();
    let eval_mvtec = |protocol: &[&str]| {
        let mut args = vec![
            "eval",
            "--method",
            "dn2",
            "--data",
            mvtec.to_str().unwrap(),
            "--weights",
            &w,
            "--image-size",
            "32",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(protocol);
        swan(&cache, &args)
    };
    let run = eval_mvtec(&[]);
    let log = ok(&run);
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("evaluating with --protocol given"),
        "{log}"
    );
    let report = common::read_json(&out);
    assert_eq!(report["protocol"], "given");
    // Each defect type against the good test images, hardest first, in the JSON and the log.
    let by_class = report["splits"][0]["by_class"].as_array().unwrap().clone();
    let mut types: Vec<(&str, u64)> = by_class
        .iter()
        .map(|c| (c["class"].as_str().unwrap(), c["n"].as_u64().unwrap()))
        .collect();
    let aurocs: Vec<f64> = by_class
        .iter()
        .map(|c| c["auroc"].as_f64().unwrap())
        .collect();
    assert!(aurocs.windows(2).all(|w| w[0] <= w[1]), "{aurocs:?}");
    types.sort();
    assert_eq!(types, [("crack", 1), ("stripes", 2)]);
    assert!(log.contains("anomalies by class"), "{log}");
    // DN2's galleries name each image's nearest normal training image.
    let page = std::fs::read_to_string(out.with_extension("html")).unwrap();
    assert!(page.contains("nearest normal train/good/"), "{page}");
    // A protocol's flag without --protocol asks for the protocol.
    let msg = err(&eval_mvtec(&["--pollution", "0.2"]));
    assert!(msg.contains("name the protocol with --protocol"), "{msg}");
    let msg = err(&eval_mvtec(&["--protocol", "one-vs-rest"]));
    assert!(msg.contains("mvtec:"), "{msg}");
    assert!(msg.contains("--protocol given"), "{msg}");
    // A path that is not there says so, and what a source looks like.
    let msg = err(&swan(
        &cache,
        &common::args("fit --method dn2 --data no/such/dir --out m.swan", &[]),
    ));
    assert!(msg.contains("no such file or folder"), "{msg}");
}

#[test]
fn one_image_file_is_a_source_and_out_dash_prints_the_scores() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 6, 3);
    // A class folder's own subfolders belong to the class, at any depth.
    let deep = data.join("test").join("blobs").join("2024").join("jan");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::copy(data.join("test/blobs/001.png"), deep.join("x.png")).unwrap();
    let spec = format!("folder:{}", data.display());
    let model = tmp.path().join("m.safetensors");
    let w = weights_arg();
    let model_arg = model.to_str().unwrap();
    ok(&swan(
        &cache,
        &common::args(
            "fit --class stripes --image-size 32 --k 2",
            &["--data", &spec, "--weights", &w, "--out", model_arg],
        ),
    ));
    let all = ok(&swan(
        &cache,
        &common::args(
            "score --split test",
            &["--model", model_arg, "--data", &spec],
        ),
    ));
    let score_of = |csv: &str, id: &str| -> String {
        let row = csv.lines().find(|l| l.starts_with(&format!("{id},")));
        row.unwrap_or_else(|| panic!("no row {id} in\n{csv}"))
            .split(',')
            .nth(1)
            .unwrap()
            .to_string()
    };
    let nested = score_of(&all, "test/blobs/2024/jan/x.png");
    assert_eq!(nested, score_of(&all, "test/blobs/001.png"));

    // A bare image path, and `image:`, score that one image; `--out -` is standard output.
    let one = data.join("test/blobs/002.png");
    for source in [
        one.display().to_string(),
        format!("image:{}", one.display()),
    ] {
        let csv = ok(&swan(
            &cache,
            &common::args("score --out -", &["--model", model_arg, "--data", &source]),
        ));
        assert_eq!(csv.lines().count(), 2, "{csv}");
        // Alone in its batch, the image's features may differ in the last bit.
        let (alone, among): (f32, f32) = (
            score_of(&csv, "002.png").parse().unwrap(),
            score_of(&all, "test/blobs/002.png").parse().unwrap(),
        );
        assert!(
            (alone - among).abs() <= 1e-5 * among.abs(),
            "{alone} vs {among}"
        );
    }
    assert!(!Path::new("-").exists());

    // Commands that write files refuse `-` before doing any work.
    let e = err(&swan(
        &cache,
        &["fit", "--data", &spec, "--weights", &w, "--out", "-"],
    ));
    assert!(e.contains("give a file name"), "{e}");
}
