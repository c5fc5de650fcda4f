#!/usr/bin/env python3
"""Per class: DRA's unseen / seen AUROC and each head's term of the score (g_s, g_p, g_r,
-g_n) measured alone, from the reports run.sh writes. Usage: aggregate.py [DIR]"""
import json
import sys
from pathlib import Path

d = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
for path in sorted(d.glob("*.json")):
    if path.name.endswith(".splits.json"):
        continue
    r = json.loads(path.read_text())
    terms = [c["name"] for c in r["mean"].get("components", [])]
    print(f"\n{path.stem} (AUROC; unseen / seen in the hard setting)\n")
    print("| class | score | " + " | ".join(f"{t} term" for t in terms) + " |")
    print("|---|---|" + "---|" * len(terms))
    rows = [(s["name"], s) for s in r["splits"]] + [("mean", r["mean"])]

    def cell(m):  # unseen / seen AUROC; the general setting has no seen class
        seen = m.get("seen_auroc")
        return f"{100 * m['auroc']:.2f}" + (f" / {100 * seen:.2f}" if seen is not None else "")

    for name, s in rows:
        cells = [cell(s)]
        by_name = {c["name"]: c for c in s.get("components", [])}
        for t in terms:
            c = by_name.get(t)
            cells.append(cell(c) if c else "–")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nwall {r['timings']['total_seconds']:.0f} s")
