//! Calibrated models: `swan fit --calibration-split`, `swan calibrate`, and the p-values and
//! thresholds `swan score` takes from a model's held-out normal scores.
//!
//! Needs the EfficientNet-Lite0 checkpoint (`swan weights fetch`, or `$SWAN_LITE0_WEIGHTS`).

use std::path::Path;

mod common;
use common::{err, make_folder_dataset, ok, swan_lite0};

/// The held-out normal scores a model file keeps (ascending), from `swan inspect --json`.
fn calibration_scores(cache: &Path, model: &Path) -> Option<Vec<f64>> {
    let json: serde_json::Value = serde_json::from_str(&ok(&swan_lite0(
        cache,
        &["inspect", model.to_str().unwrap(), "--json"],
    )))
    .unwrap();
    let scores = json["header"]["calibration"]["scores"].as_array()?;
    Some(scores.iter().map(|s| s.as_f64().unwrap()).collect())
}

/// (score, p-value) of every row of a scores CSV with a `p_value` column.
fn scores_and_p_values(csv: &str) -> Vec<(f64, f64)> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let p = header
        .iter()
        .position(|h| *h == "p_value")
        .unwrap_or_else(|| panic!("no p_value column in {header:?}"));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[1].parse().unwrap(), f[p].parse().unwrap())
        })
        .collect()
}

/// The conformal p-value of `score` against held-out scores `cal`.
fn p_value(cal: &[f64], score: f64) -> f64 {
    (1 + cal.iter().filter(|&&c| c >= score).count()) as f64 / (cal.len() + 1) as f64
}

#[test]
fn calibrated_models_give_p_values_and_thresholds_from_their_held_out_scores() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 20, 6);
    let spec = format!("folder:{}", data.display());
    let path = |name: &str| tmp.path().join(name);
    let fit = |more: &[&str], out: &Path| {
        swan_lite0(
            &cache,
            &common::args(
                "fit --class stripes --image-size 32 --k 1",
                &[&["--data", &spec, "--out", out.to_str().unwrap()], more].concat(),
            ),
        )
    };

    // Fit on 15 stripes, keep the scores of the other 5 (a quarter, drawn with the seed).
    let calibrated = path("calibrated.safetensors");
    let fitted = fit(&["--calibration-split", "0.25"], &calibrated);
    ok(&fitted);
    let stderr = String::from_utf8_lossy(&fitted.stderr);
    assert!(
        stderr.contains("calibrated on 5 held-out normal images")
            && stderr.contains("fitted dn2 on 15 images"),
        "{stderr}"
    );
    let cal = calibration_scores(&cache, &calibrated).expect("a calibration in the header");
    assert_eq!(cal.len(), 5);
    assert!(cal.windows(2).all(|w| w[0] <= w[1]), "{cal:?}");
    let described = ok(&swan_lite0(
        &cache,
        &["inspect", calibrated.to_str().unwrap()],
    ));
    assert!(
        described.contains("calibrated  5 held-out normal images")
            && described.contains("--calibration-split 0.25, seed 0"),
        "{described}"
    );
    // The same seed holds out the same images.
    let again = path("again.safetensors");
    ok(&fit(&["--calibration-split", "0.25"], &again));
    assert_eq!(calibration_scores(&cache, &again).unwrap(), cal);

    // Every score gets its p-value, and --threshold-fpr its threshold, from those 5 scores:
    // at 34 % false positives on new normals, j / 6 ≤ 0.34 gives j = 2: the second largest,
    // above which exactly the images with p ≤ 0.34 lie.
    let csv = path("calibrated.csv");
    let scored = swan_lite0(
        &cache,
        &common::score_model(
            &calibrated,
            &spec,
            &[
                "--split",
                "test",
                "--threshold-fpr",
                "0.34",
                "--out",
                csv.to_str().unwrap(),
            ],
        ),
    );
    ok(&scored);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("id,score,p_value,anomalous,class,label,split\n"),
        "{text}"
    );
    let rows = scores_and_p_values(&text);
    assert_eq!(rows.len(), 12);
    for &(s, p) in &rows {
        assert!((p - p_value(&cal, s)).abs() < 1e-12, "score {s}: p {p}");
    }
    // Blobs are far from every stripe: each scores above all held-out stripes.
    assert!(
        text.lines()
            .filter(|l| l.contains(",blobs,"))
            .all(|l| l.split(',').nth(2) == Some(&(1.0f64 / 6.0).to_string())),
        "{text}"
    );
    let threshold = cal[3];
    let stderr = String::from_utf8_lossy(&scored.stderr);
    assert!(
        stderr
            .contains("false-positive rate at most 0.34 on new normals drawn like the 5 held-out"),
        "{stderr}"
    );
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let (s, p): (f64, f64) = (f[1].parse().unwrap(), f[2].parse().unwrap());
        assert_eq!(f[3], if s > threshold { "1" } else { "0" }, "{line}");
        assert_eq!(f[3] == "1", p <= 0.34, "{line}");
    }
    // 10 % would need 9 held-out scores: refused, saying so.
    let e = err(&swan_lite0(
        &cache,
        &common::score_model(&calibrated, &spec, &["--threshold-fpr", "0.1"]),
    ));
    assert!(
        e.contains("needs at least 9 held-out normal scores, there are 5"),
        "{e}"
    );

    // --fdr flags by Benjamini–Hochberg on the same p-values: the largest p(k) ≤ k q / m.
    let fdr = ok(&swan_lite0(
        &cache,
        &common::score_model(&calibrated, &spec, &["--split", "test", "--fdr", "0.4"]),
    ));
    let rows = scores_and_p_values(&fdr);
    let mut sorted: Vec<f64> = rows.iter().map(|r| r.1).collect();
    sorted.sort_by(f64::total_cmp);
    let m = sorted.len() as f64;
    let cutoff = sorted
        .iter()
        .enumerate()
        .filter(|(k, p)| **p <= (*k + 1) as f64 * 0.4 / m)
        .map(|(_, p)| *p)
        .next_back();
    assert!(
        cutoff.is_some(),
        "the six blobs have p = 1/6 ≤ 6 · 0.4 / 12"
    );
    for line in fdr.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let p: f64 = f[2].parse().unwrap();
        let flagged = cutoff.is_some_and(|c| p <= c);
        assert_eq!(f[3], if flagged { "1" } else { "0" }, "{line}");
        // Here that is every blob and no stripe.
        assert_eq!(flagged, f[4] == "blobs", "{line}");
    }

    // An uncalibrated model has neither, and says where held-out scores come from.
    let plain = path("plain.safetensors");
    ok(&fit(&[], &plain));
    assert!(calibration_scores(&cache, &plain).is_none());
    let e = err(&swan_lite0(
        &cache,
        &common::score_model(&plain, &spec, &["--threshold-fpr", "0.2"]),
    ));
    assert!(
        e.contains("--holdout-data") && e.contains("swan calibrate"),
        "{e}"
    );
    let e = err(&swan_lite0(
        &cache,
        &common::score_model(&plain, &spec, &["--fdr", "0.1"]),
    ));
    assert!(e.contains("--fdr with --model needs held-out"), "{e}");
    let plain_csv = ok(&swan_lite0(
        &cache,
        &common::score_model(&plain, &spec, &["--split", "test"]),
    ));
    assert!(plain_csv.starts_with("id,score,class,"), "{plain_csv}");
    // --holdout-data calibrates it for one run: p-values without a threshold.
    let held_csv = ok(&swan_lite0(
        &cache,
        &common::score_model(
            &plain,
            &spec,
            &[
                "--split",
                "test",
                "--holdout-data",
                &format!("{spec}/test/stripes"),
            ],
        ),
    ));
    assert!(
        held_csv.starts_with("id,score,p_value,class,"),
        "{held_csv}"
    );

    // `swan calibrate` keeps the scores of held-out images (the test stripes) in a copy of
    // the model: the same scores as before, now with p-values.
    let recalibrated = path("recalibrated.safetensors");
    let out = swan_lite0(
        &cache,
        &common::args(
            "calibrate --class stripes",
            &[
                "--model",
                plain.to_str().unwrap(),
                "--data",
                &spec,
                "--out",
                recalibrated.to_str().unwrap(),
            ],
        ),
    );
    ok(&out);
    let cal2 = calibration_scores(&cache, &recalibrated).unwrap();
    assert_eq!(cal2.len(), 6);
    let csv2 = ok(&swan_lite0(
        &cache,
        &common::score_model(&recalibrated, &spec, &["--split", "test"]),
    ));
    let rows2 = scores_and_p_values(&csv2);
    let plain_scores: Vec<f64> = plain_csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    assert_eq!(rows2.iter().map(|r| r.0).collect::<Vec<_>>(), plain_scores);
    // The test stripes are the held-out images themselves: each one's p-value counts itself.
    for &(s, p) in &rows2 {
        assert!((p - p_value(&cal2, s)).abs() < 1e-12);
    }
    // The input model is untouched.
    assert!(calibration_scores(&cache, &plain).is_none());

    // The model's own training images cannot calibrate it.
    let e = err(&swan_lite0(
        &cache,
        &common::args(
            "calibrate --class stripes --split train",
            &["--model", plain.to_str().unwrap(), "--data", &spec],
        ),
    ));
    assert!(e.contains("the model's own training images"), "{e}");
    // Nor can a fraction that leaves nothing on one side.
    let e = err(&fit(&["--calibration-split", "1"], &path("no.safetensors")));
    assert!(e.contains("between 0 and 1"), "{e}");

    // `swan calibrate --check`: do other images known to be normal keep the calibration's
    // levels? 10 held-out stripes allow the level 0.1 (9 needed), where a new normal gets
    // p ≤ 0.1 with probability 1 / 11.
    let half = path("half.safetensors");
    ok(&fit(&["--calibration-split", "0.5"], &half));
    let check = |model: &Path, class: &str, more: &[&str]| {
        swan_lite0(
            &cache,
            &common::args(
                "calibrate --check --class",
                &[
                    &[class, "--model", model.to_str().unwrap(), "--data", &spec],
                    more,
                ]
                .concat(),
            ),
        )
    };
    // The six test stripes: as many get p ≤ 0.1 as chance allows (the model file unchanged).
    let before = std::fs::read(&half).unwrap();
    let stripes = check(&half, "stripes", &[]);
    let text = ok(&stripes);
    let (flagged, line) = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("p <= 0.1: ")
                .map(|rest| (rest.split(' ').next().unwrap().parse::<usize>().unwrap(), l))
        })
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.contains("of 6") && line.contains("allows 9.09 %"),
        "{line}"
    );
    assert!(flagged <= 2, "{text}");
    assert!(text.contains("consistent with the calibration"), "{text}");
    assert_eq!(std::fs::read(&half).unwrap(), before);
    // Blobs taken for normals all score above every held-out stripe: 6 of 6 at p = 1 / 11,
    // which one calibration set gives with probability B(7, 10) / B(1, 10) = 6! 10! / 16!:
    // rejected, with its own exit status.
    let blobs = check(&half, "blobs", &["--split", "all"]);
    assert_eq!(blobs.status.code(), Some(3), "{blobs:?}");
    let e = String::from_utf8_lossy(&blobs.stderr);
    assert!(
        e.contains("the calibration does not hold for these images")
            && e.contains("swan calibrate --model"),
        "{e}"
    );
    // --json: the same result as one object for a script.
    let blobs = check(&half, "blobs", &["--split", "all", "--json"]);
    assert_eq!(blobs.status.code(), Some(3));
    let record: serde_json::Value = serde_json::from_slice(&blobs.stdout).unwrap();
    assert_eq!(
        (&record["consistent"], &record["conservative"]),
        (&false.into(), &false.into()),
        "{record}"
    );
    assert_eq!(record["calibration"]["n"], 10, "{record}");
    let level = &record["levels"][0];
    assert_eq!(
        (level["alpha"].as_f64(), level["rate"].as_f64()),
        (Some(0.1), Some(1.0))
    );
    assert!((level["expected_rate"].as_f64().unwrap() - 1.0 / 11.0).abs() < 1e-12);
    assert!(
        record["p_value_bonferroni"].as_f64().unwrap() < 1e-6,
        "{record}"
    );
    // An uncalibrated model has nothing to check; five held-out scores are too few.
    let e = err(&check(&plain, "stripes", &[]));
    assert!(e.contains("has no calibration to check"), "{e}");
    let e = err(&check(&calibrated, "stripes", &[]));
    assert!(e.contains("too few for p-values of 0.1 (needs 9)"), "{e}");
    let e = err(&check(&half, "stripes", &["--out", "x.safetensors"]));
    assert!(e.contains("cannot be used with"), "{e}");
}

#[test]
fn eval_reports_the_calibrated_decision_per_split_and_over_seeds() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 8, 4);
    let spec = format!("folder:{}", data.display());
    let out = tmp.path().join("r.json");
    let eval = |more: &[&str]| {
        swan_lite0(
            &cache,
            &common::args(
                "eval --method dn2 --protocol one-vs-rest --image-size 32 --k 1",
                &[&["--data", &spec, "--out", out.to_str().unwrap()], more].concat(),
            ),
        )
    };
    // Two of each class's eight training images held out: p-values 1/3, 2/3 or 1, so at
    // α = 0.5 an image is flagged when it scores above both held-out images.
    let stdout = ok(&eval(&[
        "--calibration-split",
        "0.25",
        "--calibration-alpha",
        "0.5",
        "--seeds",
        "0,1",
    ]));
    assert!(
        stdout.contains("p ≤ 0.5 on p-values from 2 held-out training normals per split")
            && stdout.contains("calibration allows (p < 0.01): normal test images on 0 of 2"),
        "{stdout}"
    );
    for seed in [0, 1] {
        let r = common::read_json(&tmp.path().join(format!("r.seed{seed}.json")));
        assert_eq!(r["calibration"]["fraction"], 0.25, "{r}");
        for split in r["splits"].as_array().unwrap() {
            assert_eq!(split["n_train"], 6, "{split}");
            let c = &split["calibrated"];
            assert_eq!(
                (c["n_calibration"].as_u64(), c["alpha"].as_f64()),
                (Some(2), Some(0.5))
            );
            // The other class is far from every image of this one: all of it is flagged.
            assert_eq!(c["tpr"], 1.0, "{split}");
            let fpr = c["fpr"].as_f64().unwrap();
            assert!((0.0..=0.5).contains(&fpr), "{split}");
            // How likely that many normals get p ≤ 0.5 from one calibration (4 test normals,
            // 2 held out: each flagged with a chance that is Beta(1, 2) over the draw; exact
            // beta-binomial tails by rational arithmetic).
            let tail = c["fpr_p_value"].as_f64().unwrap();
            let flagged = (fpr * 4.0).round() as i32;
            let want = [1.0, 2.0 / 3.0, 0.4, 0.2, 1.0 / 15.0][flagged as usize];
            assert!((tail - want).abs() < 1e-9, "{split}: {tail} vs {want}");
        }
        assert!(r["mean"]["calibrated_fpr"].is_number(), "{r}");
        let page = std::fs::read_to_string(tmp.path().join(format!("r.seed{seed}.html"))).unwrap();
        assert!(
            page.contains("at p ≤ 0.5 (held-out training normals)"),
            "the HTML headline"
        );
    }
    let summary = common::read_json(&out);
    assert_eq!(summary["mean"]["calibrated_tpr"]["mean"], 1.0, "{summary}");
    assert_eq!(
        summary["mean"]["calibrated_fpr"]["values"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    // `swan fit --class C` with the same fraction and seed holds out the images eval's split C
    // held out: the model's bank is that split's training set, and its calibration has as
    // many scores as the split's calibration set.
    let splits = common::read_json(&tmp.path().join("r.seed1.splits.json"));
    let split = splits["splits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "stripes")
        .expect("a stripes split");
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let (train, held) = (strings(&split["train"]), strings(&split["calibration"]));
    assert_eq!((train.len(), held.len()), (6, 2), "{split}");
    let model = tmp.path().join("m.safetensors");
    ok(&swan_lite0(
        &cache,
        &common::args(
            "fit --method dn2 --class stripes --image-size 32 --k 1 --calibration-split 0.25 \
             --seed 1",
            &["--data", &spec, "--out", model.to_str().unwrap()],
        ),
    ));
    let header: serde_json::Value = serde_json::from_str(&ok(&swan_lite0(
        &cache,
        &["inspect", model.to_str().unwrap(), "--json"],
    )))
    .unwrap();
    assert_eq!(strings(&header["header"]["train_ids"]), train, "{header}");
    assert_eq!(calibration_scores(&cache, &model).map(|c| c.len()), Some(2));

    // --calibration-alpha belongs to --calibration-split.
    let e = err(&eval(&["--calibration-alpha", "0.1"]));
    assert!(e.contains("--calibration-split"), "{e}");
}

#[test]
fn calibration_groups_are_held_out_whole_by_fit_and_eval() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 12, 3);
    // A manifest naming an `object` for each image: training images in pairs (two shots of
    // one object), test images alone.
    let mut csv = String::from("path,class,split,object\n");
    for split in ["train", "test"] {
        for class in ["stripes", "blobs"] {
            let names = common::sorted_file_names(&data.join(split).join(class));
            for (i, name) in names.iter().enumerate() {
                let object = match split {
                    "train" => format!("{class}-{}", i / 2),
                    _ => format!("{class}-test-{i}"),
                };
                csv += &format!("{split}/{class}/{name},{class},{split},{object}\n");
            }
        }
    }
    let manifest = data.join("manifest.csv");
    std::fs::write(&manifest, csv).unwrap();
    let spec = format!("csv:{}", manifest.display());
    let object = |id: &str| -> String {
        // train/stripes/003.png → stripes-1
        let (class, file) = id.trim_start_matches("train/").split_once('/').unwrap();
        let i: usize = file.trim_end_matches(".png").parse().unwrap();
        format!("{class}-{}", i / 2)
    };

    // fit: a quarter of the 12 training stripes wanted (3), so two whole pairs held out.
    let model = tmp.path().join("m.safetensors");
    let fitted = swan_lite0(
        &cache,
        &common::args(
            "fit --class stripes --image-size 32 --k 1 --calibration-split 0.25 \
             --calibration-group object",
            &["--data", &spec, "--out", model.to_str().unwrap()],
        ),
    );
    ok(&fitted);
    let stderr = String::from_utf8_lossy(&fitted.stderr);
    assert!(
        stderr.contains("calibrated on 4 held-out normal images")
            && stderr.contains("whole groups of object"),
        "{stderr}"
    );
    let header: serde_json::Value = serde_json::from_str(&ok(&swan_lite0(
        &cache,
        &["inspect", model.to_str().unwrap(), "--json"],
    )))
    .unwrap();
    let bank: Vec<String> = header["header"]["train_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| object(v.as_str().unwrap()))
        .collect();
    assert_eq!(bank.len(), 8);
    for o in &bank {
        assert_eq!(
            bank.iter().filter(|b| *b == o).count(),
            2,
            "a pair split: {bank:?}"
        );
    }

    // eval: the same groups kept together in every split, listed in the splits file.
    let report = tmp.path().join("r.json");
    ok(&swan_lite0(
        &cache,
        &common::args(
            "eval --method dn2 --protocol one-vs-rest --image-size 32 --k 1 \
             --calibration-split 0.25 --calibration-group object",
            &["--data", &spec, "--out", report.to_str().unwrap()],
        ),
    ));
    assert_eq!(
        common::read_json(&report)["calibration"]["group"],
        "object",
        "the report records the grouping"
    );
    let splits = common::read_json(&tmp.path().join("r.splits.json"));
    for split in splits["splits"].as_array().unwrap() {
        let held: Vec<String> = split["calibration"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| object(v.as_str().unwrap()))
            .collect();
        assert_eq!(held.len(), 4, "{split}");
        for o in &held {
            assert_eq!(held.iter().filter(|h| *h == o).count(), 2, "{split}");
        }
    }
    // The same fit's draw, as eval's split "stripes" makes it.
    let stripes = splits["splits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "stripes")
        .unwrap();
    let mut eval_train: Vec<String> = stripes["train"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| object(v.as_str().unwrap()))
        .collect();
    let mut fit_bank = bank.clone();
    eval_train.sort();
    fit_bank.sort();
    assert_eq!(eval_train, fit_bank);

    // An attribute the images lack is named, with the ones they have.
    let e = err(&swan_lite0(
        &cache,
        &common::args(
            "fit --class stripes --image-size 32 --k 1 --calibration-split 0.25 \
             --calibration-group camera",
            &["--data", &spec, "--out", model.to_str().unwrap()],
        ),
    ));
    assert!(
        e.contains("has no attribute \"camera\"") && e.contains("object"),
        "{e}"
    );
    // --calibration-group belongs to --calibration-split.
    let e = err(&swan_lite0(
        &cache,
        &common::args(
            "fit --class stripes --image-size 32 --calibration-group object",
            &["--data", &spec, "--out", model.to_str().unwrap()],
        ),
    ));
    assert!(e.contains("--calibration-split"), "{e}");
}
