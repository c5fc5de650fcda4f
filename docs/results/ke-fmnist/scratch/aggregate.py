#!/usr/bin/env python3
"""Per-class AUROC of KE's --scratch tier beside the CPU tier (head on frozen Lite0 features) and
DN2 on the same seed and protocol (reports in the folder above). Usage: python3 aggregate.py"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
UP = HERE.parent


def load(path):
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return None


def main():
    rows = []
    for key in ["sad", "ssa", "ssa-normal"]:
        for seed in [0, 1, 2]:
            runs = {
                "ke --scratch": load(HERE / f"ke-scratch-{key}-s{seed}.json"),
                "ke --scratch --policy fixed": load(HERE / f"ke-scratch-fixed-{key}-s{seed}.json"),
                "ke (CPU tier)": load(UP / f"ke-{key}-s{seed}.json"),
                "ke --policy fixed (CPU tier)": load(UP / f"ke-fixed-{key}-s{seed}.json"),
                "dn2": load(UP / f"dn2-{key}-s{seed}.json") or load(UP / f"dn2-{key}-s0.json"),
            }
            if runs["ke --scratch"] is None and runs["ke --scratch --policy fixed"] is None:
                continue
            names = [n for n, r in runs.items() if r is not None]
            print(f"\n### {key}, seed {seed}\n")
            print("| class | " + " | ".join(names) + " |")
            print("|---" * (len(names) + 1) + "|")
            classes = [s["name"] for s in runs[names[0]]["splits"]]
            for c in classes:
                cells = []
                for n in names:
                    split = next((s for s in runs[n]["splits"] if s["name"] == c), None)
                    cells.append("–" if split is None else f"{100 * split['auroc']:.2f}")
                print(f"| {c} | " + " | ".join(cells) + " |")
            means = [f"**{100 * runs[n]['mean']['auroc']:.2f}**" for n in names]
            print("| mean | " + " | ".join(means) + " |")
            for n in names:
                t = runs[n].get("timings") or {}
                rows.append({"protocol": key, "seed": seed, "run": n,
                             "auroc": runs[n]["mean"]["auroc"], "ap": runs[n]["mean"]["ap"],
                             "timings": t})
    # Mean AUROC over classes, then mean ± sample sd over the seeds each run has.
    print("\n### Mean over seeds\n")
    print("| protocol | run | seeds | AUROC mean ± sd | per seed |")
    print("|---|---|---|---|---|")
    for key in ["sad", "ssa", "ssa-normal"]:
        for name in dict.fromkeys(r["run"] for r in rows):
            got = [r for r in rows if r["protocol"] == key and r["run"] == name]
            if not got:
                continue
            vals = [100 * r["auroc"] for r in got]
            mean = sum(vals) / len(vals)
            sd = (sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)) ** 0.5 if len(vals) > 1 else 0
            seeds = ",".join(str(r["seed"]) for r in got)
            per = " / ".join(f"{v:.2f}" for v in vals)
            print(f"| {key} | {name} | {seeds} | {mean:.2f} ± {sd:.2f} | {per} |")
    (HERE / "summary.json").write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
