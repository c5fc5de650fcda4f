use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::DataError;

/// Temporary files and folders being written right now, removed by
/// [`remove_unfinished_files`] when the process is interrupted.
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A temporary file or folder, listed as unfinished for as long as the guard lives: should
/// the process be stopped (Ctrl-C, `kill`) before it is renamed into place, the interrupt
/// handler removes it ([`remove_unfinished_files`]) instead of leaving a hidden partial file.
/// Dropping the guard only takes the path off the list; the owner moves or removes the path.
#[derive(Debug)]
pub struct Unfinished(PathBuf);

impl Unfinished {
    /// Registers `path` as a file being written.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        UNFINISHED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.clone());
        Self(path)
    }

    /// The file being written.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Unfinished {
    fn drop(&mut self) {
        let mut list = UNFINISHED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = list.iter().rposition(|p| *p == self.0) {
            list.swap_remove(i);
        }
    }
}

/// Removes every temporary file or folder still being written (for an interrupt handler,
/// just before the process exits) and returns how many it removed.
pub fn remove_unfinished_files() -> usize {
    remove_unfinished_under(Path::new(""))
}

/// [`remove_unfinished_files`] for the paths below `dir` only (every path below "").
fn remove_unfinished_under(dir: &Path) -> usize {
    let list: Vec<PathBuf> = {
        let mut all = UNFINISHED.lock().unwrap_or_else(|e| e.into_inner());
        let (these, others) = std::mem::take(&mut *all)
            .into_iter()
            .partition(|p| p.starts_with(dir));
        *all = others;
        these
    };
    // Counted when something was there to remove: a file renamed into place a moment ago is
    // still listed until its guard drops, and is finished, not removed.
    list.iter()
        .filter(|path| {
            if path.is_dir() {
                std::fs::remove_dir_all(path).is_ok()
            } else {
                std::fs::remove_file(path).is_ok()
            }
        })
        .count()
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over `path`. Readers see the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), DataError> {
    write_atomic_with(path, |tmp| std::fs::File::create(tmp)?.write_all(bytes))
}

/// Like [`write_atomic`] for a writer that makes the file itself: `write` creates and fills
/// the file at the temporary path it is given (streaming, so the whole file never needs to
/// be in memory); it is then flushed to disk and renamed over `path`. A failed write leaves
/// no temporary file and `path` as it was.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<(), DataError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| DataError::write(dir, e))?;
    let name = path
        .file_name()
        .map_or("out".into(), |n| n.to_string_lossy().into_owned());
    let unfinished = Unfinished::new(dir.join(format!(".{name}.{}.tmp", std::process::id())));
    let tmp = unfinished.path();
    let result = (|| {
        write(tmp)?;
        std::fs::OpenOptions::new()
            .write(true)
            .open(tmp)?
            .sync_all()?;
        std::fs::rename(tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(tmp);
        return Err(DataError::write(path, e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/out.json");
        super::write_atomic(&p, b"one").unwrap();
        super::write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_says_write_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        // The target is an existing folder: the rename fails after the temp file was written.
        let p = dir.path().join("taken");
        std::fs::create_dir(p.join("inside").parent().unwrap()).unwrap();
        std::fs::create_dir(p.join("inside")).unwrap();
        let e = super::write_atomic(&p, b"x").unwrap_err().to_string();
        assert!(e.starts_with("cannot write ") && e.contains("taken"), "{e}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_interruption_removes_the_files_being_written_and_only_those() {
        let dir = tempfile::tempdir().unwrap();
        let done = dir.path().join("done.bin");
        super::write_atomic(&done, b"kept").unwrap();
        let folder = super::Unfinished::new(dir.path().join(".download-1"));
        std::fs::create_dir(folder.path()).unwrap();
        std::fs::write(folder.path().join("part"), b"x").unwrap();
        // Interrupted while a writer is half-way: the handler runs on another thread.
        let p = dir.path().join("out.bin");
        let e = super::write_atomic_with(&p, |tmp| {
            std::fs::write(tmp, b"half")?;
            assert!(tmp.exists());
            // (Below this test's folder only: other tests write files at the same time.)
            let removed = std::thread::scope(|s| {
                s.spawn(|| super::remove_unfinished_under(dir.path()))
                    .join()
            });
            assert_eq!(removed.unwrap(), 2);
            assert!(!tmp.exists());
            Ok(())
        });
        assert!(e.is_err(), "the rename of a removed file fails");
        assert!(!folder.path().exists());
        assert!(!p.exists());
        assert_eq!(std::fs::read(&done).unwrap(), b"kept");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_writer_that_fails_leaves_the_old_file_and_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.bin");
        super::write_atomic(&p, b"old").unwrap();
        let e = super::write_atomic_with(&p, |tmp| {
            std::fs::write(tmp, b"half")?;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err()
        .to_string();
        assert!(e.contains("out.bin") && e.contains("disk full"), "{e}");
        assert_eq!(std::fs::read(&p).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        super::write_atomic_with(&p, |tmp| std::fs::write(tmp, b"new")).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
    }
}
