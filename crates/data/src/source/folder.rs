//! Image folders: one subfolder per class (`root/<class>/*.png`, and the images in the class
//! folder's own subfolders, at any depth, as torchvision's `ImageFolder` reads them). When
//! `root` holds `train/` and `test/` folders, each is read that way and the samples carry that
//! split. Images lying directly in a folder that is read (`root/*.png`, or `root/train/*.png`)
//! are samples without a class: a flat folder of new images to score needs no class subfolder.
//! Files and folders whose names start with a dot (`.ipynb_checkpoints/`, macOS's `._x.png`)
//! are not read, as `ls` does not list them.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::DataError;
use crate::sample::{ImageRef, Label, Sample, Split};

/// File extensions swan reads as images.
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "bmp", "tif", "tiff", "gif", "webp"];

/// Whether `path` ends in one of [`IMAGE_EXTENSIONS`], in any case.
pub(crate) fn has_image_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_string_lossy().to_lowercase().as_str()))
}

/// The samples of a folder: `train/` and `test/` holding one folder per class, or one folder
/// per class, or images directly (no classes); images are found below each class folder.
pub fn load(root: &Path) -> Result<Vec<Sample>, DataError> {
    let (train, test) = (root.join("train"), root.join("test"));
    let samples = if train.is_dir() && test.is_dir() {
        let mut samples = classes(root, &train, Some(Split::Train))?;
        samples.extend(classes(root, &test, Some(Split::Test))?);
        samples
    } else {
        classes(root, root, None)?
    };
    if samples.is_empty() {
        return Err(DataError::Layout {
            path: root.into(),
            reason: format!(
                "no images found (expected <class>/*.{{{ext}}} or *.{{{ext}}})",
                ext = IMAGE_EXTENSIONS.join(",")
            ),
        });
    }
    Ok(samples)
}

fn classes(root: &Path, dir: &Path, split: Option<Split>) -> Result<Vec<Sample>, DataError> {
    let sample = |path: PathBuf, class: Option<String>| Sample {
        id: relative_id(root, &path),
        image: ImageRef::File(path),
        class,
        label: Label::Unknown,
        split,
        attributes: Default::default(),
    };
    let mut samples: Vec<Sample> = image_files(dir)?
        .into_iter()
        .map(|path| sample(path, None))
        .collect();
    for class_dir in sorted_dirs(dir)? {
        let class = file_name(&class_dir);
        for path in images_below(&class_dir)? {
            samples.push(sample(path, Some(class.clone())));
        }
    }
    Ok(samples)
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

pub(crate) fn relative_id(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

pub(crate) fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, DataError> {
    let mut dirs: Vec<PathBuf> = read_dir(dir)?.into_iter().filter(|p| p.is_dir()).collect();
    dirs.sort();
    Ok(dirs)
}

/// The image files directly inside `dir`, sorted by name. A name with an image extension
/// that is not a readable file (a broken link) is kept, so that reading it fails and the
/// batch commands report it as skipped instead of losing it without a word.
pub(crate) fn image_files(dir: &Path) -> Result<Vec<PathBuf>, DataError> {
    let mut files: Vec<PathBuf> = read_dir(dir)?
        .into_iter()
        .filter(|p| !p.is_dir() && has_image_extension(p))
        .collect();
    files.sort();
    Ok(files)
}

/// The image files in `dir` and in its subfolders at any depth: a folder's own files sorted by
/// name, then each subfolder's in name order. Links to folders are followed, and each folder is
/// read once, so a link back up the tree cannot loop.
pub(crate) fn images_below(dir: &Path) -> Result<Vec<PathBuf>, DataError> {
    fn walk(
        dir: &Path,
        seen: &mut HashSet<PathBuf>,
        files: &mut Vec<PathBuf>,
    ) -> Result<(), DataError> {
        let real = dir.canonicalize().map_err(|e| DataError::io(dir, e))?;
        if !seen.insert(real) {
            return Ok(());
        }
        files.extend(image_files(dir)?);
        for sub in sorted_dirs(dir)? {
            walk(&sub, seen, files)?;
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, &mut HashSet::new(), &mut files)?;
    Ok(files)
}

/// The entries of `dir`, less those whose names start with a dot.
fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, DataError> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| DataError::io(dir, e))? {
        let entry = entry.map_err(|e| DataError::io(dir, e))?;
        if !entry.file_name().to_string_lossy().starts_with('.') {
            paths.push(entry.path());
        }
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_come_from_subfolders_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        for (class, file) in [
            ("b", "2.png"),
            ("a", "1.png"),
            ("a", "0.jpg"),
            ("a", "notes.txt"),
        ] {
            std::fs::create_dir_all(dir.path().join(class)).unwrap();
            std::fs::write(dir.path().join(class).join(file), b"x").unwrap();
        }
        let samples = load(dir.path()).unwrap();
        let ids: Vec<_> = samples.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a/0.jpg", "a/1.png", "b/2.png"]);
        assert_eq!(samples[2].class.as_deref(), Some("b"));
        assert_eq!(samples[0].split, None);
    }

    #[test]
    fn images_directly_in_the_folder_have_no_class() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.png"), b"x").unwrap();
        std::fs::write(dir.path().join("a.jpg"), b"x").unwrap();
        std::fs::create_dir_all(dir.path().join("good")).unwrap();
        std::fs::write(dir.path().join("good").join("0.png"), b"x").unwrap();
        let samples = load(dir.path()).unwrap();
        let got: Vec<_> = samples
            .iter()
            .map(|s| (s.id.as_str(), s.class.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("a.jpg", None),
                ("b.png", None),
                ("good/0.png", Some("good"))
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_broken_link_is_a_sample_so_reading_it_reports_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.webp"), b"x").unwrap();
        std::fs::write(dir.path().join("b.gif"), b"x").unwrap();
        std::os::unix::fs::symlink("/nonexistent/c.png", dir.path().join("c.png")).unwrap();
        std::fs::write(dir.path().join("notes.txt"), b"x").unwrap();
        let samples = load(dir.path()).unwrap();
        let ids: Vec<_> = samples.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a.webp", "b.gif", "c.png"]);
        let e = samples[2].load().unwrap_err().to_string();
        assert!(e.contains("c.png"), "{e}");
    }

    #[test]
    fn a_class_holds_the_images_of_its_subfolders_and_dot_names_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        for rel in [
            "shoe/b.png",
            "shoe/2024/jan/a.png",
            "shoe/2024/c.png",
            "shoe/a.png",
            "shoe/._a.png",
            "shoe/.hidden/d.png",
            ".ipynb_checkpoints/e.png",
            "bag/x.jpg",
        ] {
            let p = dir.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, b"x").unwrap();
        }
        let samples = load(dir.path()).unwrap();
        let got: Vec<_> = samples
            .iter()
            .map(|s| (s.id.as_str(), s.class.as_deref().unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("bag/x.jpg", "bag"),
                ("shoe/a.png", "shoe"),
                ("shoe/b.png", "shoe"),
                ("shoe/2024/c.png", "shoe"),
                ("shoe/2024/jan/a.png", "shoe"),
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_back_up_the_tree_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("shoe/sub")).unwrap();
        std::fs::write(dir.path().join("shoe/a.png"), b"x").unwrap();
        std::fs::write(dir.path().join("shoe/sub/b.png"), b"x").unwrap();
        std::os::unix::fs::symlink("..", dir.path().join("shoe/sub/up")).unwrap();
        let samples = load(dir.path()).unwrap();
        let ids: Vec<_> = samples.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["shoe/a.png", "shoe/sub/b.png"]);
    }

    #[test]
    fn empty_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(dir.path()).is_err());
    }
}
