use std::fmt;
use std::str::FromStr;

use crate::EncoderError;

/// A named point of a backbone whose activations can be read out.
///
/// Names: `stem`, `block00`..`blockNN`, `head` (feature map after the head convolution),
/// `pooled` (global average of `head`), `logits`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub enum Tap {
    /// After the stem convolution, batch-norm and activation. `[n, c, h, w]`.
    Stem,
    /// After block `i` (after its residual add). `[n, c, h, w]`.
    Block(u8),
    /// After the head convolution, batch-norm and activation. `[n, c, h, w]`.
    Head,
    /// Global average of [`Tap::Head`]. `[n, c]`.
    Pooled,
    /// Classifier output. `[n, classes]`.
    Logits,
}

impl fmt::Display for Tap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Stem => f.write_str("stem"),
            Self::Block(i) => write!(f, "block{i:02}"),
            Self::Head => f.write_str("head"),
            Self::Pooled => f.write_str("pooled"),
            Self::Logits => f.write_str("logits"),
        }
    }
}

impl FromStr for Tap {
    type Err = EncoderError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "stem" => Ok(Self::Stem),
            "head" | "features" => Ok(Self::Head),
            "pooled" => Ok(Self::Pooled),
            "logits" => Ok(Self::Logits),
            _ => s
                .strip_prefix("block")
                .and_then(|n| n.parse::<u8>().ok())
                .map(Self::Block)
                .ok_or_else(|| {
                    EncoderError::UnknownTap(
                        s.into(),
                        "stem, block00.., head, pooled, logits".into(),
                    )
                }),
        }
    }
}

impl From<Tap> for String {
    fn from(t: Tap) -> Self {
        t.to_string()
    }
}

impl TryFrom<String> for Tap {
    type Error = EncoderError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in [
            Tap::Stem,
            Tap::Block(7),
            Tap::Block(15),
            Tap::Head,
            Tap::Pooled,
            Tap::Logits,
        ] {
            assert_eq!(t.to_string().parse::<Tap>().unwrap(), t);
        }
    }

    #[test]
    fn unknown_tap_lists_the_available_ones() {
        let err = "layer4".parse::<Tap>().unwrap_err().to_string();
        assert!(err.contains("pooled"), "{err}");
    }
}
