//! swan's `transform` stage: deterministic, seeded image operations with a severity 1..=5
//! (geometric, photometric, ImageNet-C corruptions, Red PANDA's views), chains written as
//! `blur@3+contrast@2`, batch application on all cores, and pseudo-anomaly synthesis
//! (CutMix, CutPaste, CutPaste-scar). Knows nothing about datasets or models.

#![warn(missing_docs)]

pub mod augment;
pub mod corrupt;
mod error;
pub mod geometric;
mod kernels;
mod op;
pub mod photometric;
mod rng;
mod sheet;
pub mod synth;

pub use error::TransformError;
pub use op::{Chain, ChainView, Op, Transform};
pub use rng::{Rng, seed_for};
pub use sheet::contact_sheet;

#[cfg(test)]
mod tests;
