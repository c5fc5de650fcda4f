//! MVTec-AD style layout: `train/good/*` (normal training images), `test/good/*` (normal test
//! images) and `test/<defect>/*` (anomalous test images, class = defect name). A defect
//! image's ground-truth mask, `ground_truth/<defect>/<name>_mask.png` (or the same name as the
//! image), becomes its `mask` attribute when the file exists.

use std::path::Path;

use super::folder::{file_name, images_below, relative_id, sorted_dirs};
use crate::DataError;
use crate::sample::{ImageRef, Label, MASK_ATTRIBUTE, Sample, Split};

/// The samples of an MVTec-style category: `train/good/` normal training images,
/// `test/good/` normal and `test/<defect>/` anomalous test images (class = the defect), with
/// `ground_truth/<defect>/<name>_mask.png` (or the image's own name there) as each anomaly's
/// mask when present.
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
                let mut attributes = std::collections::BTreeMap::new();
                if label == Label::Anomaly
                    && let Some(mask) = ground_truth(root, dir, &path)
                {
                    attributes.insert(MASK_ATTRIBUTE.to_string(), mask.display().to_string());
                }
                samples.push(Sample {
                    id: relative_id(root, &path),
                    image: ImageRef::File(path),
                    class: Some(class.clone()),
                    label,
                    split: Some(split),
                    attributes,
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

/// The mask of the defect image `image` of `test/<defect>/` (`dir`): the file at the same
/// place below `ground_truth/<defect>/`, named `<stem>_mask.png` (MVTec AD) or as the image.
fn ground_truth(root: &Path, dir: &Path, image: &Path) -> Option<std::path::PathBuf> {
    let below = image.strip_prefix(dir).ok()?;
    let base = root.join("ground_truth").join(dir.file_name()?).join(below);
    let stem = base.file_stem()?.to_string_lossy().into_owned();
    [base.with_file_name(format!("{stem}_mask.png")), base]
        .into_iter()
        .find(|p| p.is_file())
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
    fn defect_images_get_their_ground_truth_masks() {
        let dir = tempfile::tempdir().unwrap();
        for rel in [
            "train/good/0.png",
            "test/good/1.png",
            "test/crack/2.png",
            "test/crack/3.png",
            "test/hole/4.png",
            "ground_truth/crack/2_mask.png",
            "ground_truth/hole/4.png",
        ] {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, b"x").unwrap();
        }
        let samples = load(dir.path()).unwrap();
        let mask = |id: &str| {
            let s = samples.iter().find(|s| s.id == id).unwrap();
            s.mask()
                .map(|m| m.strip_prefix(dir.path()).unwrap().to_path_buf())
        };
        assert_eq!(
            mask("test/crack/2.png"),
            Some("ground_truth/crack/2_mask.png".into())
        );
        assert_eq!(
            mask("test/hole/4.png"),
            Some("ground_truth/hole/4.png".into())
        );
        assert_eq!(mask("test/crack/3.png"), None, "no mask file");
        assert_eq!(mask("test/good/1.png"), None);
        assert_eq!(mask("train/good/0.png"), None);
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
