//! What the encoder's parity tests share.

/// ‖out − reference‖ / ‖reference‖, in f64.
pub fn relative_error(out: &[f32], reference: &[f32]) -> f64 {
    assert_eq!(out.len(), reference.len());
    let diff: f64 = out
        .iter()
        .zip(reference)
        .map(|(a, b)| f64::from(a - b).powi(2))
        .sum();
    let norm: f64 = reference.iter().map(|b| f64::from(*b).powi(2)).sum();
    (diff / norm).sqrt()
}
