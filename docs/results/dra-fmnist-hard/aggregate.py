#!/usr/bin/env python3
"""Tables and claim checks for the DRA hard-setting runs (run.sh). Usage: aggregate.py [DIR]"""
import json
import statistics
import sys
from pathlib import Path

d = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)


def load(name):
    p = d / f"{name}.json"
    return json.loads(p.read_text()) if p.exists() else None


def per_class(report, key):
    return {s["name"]: s[key] for s in report["splits"]}


def stats(values):
    values = [100 * v for v in values]
    mean = statistics.mean(values)
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return mean, sd


summary = {"setting": "dra-hard, Fashion-MNIST, 1000 normals/class, seen class (c+1) mod 10, 128 px, frozen Lite0 block15", "runs": {}}
dn2 = load("dn2-m10-s0")
if dn2 is None and (d.parent / "dn2-m10-s0.json").exists():
    # DN2 does not train: a folder of variant runs (e.g. paper-optimizer/) shares the main one's.
    dn2 = json.loads((d.parent / "dn2-m10-s0.json").read_text())
lines = []
for shots in (10, 1):
    lines.append(f"\n### M = {shots} labelled anomalies\n")
    methods = {}
    for m in ("dra", "devnet"):
        reps = [load(f"{m}-m{shots}-s{s}") for s in (0, 1, 2)]
        reps = [r for r in reps if r]
        if reps:
            methods[m] = reps
    if dn2:
        methods["dn2"] = [dn2]
    if not methods:
        continue
    classes = [s["name"] for s in next(iter(methods.values()))[0]["splits"]]
    header = "| class (seen) | " + " | ".join(
        f"{m} unseen | {m} seen" for m in methods
    ) + " |"
    lines.append(header)
    lines.append("|" + "---|" * (1 + 2 * len(methods)))
    for c in classes:
        seen = next(iter(methods.values()))[0]["splits"][classes.index(c)].get("seen_class", "?")
        cells = []
        for m, reps in methods.items():
            for key in ("auroc", "seen_auroc"):
                mu, sd = stats([per_class(r, key)[c] for r in reps])
                cells.append(f"{mu:.2f} ± {sd:.2f}" if len(reps) > 1 else f"{mu:.2f}")
        lines.append(f"| {c} ({seen}) | " + " | ".join(cells) + " |")
    cells = []
    entry = {}
    for m, reps in methods.items():
        for key in ("auroc", "seen_auroc", "ap", "seen_ap"):
            # mean over classes per seed, then mean ± sd over seeds
            means = [statistics.mean(per_class(r, key).values()) for r in reps]
            mu, sd = stats(means)
            entry.setdefault(m, {})[key] = {"mean": round(mu, 2), "sd_over_seeds": round(sd, 2), "seeds": len(reps)}
        entry[m]["wall_seconds"] = [round(r["timings"]["total_seconds"], 1) for r in reps]
        for key in ("auroc", "seen_auroc"):
            e = entry[m][key]
            cells.append(f"**{e['mean']:.2f} ± {e['sd_over_seeds']:.2f}**")
    lines.append("| mean | " + " | ".join(cells) + " |")
    claims = {}
    if "dra" in entry and "devnet" in entry:
        claims["dra_unseen_ge_devnet_plus_2"] = entry["dra"]["auroc"]["mean"] >= entry["devnet"]["auroc"]["mean"] + 2.0
        claims["dra_seen_ge_devnet_minus_2"] = entry["dra"]["seen_auroc"]["mean"] >= entry["devnet"]["seen_auroc"]["mean"] - 2.0
    if "dra" in entry and "dn2" in entry:
        claims["dra_unseen_gt_dn2"] = entry["dra"]["auroc"]["mean"] > entry["dn2"]["auroc"]["mean"]
    entry["claims"] = claims
    summary["runs"][f"M={shots}"] = entry
    lines.append("")
    for m in methods:
        e = entry[m]
        lines.append(
            f"- {m}: unseen AUROC {e['auroc']['mean']:.2f} ± {e['auroc']['sd_over_seeds']:.2f}, "
            f"AP {e['ap']['mean']:.2f}; seen AUROC {e['seen_auroc']['mean']:.2f} ± "
            f"{e['seen_auroc']['sd_over_seeds']:.2f}, AP {e['seen_ap']['mean']:.2f}; "
            f"wall {e['wall_seconds']} s"
        )
    lines.append(f"- claims: {claims}")
print("\n".join(lines))
(d / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
