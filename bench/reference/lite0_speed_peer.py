# PyTorch CPU peer for `swan bench encoder`: EfficientNet-Lite forward + global average pool,
# eval mode, no grad. Prints one JSON line. Needs: pip install torch efficientnet-lite-pytorch
# Usage: python3 lite0_speed_peer.py --model efficientnet-lite0 --threads 2 --batch 128 --size 64 --iters 12
import argparse, json, time
import torch
from efficientnet_lite_pytorch import EfficientNet

ap = argparse.ArgumentParser()
ap.add_argument('--model', default='efficientnet-lite0')
ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--batch', type=int, default=128)
ap.add_argument('--size', type=int, default=64)
ap.add_argument('--iters', type=int, default=12)
a = ap.parse_args()
torch.set_num_threads(a.threads)
m = EfficientNet.from_name(a.model).eval()
x = torch.randn(a.batch, 3, a.size, a.size)
ts = []
with torch.no_grad():
    m.extract_features(x).mean((2, 3))  # warm-up
    for _ in range(a.iters):
        t = time.perf_counter(); m.extract_features(x).mean((2, 3)); ts.append(time.perf_counter() - t)
ts.sort()
print(json.dumps({'peer': 'pytorch ' + torch.__version__, 'model': a.model, 'best_img_per_s': a.batch / ts[0],
                  'median_img_per_s': a.batch / ts[len(ts) // 2], 'threads': torch.get_num_threads()}))
