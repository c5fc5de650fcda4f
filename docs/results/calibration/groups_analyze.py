"""Reads runs/groups/scores-c{c}-s{s}-{mode}.csv (groups.sh) into groups-summary.json and a
table: per hold-out mode (image by image, or whole objects), the share of the 1000 test normals
of class c and of the 9000 others with p <= alpha, mean over classes, mean +- sd over seeds."""
import csv, glob, json, os, re, statistics

os.chdir(os.path.dirname(os.path.abspath(__file__)))
ALPHAS = [0.01, 0.05, 0.1]
rows = {}
for path in glob.glob("runs/groups/scores-c*-s*-*.csv"):
    c, s, mode = re.findall(r"c(\d+)-s(\d+)-(\w+)\.csv", path)[0]
    with open(path) as f:
        r = list(csv.DictReader(f))
    normal = [float(x["p_value"]) for x in r if x["class"] == c]
    other = [float(x["p_value"]) for x in r if x["class"] != c]
    rows[(int(c), int(s), mode)] = {
        **{f"fpr@{a}": sum(p <= a for p in normal) / len(normal) for a in ALPHAS},
        **{f"tpr@{a}": sum(p <= a for p in other) / len(other) for a in ALPHAS},
    }
summary = {}
for mode in ["image", "object"]:
    seeds = sorted({s for (_, s, m) in rows if m == mode})
    classes = sorted({c for (c, _, m) in rows if m == mode})
    out = {}
    for k in [f"fpr@{a}" for a in ALPHAS] + [f"tpr@{a}" for a in ALPHAS]:
        per_seed = [statistics.mean(rows[(c, s, mode)][k] for c in classes) for s in seeds]
        out[k] = {"mean": statistics.mean(per_seed),
                  "sd": statistics.stdev(per_seed) if len(per_seed) > 1 else 0.0,
                  "per_class": [statistics.mean(rows[(c, s, mode)][k] for s in seeds) for c in classes]}
    summary[mode] = out
    print(mode, " | ".join(f"{k} {100 * v['mean']:.2f} ± {100 * v['sd']:.2f}" for k, v in out.items()))
    print("   per class fpr@0.05:", [round(100 * v, 1) for v in out["fpr@0.05"]["per_class"]])
json.dump(summary, open("groups-summary.json", "w"), indent=1)
