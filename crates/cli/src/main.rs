//! The `swan` command-line tool. Each subcommand lives in `commands/` as a clap `Args` struct
//! and a `run` function that turns flags into library calls; the logic is in the stage crates.
// The flags' doc comments are their `--help` text, written for a terminal: `[KIND:]PATH` and
// `[default: ...]` there are not links, nor `<defect>` HTML.
#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]

mod args;
mod commands;
mod common;
mod maps_file;
mod run;
mod scorer_file;
mod settings;

use clap::{CommandFactory, Parser, Subcommand};

/// swan: semantic image anomaly detection.
///
/// Learn what normal images look like, score new images (higher = more anomalous), and
/// evaluate detectors under standard protocols.
#[derive(Parser, Debug)]
#[command(name = "swan", version, about, long_about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// CPU threads for everything swan computes: decoding, encoding, training, scoring
    /// [default: all cores].
    #[arg(long, global = true, value_parser = args::at_least_one)]
    threads: Option<usize>,
    /// More log output (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    verbose: u8,
    /// No progress bars.
    #[arg(long, global = true)]
    no_progress: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Fit a detector on normal images and save it as one model file.
    #[command(after_help = "Examples:
  swan fit --data folder:parts/ --class good --image-size 224 --out dn2.safetensors   # DN2
  swan fit --data idx:fmnist --class 7 --calibration-split 0.1 --out m.safetensors    # + p-values
  swan fit --method dra --data folder:parts/ --class good --anomalies folder:defects/ \\
      --out dra.safetensors                     # a few labelled anomalies
  swan fit --method adra --data folder:parts/ --class good --oe folder:other/ --out adra.safetensors
  swan fit --method red-panda --data csv:parts.csv --class good --nuisance camera \\
      --out red-panda.safetensors               # ignore the camera an image was taken with
  swan fit --method nsa --data folder:parts/ --class good --train-dir runs/nsa \\
      --out nsa.safetensors                     # trains from scratch; --resume continues")]
    Fit(Box<commands::fit::FitArgs>),
    /// Score images with a saved model, or embeddings (features files, .npy, .npz) with a
    /// scorer; writes a CSV.
    #[command(after_help = "Examples:
  swan score --model model.safetensors --data folder:new/ --out scores.csv
  swan score --model model.safetensors --data photo.jpg     # one image: the CSV to standard output
  swan score --model m.safetensors --data folder:new/ --threshold-fpr 0.01   # calibrated model:
      p_value and anomalous columns, at most 1 % of new normals flagged
  swan score --model m.safetensors --data folder:batch/ --fdr 0.1   # flag a batch, ~10 % false
  swan score --model model.safetensors --data folder:new/ --report scores.html --neighbours 3
  swan score --features train.npy --query new.npy --scorer mahalanobis --out scores.csv")]
    Score(Box<commands::score::ScoreArgs>),
    /// Serve a saved model over HTTP: POST an image to /score, get its score as JSON
    /// (requests that arrive together are scored as one batch).
    #[command(after_help = "Examples:
  swan serve --model model.safetensors --port 8080 --threshold 41.7
  curl --data-binary @photo.jpg 'http://127.0.0.1:8080/score?name=photo.jpg'
      {\"id\":\"photo.jpg\",\"score\":37.2,\"anomalous\":false,\"threshold\":41.7}
  curl http://127.0.0.1:8080/model
  swan serve --model calibrated.safetensors --threshold-fpr 0.05   # a model from swan fit
      --calibration-split 0.1 (or swan calibrate): answers carry \"p_value\" too
  curl -X POST http://127.0.0.1:8080/reload   # after swan calibrate replaced the model file
  curl http://127.0.0.1:8080/metrics          # counters in Prometheus' text format: requests,
      refusals, flags, p-values at .01/.05/.1, batch times")]
    Serve(commands::serve::ServeArgs),
    /// Keep the scores of held-out normal images (--data, none of them used in training) in a
    /// model file, so that `swan score` and `swan serve` give every image a p-value and
    /// threshold at a false-positive rate; or --check that recent normal images still keep
    /// those p-values' levels.
    #[command(after_help = "Examples:
  swan fit --data idx:fmnist --class 0 --out m.safetensors     # or fit with --calibration-split 0.1
  swan calibrate --model m.safetensors --data idx:fmnist --class 0 --split test
  swan score --model m.safetensors --data new/ --threshold-fpr 0.05   # + p_value, anomalous
  swan calibrate --model m.safetensors --data folder:recent/ --check   # status 3: recalibrate")]
    Calibrate(commands::calibrate::CalibrateArgs),
    /// Embed images at encoder taps and save them as a features file.
    #[command(after_help = "Examples:
  swan features --data idx:fmnist --image-size 64 --out fmnist.safetensors
  swan features --data folder:imgs/ --taps pooled,block15 --out imgs.npz   # NumPy arrays
  swan score --features fmnist.safetensors --query new.safetensors --scorer knn --k 2")]
    Features(commands::features::FeaturesArgs),
    /// Evaluate a method under a protocol (e.g. one-vs-rest) and report AUROC (with its 95 %
    /// confidence interval) / AP per split, and which anomaly class each split finds hardest.
    #[command(after_help = "Examples:
  swan eval --method dn2 --data idx:fmnist --protocol one-vs-rest --image-size 64 --k 2 \\
      --out results.json
  swan eval --method dn2 --data mvtec:mvtec/bottle --protocol given --seeds 0,1,2 --out bottle.json
  swan eval --method adra --data idx:fmnist --protocol oe-split --max-train 1000 --seeds 0,1,2 \\
      --out adra.json                           # the outlier corpus comes from the protocol
  swan eval --method dra --data idx:fmnist --protocol dra-hard --shots 10 --image-size 128 \\
      --out dra.json
  swan eval --method red-panda --data idx:fmnist --protocol nagad --synthetic-nuisance tint4 \\
      --nuisance tint --out red-panda.json
  swan compare results.json other.json          # paired differences over seeds")]
    Eval(Box<commands::eval::EvalArgs>),
    /// Compare two `swan eval` reports (single runs or summaries over seeds) split by split:
    /// paired differences over seeds, mean ± sd, and on how many seeds one is higher.
    Compare(commands::compare::CompareArgs),
    /// Measure speed against a peer (PyTorch) in the same run.
    Bench(commands::bench::BenchArgs),
    /// List, apply and look at the transform bank (contact sheets).
    Transforms(commands::transforms::TransformsArgs),
    /// Audits that need no training: which transforms an encoder considers
    /// meaning-preserving per class (`swan audit transforms`).
    Audit(commands::audit::AuditArgs),
    /// Describe files swan writes or reads (model, features, scorer, checkpoint, weights)
    /// from their headers: method, encoder, training data, hyper-parameters, tensors; or a
    /// dataset as swan reads it (--data).
    Inspect(commands::inspect::InspectArgs),
    /// Download pretrained weights into swan's cache.
    Weights(commands::weights::WeightsArgs),
    /// Where swan's cache is, what it holds (encoder features, IDX copies, weights), and
    /// removing it.
    Cache(commands::cache::CacheArgs),
    /// Run the Fashion-MNIST DN2 demo end to end, setting up data and weights when missing.
    Demo(commands::demo::DemoArgs),
    /// Print a shell completion script for swan's commands and flags.
    #[command(after_help = "Examples:
  swan completions bash > ~/.local/share/bash-completion/completions/swan
  swan completions zsh > ~/.zfunc/_swan        # with fpath+=~/.zfunc in .zshrc
  swan completions fish > ~/.config/fish/completions/swan.fish")]
    Completions {
        /// The shell the script is for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// glibc hands blocks above a dynamic threshold back to the kernel when they are freed and
/// maps them again, zeroed page by page, on the next allocation; a training step allocates and
/// frees activations of tens of megabytes every step, and that churn cost 5-10 % of a
/// ResNet-18 SimSiam step on machine A. A fixed mapping threshold at glibc's maximum (32 MiB)
/// and no trimming of the heap keep such blocks for reuse (the process keeps its peak heap).
/// mimalloc and jemalloc were measured slower on the same step.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_allocator() {
    // SAFETY: mallopt only sets allocator parameters; called once, before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, i32::MAX);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_allocator() {}

/// Rust ignores SIGPIPE, so `swan inspect m.safetensors | head -1` would end in a panic
/// ("failed printing to stdout: Broken pipe"); with the default action swan stops quietly
/// when its reader goes away, as other command-line tools do.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn default_sigpipe() {
    // SAFETY: resets one signal's disposition to the default, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn default_sigpipe() {}

/// Ctrl-C (or `kill`) stops swan at once, as before, but first removes the temporary files
/// it was writing (a model, a features file, a cache entry, a checkpoint), so an interrupted
/// run leaves the files it had finished and nothing half-written. Exit status 130.
fn stop_cleanly_on_interrupt() {
    let installed = ctrlc::set_handler(|| {
        let removed = swan_data::remove_unfinished_files();
        let what = match removed {
            0 => String::new(),
            n => format!("; removed {n} unfinished temporary file(s)"),
        };
        eprintln!("\ninterrupted{what}");
        if let Some(note) = common::interrupt_note() {
            eprintln!("{note}");
        }
        std::process::exit(130);
    });
    if let Err(e) = installed {
        tracing::debug!("no interrupt handler: {e}");
    }
}

fn main() -> std::process::ExitCode {
    tune_allocator();
    default_sigpipe();
    let cli = Cli::parse();
    let filter = match cli.verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(filter)),
        )
        .with_writer(std::io::stderr)
        // Colour codes only on a terminal, not in a redirected log file.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    stop_cleanly_on_interrupt();
    if let Some(n) = cli.threads
        && let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
    {
        eprintln!("error: cannot set up {n} threads: {e}");
        return std::process::ExitCode::from(2);
    }
    let global = common::Global {
        progress: !cli.no_progress,
    };
    let result = match cli.command {
        Command::Fit(a) => commands::fit::run(*a, &global),
        Command::Score(a) => commands::score::run(*a, &global),
        Command::Serve(a) => commands::serve::run(a, &global),
        Command::Calibrate(a) => commands::calibrate::run(a, &global),
        Command::Features(a) => commands::features::run(a, &global),
        Command::Eval(a) => commands::eval::run(*a, &global),
        Command::Compare(a) => commands::compare::run(a, &global),
        Command::Bench(a) => commands::bench::run(a, &global),
        Command::Inspect(a) => commands::inspect::run(a, &global),
        Command::Weights(a) => commands::weights::run(a, &global),
        Command::Cache(a) => commands::cache::run(a, &global),
        Command::Audit(a) => commands::audit::run(a, &global),
        Command::Transforms(a) => commands::transforms::run(a, &global),
        Command::Demo(a) => commands::demo::run(a, &global),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "swan", &mut std::io::stdout());
            Ok(())
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            match e.downcast_ref::<commands::calibrate::CalibrationRejected>() {
                Some(_) => std::process::ExitCode::from(
                    commands::calibrate::CalibrationRejected::EXIT_CODE,
                ),
                None => std::process::ExitCode::from(1),
            }
        }
    }
}
