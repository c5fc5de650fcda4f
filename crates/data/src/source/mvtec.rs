//! MVTec-AD style layout: `train/good/*` (normal training images), `test/good/*` (normal test
//! images) and `test/<defect>/*` (anomalous test images, class = defect name). Ground-truth
//! masks (`ground_truth/`) are not read.

use std::path::Path;

use super::folder::{file_name, images_below, relative_id, sorted_dirs};
use crate::DataError;
use crate::sample::{ImageRef, Label, Sample, Split};

pub fn load(root: &Path) -> Result<Vec<Sample>, DataError> {
    let good = root.join("train").join("good");
    if !good.is_dir() {
        return Err(DataError::Layout {
            path: root.into(),
            reason: "not an MVTec-style folder: train/good/ is missing".into(),
        });
    }
    let mut samples = Vec::new();
    let mut push =
        |dir: &Path, split: Split, label: Label, class: String| -> Result<(), DataError> {
            for path in images_below(dir)? {
                samples.push(Sample {
                    id: relative_id(root, &path),
                    image: ImageRef::File(path),
                    class: Some(class.clone()),
                    label,
                    split: Some(split),
                    attributes: Default::default(),
                });
            }
            Ok(())
        };
    push(&good, Split::Train, Label::Normal, "good".into())?;
    let test = root.join("test");
    if test.is_dir() {
        for dir in sorted_dirs(&test)? {
            let class = file_name(&dir);
            let label = if class == "good" {
                Label::Normal
            } else {
                Label::Anomaly
            };
            push(&dir, Split::Test, label, class)?;
        }
    }
    Ok(samples)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defects_are_anomalies_and_good_is_normal() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["train/good/0.png", "test/good/1.png", "test/crack/2.png"] {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, b"x").unwrap();
        }
        let samples = load(dir.path()).unwrap();
        let summary: Vec<_> = samples
            .iter()
            .map(|s| (s.id.as_str(), s.label, s.split))
            .collect();
        assert_eq!(
            summary,
            [
                ("train/good/0.png", Label::Normal, Some(Split::Train)),
                ("test/crack/2.png", Label::Anomaly, Some(Split::Test)),
                ("test/good/1.png", Label::Normal, Some(Split::Test)),
            ]
        );
    }

    #[test]
    fn missing_train_good_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            load(dir.path())
                .unwrap_err()
                .to_string()
                .contains("train/good")
        );
    }
}
