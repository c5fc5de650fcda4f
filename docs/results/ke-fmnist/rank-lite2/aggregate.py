"""KE ranked on Lite2's features (run.sh here) against KE ranked on Lite0's and the fixed policy
(../run.sh), the same seeds and protocols: mean AUROC over the ten classes per seed, mean ± sd
over seeds, and the classes whose AUROC moved by 0.005 points or more, both ways (a class
whose chosen transforms are the same moves less: its views are encoded in other batches).
Usage (from the repository root): python3 docs/results/ke-fmnist/rank-lite2/aggregate.py"""
import json, os, statistics as st

HERE = os.path.dirname(os.path.abspath(__file__))
KE = os.path.dirname(HERE)
lines = []
for key in ['sad', 'ssa', 'ssa-normal']:
    rows = {}
    for name, path in [('ke (Lite0 ranks)', f'{KE}/ke-{key}-s{{}}.json'),
                       ('ke-fixed', f'{KE}/ke-fixed-{key}-s{{}}.json'),
                       ('ke (Lite2 ranks)', f'{HERE}/ke-lite2rank-{key}-s{{}}.json')]:
        for seed in range(3):
            p = path.format(seed)
            if os.path.exists(p):
                rows.setdefault(name, {})[seed] = json.load(open(p))
    if 'ke (Lite2 ranks)' not in rows:
        continue
    lines.append(f'## {key}')
    seeds = sorted(rows['ke (Lite2 ranks)'])
    for name, by_seed in rows.items():
        means = [100 * by_seed[s]['mean']['auroc'] for s in seeds if s in by_seed]
        sd = st.stdev(means) if len(means) > 1 else 0.0
        per = ' / '.join(f'{m:.2f}' for m in means)
        lines.append(f'{name:18s} seeds {seeds}: {st.mean(means):6.2f} ± {sd:4.2f} (per seed {per})')
    diff = [100 * (rows['ke (Lite2 ranks)'][s]['mean']['auroc'] - rows['ke (Lite0 ranks)'][s]['mean']['auroc']) for s in seeds]
    lines.append(f'Lite2 - Lite0 ranking: {st.mean(diff):+.2f} (per seed ' + ' / '.join(f'{d:+.2f}' for d in diff) + ')')
    for s in seeds:
        a, b = rows['ke (Lite0 ranks)'][s], rows['ke (Lite2 ranks)'][s]
        changed = [(x['name'], 100 * x['auroc'], 100 * y['auroc']) for x, y in zip(a['splits'], b['splits'])
                   if abs(x['auroc'] - y['auroc']) >= 5e-5]  # 0.005 points: a batch's composition moves features in their last digits
        lines.append(f'  seed {s}: classes whose AUROC moved (Lite0 -> Lite2 ranking): '
                     + (', '.join(f'{c} {u:.2f} -> {v:.2f}' for c, u, v in changed) or 'none'))
    lines.append('')
text = '\n'.join(lines)
print(text)
open(f'{HERE}/summary.txt', 'w').write(text + '\n')
