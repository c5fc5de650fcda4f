//! IDX files (MNIST, Fashion-MNIST): `{train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]`.
//!
//! Gzipped image files are decompressed once into swan's cache directory, then read image by
//! image with positioned reads, so memory does not grow with the number of images.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::records::RecordFile;
use crate::sample::{ImageRef, Label, Sample, Split};
use crate::{DataError, Image};

const IMAGES_MAGIC: u32 = 0x0000_0803;
const LABELS_MAGIC: u32 = 0x0000_0801;

/// An IDX image file opened for random access.
#[derive(Debug)]
pub struct IdxImages {
    /// Named by the user's file (maybe `.gz`, for messages and fingerprints), read from the
    /// uncompressed one.
    records: RecordFile,
    rows: usize,
    cols: usize,
}

impl IdxImages {
    /// Opens an IDX image file (`.gz` or raw), checking its header against its size.
    pub fn open(path: &Path) -> Result<Self, DataError> {
        let raw = raw_file(path)?;
        let mut file = File::open(&raw).map_err(|e| DataError::io(&raw, e))?;
        let mut header = [0u8; 16];
        file.read_exact(&mut header).map_err(|_| DataError::Idx {
            path: path.into(),
            reason: "file shorter than the 16-byte image header".into(),
        })?;
        let word =
            |i: usize| u32::from_be_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
        if word(0) != IMAGES_MAGIC {
            return Err(DataError::Idx {
                path: path.into(),
                reason: format!(
                    "magic {:#010x} is not {IMAGES_MAGIC:#010x} (ubyte images, 3 dims)",
                    word(0)
                ),
            });
        }
        let (count, rows, cols) = (word(4) as usize, word(8) as usize, word(12) as usize);
        let len = file.metadata().map_err(|e| DataError::io(&raw, e))?.len() as usize;
        if rows == 0 || cols == 0 || len < 16 + count * rows * cols {
            return Err(DataError::Idx {
                path: path.into(),
                reason: format!(
                    "header promises {count} images of {rows}x{cols} but the file holds {len} bytes"
                ),
            });
        }
        Ok(Self {
            records: RecordFile::new(path, file, 16, rows * cols, count),
            rows,
            cols,
        })
    }

    /// The file the images come from.
    pub fn path(&self) -> &Path {
        self.records.path()
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there are no images.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Image `index`, gray repeated to RGB.
    pub fn image(&self, index: usize) -> Result<Image, DataError> {
        let mut buf = vec![0u8; self.rows * self.cols];
        self.records.read(index, 0, &mut buf)?;
        Ok(Image::from_gray_u8(self.cols, self.rows, &buf))
    }
}

/// Reads an IDX label file (small; kept in memory).
pub fn read_labels(path: &Path) -> Result<Vec<u8>, DataError> {
    let bytes = read_maybe_gz(path)?;
    if bytes.len() < 8 {
        return Err(DataError::Idx {
            path: path.into(),
            reason: "file shorter than the 8-byte label header".into(),
        });
    }
    let magic = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    let count = u32::from_be_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    if magic != LABELS_MAGIC || bytes.len() != 8 + count {
        return Err(DataError::Idx {
            path: path.into(),
            reason: format!(
                "bad label header (magic {magic:#010x}, count {count}, {} bytes)",
                bytes.len()
            ),
        });
    }
    Ok(bytes[8..].to_vec())
}

fn read_maybe_gz(path: &Path) -> Result<Vec<u8>, DataError> {
    let file = File::open(path).map_err(|e| DataError::io(path, e))?;
    let mut out = Vec::new();
    if is_gz(path) {
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut out)
            .map_err(|e| DataError::Idx {
                path: path.into(),
                reason: format!("gzip stream is corrupt: {e}"),
            })?;
    } else {
        std::io::BufReader::new(file)
            .read_to_end(&mut out)
            .map_err(|e| DataError::io(path, e))?;
    }
    Ok(out)
}

fn is_gz(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "gz")
}

/// The uncompressed file to read: `path` itself, or its decompressed copy in the cache.
fn raw_file(path: &Path) -> Result<PathBuf, DataError> {
    if !is_gz(path) {
        return Ok(path.into());
    }
    let meta = std::fs::metadata(path).map_err(|e| DataError::io(path, e))?;
    let stamp = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let abs = std::fs::canonicalize(path).map_err(|e| DataError::io(path, e))?;
    let key = crate::fingerprint::hex_digest(
        format!("{}|{}|{stamp}", abs.display(), meta.len()).as_bytes(),
    );
    let dir = crate::cache_dir().join("idx");
    let stem = path
        .file_stem()
        .map_or("images".into(), |s| s.to_string_lossy().into_owned());
    let out = dir.join(format!("{stem}-{}", &key[..16]));
    if out.exists() {
        return Ok(out);
    }
    std::fs::create_dir_all(&dir).map_err(|e| DataError::io(&dir, e))?;
    let unfinished = crate::Unfinished::new(dir.join(format!(
        ".{stem}-{}.{}.tmp",
        &key[..16],
        std::process::id()
    )));
    let tmp = unfinished.path();
    {
        let src = File::open(path).map_err(|e| DataError::io(path, e))?;
        let mut dst = File::create(tmp).map_err(|e| DataError::io(tmp, e))?;
        if let Err(e) = std::io::copy(&mut flate2::read::GzDecoder::new(src), &mut dst) {
            let _ = std::fs::remove_file(tmp);
            return Err(DataError::Idx {
                path: path.into(),
                reason: format!("gzip stream is corrupt: {e}"),
            });
        }
    }
    std::fs::rename(tmp, &out).map_err(|e| DataError::io(&out, e))?;
    Ok(out)
}

/// Samples of an IDX directory: every `<prefix>-images-idx3-ubyte[.gz]` with its labels file,
/// prefix `train` → [`Split::Train`], `t10k`/`test` → [`Split::Test`]. Classes are the label
/// digits as strings.
pub fn load(dir: &Path) -> Result<Vec<Sample>, DataError> {
    if !dir.is_dir() {
        return Err(DataError::Layout {
            path: dir.into(),
            reason: "expected a directory holding train-images-idx3-ubyte[.gz] and friends".into(),
        });
    }
    let mut samples = Vec::new();
    for (prefix, split) in [
        ("train", Split::Train),
        ("t10k", Split::Test),
        ("test", Split::Test),
    ] {
        let Some(images_path) = find(dir, &format!("{prefix}-images-idx3-ubyte")) else {
            continue;
        };
        let labels_path =
            find(dir, &format!("{prefix}-labels-idx1-ubyte")).ok_or_else(|| DataError::Layout {
                path: dir.into(),
                reason: format!(
                    "{} has no matching {prefix}-labels-idx1-ubyte[.gz]",
                    images_path.display()
                ),
            })?;
        let images = Arc::new(IdxImages::open(&images_path)?);
        let labels = read_labels(&labels_path)?;
        if labels.len() != images.len() {
            return Err(DataError::Idx {
                path: labels_path,
                reason: format!("{} labels for {} images", labels.len(), images.len()),
            });
        }
        let name = if split == Split::Train {
            "train"
        } else {
            "test"
        };
        samples.extend(labels.iter().enumerate().map(|(index, &class)| Sample {
            id: format!("{name}/{index:05}"),
            image: ImageRef::Idx {
                images: Arc::clone(&images),
                index,
            },
            class: Some(class.to_string()),
            label: Label::Unknown,
            split: Some(split),
            attributes: Default::default(),
        }));
    }
    if samples.is_empty() {
        return Err(DataError::Layout {
            path: dir.into(),
            reason: "no IDX image files found (expected train-images-idx3-ubyte[.gz] or t10k-images-idx3-ubyte[.gz])".into(),
        });
    }
    Ok(samples)
}

fn find(dir: &Path, stem: &str) -> Option<PathBuf> {
    [stem.to_string(), format!("{stem}.gz")]
        .into_iter()
        .map(|name| dir.join(name))
        .find(|p| p.is_file())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// Writes a tiny IDX pair (`prefix`-images/labels) with `n` 2x3 images, gzipped or not.
    pub fn write_idx(dir: &Path, prefix: &str, n: usize, gz: bool) {
        let mut images = Vec::new();
        images.extend(IMAGES_MAGIC.to_be_bytes());
        images.extend((n as u32).to_be_bytes());
        images.extend(2u32.to_be_bytes());
        images.extend(3u32.to_be_bytes());
        for i in 0..n {
            images.extend((0..6).map(|p| (i * 10 + p) as u8));
        }
        let mut labels = Vec::new();
        labels.extend(LABELS_MAGIC.to_be_bytes());
        labels.extend((n as u32).to_be_bytes());
        labels.extend((0..n).map(|i| (i % 3) as u8));
        for (name, bytes) in [("images-idx3", images), ("labels-idx1", labels)] {
            let file = dir.join(format!(
                "{prefix}-{name}-ubyte{}",
                if gz { ".gz" } else { "" }
            ));
            let mut f = File::create(file).unwrap();
            if gz {
                let mut enc = flate2::write::GzEncoder::new(f, flate2::Compression::fast());
                enc.write_all(&bytes).unwrap();
                enc.finish().unwrap();
            } else {
                f.write_all(&bytes).unwrap();
            }
        }
    }

    #[test]
    fn reads_raw_and_gz_pairs() {
        let dir = tempfile::tempdir().unwrap();
        // SAFETY-free: tests share the process env, so use a per-test cache via the raw path.
        write_idx(dir.path(), "train", 4, false);
        write_idx(dir.path(), "t10k", 2, true);
        let samples = load(dir.path()).unwrap();
        assert_eq!(samples.len(), 6);
        assert_eq!(samples[1].class.as_deref(), Some("1"));
        assert_eq!(samples[4].split, Some(Split::Test));
        let img = samples[1].load().unwrap();
        assert_eq!((img.width, img.height), (3, 2));
        assert_eq!(img.plane(2), &[10.0, 11.0, 12.0, 13.0, 14.0, 15.0]);
        assert_eq!(samples[5].load().unwrap().plane(0)[0], 10.0);
    }

    #[test]
    fn truncated_image_file_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        write_idx(dir.path(), "train", 4, false);
        let path = dir.path().join("train-images-idx3-ubyte");
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..20]).unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("train-images-idx3-ubyte"), "{err}");
    }

    #[test]
    fn missing_directory_is_an_error() {
        assert!(load(Path::new("/definitely/not/here")).is_err());
    }
}
