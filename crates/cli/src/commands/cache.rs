//! `swan cache`: where swan's cache is, what it holds, and removing it.
//!
//! The cache (`$SWAN_CACHE`, else `$XDG_CACHE_HOME/swan`, else `~/.cache/swan`) has three
//! parts: `features` (encoder outputs, recomputed when missing), `idx` (decompressed copies of
//! `.gz` IDX files, likewise) and `weights` (downloaded checkpoints; `swan weights fetch` gets
//! them again, which needs the network). `clean` removes the first two unless told otherwise.

use std::path::Path;

use anyhow::{Context, Result, bail};
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
                let u = usage(&dir)?;
                if u.files == 0 && !dir.exists() {
                    continue;
                }
                if !dry_run {
                    remove(&dir)?;
                }
                eprintln!(
                    "{} {} ({} files, {})",
                    if dry_run { "would remove" } else { "removed" },
                    dir.display(),
                    u.files,
                    human_bytes(u.bytes)
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

/// Removes a cache part's folder. Refuses anything that is not a plain folder named like a
/// part, so a `$SWAN_CACHE` pointing somewhere odd cannot turn into a wider deletion.
fn remove(dir: &Path) -> Result<()> {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !Part::ALL.iter().any(|p| p.dir_name() == name) {
        bail!(
            "refusing to remove {}: not a swan cache part",
            dir.display()
        );
    }
    let meta =
        std::fs::symlink_metadata(dir).with_context(|| format!("cannot stat {}", dir.display()))?;
    if !meta.is_dir() {
        bail!(
            "refusing to remove {}: not a folder (a link or a file)",
            dir.display()
        );
    }
    std::fs::remove_dir_all(dir).with_context(|| format!("cannot remove {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_counts_nested_files_and_remove_refuses_other_folders() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("features");
        std::fs::create_dir_all(f.join("sub")).unwrap();
        std::fs::write(f.join("a"), [0u8; 10]).unwrap();
        std::fs::write(f.join("sub/b"), [0u8; 5]).unwrap();
        assert_eq!(
            usage(&f).unwrap(),
            Usage {
                files: 2,
                bytes: 15
            }
        );
        assert_eq!(usage(&dir.path().join("none")).unwrap(), Usage::default());
        let other = dir.path().join("photos");
        std::fs::create_dir(&other).unwrap();
        assert!(remove(&other).is_err() && other.exists());
        remove(&f).unwrap();
        assert!(!f.exists());
    }
}
