//! Learning-rate schedules as pure functions of the step, so a resumed run needs no scheduler
//! state: linear warm-up from 0, then constant, cosine (to `min_lr`) or step decay.

/// Shape of the schedule after warm-up.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Decay {
    /// The base rate throughout.
    Constant,
    /// Half-cosine from the base rate to `min_lr` over the steps after warm-up.
    Cosine {
        /// The rate at the last step.
        min_lr: f64,
    },
    /// Multiply by `gamma` every `every_epochs` epochs.
    Step {
        /// Epochs between two decays.
        every_epochs: usize,
        /// The factor.
        gamma: f64,
    },
    /// Multiply by `gamma` at each of two points of the run, given as fractions of its epochs
    /// (`[0.6, 0.8]`: epochs 60 and 80 of 100, as the transfer paper's code does).
    Milestones {
        /// The two points, as fractions of the run's epochs.
        at: [f64; 2],
        /// The factor at each.
        gamma: f64,
    },
}

/// A learning-rate schedule: linear warm-up, then a decay.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Schedule {
    /// The rate after warm-up.
    pub base_lr: f64,
    /// Epochs of linear warm-up from 0.
    pub warmup_epochs: usize,
    /// What follows the warm-up.
    pub decay: Decay,
}

impl Schedule {
    /// `base_lr` at every step.
    pub fn constant(base_lr: f64) -> Self {
        Self {
            base_lr,
            warmup_epochs: 0,
            decay: Decay::Constant,
        }
    }

    /// Warm-up over `warmup_epochs`, then cosine decay from `base_lr` to 0.
    pub fn cosine(base_lr: f64, warmup_epochs: usize) -> Self {
        Self {
            base_lr,
            warmup_epochs,
            decay: Decay::Cosine { min_lr: 0.0 },
        }
    }

    /// The learning rate of step `step` (0-based) in a run of `epochs` epochs of
    /// `steps_per_epoch` steps.
    pub fn lr(&self, step: usize, steps_per_epoch: usize, epochs: usize) -> f64 {
        let spe = steps_per_epoch.max(1);
        let warm = self.warmup_epochs * spe;
        if step < warm {
            return self.base_lr * (step + 1) as f64 / warm as f64;
        }
        match self.decay {
            Decay::Constant => self.base_lr,
            Decay::Cosine { min_lr } => {
                let total = (epochs * spe).saturating_sub(warm).max(1);
                let t = ((step - warm) as f64 / total as f64).min(1.0);
                min_lr + (self.base_lr - min_lr) * 0.5 * (1.0 + (std::f64::consts::PI * t).cos())
            }
            Decay::Step {
                every_epochs,
                gamma,
            } => {
                let epoch = step / spe;
                self.base_lr * gamma.powi((epoch / every_epochs.max(1)) as i32)
            }
            Decay::Milestones { at, gamma } => {
                let epoch = (step / spe) as f64;
                let passed = at.iter().filter(|&&f| epoch >= f * epochs as f64).count();
                self.base_lr * gamma.powi(passed as i32)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warmup_then_cosine_ends_at_min() {
        let s = Schedule {
            base_lr: 0.1,
            warmup_epochs: 1,
            decay: Decay::Cosine { min_lr: 0.001 },
        };
        assert!((s.lr(0, 10, 5) - 0.01).abs() < 1e-12);
        assert!((s.lr(9, 10, 5) - 0.1).abs() < 1e-12);
        assert!((s.lr(10, 10, 5) - 0.1).abs() < 1e-12);
        // Half-way through the decay the rate is the midpoint.
        assert!((s.lr(30, 10, 5) - (0.001 + 0.099 * 0.5)).abs() < 1e-12);
        assert!((s.lr(50, 10, 5) - 0.001).abs() < 1e-12);
    }

    #[test]
    fn step_decay_every_n_epochs() {
        let s = Schedule {
            base_lr: 2e-4,
            warmup_epochs: 0,
            decay: Decay::Step {
                every_epochs: 10,
                gamma: 0.1,
            },
        };
        assert_eq!(s.lr(0, 20, 30), 2e-4);
        assert!((s.lr(199, 20, 30) - 2e-4).abs() < 1e-15);
        assert!((s.lr(200, 20, 30) - 2e-5).abs() < 1e-15);
        assert!((s.lr(400, 20, 30) - 2e-6).abs() < 1e-15);
    }

    #[test]
    fn milestones_at_fractions_of_the_run() {
        let s = Schedule {
            base_lr: 0.1,
            warmup_epochs: 0,
            decay: Decay::Milestones {
                at: [0.6, 0.8],
                gamma: 0.1,
            },
        };
        // 100 epochs of 3 steps: ×0.1 from epoch 60, ×0.01 from epoch 80.
        assert_eq!(s.lr(0, 3, 100), 0.1);
        assert_eq!(s.lr(179, 3, 100), 0.1);
        assert!((s.lr(180, 3, 100) - 0.01).abs() < 1e-15);
        assert!((s.lr(239, 3, 100) - 0.01).abs() < 1e-15);
        assert!((s.lr(240, 3, 100) - 0.001).abs() < 1e-15);
        // 20 epochs: epochs 12 and 16.
        assert_eq!(s.lr(11 * 3 + 2, 3, 20), 0.1);
        assert!((s.lr(12 * 3, 3, 20) - 0.01).abs() < 1e-15);
        assert!((s.lr(16 * 3, 3, 20) - 0.001).abs() < 1e-15);
    }
}
