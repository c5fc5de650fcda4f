//! `.npz` archives written by NumPy itself (`tests/fixtures/make_npz.py`), in the layout of Red
//! PANDA's released benchmarks. The unit tests in `source/npz.rs` build archives by hand; these
//! check the reader against what `np.savez` (zip64 local headers, stored) and
//! `np.savez_compressed` (deflate) really write.

use std::path::PathBuf;

use swan_data::{DataSpec, Label, Split, load_samples};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn load(name: &str) -> Vec<swan_data::Sample> {
    let spec: DataSpec = format!("npz:{}", fixture(name).display()).parse().unwrap();
    load_samples(&spec).unwrap()
}

const GROUPS: [&str; 6] = [
    "familiar", "familiar", "anomaly", "pseudo", "familiar", "anomaly",
];

fn check_metadata(samples: &[swan_data::Sample]) {
    assert_eq!(samples.len(), 6);
    for (i, s) in samples.iter().enumerate() {
        assert_eq!(s.attributes["group"], GROUPS[i], "sample {i}");
        let expected = if GROUPS[i] == "anomaly" {
            Label::Anomaly
        } else {
            Label::Normal
        };
        assert_eq!(s.label, expected, "sample {i}");
    }
    let color: Vec<&str> = samples
        .iter()
        .map(|s| s.attributes["color"].as_str())
        .collect();
    assert_eq!(color, ["red", "green", "red", "blue", "green", "red"]);
    let size: Vec<&str> = samples
        .iter()
        .map(|s| s.attributes["size"].as_str())
        .collect();
    assert_eq!(size, ["1", "2.5", "3", "1", "2", "4"]);
    let big: Vec<&str> = samples
        .iter()
        .map(|s| s.attributes["big"].as_str())
        .collect();
    assert_eq!(big, ["false", "true", "true", "false", "true", "true"]);
    let class: Vec<&str> = samples
        .iter()
        .map(|s| s.class.as_deref().unwrap())
        .collect();
    assert_eq!(class, ["3", "3", "7", "3", "3", "7"]);
}

/// Image i is 10·i + channel everywhere but pixel (y 1, x 2) of channel 0, which is 200 + i.
fn check_pixels(samples: &[swan_data::Sample]) {
    for (i, s) in samples.iter().enumerate() {
        let img = s.load().unwrap();
        assert_eq!((img.width, img.height), (8, 8));
        for c in 0..3 {
            let plane = img.plane(c);
            for (k, &v) in plane.iter().enumerate() {
                let expected = if c == 0 && k == 8 + 2 {
                    200 + i
                } else {
                    10 * i + c
                };
                assert_eq!(v, expected as f32, "image {i} channel {c} pixel {k}");
            }
        }
    }
}

#[test]
fn np_savez_archive_with_split_loads_groups_attributes_and_pixels() {
    let samples = load("redpanda_like.npz");
    check_metadata(&samples);
    check_pixels(&samples);
    let splits: Vec<Option<Split>> = samples.iter().map(|s| s.split).collect();
    let (train, test) = (Some(Split::Train), Some(Split::Test));
    assert_eq!(splits, [train, train, test, test, test, test]);
    assert!(!samples[0].attributes.contains_key("split"));
}

#[test]
fn np_savez_compressed_float_channels_first_archive_loads_the_same() {
    let samples = load("redpanda_like_compressed.npz");
    check_metadata(&samples);
    check_pixels(&samples);
    assert!(samples.iter().all(|s| s.split.is_none()));
}

#[test]
fn a_folder_of_train_and_test_archives_takes_the_split_from_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("redpanda_like_compressed.npz"),
        dir.path().join("train.npz"),
    )
    .unwrap();
    std::fs::copy(
        fixture("redpanda_like_compressed.npz"),
        dir.path().join("test.npz"),
    )
    .unwrap();
    let spec: DataSpec = format!("npz:{}", dir.path().display()).parse().unwrap();
    let samples = load_samples(&spec).unwrap();
    assert_eq!(samples.len(), 12);
    assert!(samples[..6].iter().all(|s| s.split == Some(Split::Train)));
    assert!(samples[6..].iter().all(|s| s.split == Some(Split::Test)));
    // Ids stay unique across the two files.
    let ids: std::collections::BTreeSet<&str> = samples.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), 12);
}
