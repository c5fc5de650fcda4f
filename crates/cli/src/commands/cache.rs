//! `swan cache`: where swan's cache is, what it holds, and removing it.
//!
//! The cache (`$SWAN_CACHE`, else `$XDG_CACHE_HOME/swan`, else `~/.cache/swan`) has three
//! parts: `features` (encoder outputs, recomputed when missing), `idx` (decompressed copies of
//! `.gz` IDX files, likewise) and `weights` (downloaded checkpoints; `swan weights fetch` gets
//! them again, which needs the network). `clean` removes the first two unless told otherwise.

use std::path::Path;

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};

use crate::common::{Global, human_bytes};

#[derive(Args, Debug)]
pub struct CacheArgs {
    #[command(subcommand)]
    what: CacheWhat,
}

#[derive(Subcommand, Debug)]
enum CacheWhat {
    /// Print the cache folder.
    Dir,
    /// Files and bytes in each part of the cache.
    Info,
    /// Remove parts of the cache [default: features and idx; weights only when named].
    #[command(after_help = "Examples:
  swan cache clean                 # encoder features and IDX copies; keeps downloaded weights
  swan cache clean features
  swan cache clean --all --dry-run # what removing everything would free")]
    Clean {
        /// Parts to remove.
        #[arg(value_enum, conflicts_with = "all")]
        parts: Vec<Part>,
        /// Every part, downloaded weights included.
        #[arg(long)]
        all: bool,
        /// Say what would be removed and remove nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// Encoder outputs (`--no-cache` turns this cache off); recomputed when missing.
    Features,
    /// Decompressed copies of `.gz` IDX files; recomputed when missing.
    Idx,
    /// Downloaded checkpoints; `swan weights fetch` downloads them again.
    Weights,
}

impl Part {
    const ALL: [Part; 3] = [Part::Features, Part::Idx, Part::Weights];

    fn dir_name(self) -> &'static str {
        match self {
            Part::Features => "features",
            Part::Idx => "idx",
            Part::Weights => "weights",
        }
    }
}

pub fn run(args: CacheArgs, _global: &Global) -> Result<()> {
    let root = swan_data::cache_dir();
    match args.what {
        CacheWhat::Dir => println!("{}", root.display()),
        CacheWhat::Info => {
            println!("{}", root.display());
            let mut total = Usage::default();
            for part in Part::ALL {
                let u = usage(&root.join(part.dir_name()))?;
                println!(
                    "  {:<9}{:>7} files {:>10}",
                    part.dir_name(),
                    u.files,
                    human_bytes(u.bytes)
                );
                total.add(u);
            }
            println!(
                "  {:<9}{:>7} files {:>10}",
                "total",
                total.files,
                human_bytes(total.bytes)
            );
        }
        CacheWhat::Clean {
            parts,
            all,
            dry_run,
        } => {
            let parts = if all {
                Part::ALL.to_vec()
            } else if parts.is_empty() {
                vec![Part::Features, Part::Idx]
            } else {
                parts
            };
            let mut freed = Usage::default();
            for part in parts {
                let dir = root.join(part.dir_name());
                let (u, left) = clean(&dir, part, dry_run)?;
                if u.files == 0 && left == 0 {
                    continue;
                }
                let kept = if left > 0 {
                    format!("; kept {left} files swan did not write")
                } else {
                    String::new()
                };
                eprintln!(
                    "{} {} files, {} from {}{kept}",
                    if dry_run { "would remove" } else { "removed" },
                    u.files,
                    human_bytes(u.bytes),
                    dir.display(),
                );
                freed.add(u);
            }
            println!(
                "{} {} in {} files",
                if dry_run { "would free" } else { "freed" },
                human_bytes(freed.bytes),
                freed.files
            );
        }
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Usage {
    files: u64,
    bytes: u64,
}

impl Usage {
    fn add(&mut self, other: Usage) {
        self.files += other.files;
        self.bytes += other.bytes;
    }
}

/// Files and bytes under `dir` (nothing when it does not exist). Symbolic links are counted
/// as links, never followed.
fn usage(dir: &Path) -> Result<Usage> {
    let mut total = Usage::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot list {}", d.display())),
        };
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot list {}", d.display()))?;
            let meta = entry
                .metadata()
                .with_context(|| format!("cannot stat {}", entry.path().display()))?;
            if meta.is_dir() {
                stack.push(entry.path());
            } else {
                total.files += 1;
                total.bytes += meta.len();
            }
        }
    }
    Ok(total)
}

/// Whether `name`, an entry of cache part `part`, is something swan writes there: a feature
/// cache entry (32 hex digits `.safetensors`), an IDX copy (`<file>-<16 hex digits>`), a
/// weights file swan downloads, or a temporary file or download folder of an interrupted run.
fn written_by_swan(part: Part, name: &str, is_dir: bool) -> bool {
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit());
    if is_dir {
        return part == Part::Weights && name.starts_with(".download-");
    }
    if name.starts_with('.') && name.ends_with(".tmp") {
        return true;
    }
    match part {
        Part::Features => name
            .strip_suffix(".safetensors")
            .is_some_and(|stem| hex(stem, 32)),
        Part::Idx => name
            .rsplit_once('-')
            .is_some_and(|(stem, digest)| !stem.is_empty() && hex(digest, 16)),
        Part::Weights => swan_encoder::efficientnet_lite::LiteWeights::ALL
            .iter()
            .any(|w| name == w.file_name()),
    }
}

/// Removes what swan wrote in a cache part's folder (everything else stays, and is counted),
/// then the folder itself when that leaves it empty. Links are never followed. Returns what
/// was (or, with `dry_run`, would be) removed and how many other files were kept.
fn clean(dir: &Path, part: Part, dry_run: bool) -> Result<(Usage, u64)> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Usage::default(), 0)),
        Err(e) => return Err(e).with_context(|| format!("cannot list {}", dir.display())),
    };
    let mut removed = Usage::default();
    let mut kept = 0;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
        let path = entry.path();
        let meta = std::fs::symlink_metadata(&path)
            .with_context(|| format!("cannot stat {}", path.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = !meta.file_type().is_symlink() && written_by_swan(part, &name, meta.is_dir());
        if !ours {
            kept += if meta.is_dir() {
                usage(&path)?.files
            } else {
                1
            };
            continue;
        }
        let u = if meta.is_dir() {
            usage(&path)?
        } else {
            Usage {
                files: 1,
                bytes: meta.len(),
            }
        };
        if !dry_run {
            if meta.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            }
            .with_context(|| format!("cannot remove {}", path.display()))?;
        }
        removed.add(u);
    }
    if !dry_run && kept == 0 {
        // Empty now; a failure here (another run just wrote into it) is harmless.
        let _ = std::fs::remove_dir(dir);
    }
    Ok((removed, kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_counts_nested_files_and_clean_removes_only_what_swan_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("features");
        std::fs::create_dir_all(f.join("sub")).unwrap();
        let entry = format!("{}.safetensors", "0123456789abcdef".repeat(2));
        std::fs::write(f.join(&entry), [0u8; 10]).unwrap();
        std::fs::write(f.join(".x.safetensors.77.tmp"), [0u8; 3]).unwrap();
        std::fs::write(f.join("notes.txt"), [0u8; 4]).unwrap();
        std::fs::write(f.join("sub/b"), [0u8; 5]).unwrap();
        assert_eq!(
            usage(&f).unwrap(),
            Usage {
                files: 4,
                bytes: 22
            }
        );
        assert_eq!(usage(&dir.path().join("none")).unwrap(), Usage::default());

        let dry = clean(&f, Part::Features, true).unwrap();
        assert_eq!(
            dry,
            (
                Usage {
                    files: 2,
                    bytes: 13
                },
                2
            )
        );
        assert!(f.join(&entry).exists());
        assert_eq!(clean(&f, Part::Features, false).unwrap(), dry);
        assert!(
            !f.join(&entry).exists() && f.join("notes.txt").exists() && f.join("sub/b").exists()
        );
    }

    #[test]
    fn swan_file_names_per_part() {
        assert!(written_by_swan(
            Part::Idx,
            "t10k-images-idx3-ubyte-10e7b38b59b21422",
            false
        ));
        assert!(!written_by_swan(
            Part::Idx,
            "t10k-images-idx3-ubyte.gz",
            false
        ));
        assert!(written_by_swan(
            Part::Weights,
            "efficientnet-lite0-57934424.pth",
            false
        ));
        assert!(!written_by_swan(Part::Weights, "my-model.pth", false));
        assert!(written_by_swan(Part::Weights, ".download-123", true));
        assert!(!written_by_swan(Part::Features, "photos", true));
        assert!(!written_by_swan(Part::Features, "0123.safetensors", false));
    }
}
