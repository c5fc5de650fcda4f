//! Dataset sources. A [`DataSpec`] is parsed from `kind:path` (`idx:`, `cifar:`, `folder:`,
//! `mvtec:`, `csv:`, `npz:`, `image:`), or from a bare path whose kind [`DataSpec::infer`] reads off the file
//! system, and [`load_samples`] lists its samples without decoding any pixels.

pub mod cifar;
pub mod csv;
pub mod folder;
pub mod idx;
pub mod mvtec;
pub mod npz;
mod records;

use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::{DataError, Sample};

/// A dataset source and where it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "path", rename_all = "lowercase")]
pub enum DataSpec {
    /// A folder with `{train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]` (MNIST, Fashion-MNIST).
    Idx(PathBuf),
    /// A binary CIFAR-10 or CIFAR-100 folder (`data_batch_*.bin` / `test_batch.bin`, or
    /// `train.bin` / `test.bin` with label names).
    Cifar(PathBuf),
    /// A folder with one subfolder per class (optionally under `train/` and `test/`); images
    /// directly in the folder are samples without a class.
    Folder(PathBuf),
    /// An MVTec-AD style category folder (`train/good`, `test/good`, `test/<defect>`).
    Mvtec(PathBuf),
    /// A CSV manifest with a `path` column and attribute columns.
    Csv(PathBuf),
    /// A NumPy `.npz` archive (`imgs`, `anom_label`, attribute arrays), or a folder with
    /// `train.npz` and `test.npz`.
    Npz(PathBuf),
    /// One image file: a source of one sample without a class, to score a single image.
    Image(PathBuf),
}

impl DataSpec {
    /// The file or folder the source reads.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Self::Idx(p)
            | Self::Cifar(p)
            | Self::Folder(p)
            | Self::Mvtec(p)
            | Self::Csv(p)
            | Self::Npz(p)
            | Self::Image(p) => p,
        }
    }
}

const KINDS: &str = "idx, cifar, folder, mvtec, csv, npz or image";

impl DataSpec {
    /// The kind of an existing path: a `.csv` file is a manifest, a `.npz` file an archive, a
    /// file with an image extension ([`folder::IMAGE_EXTENSIONS`]) one image; a
    /// folder holding `{train,t10k}-images-idx3-ubyte[.gz]` is IDX, one holding binary CIFAR batches
    /// (here or in `cifar-10-batches-bin/` / `cifar-100-binary/`) is CIFAR, one holding `train.npz` or
    /// `test.npz` is npz, one whose `train/` holds only `good/` (and that has `test/`) is
    /// MVTec-style, any other folder is a folder of images.
    pub fn infer(path: &Path) -> Result<Self, DataError> {
        let spec = || path.display().to_string();
        if path.is_file() {
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            return match ext.as_deref() {
                Some("csv") => Ok(Self::Csv(path.into())),
                Some("npz") => Ok(Self::Npz(path.into())),
                _ if folder::has_image_extension(path) => Ok(Self::Image(path.into())),
                _ => Err(DataError::Spec {
                    spec: spec(),
                    reason: format!(
                        "a file that is neither .csv, .npz nor an image (.{}); name its kind \
                         as KIND:PATH with KIND one of {KINDS}",
                        folder::IMAGE_EXTENSIONS.join(", .")
                    ),
                }),
            };
        }
        if !path.is_dir() {
            return Err(DataError::Spec {
                spec: spec(),
                reason: format!(
                    "no such file or folder (a source is KIND:PATH with KIND one of {KINDS}, \
                     or the path of an existing folder, .csv, .npz or image file)"
                ),
            });
        }
        let has = |name: &str| path.join(name).is_file();
        let idx = ["train", "t10k", "test"].iter().any(|prefix| {
            let stem = format!("{prefix}-images-idx3-ubyte");
            has(&stem) || has(&format!("{stem}.gz"))
        });
        if idx {
            return Ok(Self::Idx(path.into()));
        }
        if cifar::is_cifar(path) {
            return Ok(Self::Cifar(path.into()));
        }
        if has("train.npz") || has("test.npz") {
            return Ok(Self::Npz(path.into()));
        }
        if is_mvtec_layout(path) {
            return Ok(Self::Mvtec(path.into()));
        }
        Ok(Self::Folder(path.into()))
    }
}

/// `train/` holds exactly one folder, `good/`, and `test/` exists.
fn is_mvtec_layout(root: &Path) -> bool {
    let train = root.join("train");
    if !train.join("good").is_dir() || !root.join("test").is_dir() {
        return false;
    }
    std::fs::read_dir(&train).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .all(|e| e.file_name() == "good")
    })
}

impl FromStr for DataSpec {
    type Err = DataError;

    /// `KIND:PATH`, or a bare path whose kind is inferred ([`DataSpec::infer`]). A prefix that
    /// is not a kind is read as part of a path when that path exists (`C:\data`).
    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        let Some((kind, rest)) = spec.split_once(':') else {
            return Self::infer(Path::new(spec));
        };
        // The shell leaves `~` after `mvtec:` alone; swan expands it as the shell would.
        let path = expand_home(rest);
        match kind {
            "idx" => Ok(Self::Idx(path)),
            "cifar" => Ok(Self::Cifar(path)),
            "folder" => Ok(Self::Folder(path)),
            "mvtec" => Ok(Self::Mvtec(path)),
            "csv" => Ok(Self::Csv(path)),
            "npz" => Ok(Self::Npz(path)),
            "image" => Ok(Self::Image(path)),
            _ if Path::new(spec).exists() => Self::infer(Path::new(spec)),
            other => Err(DataError::Spec {
                spec: spec.into(),
                reason: format!("unknown source kind {other:?}; expected {KINDS}"),
            }),
        }
    }
}

impl std::fmt::Display for DataSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            Self::Idx(_) => "idx",
            Self::Cifar(_) => "cifar",
            Self::Folder(_) => "folder",
            Self::Mvtec(_) => "mvtec",
            Self::Csv(_) => "csv",
            Self::Npz(_) => "npz",
            Self::Image(_) => "image",
        };
        write!(f, "{kind}:{}", self.path().display())
    }
}

/// `~` or `~/…` at the start of a path, as a shell expands it at the start of a word (`$HOME`;
/// unchanged when it is not set).
fn expand_home(path: &str) -> PathBuf {
    let rest = match path.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => return PathBuf::from(path),
    };
    match std::env::var_os("HOME") {
        Some(home) => {
            let mut p = PathBuf::from(home);
            p.push(rest.trim_start_matches('/'));
            p
        }
        None => PathBuf::from(path),
    }
}

/// Lists the samples of a source, in a deterministic order. No pixels are decoded.
pub fn load_samples(spec: &DataSpec) -> Result<Vec<Sample>, DataError> {
    if !spec.path().exists() {
        return Err(DataError::Spec {
            spec: spec.to_string(),
            reason: "no such file or folder".into(),
        });
    }
    match spec {
        DataSpec::Idx(p) => idx::load(p),
        DataSpec::Cifar(p) => cifar::load(p),
        DataSpec::Folder(p) => folder::load(p),
        DataSpec::Mvtec(p) => mvtec::load(p),
        DataSpec::Csv(p) => csv::load(p),
        DataSpec::Npz(p) => npz::load(p),
        DataSpec::Image(p) => Ok(vec![one_image(p)]),
    }
}

/// The one sample of an `image:` source, named by its file name.
fn one_image(path: &Path) -> Sample {
    Sample {
        id: folder::file_name(path),
        image: crate::sample::ImageRef::File(path.into()),
        class: None,
        label: crate::sample::Label::Unknown,
        split: None,
        attributes: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_parses_and_prints_back() {
        for s in [
            "idx:/data/fmnist",
            "cifar:/data/cifar-10-batches-bin",
            "folder:imgs",
            "mvtec:/m/bottle",
            "csv:a/b.csv",
            "npz:bench.npz",
            "image:photos/a.jpg",
        ] {
            assert_eq!(s.parse::<DataSpec>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let Some(home) = std::env::var_os("HOME") else {
            return;
        };
        let spec: DataSpec = "mvtec:~/m/bottle".parse().unwrap();
        assert_eq!(spec.path(), Path::new(&home).join("m/bottle"));
        let spec: DataSpec = "folder:~".parse().unwrap();
        assert_eq!(spec.path(), Path::new(&home));
        // Only a leading `~` or `~/`: `~user` and inner tildes stay as they are.
        let spec: DataSpec = "folder:~other/x".parse().unwrap();
        assert_eq!(spec.path(), Path::new("~other/x"));
        let spec: DataSpec = "folder:a/~/b".parse().unwrap();
        assert_eq!(spec.path(), Path::new("a/~/b"));
    }

    #[test]
    fn a_missing_path_says_so_whatever_its_kind() {
        for s in ["mvtec:/no/such/m", "idx:/no/such/idx", "csv:/no/such.csv"] {
            let e = load_samples(&s.parse().unwrap()).unwrap_err().to_string();
            assert!(e.contains("no such file or folder"), "{s}: {e}");
        }
    }

    #[test]
    fn unknown_kind_is_an_error() {
        assert!("zip:/x".parse::<DataSpec>().is_err());
        let err = "/just/a/path".parse::<DataSpec>().unwrap_err().to_string();
        assert!(err.contains("no such file or folder"), "{err}");
    }

    #[test]
    fn a_bare_path_gets_the_kind_its_layout_shows() {
        let dir = tempfile::tempdir().unwrap();
        let at = |rel: &str| {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, b"x").unwrap();
            p.parent().unwrap().to_path_buf()
        };
        let idx = at("fm/train-images-idx3-ubyte.gz");
        let npz = at("bench/train.npz");
        let cifar = at("c10/cifar-10-batches-bin/test_batch.bin").join("..");
        let mvtec = at("bottle/train/good/0.png").join("../..");
        at("bottle/test/crack/1.png");
        let classes = at("classes/train/good/0.png").join("../..");
        at("classes/train/other/0.png");
        at("classes/test/good/1.png");
        let flat = at("flat/0.png");
        at("m.csv");
        at("a.npz");
        at("notes.txt");
        at("shot.JPG");
        let parse = |p: &Path| p.to_str().unwrap().parse::<DataSpec>().unwrap();
        assert_eq!(parse(&idx), DataSpec::Idx(idx.clone()));
        assert_eq!(parse(&npz), DataSpec::Npz(npz.clone()));
        assert_eq!(parse(&cifar), DataSpec::Cifar(cifar.clone()));
        assert_eq!(parse(&mvtec), DataSpec::Mvtec(mvtec.clone()));
        assert_eq!(parse(&classes), DataSpec::Folder(classes.clone()));
        assert_eq!(parse(&flat), DataSpec::Folder(flat.clone()));
        let csv = dir.path().join("m.csv");
        assert_eq!(parse(&csv), DataSpec::Csv(csv.clone()));
        let a = dir.path().join("a.npz");
        assert_eq!(parse(&a), DataSpec::Npz(a.clone()));
        let err = dir
            .path()
            .join("notes.txt")
            .to_str()
            .unwrap()
            .parse::<DataSpec>()
            .unwrap_err()
            .to_string();
        assert!(err.contains("neither .csv, .npz nor an image"), "{err}");
        let shot = dir.path().join("shot.JPG");
        assert_eq!(parse(&shot), DataSpec::Image(shot.clone()));
        let samples = load_samples(&DataSpec::Image(shot.clone())).unwrap();
        assert_eq!(samples.len(), 1);
        assert_eq!(samples[0].id, "shot.JPG");
        assert_eq!(samples[0].class, None);
        // A named kind wins over the layout.
        let spec = format!("folder:{}", idx.display());
        assert_eq!(spec.parse::<DataSpec>().unwrap(), DataSpec::Folder(idx));
    }
}
