"""Writes the images of check.sh: for each class c, the 1000 Fashion-MNIST test images of class
c as PNGs unchanged ("none") and under three shifts a deployed camera might bring, each at two
strengths (blur: Gaussian, radius 0.6 / 1.2 px; dark: brightness x0.8 / x0.6; noise: additive
Gaussian, sd 8 / 16 grey levels, numpy seed 7 + c), with a CSV manifest per (class, shift)
listing them as normal: OUT/shift-{name}-c{c}.csv (path,label), and the first 100 rows as
OUT/shift-{name}-c{c}-n100.csv."""
import gzip, os, sys
import numpy as np
from PIL import Image, ImageFilter

out = sys.argv[1]
d = "/usr/share/datasets/fashion-mnist/"
x = np.frombuffer(gzip.open(d + "t10k-images-idx3-ubyte.gz").read(), np.uint8, offset=16).reshape(-1, 28, 28)
y = np.frombuffer(gzip.open(d + "t10k-labels-idx1-ubyte.gz").read(), np.uint8, offset=8)
SHIFTS = {
    "none": lambda im, rng: im,
    "blur0.6": lambda im, rng: im.filter(ImageFilter.GaussianBlur(0.6)),
    "blur1.2": lambda im, rng: im.filter(ImageFilter.GaussianBlur(1.2)),
    "dark0.8": lambda im, rng: Image.fromarray((np.asarray(im) * 0.8).round().astype(np.uint8)),
    "dark0.6": lambda im, rng: Image.fromarray((np.asarray(im) * 0.6).round().astype(np.uint8)),
    "noise8": lambda im, rng: Image.fromarray(np.clip(np.asarray(im) + rng.normal(0, 8, (28, 28)), 0, 255).round().astype(np.uint8)),
    "noise16": lambda im, rng: Image.fromarray(np.clip(np.asarray(im) + rng.normal(0, 16, (28, 28)), 0, 255).round().astype(np.uint8)),
}
for c in range(10):
    idx = np.where(y == c)[0]
    for name, f in SHIFTS.items():
        folder = f"{out}/{name}"
        os.makedirs(folder, exist_ok=True)
        rng = np.random.default_rng(7 + c)
        rows = []
        for i in idx:
            p = f"{name}/{i:05d}.png"
            if not os.path.exists(f"{out}/{p}"):
                f(Image.fromarray(x[i]), rng).save(f"{out}/{p}")
            rows.append(f"{p},normal\n")
        for suffix, part in (("", rows), ("-n100", rows[:100])):
            with open(f"{out}/shift-{name}-c{c}{suffix}.csv", "w") as fh:
                fh.write("path,label\n" + "".join(part))
