#!/usr/bin/env python3
"""General setting and head ablation (run_extra.sh), seed 0. Usage: aggregate_extra.py [DIR]"""
import json
import sys
from pathlib import Path

d = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)


def load(name):
    p = d / f"{name}.json"
    return json.loads(p.read_text()) if p.exists() else None


out = ["### General setting (M = 10 from all nine other classes, seed 0)\n",
       "| method | mean AUROC | mean AP | wall s |", "|---|---|---|---|"]
for m in ("dra", "devnet", "dn2"):
    r = load(f"general-{m}-m10-s0")
    if r:
        out.append(f"| {m} | {100 * r['mean']['auroc']:.2f} | {100 * r['mean']['ap']:.2f} | {r['timings']['total_seconds']:.0f} |")
full = load("dra-m10-s0")
out += ["\n### Head ablation (hard setting, M = 10, seed 0, classes 0 2 4 6 8)\n",
        "| heads | unseen AUROC | seen AUROC | wall s |", "|---|---|---|---|"]
classes = ["0", "2", "4", "6", "8"]
if full:
    pick = [s for s in full["splits"] if s["name"] in classes]
    out.append("| all four | %.2f | %.2f | – |" % (
        100 * sum(s["auroc"] for s in pick) / len(pick),
        100 * sum(s["seen_auroc"] for s in pick) / len(pick)))
for drop in ("seen", "pseudo", "residual", "normal"):
    r = load(f"ablation-no-{drop}-m10-s0")
    if r:
        out.append(f"| without {drop} | {100 * r['mean']['auroc']:.2f} | {100 * r['mean']['seen_auroc']:.2f} | {r['timings']['total_seconds']:.0f} |")
print("\n".join(out))
