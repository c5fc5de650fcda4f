"""An objective (default SC(-), simclr-shifted) with both NSA normalisations against plain on all ten classes:
classes 3-9 from this folder (run.sh with SPLITS=3,...,9 OUTDIR=classes3-9), classes 0-2 from
the objectives folder (each class's network and pollution draw do not depend on which classes
run), for every seed both folders hold. Mean AUROC over the ten classes per scoring and seed.
Writes summary.txt here (summary-OBJECTIVE.txt for another objective).
Usage (from this folder): python3 aggregate.py [OBJECTIVE]"""
import json, os, statistics as st
import sys

OBJECTIVE = sys.argv[1] if len(sys.argv) > 1 else 'simclr-shifted'


HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)


def path(d, v, seed, sc):
    return f'{d}/{OBJECTIVE}-{v}-s{seed}-{sc}.json'


seeds = [s for s in range(10)
         if all(os.path.exists(path(d, v, s, sc)) for d in [UP, HERE]
                for v in ['nsa', 'plain'] for sc in ['kcos', 'other', 'knn'])]
lines = []
table = {}
for seed in seeds:
    for v in ['nsa', 'plain']:
        for sc in ['kcos', 'other', 'knn']:
            per = {}
            wall = 0.0
            for d in [UP, HERE]:
                r = json.load(open(path(d, v, seed, sc)))
                per.update({s['name']: 100 * s['auroc'] for s in r['splits']})
                wall += r['timings']['total_seconds']
            assert sorted(per) == [str(c) for c in range(10)], sorted(per)
            mean = sum(per.values()) / 10
            table[(seed, v, sc)] = (per, mean)
            cls = ', '.join(f'{c} {per[str(c)]:.2f}' for c in range(10))
            lines.append(f'seed {seed} {v:5s} {sc:5s}: mean {mean:6.2f}; {cls}; {wall:.0f} s')
    for sc, what in [('kcos', 'defaults (k-Cos)'), ('knn', 'cosine 1-NN')]:
        a, b = table[(seed, 'nsa', sc)], table[(seed, 'plain', sc)]
        ahead = sum(a[0][str(c)] > b[0][str(c)] for c in range(10))
        lines.append(f'seed {seed} NSA - plain, {what}: {a[1] - b[1]:+.2f} (NSA ahead on {ahead} of 10 classes)')
    norm = table[(seed, 'nsa', 'kcos')][1] - table[(seed, 'plain', 'other')][1]
    raw = table[(seed, 'nsa', 'other')][1] - table[(seed, 'plain', 'kcos')][1]
    lines.append(f'seed {seed} NSA - plain, both normalised: {norm:+.2f}; both raw: {raw:+.2f}')
    lines.append('')
if len(seeds) > 1:
    for v in ['nsa', 'plain']:
        for sc in ['kcos', 'other', 'knn']:
            m = [table[(s, v, sc)][1] for s in seeds]
            lines.append(f'seeds {seeds} {v:5s} {sc:5s}: {st.mean(m):6.2f} ± {st.stdev(m):4.2f}')
    d = [table[(s, 'nsa', 'kcos')][1] - table[(s, 'plain', 'kcos')][1] for s in seeds]
    lines.append(f'seeds {seeds} NSA - plain, defaults: {st.mean(d):+.2f} (per seed '
                 + ' / '.join(f'{x:+.2f}' for x in d) + ')')
text = '\n'.join(lines)
print(text)
name = 'summary.txt' if OBJECTIVE == 'simclr-shifted' else f'summary-{OBJECTIVE}.txt'
open(f'{HERE}/{name}', 'w').write(text + '\n')
