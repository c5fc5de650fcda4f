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
//! model served before in place.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock, mpsc};
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::{Value, json};
use swan_data::Sample;
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
         GET /model, GET /health; POST /reload after the model file changed; Ctrl-C stops",
        args.model.display(),
        loaded.model.kind().name(),
        loaded.model.n_train()
    );
    let endpoints = Arc::new(Endpoints {
        info: RwLock::new(loaded.info.clone()),
        limit: args.max_body_mib * 1024 * 1024,
        served: AtomicU64::new(0),
        scored: AtomicU64::new(0),
        batches: AtomicU64::new(0),
        reloads: AtomicU64::new(0),
        started: Instant::now(),
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
        endpoints.batches.fetch_add(1, Ordering::Relaxed);
        let Loaded {
            model,
            ctx,
            decision,
            ..
        } = &mut loaded;
        score_batch(batch, model, ctx, decision, &endpoints.scored);
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
}

/// What the readers need to answer requests without the model.
struct Endpoints {
    /// The model served (replaced by `POST /reload`).
    info: RwLock<ModelInfo>,
    /// The largest body accepted, in bytes.
    limit: usize,
    /// Scoring requests so far (names `request-N`).
    served: AtomicU64,
    /// Images scored, and the batches they were scored in.
    scored: AtomicU64,
    batches: AtomicU64,
    /// Successful `POST /reload`s.
    reloads: AtomicU64,
    started: Instant,
}

impl Endpoints {
    /// What `GET /health` answers: that the server is up, and what it has done.
    fn health(&self) -> Value {
        let (scored, batches) = (
            self.scored.load(Ordering::Relaxed),
            self.batches.load(Ordering::Relaxed),
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
                                    comes from: the patch map, for dra, devnet, adib, adra)",
                    "GET /model": "the detector: method, encoder, training images, threshold",
                    "GET /health": "{\"status\": \"ok\"} while the server runs, with its \
                                    uptime, scoring requests, images scored, mean batch and \
                                    reloads",
                    "POST /reload": "read the model file again (after swan calibrate or a \
                                     refit replaced it) and serve it from the next batch on; \
                                     answers as GET /model, or with why it did not load (the \
                                     model before then stays)",
                }
            }),
        ),
        (Method::Post, "/score") => score_request(request, query, endpoints).map(Job::Score),
        (Method::Post, "/reload") => Some(Job::Reload(request)),
        (_, "/score" | "/model" | "/health" | "/reload" | "/") => {
            reply_error(request, 405, format!("{path} does not take that method"))
        }
        _ => reply_error(
            request,
            404,
            format!("no endpoint {path}: POST /score, GET /model, GET /health, POST /reload"),
        ),
    }
}

/// A `POST /score` request with its query read and its body read, or answered with the
/// reason it cannot be scored.
fn score_request(mut request: Request, query: &str, endpoints: &Endpoints) -> Option<ScoreRequest> {
    let served = endpoints.served.fetch_add(1, Ordering::Relaxed) + 1;
    let mut name = format!("request-{served}");
    let (mut neighbours, mut maps) = (0, false);
    for (key, value) in query.split('&').filter_map(|kv| kv.split_once('=')) {
        match key {
            "maps" => maps = matches!(value, "1" | "true" | "yes"),
            "name" => name = percent_decode(value),
            "neighbours" | "neighbors" => match value.parse::<usize>() {
                Ok(k) => neighbours = k,
                Err(_) => {
                    return reply_error(
                        request,
                        400,
                        format!("neighbours={value}: not a whole number"),
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
        return reply_error(
            request,
            400,
            format!(
                "neighbours names the training images a score is the distance to; a {} \
                 model has no one nearest training image",
                method
            ),
        );
    }
    if maps && !has_maps {
        return reply_error(
            request,
            400,
            format!(
                "maps shows where in an image the score comes from, for models whose \
                 score pools patch scores (dra, devnet) or whose linear head splits its \
                 logit among them (adib, adra); a {} model scores the image as a whole",
                method
            ),
        );
    }
    let body = match read_body(&mut request, endpoints.limit) {
        Ok(body) => body,
        Err((status, message)) => return reply_error(request, status, message),
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
    scored_count: &AtomicU64,
) {
    let started = Instant::now();
    let samples: Vec<Sample> = batch.iter().map(|r| r.sample.clone()).collect();
    ctx.neighbours = batch.iter().map(|r| r.neighbours).max().unwrap_or(0);
    ctx.maps = batch.iter().any(|r| r.maps);
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
                score_batch(vec![one], model, ctx, decision, scored_count);
            }
            return;
        }
        Err(e) => {
            let r = batch.into_iter().next().expect("a batch of one");
            reply_error::<()>(r.request, 422, format!("{}: {e}", r.name));
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
            reply_error::<()>(r.request, 400, why.to_string());
            continue;
        }
        let i = next;
        next += 1;
        let score = scored.scores[i];
        let mut answer = json!({"id": r.name, "score": number(score)});
        if let Some(c) = &decision.calibration {
            answer["p_value"] = json!(c.scores.p_value(score));
        }
        if let Some(t) = decision.threshold {
            answer["anomalous"] = json!(score > t);
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
        if r.maps
            && let Some(total) = &total
        {
            let [h, w] = total.shape;
            let values = total
                .values
                .get(i * h * w..(i + 1) * h * w)
                .unwrap_or_default();
            answer["map"] = json!({
                "shape": [h, w],
                "heads": scored.maps.iter().map(|m| m.name.clone()).collect::<Vec<_>>(),
                "values": values.iter().map(|&v| number(v)).collect::<Vec<_>>(),
            });
        }
        scored_count.fetch_add(1, Ordering::Relaxed);
        reply::<()>(r.request, 200, &answer);
    }
    tracing::info!(
        "scored {n} image(s) in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
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
