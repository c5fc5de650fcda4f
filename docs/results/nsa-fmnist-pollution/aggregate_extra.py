"""Tables of the layer-ensemble (layers/) and one-normalisation (ablation/) runs: mean AUROC
over classes 0-2, mean ± sd over seeds, per seed; run from this directory."""
import json, glob, re, statistics as st

def load(pattern, rx):
    rows = {}
    for f in sorted(glob.glob(pattern)):
        if f.endswith('.splits.json'):
            continue
        m = re.match(rx, f)
        if not m:
            continue
        r = json.load(open(f))
        rows[(m.group(1), m.group(3), int(m.group(2)))] = (
            100 * r['mean']['auroc'], {s['name']: 100 * s['auroc'] for s in r['splits']})
    return rows

def table(title, rows, variants, scorers):
    print(f"\n{title}\n")
    print('| embeddings | ' + ' | '.join(scorers) + ' |')
    print('|---|' + '---|' * len(scorers))
    for v in variants:
        cells = []
        for sc in scorers:
            seeds = sorted(s for (vv, ss, s) in rows if vv == v and ss == sc)
            if not seeds:
                cells.append('—')
                continue
            means = [rows[(v, sc, s)][0] for s in seeds]
            sd = f" ± {st.stdev(means):.2f}" if len(means) > 1 else ''
            cells.append(f"{st.mean(means):.2f}{sd} ({' / '.join(f'{x:.2f}' for x in means)})")
        print(f"| {v} | " + ' | '.join(cells) + ' |')

layers = load('layers/*.json', r'.*/(nsa|plain)-s(\d)-(kcos-l4|kcos-l34|kcos-l234|knn-l34)\.json')
table('layer ensembles (mean ± sd over seeds, then per seed)', layers, ['nsa', 'plain'],
      ['kcos-l4', 'kcos-l34', 'kcos-l234', 'knn-l34'])
abl = load('ablation/*.json', r'.*/(nsa|enc|proj|plain)-s(\d)-(kcos|knn|ccos)\.json')
abl.update({(v, 'kcos', s): x for (v, sc, s), x in layers.items() if sc == 'kcos-l4'})
table('one normalisation at a time (k-Cos / cosine 1-NN / c-Cos)', abl,
      ['nsa', 'enc', 'proj', 'plain'], ['kcos', 'knn', 'ccos'])

# Training × scored embedding: the default scoring (NSA: normalised, plain: raw; k-Cos from
# layers/, c-Cos from ablation/) and the other one (scored/, --score-normalized).
both = {}
for (v, sc, s), x in layers.items():
    if sc == 'kcos-l4':
        both[(f"{v}, scored {'normalised' if v == 'nsa' else 'raw'}", 'kcos', s)] = x
for (v, sc, s), x in load('ablation/*.json', r'.*/(nsa|plain)-s(\d)-(ccos)\.json').items():
    both[(f"{v}, scored {'normalised' if v == 'nsa' else 'raw'}", sc, s)] = x
for (v, sc, s), x in load('scored/*.json', r'.*/(nsa|plain)-s(\d)-(kcos|ccos)\.json').items():
    both[(f"{v}, scored {'raw' if v == 'nsa' else 'normalised'}", sc, s)] = x
table('training x scored embedding (k-Cos / c-Cos)', both,
      ['nsa, scored normalised', 'plain, scored normalised', 'nsa, scored raw', 'plain, scored raw'],
      ['kcos', 'ccos'])

for d in ['allclasses', 'width025']:
    rows = load(f'{d}/*.json', r'.*/(nsa|plain)-s(\d)-(kcos|knn|ccos)\.json')
    if not rows:
        continue
    print(f"\n{d}: mean AUROC over its classes, and per class\n")
    for (v, sc, s), (mean, per) in sorted(rows.items()):
        print(f"{v:5s} {sc:4s} s{s}: {mean:.2f}  " + ', '.join(f"{c}: {a:.2f}" for c, a in per.items()))

# Seed 0 on all ten classes: classes 0-2 from layers/ablation/scored, 3-9 from allclasses/.
def per_class(path):
    try:
        r = json.load(open(path))
    except FileNotFoundError:
        return None
    return {s['name']: 100 * s['auroc'] for s in r['splits']}

ten = {
    'nsa, scored normalised (default)': ('layers/nsa-s0-kcos-l4.json', 'ablation/nsa-s0-ccos.json',
                                         'allclasses/nsa-s0-kcos.json', 'allclasses/nsa-s0-ccos.json'),
    'plain, scored raw (default)': ('layers/plain-s0-kcos-l4.json', 'ablation/plain-s0-ccos.json',
                                    'allclasses/plain-s0-kcos.json', 'allclasses/plain-s0-ccos.json'),
    'nsa, scored raw': ('scored/nsa-s0-kcos.json', 'scored/nsa-s0-ccos.json',
                        'allclasses/nsa-s0-other-kcos.json', 'allclasses/nsa-s0-other-ccos.json'),
    'projection only, raw': ('ablation/proj-s0-kcos.json', 'ablation/proj-s0-ccos.json',
                             'allclasses/proj-s0-kcos.json', 'allclasses/proj-s0-ccos.json'),
    'plain, scored normalised': ('scored/plain-s0-kcos.json', 'scored/plain-s0-ccos.json',
                                 'allclasses/plain-s0-other-kcos.json',
                                 'allclasses/plain-s0-other-ccos.json'),
}
print("\nseed 0, all ten classes: mean AUROC (k-Cos / c-Cos), then k-Cos per class 0..9\n")
for name, (k03, c03, k39, c39) in ten.items():
    parts = [per_class(p) for p in (k03, c03, k39, c39)]
    if any(p is None for p in parts):
        continue
    k = {**parts[0], **parts[2]}
    c = {**parts[1], **parts[3]}
    print(f"| {name} | {st.mean(k.values()):.2f} | {st.mean(c.values()):.2f} | "
          + ' / '.join(f"{k[str(i)]:.1f}" for i in range(10)) + ' |')

# Robustness to pollution (clean/): the same variants trained on clean training sets (p = 0),
# against the p = 0.1 networks (abl: layers/ + ablation/); the drop is p = 0 minus p = 0.1.
clean = load('clean/*.json', r'.*/(nsa|proj|plain)-s(\d)-(kcos|ccos)\.json')
if clean:
    print('\nclean (p = 0) against polluted (p = 0.1): mean AUROC over classes 0-2, mean ± sd '
          'over seeds; drop = p 0 - p 0.1 (per seed)\n')
    print('| training | scorer | p = 0 | p = 0.1 | drop |')
    print('|---|---|---|---|---|')
    for v in ['nsa', 'proj', 'plain']:
        for sc in ['kcos', 'ccos']:
            seeds = sorted(s for (vv, ss, s) in clean if vv == v and ss == sc and (v, sc, s) in abl)
            if not seeds:
                continue
            c = [clean[(v, sc, s)][0] for s in seeds]
            p = [abl[(v, sc, s)][0] for s in seeds]
            d = [a - b for a, b in zip(c, p)]
            f = lambda xs: f"{st.mean(xs):.2f}" + (f" ± {st.stdev(xs):.2f}" if len(xs) > 1 else '')
            print(f"| {v} | {sc} | {f(c)} | {f(p)} | {f(d)} ({' / '.join(f'{x:+.2f}' for x in d)}) |")

# Projection-only against plain on all ten classes, every seed with classes 3-9 in allclasses/
# (classes 0-2 from ablation/ and layers/): mean over the ten classes per seed, classes won.
def ten_classes(variant, seed, scorer):
    k03 = {('proj', 'kcos'): f'ablation/proj-s{seed}-kcos.json',
           ('proj', 'ccos'): f'ablation/proj-s{seed}-ccos.json',
           ('plain', 'kcos'): f'layers/plain-s{seed}-kcos-l4.json',
           ('plain', 'ccos'): f'ablation/plain-s{seed}-ccos.json',
           ('nsa', 'kcos'): f'layers/nsa-s{seed}-kcos-l4.json',
           ('nsa', 'ccos'): f'ablation/nsa-s{seed}-ccos.json'}[(variant, scorer)]
    a, b = per_class(k03), per_class(f'allclasses/{variant}-s{seed}-{scorer}.json')
    return None if a is None or b is None else {**a, **b}

def against_plain(variant, title, per_class_values=False):
    """variant against plain SimSiam on all ten classes: mean over classes per seed, classes won."""
    print(f'\n{title}, all ten classes, per seed (mean over classes; classes where {variant} is ahead)\n')
    for sc in ['kcos', 'ccos']:
        rows = []
        for seed in range(3):
            p, q = ten_classes(variant, seed, sc), ten_classes('plain', seed, sc)
            if p is None or q is None:
                continue
            ahead = sum(p[c] > q[c] for c in p)
            rows.append((seed, st.mean(p.values()), st.mean(q.values()), ahead))
            print(f"{sc} seed {seed}: {variant} {rows[-1][1]:.2f}  plain {rows[-1][2]:.2f}  "
                  f"diff {rows[-1][1] - rows[-1][2]:+.2f}  ahead on {ahead}/10"
                  + ('  ' + ' / '.join(f"{p[str(i)]:.1f}" for i in range(10)) if per_class_values else ''))
        if len(rows) > 1:
            ps, qs = [r[1] for r in rows], [r[2] for r in rows]
            print(f"{sc} mean over seeds: {variant} {st.mean(ps):.2f} ± {st.stdev(ps):.2f}  "
                  f"plain {st.mean(qs):.2f} ± {st.stdev(qs):.2f}")


against_plain('proj', 'projection-only vs plain')
# The claim's comparison: NSA (both normalisations) against plain SimSiam, every seed with
# classes 3-9 of both in allclasses/ (fourteenth session: NSA seeds 1 and 2).
against_plain('nsa', 'NSA vs plain', per_class_values=True)
