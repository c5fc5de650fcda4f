#!/usr/bin/env python3
"""DRA, DevNet and DN2 at 224 px (this folder) against the same runs at 128 px (the folder
above: seed 0, the same normal classes), unseen / seen AUROC per class, one table per
setting. Usage: compare.py"""
import json
from pathlib import Path

here = Path(__file__).parent
classes = ["0", "2", "4", "6", "8"]
settings = {
    "M = 10": ["dra-m10-s0", "devnet-m10-s0", "dn2-m10-s0"],
    "M = 1": ["dra-m1-s0", "devnet-m1-s0", "dn2-m10-s0"],
    "M = 10, DRA without the pseudo head": ["ablation-no-pseudo-m10-s0", "dra-m10-s0"],
}


def per_class(path):
    if not path.exists():
        return None
    r = json.loads(path.read_text())
    return {s["name"]: (100 * s["auroc"], 100 * s["seen_auroc"]) for s in r["splits"]}


for title, names in settings.items():
    cols = []
    for name in names:
        label = name.rsplit("-m", 1)[0]
        for size, folder in (("128", here.parent), ("224", here)):
            t = per_class(folder / f"{name}.json")
            if t and all(c in t for c in classes):
                cols.append((f"{label} {size}", t))
    if not cols:
        continue
    print(f"\n{title} (unseen / seen AUROC, seed 0)\n")
    print("| class | " + " | ".join(name for name, _ in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for c in classes:
        print(f"| {c} | " + " | ".join(f"{t[c][0]:.2f} / {t[c][1]:.2f}" for _, t in cols) + " |")
    means = [
        f"**{sum(t[c][0] for c in classes) / len(classes):.2f} / "
        f"{sum(t[c][1] for c in classes) / len(classes):.2f}**"
        for _, t in cols
    ]
    print("| mean | " + " | ".join(means) + " |")
