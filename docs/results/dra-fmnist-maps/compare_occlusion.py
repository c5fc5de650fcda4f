#!/usr/bin/env python3
"""The occlusion-map table of BENCHMARKS.md: evaluate.py's summary of occlusion.sh's runs
(SUMMARY) beside the seed-0 numbers of DRA's own maps and the learning-free baseline from
summary-aupro.json (the thirty-first / thirty-second sessions' runs of the same data).
Per row, mean over the classes both hold: image AUROC, pointing, patch AUROC, pixel AUROC,
AUPRO; for DRA also the per-class paired difference occlusion − own maps.
Usage: python3 compare_occlusion.py SUMMARY [NATIVE (default: summary-aupro.json here)]
"""
import json
import os
import sys

import numpy as np


def rows_of(summary, method, seed=0):
    """{class: {metric: value}} of one method's seed in an evaluate.py summary."""
    m = summary[method]
    j = m["seeds"].index(seed)
    out = {}
    for c in m["classes"]:
        p = m["per_class"][str(c)]
        out[c] = {
            "image": p["image_auroc"][j],
            "pointing": p["total_pointing"][j],
            "patch": p["total_patch_auroc"][j],
            "pixel": m.get("pixel_auroc", {}).get(f"c{c}-s{seed}", float("nan")),
            "aupro": m.get("aupro", {}).get(f"c{c}-s{seed}", float("nan")),
        }
    return out


def main(summary_path, native_path):
    occ = json.load(open(summary_path))
    native = json.load(open(native_path))
    keys = ["image", "pointing", "patch", "pixel", "aupro"]
    print("| maps | image AUROC | pointing (chance 25) | patch AUROC | pixel AUROC | AUPRO |")
    print("|---|---|---|---|---|---|")
    table = {}
    for name, source, method in [
        ("DN2, occlusion 4 × 4, mean fill", occ, "dn2-occ4mean"),
        ("DN2, occlusion 4 × 4, blur fill", occ, "dn2-occ4blur"),
        ("DN2, occlusion 8 × 8, mean fill", occ, "dn2-occ8mean"),
        ("DRA `block15`, its own maps (4 × 4), seed 0", native, "dra"),
        ("DRA `block15`, occlusion 4 × 4, mean fill, seed 0", occ, "dra-occ4mean"),
    ]:
        if method not in source:
            continue
        r = rows_of(source, method)
        table[method] = r
        means = [np.mean([r[c][k] for c in r]) for k in keys]
        print(f"| {name} ({len(r)} classes) | " + " | ".join(f"{v:.1f}" for v in means) + " |")
    b = native["pixel_baseline"]
    means = [np.mean([b[c][k] for c in b]) for k in ["pointing", "patch_auroc", "pixel_auroc", "aupro"]]
    print("| \\|x − mean training image\\| (no learning) | – | " + " | ".join(f"{v:.1f}" for v in means) + " |")
    if "dra" in table and "dra-occ4mean" in table:
        own, occl = table["dra"], table["dra-occ4mean"]
        classes = sorted(set(own) & set(occl))
        print(f"\nDRA, occlusion − own maps, seed 0, classes {classes}:")
        for k in keys:
            d = [occl[c][k] - own[c][k] for c in classes]
            print(f"  {k}: {np.mean(d):+.2f} (occlusion higher on {sum(x > 0 for x in d)} of {len(d)}; "
                  f"per class {', '.join(f'{x:+.1f}' for x in d)})")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "summary-aupro.json"))
