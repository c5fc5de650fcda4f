#!/usr/bin/env python3
"""Fashion-MNIST with pasted-quadrant defects, to measure where `swan score --maps` points.

For each normal class c: `train.csv` (the first 1000 training images of c), `anomalies.csv`
(10 labelled anomalies: a seeded draw from the first 1000 training images of the seen class
s = (c + 1) mod 10, as in DRA's hard setting) and `test.csv`: the first 200 test images of c
(normal) and 200 defects: the next 200 test images of c, each with one quadrant (14×14 of
28 px, drawn with a seed) replaced by the same quadrant of a test image of one of the 8
classes that are neither c nor s (unseen kinds of anomaly). Columns: path, label, quadrant
(0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right; -1 for normals) and mask (a 28 px
ground-truth mask PNG of the pasted quadrant, which `swan score --maps` reads for its pixel
AUROC; empty for normals).
Usage: python3 make_data.py OUTDIR   (PNG files, a few MB)
"""
import gzip
import os
import sys

import numpy as np
from PIL import Image

D = "/usr/share/datasets/fashion-mnist/"


def read(kind):
    x = np.frombuffer(gzip.open(f"{D}{kind}-images-idx3-ubyte.gz").read(), np.uint8, offset=16)
    y = np.frombuffer(gzip.open(f"{D}{kind}-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)
    return x.reshape(-1, 28, 28), y


def main(out):
    xtr, ytr = read("train")
    xte, yte = read("t10k")
    for c in range(10):
        s = (c + 1) % 10
        d = os.path.join(out, f"c{c}")
        os.makedirs(d, exist_ok=True)
        rng = np.random.default_rng(1000 + c)

        def save(img, name):
            path = os.path.join(d, name)
            Image.fromarray(img).save(path)
            return name

        normal = np.where(ytr == c)[0][:1000]
        with open(os.path.join(d, "train.csv"), "w") as f:
            f.write("path,class\n")
            for i in normal:
                f.write(f"{save(xtr[i], f'train_{i}.png')},{c}\n")
        seen = rng.permutation(np.where(ytr == s)[0][:1000])[:10]
        with open(os.path.join(d, "anomalies.csv"), "w") as f:
            f.write("path,class\n")
            for i in seen:
                f.write(f"{save(xtr[i], f'seen_{i}.png')},{s}\n")
        own = np.where(yte == c)[0]
        donors = np.where((yte != c) & (yte != s))[0]
        with open(os.path.join(d, "test.csv"), "w") as f:
            f.write("path,label,quadrant,mask\n")
            for i in own[:200]:
                f.write(f"{save(xte[i], f'test_{i}.png')},normal,-1,\n")
            for i in own[200:400]:
                q = int(rng.integers(4))
                donor = xte[rng.choice(donors)]
                img = xte[i].copy()
                r, col = 14 * (q // 2), 14 * (q % 2)
                img[r:r + 14, col:col + 14] = donor[r:r + 14, col:col + 14]
                mask = np.zeros((28, 28), np.uint8)
                mask[r:r + 14, col:col + 14] = 255
                name = save(img, f'pasted_{i}_q{q}.png')
                f.write(f"{name},anomaly,{q},{save(mask, f'mask_{i}_q{q}.png')}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dra-maps-data")
