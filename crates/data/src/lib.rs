//! swan's `data` stage: decoding images into RGB `f32`, the [`Sample`] record, and the dataset
//! sources (IDX, image folder, MVTec layout, CSV manifest).
//!
//! Nothing here knows about models or methods. Images are decoded lazily: a [`Sample`] holds
//! where its pixels are, and [`Sample::load`] decodes them when asked, so a pipeline that walks a
//! dataset in batches holds only one batch of pixels at a time.

#![warn(missing_docs)]

mod atomic;
mod error;
mod fingerprint;
mod image;
mod resize;
mod sample;
pub mod source;

pub use atomic::{Unfinished, remove_unfinished_files, write_atomic, write_atomic_with};
pub use error::DataError;
pub use fingerprint::fingerprint_samples;
pub use image::{Image, decode_image};
pub use resize::{
    resize_bilinear, resize_bilinear_antialias, resize_bilinear_with, resize_plane_bilinear,
};
pub use sample::{
    ImageRef, ImageView, Label, MASK_ATTRIBUTE, Sample, Split, TINTS, Tint, load_mask,
    with_rotation_attribute, with_tint_attribute,
};
pub use source::{DataSpec, load_samples};

/// Where swan keeps derived files (decompressed IDX data, feature caches).
///
/// `$SWAN_CACHE` when set, else `$XDG_CACHE_HOME/swan`, else `$HOME/.cache/swan`, else
/// `./.swan-cache`.
pub fn cache_dir() -> std::path::PathBuf {
    use std::path::PathBuf;
    if let Some(dir) = std::env::var_os("SWAN_CACHE") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("swan");
    }
    if let Some(home) = std::env::var_os("HOME") {
        return PathBuf::from(home).join(".cache").join("swan");
    }
    PathBuf::from(".swan-cache")
}
