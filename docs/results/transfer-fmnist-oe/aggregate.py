#!/usr/bin/env python3
"""Tables and claim checks for the oe-split runs (run.sh). Usage: aggregate.py [DIR]

Prints, per metric (AUROC, AP), a per-class table (mean ± standard deviation over the seeds
present) and the mean over classes per seed summarised the same way, then the issue's claims:
ADIB and ADRA above DN2 in mean AUROC and AP, ADIB above "pretrained without Omega". Writes
summary.json beside the reports."""
import json
import statistics
import sys
from pathlib import Path

d = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
METHODS = ["dn2", "adib", "adib-no-omega", "adra", "scratch", "adib-paper-start",
           "omega-hi-adib", "omega-hi-no-omega"]
NAMES = ["T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def msd(v):
    return (statistics.mean(v), statistics.stdev(v) if len(v) > 1 else 0.0)


reports = {}
for m in METHODS:
    runs = []
    for seed in (0, 1, 2):
        p = d / f"{m}-s{seed}.json"
        if p.exists():
            runs.append((seed, json.loads(p.read_text())))
    if runs:
        reports[m] = runs
methods = list(reports)
summary = {"methods": {}, "claims": {}, "note": "AUROC and AP in %, mean ± sd over seeds"}
out = []
for metric in ("auroc", "ap"):
    out.append(f"\n### {metric.upper()}\n")
    out.append("| class | " + " | ".join(methods) + " |")
    out.append("|---|" + "---|" * len(methods))
    first = reports[methods[0]][0][1]
    for split in first["splits"]:
        c = split["name"]
        cells = []
        for m in methods:
            vals = [100 * s[metric] for _, r in reports[m] for s in r["splits"] if s["name"] == c]
            cells.append("%.2f ± %.2f" % msd(vals) if vals else "–")
        label = f"{c} {NAMES[int(c)]}" if c.isdigit() and int(c) < 10 else c
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    cells = []
    for m in methods:
        means = [100 * r["mean"][metric] for _, r in reports[m]]
        mu, sd = msd(means)
        entry = summary["methods"].setdefault(m, {"seeds": [s for s, _ in reports[m]]})
        entry[metric] = round(mu, 2)
        entry[f"{metric}_sd_over_seeds"] = round(sd, 2)
        entry[f"{metric}_per_seed"] = [round(v, 2) for v in means]
        entry["wall_seconds_per_seed"] = [round(r["timings"]["total_seconds"]) for _, r in reports[m]]
        cells.append(f"**{mu:.2f} ± {sd:.2f}** ({len(means)})")
    out.append("| mean (seeds) | " + " | ".join(cells) + " |")

M = summary["methods"]


def claim(a, b, metric):
    """a > b in the mean over the seeds both have (None when they share none)."""
    if a not in M or b not in M:
        return None
    common = [s for s in M[a]["seeds"] if s in M[b]["seeds"]]
    if not common:
        return None
    pick = lambda m: statistics.mean(
        v for s, v in zip(M[m]["seeds"], M[m][f"{metric}_per_seed"]) if s in common)
    return {"holds": pick(a) > pick(b), "seeds": common,
            a: round(pick(a), 2), b: round(pick(b), 2)}


for a, b in (("adib", "dn2"), ("adra", "dn2"), ("adib", "adib-no-omega"),
             ("omega-hi-adib", "omega-hi-no-omega")):
    for metric in ("auroc", "ap"):
        summary["claims"][f"{a}_gt_{b}_{metric}"] = claim(a, b, metric)
out.append("\nwall time per seed (s): " + ", ".join(f"{m} {M[m]['wall_seconds_per_seed']}" for m in methods))
out.append(f"\nclaims: {summary['claims']}")
print("\n".join(out))
(d / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")

# The Omega study (run.sh's last block): ADIB vs without Omega where the weights move.
study = {}
for m in ("adib", "no-omega"):
    p = d / f"omega-study-{m}-s0.json"
    if p.exists():
        r = json.loads(p.read_text())
        study[m] = {s["name"]: (round(100 * s["auroc"], 2), round(100 * s["ap"], 2)) for s in r["splits"]}
        study[m]["mean"] = (round(100 * r["mean"]["auroc"], 2), round(100 * r["mean"]["ap"], 2))
        study[m]["wall_seconds"] = round(r["timings"]["total_seconds"])
if study:
    summary["omega_study"] = study
    print("\nOmega study (seed 0, lr 1e-3, 3 epochs, AUROC / AP):", json.dumps(study))
    (d / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
