//! `swan serve`: a saved detector behind a small HTTP API, so that images are scored as they
//! arrive (an inspection station, a pipeline step) without starting swan for each one.
//!
//! `POST /score` takes one encoded image as the request body and answers with its score in
//! JSON; `GET /model` describes the detector; `GET /health` says the server is up. Reader
//! threads take requests off the connections and queue the scoring ones; one thread scores.
//! Requests that arrive while a batch is being scored wait and are scored together as the
//! next batch (up to `--max-batch`), so a busy server runs the encoder on full batches.
//! `POST /reload` reads the model file again (after `swan calibrate` or a refit replaced it)
//! between two batches, without dropping a request; a file that does not load leaves the
//! model served before in place. `GET /metrics` gives the counters in Prometheus' text format
//! for a monitoring system to scrape: requests, refusals by status, images flagged and
//! p-values at 0.01 / 0.05 / 0.1 (the drift signal: on normal traffic their share stays near
//! the level), and the time batches take.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock, mpsc};
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::{Value, json};
use swan_data::Sample;
use swan_method::explain::{Occlusion, OcclusionFill};
use swan_method::{Fitted, RunContext};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::args::RunArgs;
use crate::common::{self, Global};

/// `swan serve`: a model file in, an HTTP server that scores images out.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Model file written by `swan fit`.
    #[arg(long, short)]
    model: PathBuf,
    /// Address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// Port to listen on; 0 picks a free one (the address is printed on the first line).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Add `"anomalous": true/false` to every score: true where the score is above SCORE (a
    /// threshold `swan score --threshold-fpr` printed, or one chosen by hand). Every score
    /// carries a `"p_value"` when the model is calibrated (`swan fit --calibration-split`,
    /// `swan calibrate`) or --holdout-data is given.
    #[arg(long, value_name = "SCORE", value_parser = super::score::finite_score)]
    threshold: Option<f32>,
    /// Find --threshold at startup instead, as `swan score --threshold-fpr` does: the score
    /// above which new normal images are flagged with probability at most FPR (the images with
    /// p ≤ FPR), from the held-out normal scores of --holdout-data or else the model's own
    /// calibration.
    #[arg(
        long,
        value_name = "FPR",
        conflicts_with = "threshold",
        value_parser = crate::args::open_fraction
    )]
    threshold_fpr: Option<f64>,
    /// Held-out normal images ([KIND:]PATH; anomaly-labelled ones are left out), scored at
    /// startup to calibrate the model (replacing the model file's own calibration, if any):
    /// `"p_value"` in every answer, and the threshold of --threshold-fpr.
    #[arg(long, value_name = "[KIND:]PATH")]
    holdout_data: Option<swan_data::DataSpec>,
    /// Most requests scored together in one batch, when several are waiting.
    #[arg(long, value_name = "N", default_value_t = 32, value_parser = crate::args::at_least_one)]
    max_batch: usize,
    /// Largest image accepted, in MiB; a larger request body is refused (413).
    #[arg(long, value_name = "MIB", default_value_t = 32, value_parser = crate::args::at_least_one)]
    max_body_mib: usize,
    /// Compute device: cpu (default); cuda or wgpu in builds with that cargo feature.
    #[arg(long, default_value = "cpu")]
    device: String,
}

/// What the scoring thread is asked to do: score an image, or load the model file again.
enum Job {
    Score(ScoreRequest),
    Reload(Request),
}

/// What a client asked of `POST /score`, once its body has been read.
struct ScoreRequest {
    request: Request,
    /// What errors and the answer call the image: `?name=`, else `request-N`.
    name: String,
    sample: Sample,
    /// How many nearest training images to name (`?neighbours=K`), 0 for none.
    neighbours: usize,
    /// Whether to answer where in the image the score comes from (`?maps=1`).
    maps: bool,
    /// Make that map by occlusion (`?occlusion=GRID`, or `?maps=1` on a model without patch
    /// scores) rather than from the model's patch scores.
    occlusion: Option<Occlusion>,
}

pub fn run(args: ServeArgs, _global: &Global) -> Result<()> {
    let device = common::select_device(&args.device)?;
    let mut loaded = Loaded::new(&args, &device)?;
    let server = Server::http((args.host.as_str(), args.port))
        .map_err(|e| anyhow::anyhow!("cannot listen on {}:{}: {e}", args.host, args.port))?;
    let addr = server
        .server_addr()
        .to_ip()
        .context("the server has no IP address")?;
    println!("listening on http://{addr}");
    eprintln!(
        "serving {} ({} model, {} training images): POST /score with an image as the body; \
         GET /model, GET /health, GET /metrics; POST /reload after the model file changed; \
         Ctrl-C stops",
        args.model.display(),
        loaded.model.kind().name(),
        loaded.model.n_train()
    );
    let endpoints = Arc::new(Endpoints {
        info: RwLock::new(loaded.info.clone()),
        limit: args.max_body_mib * 1024 * 1024,
        served: AtomicU64::new(0),
        reloads: AtomicU64::new(0),
        started: Instant::now(),
        metrics: Metrics::default(),
    });
    // Readers take requests off the connections, answer what needs no model at once (so
    // /health answers while a batch is scored) and queue scoring requests, their bodies read;
    // the queue holds a few batches, then readers wait (back-pressure on the clients).
    let server = Arc::new(server);
    let (queue, jobs) = mpsc::sync_channel::<Job>(2 * args.max_batch);
    for _ in 0..READERS {
        let (server, endpoints, queue) = (server.clone(), endpoints.clone(), queue.clone());
        std::thread::spawn(move || read_requests(&server, &endpoints, &queue));
    }
    drop(queue);
    // This thread scores: a batch is the first request waiting and whatever else is queued
    // before the next reload, which waits for the batch.
    while let Ok(first) = jobs.recv() {
        let first = match first {
            Job::Score(r) => r,
            Job::Reload(request) => {
                reload(&mut loaded, request, &args, &device, &endpoints);
                continue;
            }
        };
        let mut batch = vec![first];
        let mut reload_after = None;
        while batch.len() < args.max_batch {
            match jobs.try_recv() {
                Ok(Job::Score(next)) => batch.push(next),
                Ok(Job::Reload(request)) => {
                    reload_after = Some(request);
                    break;
                }
                Err(_) => break,
            }
        }
        let Loaded {
            model,
            ctx,
            decision,
            ..
        } = &mut loaded;
        let started = Instant::now();
        score_batch(batch, model, ctx, decision, &endpoints.metrics);
        endpoints
            .metrics
            .observe_batch(started.elapsed().as_secs_f64());
        if let Some(request) = reload_after {
            reload(&mut loaded, request, &args, &device, &endpoints);
        }
    }
    anyhow::bail!("the server stopped accepting requests")
}

/// The model served, with what scoring it needs and what readers answer about it.
struct Loaded {
    model: Fitted,
    ctx: RunContext,
    decision: Decision,
    info: ModelInfo,
}

impl Loaded {
    /// Reads --model and finds its decision: the threshold, and the held-out normal scores of
    /// --holdout-data (scored now) or of the model's own calibration.
    fn new(args: &ServeArgs, device: &swan_encoder::Device) -> Result<Self> {
        let (model, encoder) = Fitted::load(&args.model, device)
            .with_context(|| format!("loading the --model file {}", args.model.display()))?;
        // Every request is new pixels: nothing is worth caching on disk or keeping in memory.
        let run = RunArgs {
            seed: 0,
            no_cache: true,
        };
        // No progress bars: a server's log is read, not watched.
        let quiet = Global { progress: false };
        let mut ctx = common::run_context(encoder.map(Arc::new), args.max_batch, &run, &quiet);
        ctx.keep_features = false;
        let calibration =
            super::score::model_calibration(&model, &mut ctx, args.holdout_data.as_ref())?;
        let threshold = super::score::decision_threshold(
            args.threshold,
            args.threshold_fpr,
            calibration.as_ref().map(|c| &c.scores),
            "--threshold-fpr needs held-out normal scores: --holdout-data KIND:PATH (held-out \
             normal images), or a model calibrated by `swan fit --calibration-split` or `swan \
             calibrate`",
        )?;
        let decision = Decision {
            threshold,
            calibration,
        };
        let info = ModelInfo {
            about: describe_model(&model, &args.model, &decision),
            method: model.kind().name(),
            names_neighbours: model.names_neighbours(),
            has_maps: model.has_maps(),
            calibration_images: decision.calibration.as_ref().map_or(0, |c| c.scores.len()),
        };
        Ok(Self {
            model,
            ctx,
            decision,
            info,
        })
    }
}

/// `POST /reload`: loads --model again and serves it from the next batch on, answering with
/// its description; a file that does not load is answered with why, and the model loaded
/// before stays.
fn reload(
    loaded: &mut Loaded,
    request: Request,
    args: &ServeArgs,
    device: &swan_encoder::Device,
    endpoints: &Endpoints,
) {
    match Loaded::new(args, device) {
        Ok(new) => {
            *endpoints.info.write().unwrap_or_else(|e| e.into_inner()) = new.info.clone();
            let about = new.info.about.clone();
            *loaded = new;
            endpoints.reloads.fetch_add(1, Ordering::Relaxed);
            eprintln!("reloaded {}", args.model.display());
            reply::<()>(request, 200, &about);
        }
        Err(e) => {
            tracing::warn!("reload failed: {e:#}");
            reply_error::<()>(
                request,
                500,
                format!("reload failed, still serving the model loaded before: {e:#}"),
            );
        }
    }
}

/// Threads reading requests off the connections.
const READERS: usize = 8;

/// What the readers answer about the model served, and check requests against.
#[derive(Clone)]
struct ModelInfo {
    about: Value,
    method: &'static str,
    names_neighbours: bool,
    has_maps: bool,
    /// Held-out scores behind the answers' p-values (0 without).
    calibration_images: usize,
}

/// What the readers need to answer requests without the model.
struct Endpoints {
    /// The model served (replaced by `POST /reload`).
    info: RwLock<ModelInfo>,
    /// The largest body accepted, in bytes.
    limit: usize,
    /// Scoring requests so far (names `request-N`).
    served: AtomicU64,
    /// Successful `POST /reload`s.
    reloads: AtomicU64,
    started: Instant,
    /// What answers said: images scored, refused, flagged; batches and their times.
    metrics: Metrics,
}

impl Endpoints {
    /// What `GET /health` answers: that the server is up, and what it has done.
    fn health(&self) -> Value {
        let (scored, batches) = (
            self.metrics.scored.load(Ordering::Relaxed),
            self.metrics.batches(),
        );
        json!({
            "status": "ok",
            "uptime_s": self.started.elapsed().as_secs(),
            "requests": self.served.load(Ordering::Relaxed),
            "scored": scored,
            "mean_batch": if batches == 0 { 0.0 } else { scored as f64 / batches as f64 },
            "reloads": self.reloads.load(Ordering::Relaxed),
        })
    }

    /// The model served, as readers see it.
    fn info(&self) -> std::sync::RwLockReadGuard<'_, ModelInfo> {
        self.info.read().unwrap_or_else(|e| e.into_inner())
    }

    /// What `GET /metrics` answers: every counter in Prometheus' text exposition format.
    fn prometheus(&self) -> String {
        let info = self.info();
        let mut out = String::new();
        let mut metric = |name: &str, kind: &str, help: &str, samples: &[(String, f64)]| {
            let _ = writeln!(out, "# HELP swan_{name} {help}\n# TYPE swan_{name} {kind}");
            for (labels, value) in samples {
                let _ = writeln!(out, "swan_{name}{labels} {value}");
            }
        };
        let count = |c: &AtomicU64| c.load(Ordering::Relaxed) as f64;
        let one = |value: f64| [(String::new(), value)];
        metric(
            "model_info",
            "gauge",
            "The model served (1), with its method and swan's version.",
            &[(
                format!(
                    "{{method=\"{}\",swan_version=\"{}\"}}",
                    info.method,
                    env!("CARGO_PKG_VERSION")
                ),
                1.0,
            )],
        );
        metric(
            "model_calibration_images",
            "gauge",
            "Held-out normal images behind the p-values (0: answers carry none).",
            &one(info.calibration_images as f64),
        );
        metric(
            "uptime_seconds",
            "gauge",
            "Seconds since the server started.",
            &one(self.started.elapsed().as_secs_f64()),
        );
        metric(
            "requests_total",
            "counter",
            "POST /score requests received.",
            &one(count(&self.served)),
        );
        let m = &self.metrics;
        metric(
            "images_scored_total",
            "counter",
            "Images answered with a score.",
            &one(count(&m.scored)),
        );
        let refused: Vec<(String, f64)> = m
            .refused
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|(status, n)| (format!("{{status=\"{status}\"}}"), *n as f64))
            .collect();
        metric(
            "requests_refused_total",
            "counter",
            "POST /score requests answered with an error, by HTTP status (400: not an image or a \
             bad query; 413: too large; 422: the model could not score it).",
            &refused,
        );
        metric(
            "images_flagged_total",
            "counter",
            "Images answered with \"anomalous\": true (a threshold is set).",
            &one(count(&m.flagged)),
        );
        let levels: Vec<(String, f64)> = P_LEVELS
            .iter()
            .zip(&m.p_at_most)
            .map(|(level, n)| (format!("{{level=\"{level}\"}}"), count(n)))
            .collect();
        metric(
            "p_value_at_most_total",
            "counter",
            "Images whose p-value is at most the level (calibrated models). On normal traffic \
             the share of scored images stays near the level; well above it, the data has \
             drifted from the calibration (swan calibrate --check tests it).",
            &levels,
        );
        metric(
            "batches_total",
            "counter",
            "Batches the scoring thread finished.",
            &one(m.batches() as f64),
        );
        metric(
            "reloads_total",
            "counter",
            "Successful POST /reload requests.",
            &one(count(&self.reloads)),
        );
        let histogram = m.batch_seconds.lock().unwrap_or_else(|e| e.into_inner());
        let mut samples = Vec::new();
        let mut cumulative = 0;
        for (bound, n) in BATCH_SECONDS.iter().zip(&histogram.counts) {
            cumulative += n;
            samples.push((format!("_bucket{{le=\"{bound}\"}}"), cumulative as f64));
        }
        samples.push(("_bucket{le=\"+Inf\"}".into(), histogram.count as f64));
        samples.push(("_sum".into(), histogram.sum));
        samples.push(("_count".into(), histogram.count as f64));
        metric(
            "batch_seconds",
            "histogram",
            "Seconds a batch took to score and answer.",
            &samples,
        );
        out
    }
}

/// The p-value levels `GET /metrics` counts, those `swan calibrate --check` tests.
const P_LEVELS: [f64; 3] = super::calibrate::CHECK_LEVELS;

/// Upper bounds (seconds) of the buckets of the batch-time histogram.
const BATCH_SECONDS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Counters of what the answers said, for `GET /health` and `GET /metrics`.
#[derive(Default)]
struct Metrics {
    /// Images answered with a score.
    scored: AtomicU64,
    /// Of those, answered `"anomalous": true`.
    flagged: AtomicU64,
    /// Of those, with a p-value at most each of [`P_LEVELS`].
    p_at_most: [AtomicU64; P_LEVELS.len()],
    /// Scoring requests refused, by HTTP status.
    refused: Mutex<BTreeMap<u16, u64>>,
    batch_seconds: Mutex<Histogram>,
}

/// Counts per bucket of [`BATCH_SECONDS`] (not cumulative), with the sum and count of all.
#[derive(Default)]
struct Histogram {
    counts: [u64; BATCH_SECONDS.len()],
    sum: f64,
    count: u64,
}

impl Metrics {
    /// An image answered with a score, its p-value (calibrated models) and decision (with a
    /// threshold).
    fn answered(&self, p_value: Option<f64>, anomalous: Option<bool>) {
        self.scored.fetch_add(1, Ordering::Relaxed);
        if anomalous == Some(true) {
            self.flagged.fetch_add(1, Ordering::Relaxed);
        }
        if let Some(p) = p_value {
            for (level, n) in P_LEVELS.iter().zip(&self.p_at_most) {
                if p <= *level {
                    n.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
    }

    fn refused(&self, status: u16) {
        let mut refused = self.refused.lock().unwrap_or_else(|e| e.into_inner());
        *refused.entry(status).or_default() += 1;
    }

    /// Batches the scoring thread finished.
    fn batches(&self) -> u64 {
        self.batch_seconds
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .count
    }

    fn observe_batch(&self, seconds: f64) {
        let mut h = self.batch_seconds.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = BATCH_SECONDS.iter().position(|&bound| seconds <= bound) {
            h.counts[i] += 1;
        }
        h.sum += seconds;
        h.count += 1;
    }
}

/// A reader thread: takes requests until the server stops, queueing the scoring ones. A
/// connection that fails is logged and forgotten; the thread goes on with the next.
fn read_requests(server: &Server, endpoints: &Endpoints, queue: &mpsc::SyncSender<Job>) {
    loop {
        match server.recv() {
            Ok(request) => {
                if let Some(r) = route(request, endpoints)
                    && queue.send(r).is_err()
                {
                    return;
                }
            }
            Err(e) => {
                tracing::warn!("could not take a request: {e}");
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
        }
    }
}

/// Answers everything but a scoring request or a reload at once; returns those for the
/// scoring thread (a scoring request with its body read).
fn route(request: Request, endpoints: &Endpoints) -> Option<Job> {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    match (request.method(), path) {
        (Method::Get, "/health") => reply(request, 200, &endpoints.health()),
        (Method::Get, "/metrics") => reply_metrics(request, endpoints.prometheus()),
        (Method::Get, "/model") => {
            let about = endpoints.info().about.clone();
            reply(request, 200, &about)
        }
        (Method::Get, "/") => reply(
            request,
            200,
            &json!({
                "endpoints": {
                    "POST /score": "the request body is one image (PNG, JPEG, BMP, TIFF, GIF, \
                                    WebP); optional query: name=NAME (echoed as id), \
                                    neighbours=K (the K nearest training images, for models \
                                    that have them), maps=1 (where in the image the score \
                                    comes from: the patch map of dra, devnet, adib, adra; an \
                                    occlusion map for other models), occlusion=GRID (the map \
                                    by occlusion on GRID x GRID cells, for any model: GRID² \
                                    more scorings), occlusion_fill=mean|blur",
                    "GET /model": "the detector: method, encoder, training images, threshold",
                    "GET /health": "{\"status\": \"ok\"} while the server runs, with its \
                                    uptime, scoring requests, images scored, mean batch and \
                                    reloads",
                    "GET /metrics": "the counters in Prometheus' text format: requests, \
                                     refusals by status, images scored and flagged, p-values \
                                     at most 0.01 / 0.05 / 0.1, batch times",
                    "POST /reload": "read the model file again (after swan calibrate or a \
                                     refit replaced it) and serve it from the next batch on; \
                                     answers as GET /model, or with why it did not load (the \
                                     model before then stays)",
                }
            }),
        ),
        (Method::Post, "/score") => score_request(request, query, endpoints).map(Job::Score),
        (Method::Post, "/reload") => Some(Job::Reload(request)),
        (_, "/score" | "/model" | "/health" | "/metrics" | "/reload" | "/") => {
            reply_error(request, 405, format!("{path} does not take that method"))
        }
        _ => reply_error(
            request,
            404,
            format!(
                "no endpoint {path}: POST /score, GET /model, GET /health, GET /metrics, \
                 POST /reload"
            ),
        ),
    }
}

/// A `POST /score` request with its query read and its body read, or answered with the
/// reason it cannot be scored.
fn score_request(mut request: Request, query: &str, endpoints: &Endpoints) -> Option<ScoreRequest> {
    let served = endpoints.served.fetch_add(1, Ordering::Relaxed) + 1;
    let mut name = format!("request-{served}");
    let (mut neighbours, mut maps) = (0, false);
    let (mut grid, mut fill) = (None, OcclusionFill::default());
    for (key, value) in query.split('&').filter_map(|kv| kv.split_once('=')) {
        match key {
            "maps" => maps = matches!(value, "1" | "true" | "yes"),
            "occlusion" => match value.parse::<usize>() {
                Ok(g) => grid = Some(g),
                Err(_) => {
                    return refuse(
                        request,
                        400,
                        format!("occlusion={value}: not a whole number of cells per side"),
                        &endpoints.metrics,
                    );
                }
            },
            "occlusion_fill" => match value.parse() {
                Ok(f) => fill = f,
                Err(e) => return refuse(request, 400, format!("{e}"), &endpoints.metrics),
            },
            "name" => name = percent_decode(value),
            "neighbours" | "neighbors" => match value.parse::<usize>() {
                Ok(k) => neighbours = k,
                Err(_) => {
                    return refuse(
                        request,
                        400,
                        format!("neighbours={value}: not a whole number"),
                        &endpoints.metrics,
                    );
                }
            },
            _ => {}
        }
    }
    let (method, names_neighbours, has_maps) = {
        let info = endpoints.info();
        (info.method, info.names_neighbours, info.has_maps)
    };
    if neighbours > 0 && !names_neighbours {
        return refuse(
            request,
            400,
            format!(
                "neighbours names the training images a score is the distance to; a {} \
                 model has no one nearest training image",
                method
            ),
            &endpoints.metrics,
        );
    }
    // A grid asks for maps by occlusion; maps of a model without patch scores are made so.
    maps |= grid.is_some();
    let occlusion = match Occlusion::for_maps(has_maps, grid, fill) {
        Ok(o) if maps => o,
        Ok(_) => None,
        Err(e) => return refuse(request, 400, format!("{e}"), &endpoints.metrics),
    };
    let body = match read_body(&mut request, endpoints.limit) {
        Ok(body) => body,
        Err((status, message)) => return refuse(request, status, message, &endpoints.metrics),
    };
    let mut sample = Sample::encoded(name.clone(), body);
    // The id that ties the score back to this request inside a batch (names may repeat).
    sample.id = format!("#{served}");
    Some(ScoreRequest {
        request,
        name,
        sample,
        neighbours,
        maps,
        occlusion,
    })
}

/// The request body, or the status and message that refuse it.
fn read_body(request: &mut Request, limit: usize) -> Result<Vec<u8>, (u16, String)> {
    let too_large = || {
        (
            413,
            format!(
                "the image is larger than the server's --max-body-mib {}",
                limit / (1024 * 1024)
            ),
        )
    };
    if request.body_length().is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    request
        .as_reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|e| (400, format!("cannot read the request body: {e}")))?;
    if body.len() > limit {
        return Err(too_large());
    }
    if body.is_empty() {
        return Err((
            400,
            "the request body is empty: send the image's bytes (curl --data-binary @FILE)".into(),
        ));
    }
    Ok(body)
}

/// Scores the images of a batch together and answers each request, counting those answered
/// with a score in `scored` (before the answer goes out, so that a client's next `/health`
/// sees it). A batch whose scoring fails as a whole (not an unreadable image, which fails only its own request) is scored
/// again one request at a time, so one bad request cannot fail the others.
fn score_batch(
    batch: Vec<ScoreRequest>,
    model: &Fitted,
    ctx: &mut RunContext,
    decision: &Decision,
    metrics: &Metrics,
) {
    let started = Instant::now();
    let samples: Vec<Sample> = batch.iter().map(|r| r.sample.clone()).collect();
    ctx.neighbours = batch.iter().map(|r| r.neighbours).max().unwrap_or(0);
    ctx.maps = batch.iter().any(|r| r.maps && r.occlusion.is_none());
    let scored = model.score(&samples, ctx);
    ctx.neighbours = 0;
    ctx.maps = false;
    let scored = match scored {
        Ok(scored) => scored,
        Err(e) if batch.len() > 1 => {
            tracing::warn!(
                "a batch of {} failed ({e}); scoring each alone",
                batch.len()
            );
            for one in batch {
                score_batch(vec![one], model, ctx, decision, metrics);
            }
            return;
        }
        Err(e) => {
            let r = batch.into_iter().next().expect("a batch of one");
            refuse::<()>(r.request, 422, format!("{}: {e}", r.name), metrics);
            return;
        }
    };
    let n = batch.len();
    // The heads' patch maps summed, as `swan score --maps` draws them.
    let total = swan_method::ScoreMap::total(&scored.maps);
    let mut next = 0;
    for (r, kept) in batch.into_iter().zip(&scored.kept) {
        if !kept {
            let why = scored
                .skipped
                .iter()
                .find(|s| s.id == r.sample.id)
                .map_or("the image could not be read", |s| s.error.as_str());
            refuse::<()>(r.request, 400, why.to_string(), metrics);
            continue;
        }
        let i = next;
        next += 1;
        let score = scored.scores[i];
        let mut answer = json!({"id": r.name, "score": number(score)});
        let p_value = decision
            .calibration
            .as_ref()
            .map(|c| c.scores.p_value(score));
        let anomalous = decision.threshold.map(|t| score > t);
        if let Some(p) = p_value {
            answer["p_value"] = json!(p);
        }
        if let (Some(t), Some(flag)) = (decision.threshold, anomalous) {
            answer["anomalous"] = json!(flag);
            answer["threshold"] = number(t);
        }
        if !scored.components.is_empty() {
            answer["terms"] = scored
                .components
                .iter()
                .map(|c| (c.name.clone(), number(c.scores[i])))
                .collect::<serde_json::Map<_, _>>()
                .into();
        }
        if r.neighbours > 0
            && let Some(near) = scored.neighbours.get(i)
        {
            answer["neighbours"] = near
                .iter()
                .take(r.neighbours)
                .map(|(id, d)| json!({"id": id, "distance": number(*d)}))
                .collect();
        }
        if let Some(occlusion) = &r.occlusion {
            let map = occlusion.maps(std::slice::from_ref(&r.sample), &[score], ctx, |c, ctx| {
                model.score(c, ctx)
            });
            match map {
                Ok(map) => {
                    answer["map"] = map_answer(map.shape, &[map.name], &map.values);
                    answer["map"]["what"] = json!(occlusion.describe());
                }
                Err(e) => {
                    refuse::<()>(r.request, 422, format!("{}: {e}", r.name), metrics);
                    continue;
                }
            }
        } else if r.maps
            && let Some(total) = &total
        {
            let heads: Vec<String> = scored.maps.iter().map(|m| m.name.clone()).collect();
            let [h, w] = total.shape;
            let values = total
                .values
                .get(i * h * w..(i + 1) * h * w)
                .unwrap_or_default();
            answer["map"] = map_answer(total.shape, &heads, values);
        }
        metrics.answered(p_value, anomalous);
        reply::<()>(r.request, 200, &answer);
    }
    tracing::info!(
        "scored {n} image(s) in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
}

/// An answer's `map`: `{"shape": [h, w], "heads": [...], "values": [h·w, row-major]}`.
fn map_answer(shape: [usize; 2], heads: &[String], values: &[f32]) -> Value {
    json!({
        "shape": shape,
        "heads": heads,
        "values": values.iter().map(|&v| number(v)).collect::<Vec<_>>(),
    })
}

/// How answers turn a score into a decision: the threshold of `"anomalous"`, and the held-out
/// normal scores of `"p_value"`.
struct Decision {
    threshold: Option<f32>,
    calibration: Option<swan_method::CalibrationRecord>,
}

/// What `GET /model` answers.
fn describe_model(model: &Fitted, path: &Path, decision: &Decision) -> Value {
    let mut about = json!({
        "model": path.display().to_string(),
        "method": model.kind().name(),
        "n_train": model.n_train(),
        "data_fingerprint": model.record().data_fingerprint,
        "swan_version": env!("CARGO_PKG_VERSION"),
        "higher_is_more_anomalous": true,
        "names_neighbours": model.names_neighbours(),
    });
    if let Some(e) = model.encoder_spec() {
        about["encoder"] = json!(e.describe());
    }
    // The hyper-parameters, as `swan inspect --method-config` prints them.
    if let Ok(config) = serde_json::to_value(model.config()) {
        about["config"] = config;
    }
    if let Some(d) = model.describe() {
        about["learnt"] = json!(d);
    }
    if let Some(t) = decision.threshold {
        about["threshold"] = number(t);
    }
    if let Some(c) = &decision.calibration {
        // The model file's own, or --holdout-data's scored at startup.
        about["calibration"] = json!({
            "n": c.scores.len(),
            "data": c.data,
            "data_fingerprint": c.data_fingerprint,
        });
    }
    about
}

/// An `f32` as the JSON number that reads back to it with the fewest digits, as `swan score`
/// writes it to its CSV (`json!` would widen it to `f64` and print the widened digits).
fn number(x: f32) -> Value {
    x.to_string()
        .parse::<f64>()
        .map_or(Value::Null, Value::from)
}

/// Answers with a JSON body. A client that has gone away is logged, not an error of the
/// server.
fn reply<T>(request: Request, status: u16, body: &Value) -> Option<T> {
    let header =
        Header::from_bytes(&b"Content-Type"[..], &b"application/json"[..]).expect("a valid header");
    let response = Response::from_string(body.to_string())
        .with_status_code(status)
        .with_header(header);
    if let Err(e) = request.respond(response) {
        tracing::warn!("could not answer a request: {e}");
    }
    None
}

/// Answers `GET /metrics`.
fn reply_metrics<T>(request: Request, text: String) -> Option<T> {
    let header = Header::from_bytes(
        &b"Content-Type"[..],
        &b"text/plain; version=0.0.4; charset=utf-8"[..],
    )
    .expect("a valid header");
    if let Err(e) = request.respond(Response::from_string(text).with_header(header)) {
        tracing::warn!("could not answer a request: {e}");
    }
    None
}

/// Refuses a scoring request: answers `{"error": message}` with `status`, counted by status.
fn refuse<T>(request: Request, status: u16, message: String, metrics: &Metrics) -> Option<T> {
    metrics.refused(status);
    reply_error(request, status, message)
}

/// Answers `{"error": message}` with `status`.
fn reply_error<T>(request: Request, status: u16, message: String) -> Option<T> {
    tracing::info!("{} {}: {status} {message}", request.method(), request.url());
    reply::<T>(request, status, &json!({ "error": message }))
}

/// `%XX` escapes and `+` (a space) of a query value decoded; malformed escapes kept as they
/// are.
fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_count_p_values_at_each_level_and_batches_in_their_bucket() {
        let m = Metrics::default();
        m.answered(Some(0.05), Some(true));
        m.answered(Some(0.5), Some(false));
        m.answered(None, None);
        m.refused(400);
        m.refused(413);
        m.refused(400);
        m.observe_batch(0.003);
        m.observe_batch(0.07);
        m.observe_batch(60.0);
        let endpoints = Endpoints {
            info: RwLock::new(ModelInfo {
                about: json!({}),
                method: "dn2",
                names_neighbours: true,
                has_maps: false,
                calibration_images: 19,
            }),
            limit: 1,
            served: AtomicU64::new(6),
            reloads: AtomicU64::new(0),
            started: Instant::now(),
            metrics: m,
        };
        let text = endpoints.prometheus();
        for line in [
            "# TYPE swan_images_scored_total counter",
            "swan_requests_total 6",
            "swan_images_scored_total 3",
            "swan_images_flagged_total 1",
            "swan_p_value_at_most_total{level=\"0.01\"} 0",
            "swan_p_value_at_most_total{level=\"0.05\"} 1",
            "swan_p_value_at_most_total{level=\"0.1\"} 1",
            "swan_requests_refused_total{status=\"400\"} 2",
            "swan_requests_refused_total{status=\"413\"} 1",
            "swan_model_calibration_images 19",
            // Cumulative buckets; the minute-long batch only in +Inf.
            "swan_batch_seconds_bucket{le=\"0.005\"} 1",
            "swan_batch_seconds_bucket{le=\"0.05\"} 1",
            "swan_batch_seconds_bucket{le=\"0.1\"} 2",
            "swan_batch_seconds_bucket{le=\"10\"} 2",
            "swan_batch_seconds_bucket{le=\"+Inf\"} 3",
            "swan_batch_seconds_count 3",
            "swan_batches_total 3",
            "# TYPE swan_batch_seconds histogram",
        ] {
            assert!(text.lines().any(|l| l == line), "{line:?} in\n{text}");
        }
        let sum = text
            .lines()
            .find_map(|l| l.strip_prefix("swan_batch_seconds_sum "));
        assert_eq!(sum.map(|v| v.parse::<f64>().unwrap()), Some(60.073));
    }

    #[test]
    fn scores_are_written_with_the_digits_of_an_f32() {
        assert_eq!(number(0.509_009_06).to_string(), "0.50900906");
        assert_eq!(number(41.7).to_string(), "41.7");
        assert_eq!(number(f32::NAN), Value::Null);
        let back: f32 = number(1.0e-7).as_f64().unwrap() as f32;
        assert_eq!(back, 1.0e-7);
    }

    #[test]
    fn query_values_are_percent_decoded() {
        assert_eq!(percent_decode("a%20b+c.png"), "a b c.png");
        assert_eq!(percent_decode("caf%C3%A9"), "café");
        // Malformed or cut-off escapes stay as they are.
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz1"), "%zz1");
        assert_eq!(percent_decode("x%4"), "x%4");
    }
}
