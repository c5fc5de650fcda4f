"""SC(-) (simclr-shifted) with both NSA normalisations against plain on all ten classes, seed 0:
classes 3-9 from this folder (run.sh with SPLITS=3,...,9 OUTDIR=classes3-9), classes 0-2 from
the objectives folder (each class's network and pollution draw do not depend on which classes
run). Mean AUROC over the ten classes per scoring. Writes summary.txt here.
Usage (from this folder): python3 aggregate.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
UP = os.path.dirname(HERE)
lines = []
table = {}
for v in ['nsa', 'plain']:
    for sc in ['kcos', 'other', 'knn']:
        per = {}
        wall = 0.0
        for d in [UP, HERE]:
            r = json.load(open(f'{d}/simclr-shifted-{v}-s0-{sc}.json'))
            per.update({s['name']: 100 * s['auroc'] for s in r['splits']})
            wall += r['timings']['total_seconds']
        assert sorted(per) == [str(c) for c in range(10)], sorted(per)
        mean = sum(per.values()) / 10
        table[(v, sc)] = (per, mean)
        cls = ', '.join(f'{c} {per[str(c)]:.2f}' for c in range(10))
        lines.append(f'{v:5s} {sc:5s}: mean {mean:6.2f}; {cls}; {wall:.0f} s')
for sc, what in [('kcos', 'defaults (k-Cos)'), ('knn', 'cosine 1-NN')]:
    a, b = table[('nsa', sc)], table[('plain', sc)]
    ahead = sum(a[0][str(c)] > b[0][str(c)] for c in range(10))
    lines.append(f'NSA - plain, {what}: {a[1] - b[1]:+.2f} (NSA ahead on {ahead} of 10 classes)')
norm = table[('nsa', 'kcos')][1] - table[('plain', 'other')][1]
raw = table[('nsa', 'other')][1] - table[('plain', 'kcos')][1]
lines.append(f'NSA - plain, both normalised: {norm:+.2f}; both raw: {raw:+.2f}')
text = '\n'.join(lines)
print(text)
open(f'{HERE}/summary.txt', 'w').write(text + '\n')
