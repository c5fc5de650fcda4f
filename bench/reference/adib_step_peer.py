# PyTorch CPU peer for `swan bench adib`: one ADIB step (transfer-based AD) — an EfficientNet-Lite
# with batch-norm in train mode and a linear head, a batch of normal (label 0) and corpus
# (label 1) images, binary cross-entropy on the logits plus alpha * ||theta - theta0||^2 over
# the encoder weights, backward, SGD (momentum 0.9) on every weight. Prints one JSON line.
# Needs: pip install torch efficientnet-lite-pytorch
# Usage: python3 adib_step_peer.py --model efficientnet-lite0 --threads 2 --batch 64 --size 64 --iters 5
import argparse, json, time
import torch
from efficientnet_lite_pytorch import EfficientNet

ap = argparse.ArgumentParser()
ap.add_argument('--model', default='efficientnet-lite0')
ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--batch', type=int, default=64)
ap.add_argument('--size', type=int, default=64)
ap.add_argument('--iters', type=int, default=5)
ap.add_argument('--alpha', type=float, default=1e-2)
a = ap.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(0)
enc = EfficientNet.from_name(a.model).train()
head = torch.nn.Linear(1280, 1)
theta0 = [p.detach().clone() for p in enc.parameters()]
opt = torch.optim.SGD(list(enc.parameters()) + list(head.parameters()), lr=1e-3, momentum=0.9)
x = torch.rand(a.batch, 3, a.size, a.size) * 2 - 1
y = (torch.arange(a.batch) * 2 >= a.batch).float()
bce = torch.nn.BCEWithLogitsLoss()

def step():
    opt.zero_grad()
    z = head(enc.extract_features(x).mean((2, 3))).squeeze(1)
    omega = sum(((p - p0) ** 2).sum() for p, p0 in zip(enc.parameters(), theta0))
    (bce(z, y) + a.alpha * omega).backward()
    opt.step()

step()
ts = []
for _ in range(a.iters):
    t = time.perf_counter(); step(); ts.append(time.perf_counter() - t)
ts.sort()
print(json.dumps({'peer': 'pytorch ' + torch.__version__, 'model': a.model, 'best_img_per_s': a.batch / ts[0],
                  'median_img_per_s': a.batch / ts[len(ts) // 2], 'threads': torch.get_num_threads()}))
