"""NSA and plain SimSiam on both embeddings over the whole grid (ten classes, seeds 0-2),
k-Cos, 20 epochs, p = 0.1. Sources: classes 0-2 ../layers (default embedding) and ../scored
(the other); classes 3-9 seed 0 ../allclasses (both); seeds 1-2 this folder (both; ../allclasses
holds the earlier build's default-embedding runs of the same networks, printed beside them as
a replication). Prints mean AUROC per seed and the mean ± sd over seeds."""
import json, os, statistics as st

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)


def splits(path):
    with open(path) as f:
        return {s["name"]: s["auroc"] for s in json.load(f)["splits"]}


def grid(variant, seed, other):
    """Per-class AUROC of one network (variant, seed) on its default (other=False) or the other
    embedding."""
    first = f"{UP}/scored/{variant}-s{seed}-kcos.json" if other else f"{UP}/layers/{variant}-s{seed}-kcos-l4.json"
    tag = "-other" if other else ""
    rest = f"{UP}/allclasses/{variant}-s0{tag}-kcos.json" if seed == 0 else f"{HERE}/{variant}-s{seed}{tag}-kcos.json"
    out = splits(first)
    out.update(splits(rest))
    assert sorted(out, key=int) == [str(c) for c in range(10)], (variant, seed, other, sorted(out))
    return out


def embedding(variant, other):
    normalised = (variant == "nsa") != other
    return "l2-normalised" if normalised else "raw"


rows = {}
for variant in ("nsa", "plain"):
    for other in (False, True):
        per_seed = []
        for seed in (0, 1, 2):
            try:
                g = grid(variant, seed, other)
            except FileNotFoundError as e:
                print(f"missing: {e.filename}")
                break
            per_seed.append(100 * st.mean(g.values()))
        if len(per_seed) == 3:
            rows[(variant, embedding(variant, other))] = per_seed

print("k-Cos, mean AUROC over the ten classes; per seed, then mean ± sd over seeds")
for (variant, emb), v in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    default = " (default)" if (variant == "nsa") == (emb == "l2-normalised") else ""
    seeds = " / ".join(f"{x:.2f}" for x in v)
    print(f"{variant:5s} scored {emb:13s}{default:10s}: {seeds}  ->  {st.mean(v):.2f} ± {st.stdev(v):.2f}")
for emb in ("l2-normalised", "raw"):
    if ("nsa", emb) in rows and ("plain", emb) in rows:
        d = [a - b for a, b in zip(rows[("nsa", emb)], rows[("plain", emb)])]
        ahead = sum(x > 0 for x in d)
        print(f"NSA − plain on the {emb} embedding: " + " / ".join(f"{x:+.2f}" for x in d)
              + f"  (mean {st.mean(d):+.2f}; NSA ahead on {ahead} of 3 seeds)")

print("\nreplication of ../allclasses (classes 3-9, default embedding): earlier build vs this folder")
for variant in ("nsa", "plain"):
    for seed in (1, 2):
        a, b = f"{UP}/allclasses/{variant}-s{seed}-kcos.json", f"{HERE}/{variant}-s{seed}-kcos.json"
        if os.path.exists(b):
            x, y = splits(a), splits(b)
            print(f"  {variant} seed {seed}: {100 * st.mean(x.values()):.2f} vs {100 * st.mean(y.values()):.2f}")
