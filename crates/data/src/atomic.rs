use std::io::Write;
use std::path::Path;

use crate::DataError;

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
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        write(&tmp)?;
        std::fs::OpenOptions::new()
            .write(true)
            .open(&tmp)?
            .sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
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
