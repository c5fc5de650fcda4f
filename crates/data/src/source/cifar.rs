//! CIFAR-10 and CIFAR-100 in their binary versions (`cifar-10-binary.tar.gz`,
//! `cifar-100-binary.tar.gz`, extracted):
//!
//! - CIFAR-10 (`cifar-10-batches-bin/`): `data_batch_1.bin` … `data_batch_5.bin` (train) and
//!   `test_batch.bin`, records of 1 label byte + 3072 pixel bytes; `batches.meta.txt` names
//!   the classes.
//! - CIFAR-100 (`cifar-100-binary/`): `train.bin` and `test.bin`, records of a coarse and a fine
//!   label byte + 3072 pixel bytes; `coarse_label_names.txt` and `fine_label_names.txt`.
//!
//! Pixels are 32×32, planar RGB (1024 red, 1024 green, 1024 blue bytes, rows top to bottom).
//! The class of a sample is its label number, as for IDX (`"0"` … `"9"`); the attribute `name`
//! holds the class name when the names file is there. CIFAR-100's class is the **coarse**
//! label (the 20 superclasses that anomaly-detection papers use as CIFAR-100's classes), with
//! the fine label in the attributes `fine` and `fine_name`. The folder given may also be the
//! one holding `cifar-10-batches-bin/` or `cifar-100-binary/`.
//!
//! Images are read record by record with positioned reads; only the labels stay in memory.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::records::RecordFile;
use crate::sample::{ImageRef, Label, Sample, Split};
use crate::{DataError, Image};

const SIDE: usize = 32;
const PIXELS: usize = 3 * SIDE * SIDE;

/// Which CIFAR: the number of label bytes before each record's pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Variant {
    Cifar10,
    Cifar100,
}

impl Variant {
    fn label_bytes(self) -> usize {
        match self {
            Self::Cifar10 => 1,
            Self::Cifar100 => 2,
        }
    }

    fn record(self) -> usize {
        self.label_bytes() + PIXELS
    }

    fn name(self) -> &'static str {
        match self {
            Self::Cifar10 => "CIFAR-10",
            Self::Cifar100 => "CIFAR-100",
        }
    }

    /// How many values each label byte takes: CIFAR-10 `[10]`, CIFAR-100 `[20 coarse, 100
    /// fine]`.
    fn label_ranges(self) -> &'static [u8] {
        match self {
            Self::Cifar10 => &[10],
            Self::Cifar100 => &[20, 100],
        }
    }
}

/// One CIFAR batch file opened for random access.
#[derive(Debug)]
pub struct CifarImages {
    records: RecordFile,
    variant: Variant,
}

impl CifarImages {
    /// Opens `path` and reads its labels (one `Vec` per label byte: CIFAR-10 `[label]`,
    /// CIFAR-100 `[coarse, fine]`).
    fn open(path: &Path, variant: Variant) -> Result<(Self, Vec<Vec<u8>>), DataError> {
        let bad = |reason: String| DataError::Layout {
            path: path.into(),
            reason,
        };
        let file = File::open(path).map_err(|e| DataError::io(path, e))?;
        let len = file.metadata().map_err(|e| DataError::io(path, e))?.len() as usize;
        let record = variant.record();
        if len == 0 || !len.is_multiple_of(record) {
            return Err(bad(format!(
                "{len} bytes is not a whole number of {record}-byte {} records",
                variant.name()
            )));
        }
        let count = len / record;
        let mut labels = vec![Vec::with_capacity(count); variant.label_bytes()];
        let mut reader = BufReader::with_capacity(1 << 20, &file);
        let mut buf = vec![0u8; record];
        for i in 0..count {
            reader
                .read_exact(&mut buf)
                .map_err(|e| DataError::io(path, e))?;
            for ((l, &value), &range) in labels.iter_mut().zip(&buf).zip(variant.label_ranges()) {
                if value >= range {
                    return Err(bad(format!(
                        "record {i}: label {value} is out of range (expected 0..{range})"
                    )));
                }
                l.push(value);
            }
        }
        drop(reader);
        Ok((
            Self {
                records: RecordFile::new(path, file, 0, record, count),
                variant,
            },
            labels,
        ))
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

    /// Image `index`: 32×32 RGB.
    pub fn image(&self, index: usize) -> Result<Image, DataError> {
        let mut buf = vec![0u8; PIXELS];
        self.records
            .read(index, self.variant.label_bytes(), &mut buf)?;
        Image::from_planar(SIDE, SIDE, buf.iter().map(|&b| f32::from(b)).collect())
    }
}

/// The folder that holds the batch files, and which CIFAR it is; `None` when `dir` holds
/// neither (nor one of the two extracted folders).
fn locate(dir: &Path) -> Option<(PathBuf, Variant)> {
    let is_cifar10 =
        |d: &Path| d.join("test_batch.bin").is_file() || d.join("data_batch_1.bin").is_file();
    let is_cifar100 = |d: &Path| {
        (d.join("train.bin").is_file() || d.join("test.bin").is_file())
            && (d.join("coarse_label_names.txt").is_file()
                || d.join("fine_label_names.txt").is_file())
    };
    for d in [
        dir.to_path_buf(),
        dir.join("cifar-10-batches-bin"),
        dir.join("cifar-100-binary"),
    ] {
        if is_cifar10(&d) {
            return Some((d, Variant::Cifar10));
        }
        if is_cifar100(&d) {
            return Some((d, Variant::Cifar100));
        }
    }
    None
}

/// Whether `dir` holds a binary CIFAR (for [`crate::DataSpec::infer`]).
pub(crate) fn is_cifar(dir: &Path) -> bool {
    locate(dir).is_some()
}

/// Class names, one per non-empty line; empty when the file is missing.
fn names(path: &Path) -> Result<Vec<String>, DataError> {
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect())
}

/// The samples of a binary CIFAR-10 or CIFAR-100 folder: train then test, in file order.
pub fn load(dir: &Path) -> Result<Vec<Sample>, DataError> {
    let Some((root, variant)) = locate(dir) else {
        let python = dir.join("data_batch_1").is_file()
            || dir.join("cifar-10-batches-py").is_dir()
            || dir.join("cifar-100-python").is_dir()
            || (dir.join("train").is_file() && dir.join("meta").is_file());
        let reason = if python {
            "this is the Python (pickle) version of CIFAR, which swan does not read: use the \
             binary version (cifar-10-binary.tar.gz / cifar-100-binary.tar.gz), or convert the \
             arrays to an .npz with `imgs`, `labels` and `split` (README, Data)"
        } else {
            "not a binary CIFAR folder: expected data_batch_1.bin … test_batch.bin (CIFAR-10) or \
             train.bin / test.bin with coarse_label_names.txt (CIFAR-100), here or in \
             cifar-10-batches-bin/ or cifar-100-binary/"
        };
        return Err(DataError::Layout {
            path: dir.into(),
            reason: reason.into(),
        });
    };
    let (files, names_file): (Vec<(PathBuf, Split)>, &str) = match variant {
        Variant::Cifar10 => {
            let mut files: Vec<(PathBuf, Split)> = (1..=5)
                .map(|i| root.join(format!("data_batch_{i}.bin")))
                .filter(|p| p.is_file())
                .map(|p| (p, Split::Train))
                .collect();
            let test = root.join("test_batch.bin");
            if test.is_file() {
                files.push((test, Split::Test));
            }
            (files, "batches.meta.txt")
        }
        Variant::Cifar100 => (
            [("train.bin", Split::Train), ("test.bin", Split::Test)]
                .into_iter()
                .map(|(f, s)| (root.join(f), s))
                .filter(|(p, _)| p.is_file())
                .collect(),
            "coarse_label_names.txt",
        ),
    };
    let class_names = names(&root.join(names_file))?;
    let fine_names = names(&root.join("fine_label_names.txt"))?;
    let mut samples = Vec::new();
    let (mut n_train, mut n_test) = (0usize, 0usize);
    for (path, split) in files {
        let (images, labels) = CifarImages::open(&path, variant)?;
        let images = Arc::new(images);
        for index in 0..images.len() {
            let class = labels[0][index];
            let mut attributes = std::collections::BTreeMap::new();
            if let Some(name) = class_names.get(usize::from(class)) {
                attributes.insert("name".to_string(), name.clone());
            }
            if let Some(fine) = labels.get(1).map(|l| l[index]) {
                attributes.insert("fine".to_string(), fine.to_string());
                if let Some(name) = fine_names.get(usize::from(fine)) {
                    attributes.insert("fine_name".to_string(), name.clone());
                }
            }
            let (prefix, counter) = match split {
                Split::Train => ("train", &mut n_train),
                Split::Test => ("test", &mut n_test),
            };
            samples.push(Sample {
                id: format!("{prefix}/{:05}", *counter),
                image: ImageRef::Cifar {
                    images: Arc::clone(&images),
                    index,
                },
                class: Some(class.to_string()),
                label: Label::Unknown,
                split: Some(split),
                attributes,
            });
            *counter += 1;
        }
    }
    Ok(samples)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes a CIFAR-10 batch of `labels.len()` records; pixel (c, y, x) of record i is
    /// `(i + 3c + y + x) % 256`.
    fn write_batch(path: &Path, label_bytes: &[Vec<u8>]) {
        let n = label_bytes[0].len();
        let mut out = Vec::new();
        for i in 0..n {
            for l in label_bytes {
                out.push(l[i]);
            }
            for c in 0..3 {
                for y in 0..SIDE {
                    for x in 0..SIDE {
                        out.push(((i + 3 * c + y + x) % 256) as u8);
                    }
                }
            }
        }
        std::fs::write(path, out).unwrap();
    }

    #[test]
    fn cifar10_batches_give_train_then_test_with_names() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("cifar-10-batches-bin");
        std::fs::create_dir_all(&root).unwrap();
        write_batch(&root.join("data_batch_1.bin"), &[vec![3, 0]]);
        write_batch(&root.join("data_batch_2.bin"), &[vec![9]]);
        write_batch(&root.join("test_batch.bin"), &[vec![1, 2]]);
        let names = "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n";
        std::fs::write(root.join("batches.meta.txt"), names).unwrap();
        // The folder above the extracted one works too.
        let samples = load(dir.path()).unwrap();
        let ids: Vec<&str> = samples.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "train/00000",
                "train/00001",
                "train/00002",
                "test/00000",
                "test/00001"
            ]
        );
        let classes: Vec<&str> = samples.iter().filter_map(|s| s.class.as_deref()).collect();
        assert_eq!(classes, ["3", "0", "9", "1", "2"]);
        assert_eq!(samples[0].attributes["name"], "cat");
        assert_eq!(samples[2].attributes["name"], "truck");
        assert_eq!(samples[3].split, Some(Split::Test));
        // Record 1 of data_batch_1: pixel (c, y, x) = (1 + 3c + y + x) % 256, planar.
        let img = samples[1].load().unwrap();
        assert_eq!((img.width, img.height), (32, 32));
        assert_eq!(img.data[0], 1.0);
        assert_eq!(img.data[32 + 5], (1 + 1 + 5) as f32);
        assert_eq!(img.data[2 * 1024 + 31 * 32 + 31], (1 + 6 + 62) as f32);
    }

    #[test]
    fn cifar100_classes_are_coarse_with_the_fine_label_kept() {
        let dir = tempfile::tempdir().unwrap();
        write_batch(&dir.path().join("train.bin"), &[vec![19, 4], vec![99, 0]]);
        write_batch(&dir.path().join("test.bin"), &[vec![0], vec![7]]);
        std::fs::write(
            dir.path().join("coarse_label_names.txt"),
            "aquatic_mammals\nfish\n",
        )
        .unwrap();
        let samples = load(dir.path()).unwrap();
        assert_eq!(samples.len(), 3);
        assert_eq!(samples[0].class.as_deref(), Some("19"));
        assert_eq!(samples[0].attributes["fine"], "99");
        assert!(!samples[0].attributes.contains_key("name"));
        assert_eq!(samples[2].attributes["name"], "aquatic_mammals");
        assert_eq!(samples[2].split, Some(Split::Test));
        assert_eq!(samples[1].load().unwrap().data[0], 1.0);
    }

    #[test]
    fn bad_files_and_other_layouts_are_errors_that_say_why() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("test_batch.bin"), vec![0u8; 3073 + 5]).unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("whole number of 3073-byte"), "{err}");
        write_batch(&dir.path().join("test_batch.bin"), &[vec![10]]);
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("record 0: label 10 is out of range"), "{err}");
        let c100 = tempfile::tempdir().unwrap();
        write_batch(&c100.path().join("train.bin"), &[vec![1, 2], vec![5, 100]]);
        std::fs::write(c100.path().join("fine_label_names.txt"), "apple\n").unwrap();
        let err = load(c100.path()).unwrap_err().to_string();
        assert!(
            err.contains("record 1: label 100 is out of range (expected 0..100)"),
            "{err}"
        );
        let py = tempfile::tempdir().unwrap();
        std::fs::create_dir(py.path().join("cifar-10-batches-py")).unwrap();
        let err = load(py.path()).unwrap_err().to_string();
        assert!(err.contains("Python (pickle) version"), "{err}");
        let empty = tempfile::tempdir().unwrap();
        let err = load(empty.path()).unwrap_err().to_string();
        assert!(err.contains("not a binary CIFAR folder"), "{err}");
    }
}
