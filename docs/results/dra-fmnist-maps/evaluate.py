#!/usr/bin/env python3
"""Scores the maps of run.sh against the pasted quadrants of make_data.py.

Per run (method, normal class, seed), for the summed map (`total`) and each head's map:
- pointing: the share of defect images whose highest patch lies in the pasted quadrant
  (chance 25 %);
- patch AUROC: over the defect images' patches, those in the pasted quadrant against the rest;
and, from the scores CSV, the image AUROC of the defects against the normal test images.
Runs whose maps file carries swan's pixel AUROC and AUPRO (data with a `mask` column) also get
them recomputed here with NumPy (the AUPRO as MVTec AD's evaluation code computes it, regions
labelled with scipy.ndimage), as a check. Prints a table per method (mean over classes, then
mean ± sd over seeds) and writes SUMMARY (default: summary.json beside this script).
Usage: python3 evaluate.py DATA RUNS [SUMMARY]
"""
import csv
import json
import os
import struct
import sys

import numpy as np


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    meta = header.pop("__metadata__", {})
    tensors = {}
    for name, t in header.items():
        assert t["dtype"] == "F32", t
        a, b = t["data_offsets"]
        tensors[name] = np.frombuffer(data[a:b], np.float32).reshape(t["shape"])
    return meta, tensors


def auroc(pos, neg):
    """Mann-Whitney AUROC with ties counted half."""
    pos, neg = np.asarray(pos, float), np.asarray(neg, float)
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sorted_v = allv[order]
    i = 0
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and sorted_v[j + 1] == sorted_v[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    r = ranks[: len(pos)].sum()
    return (r - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def quadrant_mask(h, w, q):
    m = np.zeros((h, w), bool)
    rows = slice(0, h // 2) if q < 2 else slice(h // 2, h)
    cols = slice(0, w // 2) if q % 2 == 0 else slice(w // 2, w)
    m[rows, cols] = True
    return m


def bilinear(plane, out_h, out_w):
    """PyTorch's bilinear resize (align_corners=False) of a 2-D array, as swan resizes maps."""
    def axis(n_in, n_out):
        src = np.maximum((np.arange(n_out) + 0.5) * n_in / n_out - 0.5, 0.0)
        i0 = np.minimum(src.astype(int), n_in - 1)
        i1 = np.where(i0 < n_in - 1, i0 + 1, i0)
        return i0, i1, (src - i0)
    y0, y1, wy = axis(plane.shape[0], out_h)
    x0, x1, wx = axis(plane.shape[1], out_w)
    top = plane[y0][:, x0] * (1 - wx) + plane[y0][:, x1] * wx
    bottom = plane[y1][:, x0] * (1 - wx) + plane[y1][:, x1] * wx
    return top * (1 - wy)[:, None] + bottom * wy[:, None]


def pixel_planes(data_dir, ids, rows, total, grid=64):
    """The maps and masks swan's pixel metrics compare: maps resized bilinearly to grid x grid,
    masks by nearest neighbour; normal images count with all pixels normal, defects with their
    masks. Returns ([grid x grid] maps, [grid x grid] boolean masks)."""
    from PIL import Image

    values, truth = [], []
    for k, i in enumerate(ids):
        r = rows[i]
        if r.get("mask"):
            m = np.asarray(Image.open(os.path.join(data_dir, r["mask"])).convert("L"))
            src = lambda n_in: np.minimum((2 * np.arange(grid) + 1) * n_in // (2 * grid), n_in - 1)
            mask = m[src(m.shape[0])][:, src(m.shape[1])] > 127.5
        elif r["label"] == "normal":
            mask = np.zeros((grid, grid), bool)
        else:
            continue
        values.append(bilinear(total[k].astype(np.float64), grid, grid))
        truth.append(mask)
    return values, truth


def pixel_auroc(values, truth):
    values, truth = np.concatenate([v.ravel() for v in values]), np.concatenate([t.ravel() for t in truth])
    return 100 * auroc(values[truth], values[~truth])


def aupro_mvtec(values, truth, fpr_limit=0.3):
    """The normalised area under the per-region overlap curve up to fpr_limit, following MVTec
    AD's evaluation code (compute_pro and trapezoid in its pro_curve_util / generic_util):
    8-connected regions, one curve point per distinct score, the curve interpolated at the
    limit, the area divided by the limit. Percent."""
    from bisect import bisect
    from scipy.ndimage import label

    fp_changes, pro_changes = [], []
    ok, regions = 0, 0
    for t in truth:
        labelled, n = label(t, structure=np.ones((3, 3), int))
        regions += n
        fp = (labelled == 0).astype(np.float64)
        ok += int(fp.sum())
        pro = np.zeros(t.shape)
        for k in range(n):
            region = labelled == k + 1
            pro[region] = 1.0 / region.sum()
        fp_changes.append(fp.ravel())
        pro_changes.append(pro.ravel())
    scores = np.concatenate([v.ravel() for v in values])
    order = np.argsort(scores, kind="stable")[::-1]
    scores = scores[order]
    fprs = np.cumsum(np.concatenate(fp_changes)[order]) / ok
    pros = np.cumsum(np.concatenate(pro_changes)[order]) / regions
    keep = np.append(np.diff(scores) != 0, True)
    fprs = np.concatenate(([0.0], np.clip(fprs[keep], None, 1.0), [1.0]))
    pros = np.concatenate(([0.0], np.clip(pros[keep], None, 1.0), [1.0]))
    correction = 0.0
    if fpr_limit not in fprs:
        ins = bisect(fprs, fpr_limit)
        y = pros[ins - 1] + (pros[ins] - pros[ins - 1]) * (fpr_limit - fprs[ins - 1]) / (fprs[ins] - fprs[ins - 1])
        correction = 0.5 * (y + pros[ins - 1]) * (fpr_limit - fprs[ins - 1])
    m = fprs <= fpr_limit
    x, y = fprs[m], pros[m]
    area = np.sum(0.5 * (y[1:] + y[:-1]) * (x[1:] - x[:-1])) + correction
    return 100 * area / fpr_limit, regions


def evaluate_run(data_dir, run_dir):
    rows = {r["path"]: r for r in csv.DictReader(open(os.path.join(data_dir, "test.csv")))}
    meta, maps = read_safetensors(os.path.join(run_dir, "maps.safetensors"))
    header = json.loads(meta["swan-maps"])
    ids = header["ids"]
    scores = {r["id"]: float(r["score"]) for r in csv.DictReader(open(os.path.join(run_dir, "scores.csv")))}
    labels = [rows[i]["label"] for i in ids]
    out = {
        "image_auroc": 100 * auroc(
            [scores[i] for i, l in zip(ids, labels) if l == "anomaly"],
            [scores[i] for i, l in zip(ids, labels) if l == "normal"],
        )
    }
    for name, m in maps.items():
        n, h, w = m.shape
        hits, inside, outside = [], [], []
        for k, i in enumerate(ids):
            q = int(rows[i]["quadrant"])
            if q < 0:
                continue
            mask = quadrant_mask(h, w, q)
            top = np.unravel_index(np.argmax(m[k]), (h, w))
            hits.append(bool(mask[top]))
            inside.extend(m[k][mask])
            outside.extend(m[k][~mask])
        out[name] = {"pointing": 100 * float(np.mean(hits)), "patch_auroc": 100 * auroc(inside, outside)}
    if "pixel_auroc" in header:
        # The run's own pixel AUROC (swan) against this script's recomputation.
        values, truth = pixel_planes(data_dir, ids, rows, maps["total"])
        out["pixel_auroc_swan"] = header["pixel_auroc"]["auroc"]
        out["pixel_auroc_numpy"] = pixel_auroc(values, truth)
        if "aupro" in header["pixel_auroc"]:
            out["aupro_swan"] = header["pixel_auroc"]["aupro"]
            out["aupro_numpy"], regions = aupro_mvtec(values, truth)
            assert regions == header["pixel_auroc"]["regions"], (regions, header["pixel_auroc"])
    return out


def pixel_baseline(data_dir):
    """A map with no learning: |x - mean training image| averaged over each 7x7-pixel cell of
    the 28 px image (the 4x4 grid of the maps at 128 px), for the defect images."""
    from PIL import Image

    rows = list(csv.DictReader(open(os.path.join(data_dir, "test.csv"))))
    train = [r["path"] for r in csv.DictReader(open(os.path.join(data_dir, "train.csv")))]
    load = lambda p: np.asarray(Image.open(os.path.join(data_dir, p)), np.float32)
    mean = np.mean([load(p) for p in train], axis=0)
    hits, inside, outside = [], [], []
    for r in rows:
        q = int(r["quadrant"])
        if q < 0:
            continue
        diff = np.abs(load(r["path"]) - mean)
        m = diff.reshape(4, 7, 4, 7).mean(axis=(1, 3))
        mask = quadrant_mask(4, 4, q)
        hits.append(bool(mask[np.unravel_index(np.argmax(m), (4, 4))]))
        inside.extend(m[mask])
        outside.extend(m[~mask])
    out = {"pointing": 100 * float(np.mean(hits)), "patch_auroc": 100 * auroc(inside, outside)}
    if any(r.get("mask") for r in rows):
        # The pixel metrics of the full-resolution map |x - mean| (28 x 28), as swan's.
        by_path = {r["path"]: r for r in rows}
        ids = [r["path"] for r in rows]
        diffs = np.stack([np.abs(load(p) - mean) for p in ids])
        values, truth = pixel_planes(data_dir, ids, by_path, diffs)
        out["pixel_auroc"] = pixel_auroc(values, truth)
        out["aupro"] = aupro_mvtec(values, truth)[0]
    return out


def main(data, runs, out=None):
    results = {}
    dn2 = {}
    for name in sorted(os.listdir(runs)):
        if name.startswith("dn2_"):
            # DN2 runs (dn2.sh): image scores only, one run per class (no seed).
            method, c = name.rsplit("-", 1)
            path = os.path.join(runs, name, "scores.csv")
            if not os.path.exists(path):
                continue
            rows = {r["path"]: r["label"] for r in csv.DictReader(open(os.path.join(data, c, "test.csv")))}
            scored = list(csv.DictReader(open(path)))
            dn2.setdefault(method, {})[int(c[1:])] = 100 * auroc(
                [float(r["score"]) for r in scored if rows[r["id"]] == "anomaly"],
                [float(r["score"]) for r in scored if rows[r["id"]] == "normal"],
            )
            continue
        method, c, s = name.rsplit("-", 2)
        run = os.path.join(runs, name)
        if not os.path.exists(os.path.join(run, "maps.safetensors")):
            continue
        results.setdefault(method, {}).setdefault(int(s[1:]), {})[int(c[1:])] = evaluate_run(
            os.path.join(data, c), run
        )
    summary = {}
    for method, by_seed in results.items():
        print(f"\n## {method}")
        seeds = sorted(by_seed)
        keys = ["total"] + [k for k in ("seen", "pseudo", "residual") if k in by_seed[seeds[0]][min(by_seed[seeds[0]])]]
        classes = sorted(set.intersection(*(set(by_seed[s]) for s in seeds)))
        print(f"seeds {seeds}, classes {classes}")
        per_class = {}
        for c in classes:
            per_class[c] = {
                "image_auroc": [by_seed[s][c]["image_auroc"] for s in seeds],
                **{f"{k}_{m}": [by_seed[s][c][k][m] for s in seeds] for k in keys for m in ("pointing", "patch_auroc")},
            }
        print("| class | image AUROC | pointing (total) | patch AUROC (total) | " + " | ".join(f"pointing {k}" for k in keys[1:]) + " |")
        print("|---" * (4 + len(keys) - 1) + "|")
        fmt = lambda v, d=1: f"{np.mean(v):.{d}f} ± {np.std(v, ddof=1) if len(v) > 1 else 0:.{d}f}"
        for c in classes:
            p = per_class[c]
            print(f"| {c} | {fmt(p['image_auroc'])} | {fmt(p['total_pointing'])} | {fmt(p['total_patch_auroc'])} | " + " | ".join(fmt(p[f'{k}_pointing']) for k in keys[1:]) + " |")
        mean_over_classes = {key: [float(np.mean([per_class[c][key][j] for c in classes])) for j in range(len(seeds))] for key in per_class[classes[0]]}
        print(f"| mean | {fmt(mean_over_classes['image_auroc'])} | {fmt(mean_over_classes['total_pointing'])} | {fmt(mean_over_classes['total_patch_auroc'])} | " + " | ".join(fmt(mean_over_classes[f'{k}_pointing']) for k in keys[1:]) + " |")
        for k in keys:
            print(f"  {k}: pointing {fmt(mean_over_classes[f'{k}_pointing'])}, patch AUROC {fmt(mean_over_classes[f'{k}_patch_auroc'])}")
        summary[method] = {"seeds": seeds, "classes": classes, "per_class": per_class, "mean_over_classes_per_seed": mean_over_classes}
        pixel = [(s, c, by_seed[s][c]["pixel_auroc_swan"], by_seed[s][c]["pixel_auroc_numpy"])
                 for s in seeds for c in classes if "pixel_auroc_swan" in by_seed[s][c]]
        for key, title, ref in (("pixel_auroc", "pixel AUROC", "NumPy"),
                                ("aupro", "AUPRO (up to 30 % false positives)", "MVTec's code in NumPy")):
            runs = [(s, c, by_seed[s][c][f"{key}_swan"], by_seed[s][c][f"{key}_numpy"])
                    for s in seeds for c in classes if f"{key}_swan" in by_seed[s][c]]
            if not runs:
                continue
            per_class = {c: [a for _, k, a, _ in runs if k == c] for c in classes}
            per_seed = [np.mean([a for s2, _, a, _ in runs if s2 == s]) for s in seeds]
            print(f"  {title} (swan, at 64x64) per class: "
                  + ", ".join(f"{c}: {fmt(v)}" for c, v in per_class.items() if v))
            print(f"  mean over classes {fmt(per_seed)} (seeds {seeds}: "
                  + " / ".join(f"{v:.2f}" for v in per_seed) + f"); {len(runs)} runs; "
                  f"largest |swan - {ref}| {max(abs(a - b) for *_, a, b in runs):.2e}")
            summary[method][key] = {f"c{c}-s{s}": a for s, c, a, _ in runs}
    classes = sorted({c for by_seed in results.values() for s in by_seed.values() for c in s})
    base = {c: pixel_baseline(os.path.join(data, f"c{c}")) for c in classes}
    print("\n## |x - mean training image| per 7x7 cell (no learning; one run)")
    print("| class | " + " | ".join(str(c) for c in classes) + " | mean |")
    print("|---" * (len(classes) + 2) + "|")
    for m in ("pointing", "patch_auroc", "pixel_auroc", "aupro"):
        if not all(m in base[c] for c in classes):
            continue
        vals = [base[c][m] for c in classes]
        print(f"| {m} | " + " | ".join(f"{v:.1f}" for v in vals) + f" | {np.mean(vals):.1f} |")
    summary["pixel_baseline"] = base
    for method, by_class in sorted(dn2.items()):
        cs = sorted(by_class)
        print(f"\n## {method}: image AUROC (one run; no map)")
        print("| " + " | ".join(str(c) for c in cs) + " | mean |")
        print("|---" * (len(cs) + 1) + "|")
        print("| " + " | ".join(f"{by_class[c]:.1f}" for c in cs) + f" | {np.mean([by_class[c] for c in cs]):.1f} |")
        summary[method] = by_class
    out = out or os.path.join(os.path.dirname(os.path.abspath(__file__)), "summary.json")
    with open(out, "w") as f:
        json.dump(summary, f, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:4])
