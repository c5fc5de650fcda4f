pub mod bench;
pub mod demo;
pub mod eval;
pub mod features;
pub mod fit;
pub mod score;
pub mod transforms;
pub mod weights;
