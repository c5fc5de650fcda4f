//! Dataset sources. A [`DataSpec`] is parsed from `kind:path` (`idx:`, `folder:`, `mvtec:`,
//! `csv:`, `npz:`) and [`load_samples`] lists its samples without decoding any pixels.

pub mod csv;
pub mod folder;
pub mod idx;
pub mod mvtec;
pub mod npz;

use std::path::PathBuf;
use std::str::FromStr;

use crate::{DataError, Sample};

/// A dataset source and where it is.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "path", rename_all = "lowercase")]
pub enum DataSpec {
    /// A folder with `{train,t10k}-{images-idx3,labels-idx1}-ubyte[.gz]` (MNIST, Fashion-MNIST).
    Idx(PathBuf),
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
}

impl DataSpec {
    pub fn path(&self) -> &std::path::Path {
        match self {
            Self::Idx(p) | Self::Folder(p) | Self::Mvtec(p) | Self::Csv(p) | Self::Npz(p) => p,
        }
    }
}

impl FromStr for DataSpec {
    type Err = DataError;

    fn from_str(spec: &str) -> Result<Self, Self::Err> {
        let (kind, path) = spec.split_once(':').ok_or_else(|| DataError::Spec {
            spec: spec.into(),
            reason: "expected KIND:PATH with KIND one of idx, folder, mvtec, csv, npz".into(),
        })?;
        let path = PathBuf::from(path);
        match kind {
            "idx" => Ok(Self::Idx(path)),
            "folder" => Ok(Self::Folder(path)),
            "mvtec" => Ok(Self::Mvtec(path)),
            "csv" => Ok(Self::Csv(path)),
            "npz" => Ok(Self::Npz(path)),
            other => Err(DataError::Spec {
                spec: spec.into(),
                reason: format!(
                    "unknown source kind {other:?}; expected idx, folder, mvtec, csv or npz"
                ),
            }),
        }
    }
}

impl std::fmt::Display for DataSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            Self::Idx(_) => "idx",
            Self::Folder(_) => "folder",
            Self::Mvtec(_) => "mvtec",
            Self::Csv(_) => "csv",
            Self::Npz(_) => "npz",
        };
        write!(f, "{kind}:{}", self.path().display())
    }
}

/// Lists the samples of a source, in a deterministic order. No pixels are decoded.
pub fn load_samples(spec: &DataSpec) -> Result<Vec<Sample>, DataError> {
    match spec {
        DataSpec::Idx(p) => idx::load(p),
        DataSpec::Folder(p) => folder::load(p),
        DataSpec::Mvtec(p) => mvtec::load(p),
        DataSpec::Csv(p) => csv::load(p),
        DataSpec::Npz(p) => npz::load(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_parses_and_prints_back() {
        for s in [
            "idx:/data/fmnist",
            "folder:imgs",
            "mvtec:/m/bottle",
            "csv:a/b.csv",
            "npz:bench.npz",
        ] {
            assert_eq!(s.parse::<DataSpec>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn unknown_kind_is_an_error() {
        assert!("zip:/x".parse::<DataSpec>().is_err());
        assert!("/just/a/path".parse::<DataSpec>().is_err());
    }
}
