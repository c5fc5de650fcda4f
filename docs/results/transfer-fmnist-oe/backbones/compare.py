"""oe-split, seed 0, the transfer section's main budget: ADRA and DN2 per backbone."""
import json

print("| backbone | method | " + " | ".join(str(c) for c in range(10)) + " | AUROC | AP | wall s |")
print("|---|---|" + "---|" * 10 + "---|---|---|")
for b in ("lite0", "lite1", "lite2"):
    for m in ("dn2", "adra"):
        d = json.load(open(f"{b}-{m}-s0.json"))
        per = " | ".join(f"{s['auroc'] * 100:.2f}" for s in d["splits"])
        wall = sum(s.get("seconds", 0) or 0 for s in d["splits"])
        print(f"| {b} | {m} | {per} | {d['mean']['auroc'] * 100:.2f} | {d['mean']['ap'] * 100:.2f} | {wall:.0f} |")
