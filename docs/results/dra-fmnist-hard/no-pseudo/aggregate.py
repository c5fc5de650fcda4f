#!/usr/bin/env python3
"""DRA without its pseudo head against DRA, DevNet and DN2 on the issue's grid (run.sh here;
the other reports in the folder above). Usage: aggregate.py"""
import json
import statistics
from pathlib import Path

here = Path(__file__).parent
up = here.parent


def load(path):
    return json.loads(path.read_text()) if path.exists() else None


def per_class(report, key):
    return {s["name"]: 100 * s[key] for s in report["splits"]}


def seeds_of(folder, name, shots):
    reps = [load(folder / f"{name}-m{shots}-s{s}.json") for s in (0, 1, 2)]
    return [r for r in reps if r]


def summary(reps, key):
    """Mean over classes per seed, then mean ± sd over seeds."""
    means = [statistics.mean(per_class(r, key).values()) for r in reps]
    sd = statistics.stdev(means) if len(means) > 1 else 0.0
    return statistics.mean(means), sd, means


dn2 = load(up / "dn2-m10-s0.json")
for shots in (10, 1):
    methods = {
        "dra (four heads)": seeds_of(up, "dra", shots),
        "dra, no pseudo head": seeds_of(here, "dra-no-pseudo", shots),
        "devnet": seeds_of(up, "devnet", shots),
    }
    if not methods["dra, no pseudo head"]:
        continue
    if dn2:
        methods["dn2 (k 2)"] = [dn2]
    print(f"\n### M = {shots}\n")
    classes = [s["name"] for s in methods["dra, no pseudo head"][0]["splits"]]
    print("| class (seen) | " + " | ".join(f"{m} unseen / seen" for m in methods) + " |")
    print("|" + "---|" * (1 + len(methods)))
    for c in classes:
        seen = methods["dra, no pseudo head"][0]["splits"][classes.index(c)].get("seen_class", "?")
        cells = []
        for reps in methods.values():
            u = [per_class(r, "auroc")[c] for r in reps]
            s = [per_class(r, "seen_auroc")[c] for r in reps]
            cells.append(f"{statistics.mean(u):.2f} / {statistics.mean(s):.2f}")
        print(f"| {c} ({seen}) | " + " | ".join(cells) + " |")
    cells = []
    for m, reps in methods.items():
        mu, sd, _ = summary(reps, "auroc")
        smu, ssd, _ = summary(reps, "seen_auroc")
        cells.append(f"**{mu:.2f} ± {sd:.2f} / {smu:.2f} ± {ssd:.2f}**")
    print("| mean ± sd over seeds | " + " | ".join(cells) + " |")
    print()
    for m, reps in methods.items():
        _, _, per_seed = summary(reps, "auroc")
        walls = [round(r["timings"]["total_seconds"]) for r in reps]
        print(f"- {m}: unseen per seed {', '.join(f'{v:.2f}' for v in per_seed)}; wall {walls} s")
    nop, _, nop_seeds = summary(methods["dra, no pseudo head"], "auroc")
    if dn2:
        d, _, _ = summary([dn2], "auroc")
        ahead = sum(
            per_class(r, "auroc")[c] > per_class(dn2, "auroc")[c]
            for r in methods["dra, no pseudo head"]
            for c in classes
        )
        total = len(classes) * len(methods["dra, no pseudo head"])
        print(
            f"- no pseudo head vs DN2, unseen: {nop:.2f} vs {d:.2f} ({nop - d:+.2f}); "
            f"ahead on {ahead} of {total} (class, seed) pairs; "
            f"per seed {', '.join(f'{v - d:+.2f}' for v in nop_seeds)}"
        )
