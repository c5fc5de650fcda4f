#!/usr/bin/env python3
"""Tables and claim checks for the KE runs (run.sh, audit.sh). Usage: aggregate.py [DIR]"""
import json
import statistics
import sys
from pathlib import Path

d = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
METHODS = ["ke", "ke-fixed", "ke-random", "dn2"]
PROTOCOLS = ["sad", "spa", "ssa", "ssa-normal", "spa-preserving"]
NAMES = ["T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def load(method, protocol, seed):
    if method == "dn2" and protocol == "sad" and seed != 0:
        return None  # DN2's SAD does not depend on the seed: one run
    p = d / f"{method}-{protocol}-s{seed}.json"
    return json.loads(p.read_text()) if p.exists() else None


def msd(v):
    return (statistics.mean(v), statistics.stdev(v) if len(v) > 1 else 0.0)


summary = {"protocols": {}, "claims": {}, "wall_seconds": {}}
out = []
for proto in PROTOCOLS:
    out.append(f"\n### {proto}\n")
    out.append("| class | " + " | ".join(METHODS) + " |")
    out.append("|---|" + "---|" * len(METHODS))
    reports = {m: [r for r in (load(m, proto, s) for s in (0, 1, 2)) if r] for m in METHODS}
    if not any(reports.values()):
        continue
    classes = [s["name"] for s in next(r for r in reports.values() if r)[0]["splits"]]
    for c in classes:
        cells = []
        for m in METHODS:
            vals = [100 * next(s["auroc"] for s in r["splits"] if s["name"] == c) for r in reports[m]]
            cells.append("–" if not vals else "%.2f ± %.2f" % msd(vals))
        label = f"{c} {NAMES[int(c)]}" if c.isdigit() and int(c) < 10 else c
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    cells = []
    for m in METHODS:
        means = [100 * r["mean"]["auroc"] for r in reports[m]]
        if means:
            mu, sd = msd(means)
            summary["protocols"].setdefault(proto, {})[m] = {"auroc": round(mu, 2), "sd_over_seeds": round(sd, 2), "seeds": len(means)}
            summary["wall_seconds"].setdefault(proto, {})[m] = [round(r["timings"]["total_seconds"], 1) for r in reports[m]]
            cells.append(f"**{mu:.2f} ± {sd:.2f}** ({len(means)})")
        else:
            cells.append("–")
    out.append("| mean (seeds) | " + " | ".join(cells) + " |")

P = summary["protocols"]


def get(proto, m):
    return P.get(proto, {}).get(m, {}).get("auroc")


checks = {
    "ke_ssa_ge_dn2_plus_3": ("ssa", lambda: get("ssa", "ke") >= get("ssa", "dn2") + 3),
    "ke_spa_ge_dn2_minus_1": ("spa", lambda: get("spa", "ke") >= get("spa", "dn2") - 1),
    # SPA with the meaning-preserving transforms only (the complement of every SSA list).
    "ke_spa_preserving_ge_dn2_minus_1": (
        "spa-preserving",
        lambda: get("spa-preserving", "ke") >= get("spa-preserving", "dn2") - 1,
    ),
    "ke_sad_ge_dn2_minus_3": ("sad", lambda: get("sad", "ke") >= get("sad", "dn2") - 3),
    "ke_ssa_gt_fixed": ("ssa", lambda: get("ssa", "ke") > get("ssa", "ke-fixed")),
    "ke_ssa_gt_random": ("ssa", lambda: get("ssa", "ke") > get("ssa", "ke-random")),
}
for name, (proto, f) in checks.items():
    try:
        summary["claims"][name] = f()
    except TypeError:
        summary["claims"][name] = None
out.append(f"\nclaims: {summary['claims']}")

for space in ("encoder", "pixels"):
    p = d / f"audit-{space}.json"
    if not p.exists():
        continue
    a = json.loads(p.read_text())
    out.append(f"\n### ranking on {space} (seed 0, {a['seconds']:.0f} s)\n")
    out.append("| class | nearest → farthest | hflip rank |")
    out.append("|---|---|---|")
    for c in a["classes"]:
        order = [r["transform"].replace("@1", "") for r in c["ranking"]]
        label = f"{c['class']} {NAMES[int(c['class'])]}" if c["class"].isdigit() else c["class"]
        out.append(f"| {label} | {', '.join(order)} | {order.index('hflip') + 1} of {len(order)} |")
        summary.setdefault("rankings", {}).setdefault(space, {})[c["class"]] = order
print("\n".join(out))
(d / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")
