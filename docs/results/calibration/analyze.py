"""Reads runs/scores-c{c}-s{s}.csv (see run.sh) and writes summary.json plus a table."""
import csv, glob, json, re, statistics, sys, os

os.chdir(os.path.dirname(os.path.abspath(__file__)))
ALPHAS = [0.01, 0.05, 0.1]
rows = {}
for path in sorted(glob.glob("runs/scores-c*-s*.csv")):
    c, s = map(int, re.findall(r"c(\d+)-s(\d+)", path)[0])
    with open(path) as f:
        r = list(csv.DictReader(f))
    normal = [x for x in r if x["class"] == str(c)]
    other = [x for x in r if x["class"] != str(c)]
    out = {"n_normal": len(normal), "n_other": len(other)}
    for a in ALPHAS:
        out[f"fpr@{a}"] = sum(float(x["p_value"]) <= a for x in normal) / len(normal)
        out[f"tpr@{a}"] = sum(float(x["p_value"]) <= a for x in other) / len(other)
    # The --threshold-fpr 0.05 decision (threshold on the same held-out scores).
    out["threshold_fpr_0.05"] = sum(x["anomalous"] == "1" for x in normal) / len(normal)
    out["threshold_tpr_0.05"] = sum(x["anomalous"] == "1" for x in other) / len(other)
    # Since the thirty-sixth session the threshold flags exactly the images with p <= 0.05.
    out["threshold_disagrees_with_p"] = sum((x["anomalous"] == "1") != (float(x["p_value"]) <= 0.05) for x in r)
    # AUROC of the scores (normal = class c), by the rank-sum formula.
    scored = sorted((float(x["score"]), x["class"] != str(c)) for x in r)
    rank_sum, i = 0.0, 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        mean_rank = (i + j + 1) / 2
        rank_sum += mean_rank * sum(1 for k in range(i, j) if scored[k][1])
        i = j
    n_pos = len(other)
    out["auroc"] = (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * len(normal))
    rows[(c, s)] = out

classes = sorted({c for c, _ in rows})
seeds = sorted({s for _, s in rows})
keys = [f"fpr@{a}" for a in ALPHAS] + [f"tpr@{a}" for a in ALPHAS] + [
    "threshold_fpr_0.05", "threshold_tpr_0.05", "auroc"]
summary = {"seeds": seeds, "classes": classes, "per_run": {f"c{c}-s{s}": v for (c, s), v in rows.items()}}
# Per seed, the mean over classes; then mean and sd over seeds.
per_seed = {k: [statistics.mean(rows[(c, s)][k] for c in classes) for s in seeds] for k in keys}
summary["mean_over_classes"] = {
    k: {"per_seed": v, "mean": statistics.mean(v), "sd": statistics.stdev(v) if len(v) > 1 else 0.0}
    for k, v in per_seed.items()}
# The worst class (highest false-positive rate) at each alpha, over all runs.
summary["max_fpr"] = {a: max(v[f"fpr@{a}"] for v in rows.values()) for a in ALPHAS}
with open("summary.json", "w") as f:
    json.dump(summary, f, indent=1)
print("class | " + " | ".join(keys))
for c in classes:
    print(f"{c} | " + " | ".join(f"{100*statistics.mean(rows[(c, s)][k] for s in seeds):.2f}" for k in keys))
print("mean | " + " | ".join(
    f"{100*summary['mean_over_classes'][k]['mean']:.2f} ± {100*summary['mean_over_classes'][k]['sd']:.2f}"
    for k in keys))
print("max fpr over runs:", {a: round(100 * v, 2) for a, v in summary["max_fpr"].items()})
print("rows where --threshold-fpr 0.05 and p <= 0.05 disagree:",
      sum(v["threshold_disagrees_with_p"] for v in rows.values()))

# In-sample calibration (in_sample.sh): p-values from the training rows themselves.
insample = {}
for path in sorted(glob.glob("runs/scores-insample-c*.csv")):
    c = int(re.findall(r"c(\d+)", path)[0])
    with open(path) as f:
        r = list(csv.DictReader(f))
    normal = [x for x in r if x["class"] == str(c)]
    insample[c] = {f"fpr@{a}": sum(float(x["p_value"]) <= a for x in normal) / len(normal) for a in ALPHAS}
if insample:
    summary["in_sample"] = {
        "per_class": insample,
        "mean": {f"fpr@{a}": statistics.mean(v[f"fpr@{a}"] for v in insample.values()) for a in ALPHAS},
    }
    with open("summary.json", "w") as f:
        json.dump(summary, f, indent=1)
    print("in-sample calibration, mean fpr over classes:",
          {k: round(100 * v, 2) for k, v in summary["in_sample"]["mean"].items()})
    print("per class fpr@0.05:", {c: round(100 * v["fpr@0.05"], 1) for c, v in insample.items()})
