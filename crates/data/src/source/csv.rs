//! CSV manifests: a header row with a `path` column (relative to the CSV's folder, or
//! absolute) and any other columns. `class`, `label` (`normal`/`anomaly`/`unknown`, or `0`/`1`)
//! and `split` (`train`/`test`) have their meaning; every other column becomes a named
//! attribute (e.g. a nuisance such as `camera`). A `mask` column names each image's
//! ground-truth mask (relative to the CSV's folder, like `path`; empty for none).

use std::path::Path;

use crate::DataError;
use crate::sample::{ImageRef, Label, MASK_ATTRIBUTE, Sample, Split};

/// The samples of a CSV manifest: a `path` column (relative to the manifest's folder), and
/// optional `class`, `label` and `split` columns; every other column is an attribute (a
/// `mask` column names each image's ground-truth mask, relative to the manifest's folder).
pub fn load(path: &Path) -> Result<Vec<Sample>, DataError> {
    let err = |reason: String| DataError::Csv {
        path: path.into(),
        reason,
    };
    let base = path.parent().unwrap_or(Path::new("."));
    let mut reader = csv::Reader::from_path(path).map_err(|e| err(e.to_string()))?;
    let headers = reader.headers().map_err(|e| err(e.to_string()))?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let path_col = column("path").ok_or_else(|| {
        let names: Vec<&str> = headers.iter().map(str::trim).collect();
        err(format!(
            "no `path` column in the header (it has {}); name the column of image paths `path`",
            names.join(", ")
        ))
    })?;
    let (class_col, label_col, split_col) = (column("class"), column("label"), column("split"));
    let mut samples = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let line = row + 2;
        let record = record.map_err(|e| err(format!("line {line}: {e}")))?;
        let field = |i: usize| record.get(i).unwrap_or("").trim().to_string();
        let rel = field(path_col);
        if rel.is_empty() {
            return Err(err(format!("line {line}: empty path")));
        }
        let label = match label_col.map(field).as_deref() {
            None | Some("") | Some("unknown") => Label::Unknown,
            Some("normal") | Some("0") => Label::Normal,
            Some("anomaly") | Some("anomalous") | Some("1") => Label::Anomaly,
            Some(other) => {
                return Err(err(format!(
                    "line {line}: label {other:?} is not normal/anomaly/unknown/0/1"
                )));
            }
        };
        let split = match split_col.map(field).as_deref() {
            None | Some("") => None,
            Some("train") => Some(Split::Train),
            Some("test") => Some(Split::Test),
            Some(other) => {
                return Err(err(format!(
                    "line {line}: split {other:?} is not train/test"
                )));
            }
        };
        let attributes = headers
            .iter()
            .enumerate()
            .filter(|(i, _)| ![Some(path_col), class_col, label_col, split_col].contains(&Some(*i)))
            .map(|(i, h)| {
                let (name, value) = (h.trim().to_string(), field(i));
                // A mask file is found where the image is: relative to the CSV's folder.
                if name == MASK_ATTRIBUTE && !value.is_empty() {
                    let resolved = base.join(&value).display().to_string();
                    return (name, resolved);
                }
                (name, value)
            })
            .collect();
        samples.push(Sample {
            id: rel.clone(),
            image: ImageRef::File(base.join(&rel)),
            class: class_col.map(field).filter(|c| !c.is_empty()),
            label,
            split,
            attributes,
        });
    }
    if samples.is_empty() {
        return Err(err("the manifest lists no images".into()));
    }
    Ok(samples)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_map_to_fields_and_attributes() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("m.csv");
        std::fs::write(
            &csv,
            "path,class,label,split,camera\na.png,cat,normal,train,c1\nb.png,dog,1,test,c2\n",
        )
        .unwrap();
        let samples = load(&csv).unwrap();
        assert_eq!(samples.len(), 2);
        assert_eq!(samples[1].label, Label::Anomaly);
        assert_eq!(samples[1].split, Some(Split::Test));
        assert_eq!(samples[0].attributes["camera"], "c1");
        assert!(!samples[0].attributes.contains_key("class"));
        assert!(matches!(&samples[0].image, ImageRef::File(p) if p == &dir.path().join("a.png")));
    }

    #[test]
    fn a_mask_column_is_found_where_the_images_are() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("m.csv");
        std::fs::write(
            &csv,
            "path,label,mask\na.png,normal,\nb.png,anomaly,masks/b.png\n",
        )
        .unwrap();
        let samples = load(&csv).unwrap();
        assert_eq!(samples[0].mask(), None, "an empty cell: no mask");
        assert_eq!(
            samples[1].mask(),
            Some(dir.path().join("masks/b.png").as_path())
        );
    }

    #[test]
    fn missing_path_column_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("m.csv");
        std::fs::write(&csv, "file,class\na.png,cat\n").unwrap();
        let e = load(&csv).unwrap_err().to_string();
        assert!(
            e.contains("no `path` column") && e.contains("it has file, class"),
            "{e}"
        );
    }

    #[test]
    fn bad_label_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("m.csv");
        std::fs::write(&csv, "path,label\na.png,maybe\n").unwrap();
        assert!(load(&csv).unwrap_err().to_string().contains("line 2"));
    }
}
