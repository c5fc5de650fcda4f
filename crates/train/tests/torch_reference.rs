//! swan's convolution backward kernels, burn's train-mode batch-norm through autodiff, and
//! swan's optimisers against PyTorch (`fixtures/torch_reference.json`, written by
//! `bench/reference/train_fixtures.py`).

use burn::tensor::{Tensor, TensorData};
use serde_json::Value;
use swan_encoder::kernels::conv::{ConvGeom, conv2d_weight_backward, conv2d_x_backward};
use swan_train::default_device;
use swan_train::optim::{Optimizer, OptimizerConfig};

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/torch_reference.json")).unwrap()
}

fn vec(v: &Value) -> Vec<f32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap() as f32)
        .collect()
}

fn shape<const N: usize>(v: &Value) -> [usize; N] {
    let s: Vec<usize> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as usize)
        .collect();
    s.try_into().unwrap()
}

fn close(got: &[f32], want: &[f32], tol: f32, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol * (1.0 + w.abs()),
            "{what}[{i}]: swan {g}, PyTorch {w}"
        );
    }
}

#[test]
fn convolution_backward_matches_pytorch() {
    let f = fixture();
    for name in ["conv3x3_s2", "conv1x1_s2"] {
        let c = &f[name];
        let xs: [usize; 4] = shape(&c["x_shape"]);
        let ws: [usize; 4] = shape(&c["w_shape"]);
        let s = c["stride"].as_u64().unwrap() as usize;
        let p = c["pad"].as_u64().unwrap() as usize;
        let g = ConvGeom {
            n: xs[0],
            c: xs[1],
            h: xs[2],
            w: xs[3],
            o: ws[0],
            kh: ws[2],
            kw: ws[3],
            stride: [s, s],
            pad: [p; 4],
        };
        let (x, w, dy) = (vec(&c["x"]), vec(&c["w"]), vec(&c["dy"]));
        close(
            &conv2d_x_backward(&g, &dy, &w),
            &vec(&c["dx"]),
            1e-5,
            &format!("{name} dx"),
        );
        close(
            &conv2d_weight_backward(&g, &x, &dy),
            &vec(&c["dw"]),
            1e-5,
            &format!("{name} dw"),
        );

        // The same through burn's autodiff and swan's conv2d op.
        let device = default_device();
        let xt: Tensor<4> = Tensor::from_data(TensorData::new(x, xs), &device).require_grad();
        let wt: Tensor<4> = Tensor::from_data(TensorData::new(w, ws), &device).require_grad();
        let y = swan_encoder::kernels::conv2d(xt.clone(), wt.clone(), None, [s, s], [p; 4], 1);
        let dys: [usize; 4] = shape(&c["dy_shape"]);
        let dyt: Tensor<4> = Tensor::from_data(TensorData::new(vec(&c["dy"]), dys), &device);
        close(
            &y.clone().into_data().try_to_vec::<f32>().unwrap(),
            &vec(&c["y"]),
            1e-5,
            &format!("{name} y"),
        );
        let grads = (y * dyt).sum().backward();
        let dx = xt
            .grad(&grads)
            .unwrap()
            .into_data()
            .try_to_vec::<f32>()
            .unwrap();
        let dw = wt
            .grad(&grads)
            .unwrap()
            .into_data()
            .try_to_vec::<f32>()
            .unwrap();
        close(&dx, &vec(&c["dx"]), 1e-5, &format!("{name} autodiff dx"));
        close(&dw, &vec(&c["dw"]), 1e-5, &format!("{name} autodiff dw"));
    }
}

#[test]
fn train_mode_batch_norm_matches_pytorch() {
    let f = fixture();
    let b = &f["batch_norm"];
    let device = default_device();
    let s: [usize; 4] = shape(&b["shape"]);
    let x: Tensor<4> = Tensor::from_data(TensorData::new(vec(&b["x"]), s), &device).require_grad();
    let mut bn = burn::nn::BatchNormConfig::new(s[1]).init(&device);
    bn.gamma = burn::module::Param::from_tensor(
        Tensor::from_data(TensorData::new(vec(&b["gamma"]), [s[1]]), &device).require_grad(),
    );
    bn.beta = burn::module::Param::from_tensor(
        Tensor::from_data(TensorData::new(vec(&b["beta"]), [s[1]]), &device).require_grad(),
    );
    let y = bn.forward(x.clone());
    close(
        &y.clone().into_data().try_to_vec::<f32>().unwrap(),
        &vec(&b["y"]),
        1e-4,
        "bn y",
    );
    let dy: Tensor<4> = Tensor::from_data(TensorData::new(vec(&b["dy"]), s), &device);
    let grads = (y * dy).sum().backward();
    let dx = x
        .grad(&grads)
        .unwrap()
        .into_data()
        .try_to_vec::<f32>()
        .unwrap();
    close(&dx, &vec(&b["dx"]), 1e-4, "bn dx");
    let dg = bn
        .gamma
        .val()
        .grad(&grads)
        .unwrap()
        .into_data()
        .try_to_vec::<f32>()
        .unwrap();
    close(&dg, &vec(&b["dgamma"]), 1e-4, "bn dgamma");
    let db = bn
        .beta
        .val()
        .grad(&grads)
        .unwrap()
        .into_data()
        .try_to_vec::<f32>()
        .unwrap();
    close(&db, &vec(&b["dbeta"]), 1e-4, "bn dbeta");
}

/// One parameter vector as a module, so the optimiser can step it.
#[derive(burn::module::Module, Debug)]
struct P {
    p: burn::module::Param<Tensor<1>>,
}

#[test]
fn optimisers_match_pytorch_over_three_steps() {
    let f = fixture();
    let o = &f["optim"];
    let lr = o["lr"].as_f64().unwrap();
    let device = default_device();
    let cases = [
        ("sgd", OptimizerConfig::sgd(0.9, 5e-4)),
        (
            "sgd_nesterov",
            OptimizerConfig {
                kind: swan_train::optim::OptimizerKind::Sgd {
                    momentum: 0.9,
                    nesterov: true,
                },
                ..OptimizerConfig::sgd(0.9, 5e-4)
            },
        ),
        ("adam", OptimizerConfig::adam(0.9, 0.999, 1e-2)),
        ("adamw", OptimizerConfig::adamw(0.9, 0.999, 1e-2)),
    ];
    for (name, cfg) in cases {
        let mut opt: Optimizer = cfg.init();
        let p0 = vec(&o["p0"]);
        let mut m = P {
            p: burn::module::Param::from_tensor(
                Tensor::from_data(TensorData::new(p0, [5]), &device).require_grad(),
            ),
        };
        for g in o["grads"].as_array().unwrap() {
            // A loss whose gradient is exactly g: ⟨p, g⟩.
            let gt: Tensor<1> = Tensor::from_data(TensorData::new(vec(g), [5]), &device);
            let grads = (m.p.val() * gt).sum().backward();
            m = opt.step(m, &grads, lr).unwrap().0;
        }
        let got = m.p.val().into_data().try_to_vec::<f32>().unwrap();
        close(&got, &vec(&o[name]), 1e-5, name);
    }
}
