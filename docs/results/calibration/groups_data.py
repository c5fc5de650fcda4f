"""Writes the data of groups.sh: near-duplicate shots of Fashion-MNIST training images. For
each class c, the first 1500 training images of class c, each as 4 PNGs — the image, shifted
1 px right, shifted 1 px down, and with Gaussian noise of sd 4 grey levels (numpy seed c) —
and a CSV manifest OUT/shots-c{c}.csv (path, class, split=train, object = the source image's
index): 6000 normal training images in 1500 groups of 4, like several shots of one object."""
import gzip, os, sys
import numpy as np
from PIL import Image

out = sys.argv[1]
d = "/usr/share/datasets/fashion-mnist/"
x = np.frombuffer(gzip.open(d + "train-images-idx3-ubyte.gz").read(), np.uint8, offset=16).reshape(-1, 28, 28)
y = np.frombuffer(gzip.open(d + "train-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)
os.makedirs(f"{out}/png", exist_ok=True)
for c in range(10):
    rng = np.random.default_rng(c)
    rows = []
    for i in np.where(y == c)[0][:1500]:
        a = x[i]
        shots = {
            "a": a,
            "r": np.roll(a, 1, axis=1),
            "d": np.roll(a, 1, axis=0),
            "n": np.clip(a + rng.normal(0, 4, a.shape), 0, 255).round().astype(np.uint8),
        }
        for k, im in shots.items():
            p = f"png/{i:05d}{k}.png"
            if not os.path.exists(f"{out}/{p}"):
                Image.fromarray(im).save(f"{out}/{p}")
            rows.append(f"{p},{c},train,{i}\n")
    with open(f"{out}/shots-c{c}.csv", "w") as f:
        f.write("path,class,split,object\n" + "".join(rows))
