# PyTorch CPU peer for `swan bench finetune`: one fine-tuning step of an EfficientNet-Lite
# (batch-norm in train mode): forward to the pooled head features, loss mean(f^2), backward,
# SGD (momentum 0.9, weight decay 5e-4) on every weight. Prints one JSON line.
# Needs: pip install torch efficientnet-lite-pytorch
# Usage: python3 lite0_finetune_peer.py --model efficientnet-lite0 --threads 2 --batch 32 --size 64 --iters 5
import argparse, json, time
import torch
from efficientnet_lite_pytorch import EfficientNet

ap = argparse.ArgumentParser()
ap.add_argument('--model', default='efficientnet-lite0')
ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--batch', type=int, default=32)
ap.add_argument('--size', type=int, default=64)
ap.add_argument('--iters', type=int, default=5)
a = ap.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(0)
m = EfficientNet.from_name(a.model).train()
opt = torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)
x = torch.rand(a.batch, 3, a.size, a.size) * 2 - 1

def step():
    opt.zero_grad()
    f = m.extract_features(x).mean((2, 3))
    (f ** 2).mean().backward()
    opt.step()

step()
ts = []
for _ in range(a.iters):
    t = time.perf_counter(); step(); ts.append(time.perf_counter() - t)
ts.sort()
print(json.dumps({'peer': 'pytorch ' + torch.__version__, 'model': a.model, 'best_img_per_s': a.batch / ts[0],
                  'median_img_per_s': a.batch / ts[len(ts) // 2], 'threads': torch.get_num_threads()}))
