"""Reads runs/check/results.tsv (check.sh): per shift and batch size, how many of the (class,
seed) checks rejected the calibration, and the share of the shifted normals with p <= 0.05
(what the shift does to a deployed model's false alarms). Writes check-summary.json."""
import csv, json, os, statistics

os.chdir(os.path.dirname(os.path.abspath(__file__)))
rows = [r for r in csv.reader(open("runs/check/results.tsv"), delimiter="\t")]
summary = {}
for shift in ["none", "blur0.6", "blur1.2", "dark0.8", "dark0.6", "noise8", "noise16"]:
    for n in ["n1000", "-n100"]:
        sel = [r for r in rows if r[2] == shift and r[3] == n]
        if not sel:
            continue
        rejected = sum(r[4] == "3" for r in sel)
        rates = [int(r[5].split()[0]) / int(r[5].split()[1]) for r in sel]
        key = f"{shift} {n.strip('-')}"
        summary[key] = {"checks": len(sel), "rejected": rejected,
                        "fpr_at_0.05": statistics.mean(rates), "fpr_max": max(rates)}
        print(f"{key:14s} rejected {rejected:2d} of {len(sel)}; normals with p <= 0.05: "
              f"mean {100 * statistics.mean(rates):.2f} %, largest {100 * max(rates):.1f} %")
json.dump(summary, open("check-summary.json", "w"), indent=1)
