"""Reads DIR/scores-c{c}-d{d}-q{q}.csv (fdr.sh; DIR = runs/fdr-cal0.1 by default) into
fdr-summary-<DIR name>.json and a table."""
import csv, glob, json, os, re, statistics, sys

os.chdir(os.path.dirname(os.path.abspath(__file__)))
folder = sys.argv[1] if len(sys.argv) > 1 else "runs/fdr-cal0.1"
rows = {}
for path in glob.glob(f"{folder}/scores-c*-d*-q*.csv"):
    c, seed, d, q = re.findall(r"c(\d+)-s(\d+)-d(\d+)-q([\d.]+)\.csv", path)[0]
    with open(path) as f:
        r = list(csv.DictReader(f))
    flagged = [x for x in r if x["anomalous"] == "1"]
    false = sum(x["label"] == "normal" for x in flagged)
    n_anom = sum(x["label"] == "anomaly" for x in r)
    rows[(int(c), int(seed), int(d), q)] = {
        "flagged": len(flagged),
        "fdp": false / len(flagged) if flagged else 0.0,
        "power": sum(x["label"] == "anomaly" for x in flagged) / n_anom,
    }
qs = sorted({k[3] for k in rows}, key=float)
summary = {}
for q in qs:
    runs = [v for k, v in rows.items() if k[3] == q]
    summary[q] = {
        "runs": len(runs),
        "fdr": statistics.mean(v["fdp"] for v in runs),
        "max_fdp": max(v["fdp"] for v in runs),
        "power": statistics.mean(v["power"] for v in runs),
        "flagged": statistics.mean(v["flagged"] for v in runs),
        # Per calibration seed, the mean over classes and draws (the spread of the FDR
        # estimate comes from the held-out draw and the classes, not from the 3 batch draws).
        "fdr_per_seed": [statistics.mean(v["fdp"] for k, v in rows.items() if k[3] == q and k[1] == s) for s in sorted({k[1] for k in rows})],
        "fdr_per_class": [statistics.mean(v["fdp"] for k, v in rows.items() if k[3] == q and k[0] == c) for c in range(10)],
        "power_per_class": [statistics.mean(v["power"] for k, v in rows.items() if k[3] == q and k[0] == c) for c in range(10)],
    }
# Whether the test normals' p-values keep their level in the tail BH works in: P(p <= t) over
# the 1000 normals of each batch (d0, q0.1: every batch holds the same normals), mean over the
# classes (seeds averaged within a class) and its standard error over the ten classes.
tail = {}
for t in [0.002, 0.005, 0.01, 0.02, 0.05, 0.1]:
    per_class = []
    for c in range(10):
        rates = []
        for path in glob.glob(f"{folder}/scores-c{c}-s*-d0-q0.1.csv"):
            with open(path) as f:
                p = [float(x["p_value"]) for x in csv.DictReader(f) if x["label"] == "normal"]
            rates.append(sum(v <= t for v in p) / len(p))
        per_class.append(statistics.mean(rates))
    tail[str(t)] = {
        "rate": statistics.mean(per_class),
        "se": statistics.stdev(per_class) / len(per_class) ** 0.5,
    }
summary["normal_p_tail"] = tail
with open(f"fdr-summary-{os.path.basename(folder)}.json", "w") as f:
    json.dump(summary, f, indent=1)
print("q | runs | mean FDP (%) | max FDP | anomalies flagged (%) | images flagged")
for q, s in summary.items():
    if q == "normal_p_tail":
        continue
    print(f"{q} | {s['runs']} | {100*s['fdr']:.2f} | {100*s['max_fdp']:.2f} | {100*s['power']:.2f} | {s['flagged']:.1f}")
    print("   per seed FDR:", [round(100 * v, 2) for v in s["fdr_per_seed"]])
    print("   per class FDP:", [round(100 * v, 1) for v in s["fdr_per_class"]])
    print("   per class power:", [round(100 * v, 1) for v in s["power_per_class"]])
print("test normals with p <= t (% , se over classes):",
      ", ".join(f"{t}: {100*v['rate']:.3f} ({100*v['se']:.3f})" for t, v in tail.items()))
