use sha2::{Digest, Sha256};

use crate::Sample;

/// A hex digest that changes when the list of samples, their order, their locations, or the
/// size and modification time of their files change. Cheap: pixels are not read (images held
/// in memory carry the digest of their bytes in their location).
pub fn fingerprint_samples(samples: &[Sample]) -> String {
    let mut hasher = Sha256::new();
    let mut last_file: Option<std::path::PathBuf> = None;
    for s in samples {
        hasher.update(s.id.as_bytes());
        hasher.update([0]);
        hasher.update(s.location().as_bytes());
        hasher.update([0]);
        // An image held in memory has its content's digest in its location, and no file.
        let file = s.image.file().to_path_buf();
        if !s.image.in_memory() && last_file.as_ref() != Some(&file) {
            if let Ok(meta) = std::fs::metadata(&file) {
                hasher.update(meta.len().to_le_bytes());
                if let Ok(Ok(t)) = meta
                    .modified()
                    .map(|t| t.duration_since(std::time::UNIX_EPOCH))
                {
                    hasher.update(t.as_nanos().to_le_bytes());
                }
            }
            last_file = Some(file);
        }
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Lower-case hex SHA-256 of `bytes`.
pub(crate) fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
