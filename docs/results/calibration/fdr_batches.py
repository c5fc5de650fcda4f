"""Writes the test batches of fdr.sh: PNGs of the Fashion-MNIST test images and, per class c
and draw d, batch-c{c}-d{d}.csv (path, label): the 1000 images of class c (normal) and 100
of the other classes (anomaly), drawn with numpy seed 1000 c + d."""
import gzip, os, sys
import numpy as np
from PIL import Image

out = sys.argv[1]
d = "/usr/share/datasets/fashion-mnist/"
x = np.frombuffer(gzip.open(d + "t10k-images-idx3-ubyte.gz").read(), np.uint8, offset=16).reshape(-1, 28, 28)
y = np.frombuffer(gzip.open(d + "t10k-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)
os.makedirs(f"{out}/png", exist_ok=True)
for i in range(len(x)):
    p = f"{out}/png/{i:05d}.png"
    if not os.path.exists(p):
        Image.fromarray(x[i]).save(p)
for c in range(10):
    normal = np.where(y == c)[0]
    others = np.where(y != c)[0]
    for draw in range(3):
        rng = np.random.default_rng(1000 * c + draw)
        anomalies = rng.choice(others, 100, replace=False)
        with open(f"{out}/batch-c{c}-d{draw}.csv", "w") as f:
            f.write("path,label\n")
            for i in normal:
                f.write(f"png/{i:05d}.png,normal\n")
            for i in sorted(anomalies):
                f.write(f"png/{i:05d}.png,anomaly\n")
