"""Seed 0, M = 10, dra-hard at 128 px: DRA, DevNet and DN2 per backbone (Lite0 from
docs/results/dra-fmnist-hard/), unseen and seen AUROC per class and mean."""
import json
import os
import sys

LITE0 = sys.argv[1] if len(sys.argv) > 1 else ".."
rows = []
for b in ("lite0", "lite1", "lite2"):
    for m in ("dra", "devnet", "dn2"):
        path = f"{LITE0}/{m}-m10-s0.json" if b == "lite0" else f"{b}-{m}-m10-s0.json"
        if not os.path.exists(path):
            continue
        d = json.load(open(path))
        per = [s["auroc"] * 100 for s in d["splits"]]
        rows.append((b, m, per, d["mean"]["auroc"] * 100, d["mean"]["seen_auroc"] * 100))
print("| backbone | method | " + " | ".join(str(c) for c in range(10)) + " | unseen | seen |")
print("|---|---|" + "---|" * 10 + "---|---|")
for b, m, per, unseen, seen in rows:
    print(f"| {b} | {m} | " + " | ".join(f"{v:.2f}" for v in per) + f" | {unseen:.2f} | {seen:.2f} |")
