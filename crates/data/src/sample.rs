use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::source::idx::IdxImages;
use crate::{DataError, Image, decode_image};

/// Whether a sample is known to be normal, known to be anomalous, or not labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// Known to be normal (or taken as normal: the training images of a normal class).
    Normal,
    /// Known to be anomalous.
    Anomaly,
    /// Not labelled.
    Unknown,
}

/// The split a source assigned to a sample, when it has one (IDX train/t10k, MVTec train/test).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// The training split.
    Train,
    /// The test split.
    Test,
}

/// Where a sample's pixels live. Decoding happens in [`Sample::load`].
#[derive(Clone, Debug)]
pub enum ImageRef {
    /// An encoded image file (PNG, JPEG, BMP, TIFF, GIF, WebP).
    File(PathBuf),
    /// Image `index` of an IDX image file.
    Idx {
        /// The IDX file's images.
        images: Arc<IdxImages>,
        /// The image's position in it.
        index: usize,
    },
    /// Image `index` of a binary CIFAR batch file.
    Cifar {
        /// The batch file's images.
        images: Arc<crate::source::cifar::CifarImages>,
        /// The image's position in it.
        index: usize,
    },
    /// An encoded image (PNG, JPEG, ...) held in memory, e.g. the body of a request to
    /// `swan serve`. `name` is what errors and reports call it; `digest` (the SHA-256 of the
    /// bytes) makes its location, so two images with the same name are never confused by a
    /// feature table keyed by location.
    Encoded {
        /// What errors and reports call it.
        name: String,
        /// The encoded bytes.
        bytes: Arc<[u8]>,
        /// SHA-256 of the bytes, hex.
        digest: String,
    },
    /// Image `index` of an in-memory array (an `.npz` archive).
    Array {
        /// The array's images.
        images: Arc<crate::source::npz::ArrayImages>,
        /// The image's position in it.
        index: usize,
    },
    /// Another image turned by `quarter_turns` × 90° counter-clockwise (an exact pixel
    /// permutation; used to give a dataset a synthetic orientation attribute).
    Rotated {
        /// The image turned.
        inner: Box<ImageRef>,
        /// Quarter turns counter-clockwise, 0 to 3.
        quarter_turns: u8,
    },
    /// An image already decoded and held in memory, under the location of the image it was
    /// decoded from (so that derived images, such as the occluded copies of an occlusion map,
    /// decode the file once, not once per copy).
    Decoded {
        /// The location of the image it was decoded from ([`Sample::location`]).
        location: String,
        /// The pixels.
        image: Arc<Image>,
    },
    /// Another image seen through an operation defined outside this crate (a transform
    /// chain with its seed), applied at load time.
    View {
        /// The image the operation is applied to.
        inner: Box<ImageRef>,
        /// The operation.
        view: Arc<dyn ImageView>,
    },
}

/// An operation applied to an image when it is loaded. Implemented by the transform stage.
pub trait ImageView: Send + Sync + std::fmt::Debug {
    /// The image through the operation.
    fn apply(&self, img: Image) -> Result<Image, DataError>;
    /// Identifies the operation and its randomness, for cache keys and reports.
    fn key(&self) -> String;
}

impl ImageRef {
    fn load(&self) -> Result<Image, DataError> {
        match self {
            Self::File(path) => {
                let bytes = std::fs::read(path).map_err(|e| DataError::io(path, e))?;
                decode_image(&bytes, &path.display().to_string())
            }
            Self::Encoded { name, bytes, .. } => decode_image(bytes, name),
            Self::Idx { images, index } => images.image(*index),
            Self::Cifar { images, index } => images.image(*index),
            Self::Array { images, index } => images.image(*index),
            Self::Rotated {
                inner,
                quarter_turns,
            } => Ok(inner.load()?.rotate90(*quarter_turns)),
            Self::Decoded { image, .. } => Ok(Image::clone(image)),
            Self::View { inner, view } => view.apply(inner.load()?),
        }
    }

    fn location(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Encoded { name, digest, .. } => format!("{name}#sha256:{digest}"),
            Self::Idx { images, index } => format!("{}#{index}", images.path().display()),
            Self::Cifar { images, index } => format!("{}#{index}", images.path().display()),
            Self::Array { images, index } => format!("{}#{index}", images.path().display()),
            Self::Rotated {
                inner,
                quarter_turns,
            } => {
                format!(
                    "{}@rot{}",
                    inner.location(),
                    90 * u32::from(quarter_turns % 4)
                )
            }
            Self::Decoded { location, .. } => location.clone(),
            Self::View { inner, view } => format!("{}@{}", inner.location(), view.key()),
        }
    }

    /// Whether the pixels are held in memory ([`Self::Encoded`]) rather than read from a file
    /// (then [`Self::file`] is only the name the image was given). A [`Self::Decoded`] image
    /// counts as the image it was decoded from: its location is that image's.
    pub fn in_memory(&self) -> bool {
        match self {
            Self::Encoded { .. } => true,
            Self::Rotated { inner, .. } | Self::View { inner, .. } => inner.in_memory(),
            _ => false,
        }
    }

    /// The file the pixels come from.
    pub fn file(&self) -> &std::path::Path {
        match self {
            Self::File(path) => path,
            Self::Encoded { name, .. } => std::path::Path::new(name),
            Self::Decoded { location, .. } => std::path::Path::new(location),
            Self::Idx { images, .. } => images.path(),
            Self::Cifar { images, .. } => images.path(),
            Self::Array { images, .. } => images.path(),
            Self::Rotated { inner, .. } | Self::View { inner, .. } => inner.file(),
        }
    }
}

/// One image of a dataset with everything known about it.
#[derive(Clone, Debug)]
pub struct Sample {
    /// Unique inside its dataset: a relative path, or `train/00042` for IDX.
    pub id: String,
    /// Where its pixels are.
    pub image: ImageRef,
    /// Class name, when the source has classes.
    pub class: Option<String>,
    /// Normal, anomalous or unknown, as the source says.
    pub label: Label,
    /// The split the source assigned, if any.
    pub split: Option<Split>,
    /// Named string attributes (e.g. a nuisance such as `camera`), from CSV columns.
    pub attributes: BTreeMap<String, String>,
}

impl Sample {
    /// An unlabelled sample of an encoded image held in memory (see [`ImageRef::Encoded`]),
    /// with `name` as its id. Nothing is decoded until [`Self::load`].
    pub fn encoded(name: impl Into<String>, bytes: impl Into<Arc<[u8]>>) -> Self {
        let name = name.into();
        let bytes: Arc<[u8]> = bytes.into();
        let digest = crate::fingerprint::hex_digest(&bytes);
        Self {
            id: name.clone(),
            image: ImageRef::Encoded {
                name,
                bytes,
                digest,
            },
            class: None,
            label: Label::Unknown,
            split: None,
            attributes: BTreeMap::new(),
        }
    }

    /// Decodes the image. Errors name the file.
    pub fn load(&self) -> Result<Image, DataError> {
        self.image.load()
    }

    /// A short, stable description of where the pixels are, for fingerprints and reports.
    pub fn location(&self) -> String {
        self.image.location()
    }

    /// The same sample with its image decoded once and held in memory
    /// ([`ImageRef::Decoded`], under the same location).
    pub fn decoded(&self) -> Result<Sample, DataError> {
        let image = Arc::new(self.load()?);
        Ok(Sample {
            image: ImageRef::Decoded {
                location: self.location(),
                image,
            },
            ..self.clone()
        })
    }

    /// The ground-truth mask of where the image is anomalous (the [`MASK_ATTRIBUTE`]: MVTec's
    /// `ground_truth/` files, a CSV `mask` column), when the source gives one.
    pub fn mask(&self) -> Option<&std::path::Path> {
        self.attributes
            .get(MASK_ATTRIBUTE)
            .filter(|m| !m.is_empty())
            .map(std::path::Path::new)
    }
}

/// The attribute naming an image's ground-truth mask file (any image format; nonzero pixels
/// are anomalous), resolved to a path as the image's own.
pub const MASK_ATTRIBUTE: &str = "mask";

/// A ground-truth mask read at `height × width` (nearest neighbour, as masks are resized so
/// that they stay binary): `true` where the image is anomalous (a pixel above half of the
/// 0..255 range in any channel), row-major.
pub fn load_mask(
    path: &std::path::Path,
    height: usize,
    width: usize,
) -> Result<Vec<bool>, DataError> {
    if height == 0 || width == 0 {
        return Err(DataError::ResizeTarget { height, width });
    }
    let img = ImageRef::File(path.to_path_buf()).load()?;
    let n = img.width * img.height;
    let source =
        |i: usize, input: usize, output: usize| ((2 * i + 1) * input / (2 * output)).min(input - 1);
    let mut out = Vec::with_capacity(height * width);
    for y in 0..height {
        let sy = source(y, img.height, height);
        for x in 0..width {
            let p = sy * img.width + source(x, img.width, width);
            // Any channel: masks are gray, but some tools save them as RGB.
            out.push((0..3).any(|c| img.data[c * n + p] > 127.5));
        }
    }
    Ok(out)
}

/// A seeded choice among `n` for a sample (from a hash of the seed and the id).
fn synthetic_choice(seed: u64, id: &str, n: u8) -> u8 {
    use sha2::{Digest, Sha256};
    let h = Sha256::new()
        .chain_update(seed.to_le_bytes())
        .chain_update(id.as_bytes())
        .finalize();
    h[0] % n
}

/// Gives every sample a synthetic orientation nuisance: a seeded choice of 0°, 90°, 180° or
/// 270° (from a hash of the seed and the id), applied to its pixels and recorded as the
/// attribute `name` (`"0"`, `"90"`, ...). Used to test nuisance-aware protocols on data
/// without one.
pub fn with_rotation_attribute(samples: Vec<Sample>, name: &str, seed: u64) -> Vec<Sample> {
    samples
        .into_iter()
        .map(|mut s| {
            let quarter_turns = synthetic_choice(seed, &s.id, 4);
            s.attributes.insert(
                name.to_string(),
                (90 * u32::from(quarter_turns)).to_string(),
            );
            s.image = ImageRef::Rotated {
                inner: Box::new(s.image),
                quarter_turns,
            };
            s
        })
        .collect()
}

/// The four tints of [`with_tint_attribute`]: name and per-channel RGB multipliers.
/// `none` leaves the image as it is (×(1, 1, 1)); the others keep one channel and scale the
/// other two by 0.35.
pub const TINTS: [(&str, [f32; 3]); 4] = [
    ("none", [1.0, 1.0, 1.0]),
    ("red", [1.0, 0.35, 0.35]),
    ("green", [0.35, 1.0, 0.35]),
    ("blue", [0.35, 0.35, 1.0]),
];

/// Multiplies each channel by a factor (a colour tint).
#[derive(Debug)]
pub struct Tint(pub [f32; 3]);

impl ImageView for Tint {
    fn apply(&self, mut img: Image) -> Result<Image, DataError> {
        let n = img.width * img.height;
        for (c, f) in self.0.iter().enumerate() {
            img.data[c * n..(c + 1) * n]
                .iter_mut()
                .for_each(|v| *v *= f);
        }
        Ok(img)
    }

    fn key(&self) -> String {
        format!("tint{:?}", self.0)
    }
}

/// Gives every sample a synthetic colour nuisance: a seeded choice of one of [`TINTS`]
/// (none, red, green, blue; from a hash of the seed and the id), applied to its pixels and
/// recorded as the attribute `name`. Fashion-MNIST's garments are bright on black, so the
/// garment takes the colour.
pub fn with_tint_attribute(samples: Vec<Sample>, name: &str, seed: u64) -> Vec<Sample> {
    samples
        .into_iter()
        .map(|mut s| {
            let (tint, rgb) = TINTS[usize::from(synthetic_choice(seed, &s.id, 4))];
            s.attributes.insert(name.to_string(), tint.to_string());
            s.image = ImageRef::View {
                inner: Box::new(s.image),
                view: Arc::new(Tint(rgb)),
            };
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mask_reads_as_its_nonzero_pixels_on_any_grid() {
        let dir = tempfile::tempdir().unwrap();
        // 4x4, the left half white (anomalous), as an RGB PNG.
        let png = crate::Image::from_planar(4, 4, [255.0, 255.0, 0.0, 0.0].repeat(4).repeat(3))
            .unwrap()
            .to_png_thumbnail(4)
            .unwrap();
        let path = dir.path().join("m.png");
        std::fs::write(&path, png).unwrap();
        assert_eq!(
            load_mask(&path, 2, 2).unwrap(),
            [true, false, true, false],
            "the left column of a 2x2 grid"
        );
        assert_eq!(load_mask(&path, 1, 4).unwrap(), [true, true, false, false]);
        assert!(load_mask(&dir.path().join("none.png"), 2, 2).is_err());
    }

    #[test]
    fn an_encoded_image_decodes_from_memory_and_its_location_names_its_content() {
        let png = crate::Image::from_planar(2, 2, [10.0, 20.0, 30.0, 40.0].repeat(3))
            .unwrap()
            .to_png_thumbnail(2)
            .unwrap();
        let a = Sample::encoded("req", png.clone());
        assert_eq!(a.id, "req");
        assert_eq!(a.label, Label::Unknown);
        let img = a.load().unwrap();
        assert_eq!((img.width, img.height), (2, 2));
        assert_eq!(img.plane(0), [10.0, 20.0, 30.0, 40.0]);
        // The same name with other bytes is another location; the same bytes the same one.
        let mut other = png.clone();
        other.push(0);
        assert_ne!(
            a.location(),
            Sample::encoded("req", other.clone()).location()
        );
        assert_ne!(
            crate::fingerprint_samples(std::slice::from_ref(&a)),
            crate::fingerprint_samples(&[Sample::encoded("req", other)])
        );
        assert!(a.image.in_memory());
        assert_eq!(a.location(), Sample::encoded("req", png).location());
        // Bytes that are no image fail with the name in the error.
        let bad = Sample::encoded("upload.png", b"not an image".to_vec());
        let e = bad.load().unwrap_err().to_string();
        assert!(
            e.contains("upload.png") && e.contains("unrecognised"),
            "{e}"
        );
    }

    fn gray_sample(id: &str) -> Sample {
        let dir = std::env::temp_dir().join(format!("swan-tint-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{id}.png"));
        image::GrayImage::from_pixel(4, 4, image::Luma([200u8]))
            .save(&path)
            .unwrap();
        Sample {
            id: id.into(),
            image: ImageRef::File(path),
            class: Some("0".into()),
            label: Label::Normal,
            split: None,
            attributes: BTreeMap::new(),
        }
    }

    #[test]
    fn a_decoded_sample_keeps_its_pixels_location_and_fields() {
        let s = gray_sample("decoded");
        let d = s.decoded().unwrap();
        assert_eq!(d.load().unwrap(), s.load().unwrap());
        assert_eq!(d.location(), s.location());
        assert_eq!(
            (d.id.as_str(), d.class.clone()),
            ("decoded", s.class.clone())
        );
        assert!(matches!(d.image, ImageRef::Decoded { .. }));
        // Read once: the file can go.
        std::fs::remove_file(s.image.file()).unwrap();
        assert!(d.load().is_ok() && s.load().is_err());
    }

    #[test]
    fn tint_multiplies_channels_and_records_the_colour() {
        let samples: Vec<Sample> = (0..40).map(|i| gray_sample(&format!("s{i}"))).collect();
        let tinted = with_tint_attribute(samples, "tint", 7);
        let mut seen = std::collections::BTreeSet::new();
        for s in &tinted {
            let name = s.attributes["tint"].clone();
            let (_, rgb) = TINTS.iter().find(|(n, _)| *n == name).unwrap();
            let img = s.load().unwrap();
            for (c, f) in rgb.iter().enumerate() {
                assert!((img.plane(c)[0] - 200.0 * f).abs() < 1e-3);
            }
            seen.insert(name);
        }
        assert_eq!(seen.len(), 4, "40 draws cover the four tints");
        // Seeded: the same seed gives the same tints, another seed others.
        let again = with_tint_attribute(
            (0..40).map(|i| gray_sample(&format!("s{i}"))).collect(),
            "tint",
            7,
        );
        let other = with_tint_attribute(
            (0..40).map(|i| gray_sample(&format!("s{i}"))).collect(),
            "tint",
            8,
        );
        let names = |v: &[Sample]| {
            v.iter()
                .map(|s| s.attributes["tint"].clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&tinted), names(&again));
        assert_ne!(names(&tinted), names(&other));
    }
}
