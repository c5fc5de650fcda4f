use super::OcSvm;
use crate::{Matrix, ScoreError};

/// Kernel of the one-class SVM.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kernel {
    /// `u·v`
    Linear,
    /// `exp(−γ‖u − v‖²)`
    Rbf,
    /// `tanh(γ u·v + coef0)` (Knowledge Exposure uses this one).
    Sigmoid,
}

/// γ of the RBF and sigmoid kernels.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gamma {
    /// scikit-learn's `"scale"`: `1 / (d · Var(X))`, the variance over all entries.
    Scale,
    /// scikit-learn's `"auto"`: `1 / d`.
    Auto,
    /// A fixed positive γ.
    Value(f64),
}

/// Hyper-parameters of [`OcSvm`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OcSvmParams {
    /// The kernel (RBF by default, as scikit-learn's).
    pub kernel: Kernel,
    /// Upper bound on the fraction of training errors and lower bound on the fraction of
    /// support vectors, in (0, 1].
    pub nu: f64,
    /// γ of the RBF and sigmoid kernels.
    pub gamma: Gamma,
    /// Constant of the sigmoid kernel.
    pub coef0: f64,
    /// Stopping tolerance of SMO (scikit-learn's `tol`, 1e-3).
    pub tol: f64,
    /// Kernel rows kept in memory, in MiB.
    pub cache_mib: usize,
}

impl Default for OcSvmParams {
    fn default() -> Self {
        Self {
            kernel: Kernel::Rbf,
            nu: 0.5,
            gamma: Gamma::Scale,
            coef0: 0.0,
            tol: 1e-3,
            cache_mib: 1024,
        }
    }
}

impl OcSvmParams {
    /// Sets [`kernel`](Self::kernel).
    pub fn kernel(mut self, kernel: Kernel) -> Self {
        self.kernel = kernel;
        self
    }

    /// Sets [`nu`](Self::nu).
    pub fn nu(mut self, nu: f64) -> Self {
        self.nu = nu;
        self
    }

    /// Sets [`gamma`](Self::gamma).
    pub fn gamma(mut self, gamma: Gamma) -> Self {
        self.gamma = gamma;
        self
    }

    /// Sets [`coef0`](Self::coef0).
    pub fn coef0(mut self, coef0: f64) -> Self {
        self.coef0 = coef0;
        self
    }

    /// Checks every rule: ν in (0, 1], a fixed γ positive, a positive tolerance.
    pub fn check(&self) -> Result<(), ScoreError> {
        let bad = |reason: String| {
            Err(ScoreError::Params {
                scorer: "ocsvm",
                reason,
            })
        };
        if !(self.nu > 0.0 && self.nu <= 1.0) {
            return bad(format!("nu must be in (0, 1], got {}", self.nu));
        }
        if let Gamma::Value(g) = self.gamma
            && !(g > 0.0 && g.is_finite())
        {
            return bad(format!("gamma must be positive, got {g}"));
        }
        if self.tol.is_nan() || self.tol <= 0.0 {
            return bad(format!("tol must be positive, got {}", self.tol));
        }
        Ok(())
    }

    /// Fits on the training rows `x` by SMO, as libsvm (and scikit-learn's `OneClassSVM`) do.
    pub fn fit(&self, x: &Matrix) -> Result<OcSvm, ScoreError> {
        self.check()?;
        if x.rows() == 0 {
            return Err(ScoreError::TooFewRows {
                scorer: "ocsvm",
                needed: 1,
                got: 0,
            });
        }
        OcSvm::train(self, x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nu_must_be_in_zero_one() {
        assert!(OcSvmParams::default().nu(0.0).check().is_err());
        assert!(OcSvmParams::default().nu(1.5).check().is_err());
        assert!(OcSvmParams::default().nu(0.2).check().is_ok());
    }

    #[test]
    fn gamma_must_be_positive() {
        assert!(
            OcSvmParams::default()
                .gamma(Gamma::Value(-1.0))
                .check()
                .is_err()
        );
    }

    #[test]
    fn autotraits() {
        fn check<T: Send + Sync + Unpin>() {}
        check::<OcSvmParams>();
        check::<OcSvm>();
    }
}
