//! Fine-tuning the pretrained EfficientNet-Lite0 (batch-norm in train mode): every
//! convolution gets a gradient, a few steps lower a loss, frozen weights stay bit-identical,
//! and the kept batch-norm on swan's kernels agrees with folded inference.
//! Needs the checkpoint (`swan weights fetch`, or `$SWAN_LITE0_WEIGHTS`); `.ci/run` provides it.

use burn::module::Module;
use burn::tensor::{Tensor, TensorData};
use swan_train::finetune::{lite0_trainable, pooled};
use swan_train::optim::OptimizerConfig;
use swan_train::params::{count_trainable, named_tensors, trainable_paths};

fn weights() -> std::path::PathBuf {
    let p = swan_encoder::efficientnet_lite::default_lite0_weights_path();
    assert!(
        p.exists(),
        "weights missing at {}: run `swan weights fetch`",
        p.display()
    );
    p
}

fn batch(device: &burn::tensor::Device, seed: u32) -> Tensor<4> {
    let v = swan_train::bench::uniform_inputs(4 * 3 * 64 * 64, seed);
    Tensor::from_data(TensorData::new(v, [4, 3, 64, 64]), device)
}

#[test]
fn lite0_fine_tunes_with_batch_norm_in_train_mode() {
    let device = swan_train::default_device();
    let model = lite0_trainable(&weights(), &device).unwrap();
    // Stem, 16 blocks, head: every conv weight and batch-norm affine parameter is trainable.
    assert!(
        count_trainable(&model) > 3_000_000,
        "{}",
        count_trainable(&model)
    );
    let before = named_tensors(&model);
    // Regress the pooled features onto a fixed target: loss = mean squared error.
    let target: Tensor<2> = Tensor::from_data(
        TensorData::new(
            (0..4 * 1280)
                .map(|i| (i % 7) as f32 * 0.1)
                .collect::<Vec<_>>(),
            [4, 1280],
        ),
        &device,
    );
    let loss_of = |m: &swan_encoder::efficientnet_lite::EfficientNetLite| {
        let f = pooled(m, batch(&device, 7)).unwrap();
        (f - target.clone()).powi_scalar(2).mean()
    };
    let mut opt = OptimizerConfig::sgd(0.9, 0.0).init();
    let mut model = model;
    let first = loss_of(&model).into_scalar::<f32>();
    for _ in 0..3 {
        let loss = loss_of(&model);
        let grads = loss.backward();
        model = opt.step(model, &grads, 0.01).unwrap().0;
    }
    let last = loss_of(&model).into_scalar::<f32>();
    assert!(last < first, "loss did not decrease: {first} -> {last}");
    let after = named_tensors(&model);
    // Every convolution moved; the classifier (not on the path to the pooled features) did
    // not. (The batch-norm shift of a block whose output only reaches train-mode batch-norm
    // layers through convolutions has an exactly zero gradient: those layers subtract it.)
    let paths = trainable_paths(&model);
    let convs: Vec<&String> = paths
        .iter()
        .filter(|p| p.ends_with("conv.weight"))
        .collect();
    assert!(convs.len() >= 49, "{}", convs.len());
    for p in convs {
        assert_ne!(before[p], after[p], "{p} did not move");
    }
    assert_eq!(before["classifier.weight"], after["classifier.weight"]);
    // Running statistics moved too (train-mode batch-norm).
    assert_ne!(
        before["stem.bn.running_mean"],
        after["stem.bn.running_mean"]
    );

    // Frozen: no gradients, weights bit-identical after a step.
    let frozen = lite0_trainable(&weights(), &device).unwrap().freeze();
    let before = named_tensors(&frozen);
    let f = pooled(&frozen, batch(&device, 9).require_grad()).unwrap();
    let grads = f.sum().backward();
    let (frozen, _) = OptimizerConfig::sgd(0.9, 0.0)
        .init()
        .step(frozen, &grads, 0.1)
        .unwrap();
    assert_eq!(before, named_tensors(&frozen));
}

#[test]
fn kept_batch_norm_on_swan_kernels_matches_folded_inference() {
    use swan_encoder::efficientnet_lite::{BatchNormMode, EfficientNetLiteConfig, load_lite};
    // Batch-norm kept (convolutions through swan's dense and depthwise kernels, running
    // statistics at inference) against batch-norm folded into the convolutions' weights and bias.
    let device = burn::tensor::Device::flex();
    let tensors = swan_encoder::read_checkpoint(&weights()).unwrap();
    let config = EfficientNetLiteConfig::lite0();
    let kept = load_lite(&config, &tensors, BatchNormMode::Keep, &device)
        .unwrap()
        .valid();
    let folded = load_lite(&config, &tensors, BatchNormMode::Fold, &device).unwrap();
    let x = batch(&device, 3);
    let a = pooled(&kept, x.clone())
        .unwrap()
        .into_data()
        .try_to_vec::<f32>()
        .unwrap();
    let b = pooled(&folded, x)
        .unwrap()
        .into_data()
        .try_to_vec::<f32>()
        .unwrap();
    let scale = b.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let worst = a
        .iter()
        .zip(&b)
        .fold(0.0f32, |m, (p, q)| m.max((p - q).abs()));
    assert!(
        worst <= 1e-4 * scale.max(1.0),
        "largest gap {worst} (scale {scale})"
    );
}
