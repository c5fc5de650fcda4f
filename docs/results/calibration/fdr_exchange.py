"""Reads DIR/cal-c{c}-s{s}.json (held-out normal scores) and DIR/test-c{c}-s{s}.csv (the 10 000
test scores) written by fdr_exchange.sh, and runs Benjamini-Hochberg on B batches per (class,
seed): the class's 1000 test normals plus 100 anomalies drawn from the other classes' test
images (numpy seed 7919 c + 31 s + b, the same draws in both arms), at Q = 0.05, 0.1, 0.2.
  real:      p-values against the model's held-out scores, as `swan score --fdr` computes them;
  exchanged: held-out and test normal scores pooled, then split again at random into sets of
             the same sizes (exchangeable by construction: BH's guarantee holds exactly).
Prints the mean false discovery proportion of both arms against the bound Q * 1000 / 1100,
per class and overall, with the standard error over the ten classes. The exchanged arm draws
new test normals for every batch, the real arm keeps each class's one test set, so their
spreads differ; a permutation test compares like with like: per seed, the real statistic
(the mean over classes of the mean FDP over the first PERM_BATCHES batches) against R
replicates in which each class's pool is re-split once and that split kept for all its
batches. Writes exch-summary-<DIR name>.json."""
import csv, glob, json, os, re, statistics, sys
import numpy as np

os.chdir(os.path.dirname(os.path.abspath(__file__)))
folder = sys.argv[1] if len(sys.argv) > 1 else "runs/exch-cal0.5"
B = int(os.environ.get("BATCHES", 200))
QS = [0.05, 0.1, 0.2]


def bh(p, q):
    m = len(p)
    s = np.sort(p)
    ok = np.nonzero(s <= q * np.arange(1, m + 1) / m)[0]
    return p <= s[ok[-1]] if len(ok) else np.zeros(m, bool)


def fdps(cal_sorted, test_normals, anomalies):
    """The false discovery proportion of one batch at each Q."""
    p = p_values(cal_sorted, np.concatenate([test_normals, anomalies]))
    out = []
    for q in QS:
        flagged = bh(p, q)
        r = flagged.sum()
        out.append(flagged[: len(test_normals)].sum() / r if r else 0.0)
    return out


def p_values(cal_sorted, scores):
    # (1 + #{cal >= s}) / (n + 1), as swan_score::Calibration computes them.
    n = len(cal_sorted)
    return (1 + n - np.searchsorted(cal_sorted, scores, side="left")) / (n + 1)


fdp = {arm: {q: {} for q in QS} for arm in ("real", "exchanged")}
data = {}
for path in sorted(glob.glob(f"{folder}/cal-c*-s*.json")):
    c, s = map(int, re.findall(r"cal-c(\d+)-s(\d+)\.json", path)[0])
    cal = np.array(json.load(open(path)), dtype=float)
    with open(f"{folder}/test-c{c}-s{s}.csv") as f:
        rows = list(csv.DictReader(f))
    score = np.array([float(r["score"]) for r in rows])
    normal = np.array([r["class"] == str(c) for r in rows])
    normals, others = score[normal], score[~normal]
    pool = np.concatenate([cal, normals])
    data[(c, s)] = (cal, normals, others, pool)
    for b in range(B):
        rng = np.random.default_rng(7919 * c + 31 * s + b)
        anomalies = rng.choice(others, 100, replace=False)
        perm = rng.permutation(len(pool))
        arms = {
            "real": (np.sort(cal), normals),
            "exchanged": (np.sort(pool[perm[: len(cal)]]), pool[perm[len(cal):]]),
        }
        for arm, (cal_sorted, test_normals) in arms.items():
            for q, v in zip(QS, fdps(cal_sorted, test_normals, anomalies)):
                fdp[arm][q].setdefault(c, []).append(v)

summary = {}
print(f"{folder}: {B} batches per (class, seed); FDR in percent, mean (se over classes)")
for q in QS:
    line = [f"Q = {q}: bound {100 * q * 1000 / 1100:.2f}"]
    for arm in ("real", "exchanged"):
        per_class = [statistics.mean(v) for _, v in sorted(fdp[arm][q].items())]
        mean = statistics.mean(per_class)
        se = statistics.stdev(per_class) / len(per_class) ** 0.5
        per_class = [float(v) for v in per_class]
        summary.setdefault(str(q), {})[arm] = {"fdr": float(mean), "se": float(se), "per_class": per_class}
        line.append(f"{arm} {100 * mean:.2f} ({100 * se:.2f})")
    diff = [a - b for a, b in zip(summary[str(q)]["real"]["per_class"], summary[str(q)]["exchanged"]["per_class"])]
    summary[str(q)]["real_minus_exchanged"] = {
        "mean": statistics.mean(diff),
        "se": statistics.stdev(diff) / len(diff) ** 0.5,
    }
    line.append(f"real - exchanged {100 * statistics.mean(diff):+.2f} ({100 * statistics.stdev(diff) / len(diff) ** 0.5:.2f})")
    print("; ".join(line))
    print("   per class real:", [round(100 * float(v), 1) for v in summary[str(q)]["real"]["per_class"]])
    print("   per class exchanged:", [round(100 * float(v), 1) for v in summary[str(q)]["exchanged"]["per_class"]])

# The permutation test, per seed.
R = int(os.environ.get("REPLICATES", 200))
PB = int(os.environ.get("PERM_BATCHES", 30))
classes = sorted({c for c, _ in data})
summary["permutation"] = {"replicates": R, "batches": PB, "seeds": {}}
for s in sorted({s for _, s in data}):
    draws = {c: [np.random.default_rng(7919 * c + 31 * s + b).choice(data[(c, s)][2], 100, replace=False) for b in range(PB)] for c in classes}

    def statistic(split):
        """Mean over classes of the mean FDP over the batches, per Q, given each class's
        (sorted held-out scores, test normal scores)."""
        per_class = []
        for c in classes:
            cal_sorted, test_normals = split(c)
            per_class.append(np.mean([fdps(cal_sorted, test_normals, a) for a in draws[c]], axis=0))
        return np.mean(per_class, axis=0)

    real = statistic(lambda c: (np.sort(data[(c, s)][0]), data[(c, s)][1]))
    null = []
    for r in range(R):
        def resplit(c, r=r):
            cal, normals, _, pool = data[(c, s)]
            perm = np.random.default_rng(104729 * r + 7919 * c + 31 * s).permutation(len(pool))
            return np.sort(pool[perm[: len(cal)]]), pool[perm[len(cal):]]
        null.append(statistic(resplit))
    null = np.array(null)
    rec = {}
    for i, q in enumerate(QS):
        p = (1 + np.sum(null[:, i] >= real[i])) / (R + 1)
        rec[str(q)] = {"real": float(real[i]), "null_mean": float(null[:, i].mean()),
                       "null_sd": float(null[:, i].std()), "p_one_sided": float(p)}
        print(f"seed {s}, Q = {q}: real {100 * real[i]:.2f}, re-split {100 * null[:, i].mean():.2f} "
              f"± {100 * null[:, i].std():.2f} ({R} replicates, {PB} batches each), "
              f"one-sided permutation p = {p:.3f}")
    summary["permutation"]["seeds"][str(s)] = rec
with open(f"exch-summary-{os.path.basename(folder)}.json", "w") as f:
    json.dump(summary, f, indent=1)

# The two score distributions per class, seeds averaged: a two-sample KS test (scipy), the
# share of test normals above the held-out 99th percentile (1 % if exchangeable), and the share
# of held-out scores below the test normals' 1st percentile (1 %; more would point to held-out
# images with near-duplicates in the bank).
try:
    from scipy.stats import ks_2samp
except ImportError:
    ks_2samp = None
dist = {}
for c in classes:
    rows = []
    for s in sorted({s for _, s in data}):
        cal, normals, _, _ = data[(c, s)]
        rows.append([
            ks_2samp(cal, normals).pvalue if ks_2samp else float("nan"),
            np.mean(normals > np.quantile(cal, 0.99)),
            np.mean(cal < np.quantile(normals, 0.01)),
        ])
    m = np.mean(rows, axis=0)
    dist[str(c)] = {"ks_p": float(m[0]), "test_above_q99": float(m[1]), "held_out_below_q01": float(m[2])}
    print(f"class {c}: KS p {m[0]:.3f}, test normals above held-out q99 {100 * m[1]:.2f} %, "
          f"held-out below test q01 {100 * m[2]:.2f} %")
print("held-out below test q01, mean over classes:",
      f"{100 * np.mean([d['held_out_below_q01'] for d in dist.values()]):.2f} %")
summary["distributions"] = dist
with open(f"exch-summary-{os.path.basename(folder)}.json", "w") as f:
    json.dump(summary, f, indent=1)
