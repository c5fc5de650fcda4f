"""Tables of the Red PANDA benchmark (run.sh; `python3 aggregate.py [FOLDER]`, FOLDER the
reports' folder, e.g. fixed-nuisance/): per nuisance and seed, AD / PA / RA and the
probes for each method, the claims of issue 8, and the wall times. Tier C (full fine-tuning)
run on a GPU is read from tier-c-gpu/ (files red-panda-c-* and one-group-c-*, 5 epochs), run on
machine A's CPU from tier-c-cpu/ (red-panda-c-*: 5 epochs, shown as red-panda-c-cpu;
red-panda-c10-* and one-group-c10-*: 10 epochs, shown as red-panda-c10-cpu and one-group-c10-cpu)."""
import json
import pathlib
import statistics
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "docs/results/red-panda-fmnist")
methods = ["dn2", "red-panda", "one-group", "no-rec", "red-panda-b", "one-group-b", "red-panda-b20", "red-panda-c", "one-group-c",
           "red-panda-c-cpu", "one-group-c-cpu", "red-panda-c10-cpu", "one-group-c10-cpu"]


def files(m, nuisance):
    """The reports of method label m: (folder, file-name prefix) from the label. A root
    without tier-c-gpu/ (fixed-nuisance/) holds its GPU tier-C reports itself."""
    if m.endswith("-cpu"):
        folder, prefix = root / "tier-c-cpu", m.removesuffix("-cpu")
    elif m.endswith("-c"):
        folder, prefix = root / "tier-c-gpu", m
    else:
        folder, prefix = root, m
    if not folder.is_dir():
        if m.endswith("-cpu"):
            return []
        folder = root
    return sorted(folder.glob(f"{prefix}-{nuisance}-s[0-9].json"))



for nuisance in ["tint4", "rot4"]:
    rows = {}
    for m in methods:
        for f in files(m, nuisance):
            seed = int(f.stem.rsplit("-s", 1)[1])
            j = json.loads(f.read_text())
            mean = j["mean"]
            p = mean.get("probes") or {}
            rows[(m, seed)] = dict(
                split=j["splits"][0]["name"],
                ad=100 * mean["ad"], pa=100 * mean["pa"], ra=100 * mean["ra"],
                inv=p.get("nuisance"), chance=p.get("nuisance_chance"),
                inf=p.get("relevant"), inf_chance=p.get("relevant_chance"),
                wall=j["timings"]["total_seconds"],
            )
    if not rows:
        continue
    print(f"\n### {nuisance}\n")
    print("| seed | anomalies | method | AD | PA | RA | nuisance probe (chance) | relevant probe (chance) | wall s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for seed in sorted({s for _, s in rows}):
        for m in methods:
            r = rows.get((m, seed))
            if r is None:
                continue
            print(f"| {seed} | {r['split']} | {m} | {r['ad']:.2f} | {r['pa']:.2f} | {r['ra']:.2f} | "
                  f"{r['inv']:.3f} ({r['chance']:.3f}) | {r['inf']:.3f} ({r['inf_chance']:.3f}) | {r['wall']:.0f} |")
    print()
    for m in methods:
        vals = [rows[(m, s)] for s in sorted({s for _, s in rows}) if (m, s) in rows]
        if len(vals) < 2:
            continue
        def ms(k):
            v = [r[k] for r in vals]
            return f"{statistics.mean(v):.2f} ± {statistics.stdev(v):.2f}"
        print(f"- {m} (n={len(vals)}): AD {ms('ad')}, PA {ms('pa')}, RA {ms('ra')}, "
              f"nuisance probe {statistics.mean(r['inv'] for r in vals):.3f}")
    # Tier B for 20 epochs has no one-group run of its own: its "RA >= one-group + 10" point
    # is left out (and so for any seed whose one-group run is missing).
    tiers = {"A": ("red-panda", "one-group"), "B": ("red-panda-b", "one-group-b"),
             "B, 20 epochs": ("red-panda-b20", None), "C": ("red-panda-c", "one-group-c"),
             "C on the CPU, 5 epochs (one-group: the GPU's)": ("red-panda-c-cpu", "one-group-c"),
             "C on the CPU, 10 epochs": ("red-panda-c10-cpu", "one-group-c10-cpu")}
    for tier, (rp_name, og_name) in tiers.items():
      if not any((rp_name, s) in rows for _, s in rows):
          continue
      print(f"\nclaims per seed, tier {tier} (Red PANDA vs DN2 / one-group):")
      for seed in sorted({s for _, s in rows}):
        rp, dn, og = rows.get((rp_name, seed)), rows.get(("dn2", seed)), rows.get((og_name, seed))
        if og is None and og_name == "one-group-c":
            og = rows.get(("one-group-c-cpu", seed))  # a seed whose GPU ablation ran on the CPU
        if not (rp and dn):
            continue
        # (claim, the measured margin or value, whether it holds)
        claims = [
            ("RA >= DN2 + 10", rp["ra"] - dn["ra"], rp["ra"] - dn["ra"] >= 10),
            ("PA <= DN2 - 10", rp["pa"] - dn["pa"], rp["pa"] - dn["pa"] <= -10),
            ("AD >= DN2", rp["ad"] - dn["ad"], rp["ad"] >= dn["ad"]),
        ]
        if og:
            claims.append(("RA >= one-group + 10", rp["ra"] - og["ra"], rp["ra"] - og["ra"] >= 10))
        claims.append(("nuisance probe <= 0.6", rp["inv"], rp["inv"] <= 0.6))
        print(f"  seed {seed}: " + ", ".join(
            f"{k}: {'yes' if ok else 'NO'} ({v:.3f})" if k.startswith("nuisance")
            else f"{k}: {'yes' if ok else 'NO'} ({v:+.2f})" for k, v, ok in claims))
