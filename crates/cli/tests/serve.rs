//! `swan serve`: a DN2 model behind HTTP gives the scores `swan score` gives (to float
//! rounding), alone and in batches of concurrent requests, and refuses what it cannot score with a status and a reason.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::{make_folder_dataset, ok, read_scores, swan_lite0};

/// A running `swan serve`, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(cache: &Path, model: &Path, more: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_swan"))
            .args(["--threads", "2", "serve", "--port", "0", "--model"])
            .arg(model)
            .args(more)
            .env("SWAN_CACHE", cache)
            .env("SWAN_LITE0_WEIGHTS", common::lite0_weights())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("swan serve starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let addr = first
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("first line {first:?}"))
            .to_string();
        Self { child, addr }
    }

    /// One request on its own connection: the status and the JSON body.
    fn request(&self, method: &str, path: &str, body: &[u8]) -> (u16, serde_json::Value) {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: swan\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .unwrap();
        stream.write_all(body).unwrap();
        response(stream)
    }

    /// `GET /metrics`: each sample line as `name{labels}` → value; the comment lines must be
    /// Prometheus' `# HELP` and `# TYPE`.
    fn metrics(&self) -> std::collections::HashMap<String, f64> {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(stream, "GET /metrics HTTP/1.1\r\nConnection: close\r\n\r\n").unwrap();
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        assert!(text.starts_with("HTTP/1.1 200"), "{text}");
        assert!(
            text.contains("Content-Type: text/plain; version=0.0.4"),
            "{text}"
        );
        let body = &text[text.find("\r\n\r\n").unwrap() + 4..];
        body.lines()
            .filter(|line| {
                let comment = line.starts_with('#');
                assert!(
                    !comment
                        || line.starts_with("# HELP swan_")
                        || line.starts_with("# TYPE swan_"),
                    "{line}"
                );
                !comment
            })
            .map(|line| {
                let (name, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("{line}"));
                (
                    name.to_string(),
                    value.parse().unwrap_or_else(|e| panic!("{line}: {e}")),
                )
            })
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn response(mut stream: TcpStream) -> (u16, serde_json::Value) {
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    let status = text[9..12].parse().unwrap();
    let body = &text[text.find("\r\n\r\n").unwrap() + 4..];
    let json = serde_json::from_str(body).unwrap_or_else(|e| panic!("{body:?}: {e}"));
    (status, json)
}

fn score_of(json: &serde_json::Value) -> f64 {
    json["score"].as_f64().unwrap()
}

/// Equal up to float rounding: the encoder's sums run in another order when an image is
/// batched with other images (or alone) than in `swan score`'s batches; near 0 (a test image
/// equal to a training image) the distance's square root magnifies that rounding.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-5 * b.abs() + 1e-3
}

/// A DN2 model (k = 1, 32 px) of the `stripes` of a drawn folder dataset with `train` and
/// `test` images per class, under `root`: (data folder, cache folder, model file).
fn fit_dn2(root: &Path, train: u32, test: u32) -> (PathBuf, PathBuf, PathBuf) {
    let (data, cache) = (root.join("data"), root.join("cache"));
    make_folder_dataset(&data, train, test);
    let model = root.join("m.safetensors");
    ok(&swan_lite0(
        &cache,
        &common::args(
            "fit --class stripes --image-size 32 --k 1",
            &[
                "--data",
                &format!("folder:{}", data.display()),
                "--out",
                model.to_str().unwrap(),
            ],
        ),
    ));
    (data, cache, model)
}

#[test]
fn serve_scores_images_as_swan_score_does() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache, model) = fit_dn2(tmp.path(), 6, 3);
    let spec = format!("folder:{}", data.display());
    // What `swan score` gives each test image, in file order.
    let csv = tmp.path().join("s.csv");
    ok(&swan_lite0(
        &cache,
        &common::score_test_split(&model, &spec, &csv),
    ));
    let expected = read_scores(&csv);
    let mut files: Vec<_> = ["blobs", "stripes"]
        .iter()
        .flat_map(|c| std::fs::read_dir(data.join("test").join(c)).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), expected.len());
    let threshold = expected.iter().sum::<f64>() / expected.len() as f64;

    let server = Server::start(
        &cache,
        &model,
        &["--threshold", &threshold.to_string(), "--max-batch", "4"],
    );
    let (status, health) = server.request("GET", "/health", b"");
    assert_eq!((status, health["status"].as_str()), (200, Some("ok")));
    let (status, about) = server.request("GET", "/model", b"");
    assert_eq!(status, 200);
    assert_eq!(about["method"], "dn2");
    assert_eq!(about["n_train"], 6);
    assert_eq!(about["config"]["k"], 1, "{about}");

    // One request at a time: the scores of `swan score` (the CSV's digits), the decision at
    // the threshold, the name echoed, the nearest training image named.
    let bodies: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    // Answers flagged anomalous, for /metrics.
    let mut flagged = 0;
    let mut count_flag =
        |json: &serde_json::Value| flagged += usize::from(json["anomalous"] == true);
    for (body, want) in bodies.iter().zip(&expected) {
        let (status, json) = server.request("POST", "/score?name=a%20b.png", body);
        assert_eq!(status, 200, "{json}");
        assert!(close(score_of(&json), *want), "{json} against {want}");
        assert_eq!(json["id"], "a b.png");
        assert_eq!(json["anomalous"], *want > threshold);
        count_flag(&json);
    }
    let (_, near) = server.request("POST", "/score?neighbours=1", &bodies[0]);
    count_flag(&near);
    let nearest = near["neighbours"][0]["id"].as_str().unwrap();
    assert!(nearest.starts_with("train/stripes/"), "{near}");

    // Concurrent requests are batched; every image still gets its own score.
    let sent: Vec<_> = bodies
        .iter()
        .map(|body| {
            let (addr, body) = (server.addr.clone(), body.clone());
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(addr).unwrap();
                write!(
                    stream,
                    "POST /score HTTP/1.1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .unwrap();
                stream.write_all(&body).unwrap();
                response(stream)
            })
        })
        .collect();
    for (handle, want) in sent.into_iter().zip(&expected) {
        let (status, json) = handle.join().unwrap();
        assert_eq!(status, 200, "{json}");
        assert!(close(score_of(&json), *want), "{json} against {want}");
        count_flag(&json);
    }

    // What cannot be scored is refused with a reason, and the server keeps serving.
    let (status, json) = server.request("POST", "/score?name=broken.png", b"\x89PNG\r\n\x1a\nxx");
    assert_eq!(status, 400);
    assert!(
        json["error"].as_str().unwrap().contains("broken.png"),
        "{json}"
    );
    let (status, json) = server.request("POST", "/score", b"");
    assert_eq!(status, 400);
    assert!(json["error"].as_str().unwrap().contains("empty"), "{json}");
    let (status, _) = server.request("POST", "/score?neighbours=x", &bodies[0]);
    assert_eq!(status, 400);
    // A DN2 score has no patch map: maps are made by occlusion (8 × 8 unless the query
    // says), the score is the same.
    let (status, json) = server.request("POST", "/score?maps=1", &bodies[0]);
    assert_eq!(status, 200, "{json}");
    assert_eq!(json["map"]["shape"], serde_json::json!([8, 8]), "{json}");
    assert_eq!(
        json["map"]["heads"],
        serde_json::json!(["occlusion"]),
        "{json}"
    );
    assert!(close(score_of(&json), expected[0]), "{json}");
    count_flag(&json);
    let (status, json) =
        server.request("POST", "/score?occlusion=2&occlusion_fill=blur", &bodies[0]);
    assert_eq!(status, 200, "{json}");
    assert_eq!(json["map"]["values"].as_array().unwrap().len(), 4, "{json}");
    assert!(
        json["map"]["what"]
            .as_str()
            .unwrap()
            .contains("2 × 2 cells is blurred"),
        "{json}"
    );
    count_flag(&json);
    let (status, json) = server.request("POST", "/score?occlusion=0", &bodies[0]);
    assert_eq!(status, 400);
    assert!(
        json["error"].as_str().unwrap().contains("occlusion grid 0"),
        "{json}"
    );
    assert_eq!(server.request("GET", "/nope", b"").0, 404);
    assert_eq!(server.request("GET", "/score", b"").0, 405);
    let (status, json) = server.request("POST", "/score", &bodies[1]);
    assert_eq!(status, 200);
    assert!(close(score_of(&json), expected[1]), "{json}");
    count_flag(&json);
    // /health counts what the server did: every POST /score, the images scored, and how
    // many shared a batch on average.
    let (_, health) = server.request("GET", "/health", b"");
    let n = bodies.len() as u64;
    assert_eq!(health["requests"], 2 * n + 8, "{health}");
    assert_eq!(health["scored"], 2 * n + 4, "{health}");
    assert!(health["mean_batch"].as_f64().unwrap() >= 1.0, "{health}");
    // /metrics says the same to a monitoring system, with the refusals by status (the
    // unreadable image, the empty body and the two bad queries), the images flagged at the
    // threshold and a histogram of the batches' times.
    let metrics = server.metrics();
    let at = |name: &str| {
        *metrics
            .get(name)
            .unwrap_or_else(|| panic!("{name} in {metrics:?}"))
    };
    assert_eq!(at("swan_requests_total"), (2 * n + 8) as f64);
    assert_eq!(at("swan_images_scored_total"), (2 * n + 4) as f64);
    assert_eq!(at("swan_requests_refused_total{status=\"400\"}"), 4.0);
    assert_eq!(at("swan_images_flagged_total"), flagged as f64);
    assert!(flagged > 0 && flagged < 2 * n as usize + 2, "{flagged}");
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        at(&format!(
            "swan_model_info{{method=\"dn2\",swan_version=\"{version}\"}}"
        )),
        1.0
    );
    assert_eq!(at("swan_model_calibration_images"), 0.0);
    let batches = at("swan_batches_total");
    assert!((1.0..=(2 * n + 2) as f64).contains(&batches), "{batches}");
    assert_eq!(at("swan_batch_seconds_count"), batches);
    assert_eq!(at("swan_batch_seconds_bucket{le=\"+Inf\"}"), batches);
    assert!(
        at("swan_batch_seconds_bucket{le=\"0.005\"}") <= at("swan_batch_seconds_bucket{le=\"10\"}")
    );
    assert_eq!(at("swan_p_value_at_most_total{level=\"0.05\"}"), 0.0);
    drop(server);

    // A threshold found at startup on held-out images: at most half of them lie above it.
    let held = format!("folder:{}", data.join("test").display());
    let server = Server::start(
        &cache,
        &model,
        &["--threshold-fpr", "0.5", "--holdout-data", &held],
    );
    let (_, about) = server.request("GET", "/model", b"");
    let t = about["threshold"]
        .as_f64()
        .unwrap_or_else(|| panic!("{about}"));
    let above = expected.iter().filter(|&&e| e > t).count();
    assert!(
        above > 0 && above <= expected.len() / 2,
        "{above} above {t}"
    );
    let (_, json) = server.request("POST", "/score", &bodies[0]);
    assert_eq!(json["anomalous"], score_of(&json) > t, "{json}");
    // Six held-out images: no p-value can be below 1/7, so none is counted at 0.1 or under.
    let metrics = server.metrics();
    assert_eq!(metrics["swan_model_calibration_images"], 6.0);
    assert_eq!(metrics["swan_p_value_at_most_total{level=\"0.1\"}"], 0.0);
    // The held-out scores also give each answer its conformal p-value: (1 + held-out scores
    // at or above it) / (n + 1), n the held-out images /model counts. The posted image is one
    // of them, scored here in another batch: a tie with itself may go either way by rounding.
    let n = about["calibration"]["n"]
        .as_u64()
        .unwrap_or_else(|| panic!("{about}"));
    assert_eq!(n as usize, expected.len(), "{about}");
    let (p, s) = (json["p_value"].as_f64().unwrap(), score_of(&json));
    let count = |keep: &dyn Fn(f64) -> bool| expected.iter().filter(|&&e| keep(e)).count();
    let tol = 1e-5 * s.abs();
    let lowest = (1 + count(&|e| e > s + tol)) as f64 / (n + 1) as f64;
    let highest = (1 + count(&|e| e >= s - tol)) as f64 / (n + 1) as f64;
    assert!(
        lowest - 1e-12 <= p && p <= highest + 1e-12 && highest > lowest,
        "{json}: {lowest}..{highest}"
    );
}

#[test]
fn serve_refuses_an_image_over_the_size_limit_before_reading_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, cache, model) = fit_dn2(tmp.path(), 3, 1);
    let server = Server::start(&cache, &model, &["--max-body-mib", "1"]);
    // The client announces 2 MiB and waits for a go-ahead that does not come.
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    write!(
        stream,
        "POST /score HTTP/1.1\r\nContent-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
        2 * 1024 * 1024
    )
    .unwrap();
    let (status, json) = response(stream);
    assert_eq!(status, 413);
    assert!(
        json["error"].as_str().unwrap().contains("--max-body-mib 1"),
        "{json}"
    );
    assert_eq!(server.request("GET", "/health", b"").0, 200);
    assert_eq!(
        server.metrics()["swan_requests_refused_total{status=\"413\"}"],
        1.0
    );
}

#[test]
fn serve_answers_where_a_devnet_score_comes_from() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache) = (tmp.path().join("data"), tmp.path().join("cache"));
    make_folder_dataset(&data, 12, 2);
    let spec = format!("folder:{}", data.display());
    let model = tmp.path().join("devnet.safetensors");
    ok(&swan_lite0(
        &cache,
        &common::args(
            "fit --method devnet --class blobs --anomaly-class stripes --max-anomalies 4 \
             --image-size 64 --epochs 1 --steps-per-epoch 2",
            &[
                "--data",
                &spec,
                "--anomalies",
                &spec,
                "--out",
                model.to_str().unwrap(),
            ],
        ),
    ));
    let image = std::fs::read(data.join("test/stripes/000.png")).unwrap();
    let server = Server::start(&cache, &model, &[]);
    let (status, json) = server.request("POST", "/score?maps=1", &image);
    assert_eq!(status, 200, "{json}");
    // Lite0's last block at 64 px is 2 × 2 patches; DevNet's score is the mean of its top
    // K = max(⌊0.1 · 4⌋, 1) = 1 patch scores: the largest value of the map.
    let map = &json["map"];
    assert_eq!(map["shape"], serde_json::json!([2, 2]), "{json}");
    let values: Vec<f64> = map["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert_eq!(values.len(), 4);
    let top = values.iter().cloned().fold(f64::MIN, f64::max);
    assert!(close(top, score_of(&json)), "{json}");
    // Without the query no map; the score is the same.
    let (_, plain) = server.request("POST", "/score", &image);
    assert!(plain.get("map").is_none(), "{plain}");
    assert!(close(score_of(&plain), score_of(&json)), "{plain}");
    // ?occlusion= explains it by occlusion instead of its patch scores.
    let (status, occluded) = server.request("POST", "/score?occlusion=3", &image);
    assert_eq!(status, 200, "{occluded}");
    assert_eq!(occluded["map"]["heads"], serde_json::json!(["occlusion"]));
    assert_eq!(occluded["map"]["shape"], serde_json::json!([3, 3]));
    // A model without nearest training images says so.
    let (status, json) = server.request("POST", "/score?neighbours=1", &image);
    assert_eq!(status, 400);
    assert!(json["error"].as_str().unwrap().contains("devnet"), "{json}");
}

#[test]
fn serve_reloads_a_recalibrated_model_and_keeps_serving_a_bad_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, cache, model) = fit_dn2(tmp.path(), 6, 3);
    let spec = format!("folder:{}", data.display());
    let image = std::fs::read(data.join("test").join("blobs").join("000.png")).unwrap();
    // Calibrated on the three test stripes; served with the threshold at p ≤ 0.5.
    let calibrate = |class: &str, split: &str| {
        ok(&swan_lite0(
            &cache,
            &common::args(
                "calibrate --class",
                &[
                    class,
                    "--split",
                    split,
                    "--model",
                    model.to_str().unwrap(),
                    "--data",
                    &spec,
                ],
            ),
        ));
    };
    calibrate("stripes", "test");
    let server = Server::start(&cache, &model, &["--threshold-fpr", "0.5"]);
    let (_, about) = server.request("GET", "/model", b"");
    assert_eq!(about["calibration"]["n"], 3, "{about}");
    let (_, before) = server.request("POST", "/score", &image);

    // Recalibrated on the six test images of both classes, the file replaced: POST /reload
    // serves it, answering what GET /model now answers.
    calibrate("blobs", "all");
    let (status, reloaded) = server.request("POST", "/reload", b"");
    assert_eq!(status, 200, "{reloaded}");
    assert_eq!(reloaded["calibration"]["n"], 9, "{reloaded}");
    assert_eq!(server.request("GET", "/model", b"").1, reloaded);
    let (_, after) = server.request("POST", "/score", &image);
    assert_eq!(after["score"], before["score"], "the same detector");
    assert_ne!(after["p_value"], before["p_value"], "{before} {after}");
    assert_eq!(server.request("GET", "/health", b"").1["reloads"], 1);

    // A file that does not load: refused with why, and the model before goes on serving.
    std::fs::write(&model, b"not a model").unwrap();
    let (status, refused) = server.request("POST", "/reload", b"");
    assert_eq!(status, 500, "{refused}");
    let why = refused["error"].as_str().unwrap();
    assert!(
        why.contains("reload failed, still serving the model loaded before"),
        "{why}"
    );
    let (status, still) = server.request("POST", "/score", &image);
    assert_eq!((status, &still["p_value"]), (200, &after["p_value"]));
    assert_eq!(server.request("GET", "/model", b"").1, reloaded);
    assert_eq!(server.request("GET", "/reload", b"").0, 405);
}
