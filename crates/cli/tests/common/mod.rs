//! What the integration tests of the `swan` binary share.

use std::path::Path;
use std::process::{Command, Output};

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
