# PyTorch CPU peer for `swan bench train`: one SimSiam training step (two views through a
# CIFAR-style ResNet-18 -- 3x3 stem, no max-pool, width multiplier -- a 3-layer projector, a
# 2-layer predictor, symmetric negative cosine with stop-gradient, backward, SGD momentum 0.9,
# weight decay 5e-4), batch-norm in train mode, on a fixed random batch. Prints one JSON line.
# Needs: pip install torch.  Usage: python3 simsiam_step_peer.py --threads 2 --batch 128
import argparse, json, time
import torch, torch.nn as nn, torch.nn.functional as F

ap = argparse.ArgumentParser()
ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--batch', type=int, default=128)
ap.add_argument('--size', type=int, default=32)
ap.add_argument('--width', type=float, default=1.0)
ap.add_argument('--proj', type=int, default=2048)
ap.add_argument('--pred', type=int, default=512)
ap.add_argument('--iters', type=int, default=5)
a = ap.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(0)
C = lambda c: max(1, round(c * a.width))

class Block(nn.Module):
    def __init__(s, i, o, st):
        super().__init__()
        s.c1 = nn.Conv2d(i, o, 3, st, 1, bias=False); s.b1 = nn.BatchNorm2d(o)
        s.c2 = nn.Conv2d(o, o, 3, 1, 1, bias=False); s.b2 = nn.BatchNorm2d(o)
        s.sc = nn.Sequential() if st == 1 and i == o else nn.Sequential(nn.Conv2d(i, o, 1, st, bias=False), nn.BatchNorm2d(o))
    def forward(s, x):
        return F.relu(s.b2(s.c2(F.relu(s.b1(s.c1(x))))) + s.sc(x))

class ResNet18(nn.Module):
    def __init__(s):
        super().__init__()
        s.stem = nn.Sequential(nn.Conv2d(3, C(64), 3, 1, 1, bias=False), nn.BatchNorm2d(C(64)), nn.ReLU())
        L, i = [], C(64)
        for o, st in [(64, 1), (64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2), (512, 1)]:
            L.append(Block(i, C(o), st)); i = C(o)
        s.layers = nn.Sequential(*L); s.dim = i
    def forward(s, x):
        return s.layers(s.stem(x)).mean((2, 3))

enc = ResNet18(); d, p, h = enc.dim, a.proj, a.pred
proj = nn.Sequential(nn.Linear(d, p, bias=False), nn.BatchNorm1d(p), nn.ReLU(),
                     nn.Linear(p, p, bias=False), nn.BatchNorm1d(p), nn.ReLU(),
                     nn.Linear(p, p, bias=False), nn.BatchNorm1d(p))
pred = nn.Sequential(nn.Linear(p, h, bias=False), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, p))
params = list(enc.parameters()) + list(proj.parameters()) + list(pred.parameters())
opt = torch.optim.SGD(params, lr=0.05, momentum=0.9, weight_decay=5e-4)
x1 = torch.rand(a.batch, 3, a.size, a.size) * 2 - 1
x2 = torch.rand(a.batch, 3, a.size, a.size) * 2 - 1

def step():
    opt.zero_grad()
    z1, z2 = proj(enc(x1)), proj(enc(x2))
    p1, p2 = pred(z1), pred(z2)
    loss = -(F.cosine_similarity(p1, z2.detach()).mean() + F.cosine_similarity(p2, z1.detach()).mean()) / 2
    loss.backward(); opt.step()

step()
ts = []
for _ in range(a.iters):
    t = time.perf_counter(); step(); ts.append(time.perf_counter() - t)
ts.sort()
print(json.dumps({'peer': 'pytorch ' + torch.__version__, 'best_img_per_s': a.batch / ts[0],
                  'median_img_per_s': a.batch / ts[len(ts) // 2], 'threads': torch.get_num_threads()}))
