//! Red PANDA (the CI smoke run): `swan eval --protocol nagad` with a synthetic tint on a
//! drawn folder dataset, and `swan fit` / `swan score` on a CSV manifest whose `camera`
//! column is the nuisance and whose `group` / `split` columns give the NAGAD groups.

mod common;
use common::{err, make_folder_dataset, ok, swan_lite0 as swan};

/// A CSV over the folder dataset: camera alternates c0/c1; blobs are the anomalies; stripes
/// seen by camera c1 in the test split are pseudo-anomalies (never trained on).
fn write_manifest(data: &std::path::Path) -> std::path::PathBuf {
    let mut csv = String::from("path,class,camera,group,split\n");
    for split in ["train", "test"] {
        for class in ["stripes", "blobs"] {
            let files = common::sorted_file_names(&data.join(split).join(class));
            for (i, f) in files.iter().enumerate() {
                let camera = format!("c{}", i % 2);
                let group = match (class, camera.as_str()) {
                    ("blobs", _) => "anomaly",
                    ("stripes", "c1") if split == "test" => "pseudo",
                    _ => "familiar",
                };
                // Only familiar images train; c1 stripes of the train folder are left out.
                if split == "train" && (group != "familiar" || camera == "c1") {
                    continue;
                }
                csv += &format!("{split}/{class}/{f},{class},{camera},{group},{split}\n");
            }
        }
    }
    let path = data.join("manifest.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

/// The test ids an eval report's split file marks as pseudo-anomalies (first split).
fn pseudo_ids(report: &std::path::Path) -> Vec<String> {
    let ids: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(report.with_extension("splits.json")).unwrap(),
    )
    .unwrap();
    let split = &ids["splits"][0];
    split["test"]
        .as_array()
        .unwrap()
        .iter()
        .zip(split["test_pseudo"].as_array().unwrap())
        .filter(|(_, p)| p.as_bool().unwrap())
        .map(|(id, _)| id.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn red_panda_smoke() {
    let tmp = tempfile::tempdir().unwrap();
    let (cache, data) = (tmp.path().join("cache"), tmp.path().join("data"));
    make_folder_dataset(&data, 100, 20); // 240 images
    let folder = format!("folder:{}", data.display());

    // eval: tint4 nuisance, one anomaly class drawn, Red PANDA for 2 epochs. The nuisance is
    // drawn with its own fixed seed, not the split seed.
    let report = tmp.path().join("rp.json");
    let out = ok(&swan(
        &cache,
        &common::args(
            "eval --protocol nagad --synthetic-nuisance tint4 --nuisance tint --anomaly-values 1 --seed 3 --method red-panda --epochs 2 --image-size 32",
            &["--data", &folder, "--out", report.to_str().unwrap()],
        ),
    ));
    assert!(out.contains("probes: nuisance accuracy"), "{out}");
    let json = common::read_json(&report);
    assert_eq!(json["seed"], 3);
    assert_eq!(
        json["synthetic_nuisance"],
        serde_json::json!({"kind": "tint4", "seed": 0})
    );
    assert_eq!(json["splits"].as_array().unwrap().len(), 1);
    for key in ["ad", "pa", "ra"] {
        let v = json["mean"][key].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&v), "{key} {v}");
    }
    let probes = &json["splits"][0]["probes"];
    assert!(probes["nuisance_chance"].as_f64().unwrap() > 0.2);
    assert_eq!(json["method"]["method"], "red-panda");

    // fit on the CSV with --nuisance camera, twice: the same seed gives the same scores.
    let manifest = write_manifest(&data);
    let csv = format!("csv:{}", manifest.display());
    let fit = |name: &str, extra: &[&str]| {
        let model = tmp.path().join(name);
        let mut args = vec![
            "fit",
            "--data",
            &csv,
            "--class",
            "stripes",
            "--nuisance",
            "camera",
            "--method",
            "red-panda",
            "--epochs",
            "2",
            "--image-size",
            "32",
            "--out",
            model.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        ok(&swan(&cache, &args));
        model
    };
    let score = |model: &std::path::Path, name: &str| {
        let out = tmp.path().join(name);
        ok(&swan(
            &cache,
            &common::score_model(model, &folder, &["--out", out.to_str().unwrap()]),
        ));
        std::fs::read_to_string(out).unwrap()
    };
    let (a, b) = (fit("a.safetensors", &[]), fit("b.safetensors", &[]));
    let sa = score(&a, "a.csv");
    assert_eq!(sa, score(&b, "b.csv"), "same seed, same scores");
    assert!(sa.lines().count() > 200);
    // The nearest training code named: the score is its cosine distance (k = 1).
    let named = ok(&swan(
        &cache,
        &common::args(
            "score --neighbours 1",
            &["--model", a.to_str().unwrap(), "--data", &folder],
        ),
    ));
    assert!(named.starts_with("id,score,class,label,split,neighbour_1,distance_1\n"));
    for row in named.lines().skip(1) {
        let f: Vec<&str> = row.split(',').collect();
        let (score, d): (f32, f32) = (f[1].parse().unwrap(), f[6].parse().unwrap());
        assert!((score - d).abs() < 1e-5, "{row}");
        assert!(!f[5].is_empty(), "{row}");
    }
    let c = fit("c.safetensors", &["--seed", "1"]);
    assert_ne!(sa, score(&c, "c.csv"), "another seed, other scores");

    // The given groups are used as they are.
    let given = tmp.path().join("given.json");
    ok(&swan(
        &cache,
        &common::args(
            "eval --protocol nagad --nuisance camera --group-column group --split-column split --method dn2 --image-size 32",
            &["--data", &csv, "--out", given.to_str().unwrap()],
        ),
    ));
    let json = common::read_json(&given);
    let split = &json["splits"][0];
    // train: 50 stripes (c0 of 100); test: 20 stripes (10 familiar c0, 10 pseudo c1) + 20 blobs.
    assert_eq!(split["n_train"], 50);
    assert_eq!(split["n_test"], 40);
    assert_eq!(split["n_anomalous"], 20);
    // The split file lists exactly the manifest's pseudo-anomalies (c1 stripes of test/).
    let pseudo = pseudo_ids(&given);
    assert_eq!(pseudo.len(), 10);
    assert!(
        pseudo.iter().all(|id| id.starts_with("test/stripes/")),
        "{pseudo:?}"
    );
    let manifest_text = std::fs::read_to_string(&manifest).unwrap();
    for id in &pseudo {
        assert!(
            manifest_text.contains(&format!("{id},stripes,c1,pseudo,test")),
            "{id}"
        );
    }

    // Errors: no nuisance.
    let model = tmp.path().join("x.safetensors");
    let e = err(&swan(
        &cache,
        &common::args(
            "fit --method red-panda --epochs 1 --image-size 32",
            &["--data", &folder, "--out", model.to_str().unwrap()],
        ),
    ));
    assert!(e.contains("nuisance"), "{e}");
    // Tier C fine-tunes the whole encoder; its model file scores like any other.
    let whole = fit("tier-c.safetensors", &["--tier", "c", "--views", "1"]);
    let sc = score(&whole, "tier-c.csv");
    assert_eq!(sc.lines().count(), sa.lines().count());
    assert_ne!(sc, sa);
}

/// A NumPy-written archive in the layout of Red PANDA's released benchmarks (`imgs`,
/// `anom_label`, attribute arrays, a `split` array; `crates/data/tests/fixtures/make_npz.py`)
/// runs the NAGAD protocol with its given groups.
#[test]
fn nagad_on_a_numpy_npz_uses_its_groups() {
    let tmp = tempfile::tempdir().unwrap();
    let npz = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data/tests/fixtures/redpanda_like.npz");
    let report = tmp.path().join("npz.json");
    ok(&swan(
        &tmp.path().join("cache"),
        &common::args(
            "eval --protocol nagad --nuisance color --group-column group --split-column split --method dn2 --k 1 --image-size 32",
            &[
                "--data",
                &format!("npz:{}", npz.display()),
                "--out",
                report.to_str().unwrap(),
            ],
        ),
    ));
    let json = common::read_json(&report);
    let split = &json["splits"][0];
    // anom_label 0 0 | 1 2 0 1 with split 0 0 | 1 1 1 1: two familiar training images; the
    // test holds one familiar, one pseudo-anomaly and two anomalies.
    assert_eq!(split["n_train"], 2);
    assert_eq!(split["n_test"], 4);
    assert_eq!(split["n_anomalous"], 2);
    let pseudo = pseudo_ids(&report);
    assert_eq!(pseudo, ["redpanda_like/000003"]);
}
