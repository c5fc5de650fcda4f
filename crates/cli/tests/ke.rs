//! `swan audit transforms` and `swan fit / eval --method ke` on a drawn folder dataset:
//! 2 classes, 100 training images, 4 transforms, 2 epochs (the CI smoke run).

mod common;
use common::{err, make_folder_dataset, ok, swan_lite0 as swan};

const BANK: &str = "hflip,vflip,rot90,blur";

#[test]
fn audit_and_ke_smoke() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 50, 10);
    let data_arg = format!("folder:{}", data.display());

    // The audit: a ranking of the four transforms per class, JSON and HTML.
    let audit = tmp.path().join("audit.json");
    let out = ok(&swan(
        &cache,
        &common::args(
            "audit transforms --pairs 1 --image-size 32",
            &[
                "--data",
                &data_arg,
                "--transforms",
                BANK,
                "--out",
                audit.to_str().unwrap(),
            ],
        ),
    ));
    assert!(out.contains("stripes") && out.contains("blobs"), "{out}");
    let json = common::read_json(&audit);
    for c in json["classes"].as_array().unwrap() {
        let ranking = c["ranking"].as_array().unwrap();
        assert_eq!(ranking.len(), 4);
        let d: Vec<f64> = ranking
            .iter()
            .map(|r| r["distance"].as_f64().unwrap())
            .collect();
        assert!(d.windows(2).all(|w| w[0] <= w[1]), "ascending: {d:?}");
        assert_eq!(c["positives"][0], ranking[0]["transform"]);
        assert_eq!(c["negatives"][0], ranking[3]["transform"]);
    }
    let page = std::fs::read_to_string(audit.with_extension("html")).unwrap();
    assert!(page.contains("<svg") && page.contains("data:image/png;base64,"));

    // KE: fit, score, and a one-vs-rest eval, with each policy.
    let model = tmp.path().join("ke.safetensors");
    ok(&swan(
        &cache,
        &common::args(
            "fit --class blobs --method ke --pairs 1 --epochs 2 --image-size 32",
            &[
                "--data",
                &data_arg,
                "--bank",
                BANK,
                "--out",
                model.to_str().unwrap(),
            ],
        ),
    ));
    let scores = tmp.path().join("scores.csv");
    ok(&swan(
        &cache,
        &common::score_test_split(&model, &data_arg, &scores),
    ));
    let values = common::read_scores(&scores);
    assert_eq!(values.len(), 20);
    // A one-class SVM's −decision_function: continuous, not ±1 decisions.
    let mut distinct = values.clone();
    distinct.sort_by(f64::total_cmp);
    distinct.dedup();
    assert!(distinct.len() > 5, "{values:?}");
    for policy in ["ranked", "fixed", "random"] {
        let report = tmp.path().join(format!("{policy}.json"));
        ok(&swan(
            &cache,
            &common::args(
                "eval --method ke --pairs 1 --epochs 2 --image-size 32",
                &[
                    "--data",
                    &data_arg,
                    "--policy",
                    policy,
                    "--bank",
                    BANK,
                    "--out",
                    report.to_str().unwrap(),
                ],
            ),
        ));
        let json = common::read_json(&report);
        assert_eq!(json["splits"].as_array().unwrap().len(), 2);
        // Each split records the transforms its fit chose.
        for split in json["splits"].as_array().unwrap() {
            let fitted = split["fitted"].as_str().unwrap();
            assert!(fitted.starts_with("positives "), "{fitted}");
        }
    }
    // SSA: every test image through one transform; rot90 changes the meaning of blobs,
    // hflip (instead) the stripes..
    for scope in ["all", "normal-class"] {
        let report = tmp.path().join(format!("ssa-{scope}.json"));
        let out = ok(&swan(
            &cache,
            &common::args(
                "eval --method ke --protocol ssa --transforms hflip@5,rot90@5 --shifting rot90 --shifting-for stripes=hflip --pairs 1 --epochs 2 --image-size 32",
                &[
                    "--data",
                    &data_arg,
                    "--ssa-scope",
                    scope,
                    "--bank",
                    BANK,
                    "--out",
                    report.to_str().unwrap(),
                ],
            ),
        ));
        assert!(out.contains("standard SAD"), "{out}");
        let json = common::read_json(&report);
        let n_test = json["splits"][0]["n_test"].as_u64().unwrap();
        assert_eq!(n_test, if scope == "all" { 20 } else { 10 });
    }
}

/// `--scratch`, KE's paper tier: a ResNet-18 trained from scratch on the images and their
/// views. With the fixed policy it needs no pretrained weights at all (fit, score, inspect);
/// the flags that do not apply say so, and the ranked policy asks for the weights it ranks on.
#[test]
fn ke_from_scratch_needs_no_pretrained_weights_with_the_fixed_policy() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 16, 5);
    let data_arg = format!("folder:{}", data.display());
    let model = tmp.path().join("ke-scratch.safetensors");
    let model_arg = model.to_str().unwrap();
    let no_weights =
        |words: &str, more: &[&str]| common::swan_with(&cache, None, &common::args(words, more));
    let fit = "fit --class blobs --method ke --scratch --width 0.125 --train-size 16 \
               --epochs 2 --train-batch 8";
    let fitted = no_weights(
        &format!("{fit} --policy fixed"),
        &["--data", &data_arg, "--out", model_arg],
    );
    ok(&fitted);
    let said = String::from_utf8_lossy(&fitted.stderr);
    assert!(said.contains("positives hflip@1, crop@1"), "{said}");
    let scores = tmp.path().join("scores.csv");
    ok(&common::swan_with(
        &cache,
        None,
        &common::score_test_split(&model, &data_arg, &scores),
    ));
    let values = common::read_scores(&scores);
    assert_eq!(values.len(), 10);
    assert!(values.iter().all(|v| v.is_finite()), "{values:?}");
    let described = ok(&no_weights("inspect", &[model_arg]));
    assert!(
        described.contains("scratch") && described.contains("width"),
        "{described}"
    );

    // Flags that do not apply.
    let refused = |words: &str, says: &str| {
        let e = err(&no_weights(
            words,
            &["--data", &data_arg, "--out", model_arg],
        ));
        assert!(e.contains(says), "{words}: {e}");
    };
    refused(
        "fit --class blobs --method ke --width 0.5",
        "--width and --train-size apply to ke with --scratch",
    );
    refused(
        "fit --class blobs --method dn2 --scratch",
        "--scratch) apply to --method ke",
    );
    refused(
        "fit --class blobs --method ke --scratch --tap block10",
        "--tap does not apply to ke --scratch",
    );
    // The ranked policy (the default) ranks on the pretrained encoder's features.
    let e = err(&no_weights(fit, &["--data", &data_arg, "--out", model_arg]));
    assert!(e.contains("weights"), "{e}");
}

/// SSA transforms only the test images, so its standard SAD pass trains on the same images:
/// it scores with the models the SSA pass fitted (no `sad-*` training runs). SPA trains on
/// transformed images, so its SAD pass fits again, under its own run names: a `--resume`
/// finds each pass's checkpoints, never the other's.
#[test]
fn the_standard_sad_beside_ssa_reuses_its_fits_and_beside_spa_keeps_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 12, 4);
    let data_arg = format!("folder:{}", data.display());
    for (protocol, extra, refits) in [("ssa", "--shifting rot90", false), ("spa", "", true)] {
        let runs = tmp.path().join(format!("runs-{protocol}"));
        let out = tmp.path().join(format!("{protocol}.json"));
        let eval = |more: &[&str]| {
            let words = format!(
                "eval --method ke --scratch --policy fixed --width 0.125 --train-size 16 \
                 --epochs 1 --train-batch 4 --protocol {protocol} --transforms hflip@5,rot90@5 \
                 {extra}"
            );
            let mut args = common::args(
                &words,
                &[
                    "--data",
                    &data_arg,
                    "--train-dir",
                    runs.to_str().unwrap(),
                    "--out",
                    out.to_str().unwrap(),
                ],
            );
            args.extend_from_slice(more);
            common::swan_with(&cache, None, &args)
        };
        let first = ok(&eval(&[]));
        assert!(first.contains("standard SAD"), "{first}");
        let names: Vec<String> = std::fs::read_dir(&runs)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let sad_runs = names.iter().filter(|n| n.starts_with("sad-")).count();
        assert_eq!(sad_runs > 0, refits, "{protocol}: {names:?}");
        assert!(
            names.iter().any(|n| n == "blobs.ckpt.safetensors"),
            "{names:?}"
        );
        // Again with --resume (a fresh report): every training run is found, none clashes.
        std::fs::remove_file(&out).unwrap();
        let again = ok(&eval(&["--resume"]));
        assert!(again.contains("standard SAD"), "{again}");
    }
}
