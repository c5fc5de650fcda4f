"""NSA's two normalisations per self-supervised objective (run.sh here): mean AUROC over the
three normal classes per seed, mean ± sd over seeds, NSA - plain per seed. Scorers: kcos (each
network on its default embedding), other (k-Cos on the other embedding, rescore.sh: NSA raw,
plain normalised), knn (cosine 1-NN). Writes summary.txt."""
import json, glob, re, statistics as st

rows = {}
for f in sorted(glob.glob('./*-s[0-9]-*.json')):
    m = re.match(r'.*/(simsiam|simclr-shifted|simclr|byol)-(nsa|plain)-s(\d)-(kcos|knn|other)\.json$', f)
    if not m:
        continue
    obj, v, seed, sc = m.group(1), m.group(2), int(m.group(3)), m.group(4)
    r = json.load(open(f))
    per = {s['name']: 100 * s['auroc'] for s in r['splits']}
    rows[(obj, v, sc, seed)] = (per, 100 * r['mean']['auroc'], r['timings']['total_seconds'])

lines = []
def say(s=''):
    print(s); lines.append(s)

sd = lambda x: st.stdev(x) if len(x) > 1 else float('nan')
for obj in ['simsiam', 'simclr', 'simclr-shifted', 'byol']:
    for sc in ['kcos', 'other', 'knn']:
        per_v = {}
        for v in ['nsa', 'plain']:
            seeds = sorted(s for (o, vv, ss, s) in rows if (o, vv, ss) == (obj, v, sc))
            if not seeds:
                continue
            means = [rows[(obj, v, sc, s)][1] for s in seeds]
            per_v[v] = dict(zip(seeds, means))
            classes = sorted(rows[(obj, v, sc, seeds[0])][0])
            pc = ', '.join(f"{c} {st.mean(rows[(obj, v, sc, s)][0][c] for s in seeds):.2f}" for c in classes)
            secs = [rows[(obj, v, sc, s)][2] for s in seeds]
            say(f"{obj:7s} {v:5s} {sc:4s} seeds {seeds}: {st.mean(means):6.2f} ± {sd(means):5.2f} "
                f"(per seed {' / '.join(f'{x:.2f}' for x in means)}); per class {pc}; "
                f"{min(secs):.0f}-{max(secs):.0f} s")
    # NSA - plain on the default embeddings (the claim's comparison), and on the same
    # embedding: both l2-normalised (NSA default, plain rescored), both raw.
    def seed_means(v, sc):
        return {s: rows[(obj, v, sc, s)][1] for (o, vv, ss, s) in rows if (o, vv, ss) == (obj, v, sc)}
    for label, (a, b) in {'defaults': (('nsa', 'kcos'), ('plain', 'kcos')),
                          'both normalised': (('nsa', 'kcos'), ('plain', 'other')),
                          'both raw': (('nsa', 'other'), ('plain', 'kcos')),
                          'cosine 1-NN': (('nsa', 'knn'), ('plain', 'knn'))}.items():
        x, y = seed_means(*a), seed_means(*b)
        common = sorted(set(x) & set(y))
        d = [x[s] - y[s] for s in common]
        if d:
            say(f"{obj:7s} NSA - plain, {label:15s} seeds {common}: {st.mean(d):+6.2f} ± {sd(d):5.2f} "
                f"(per seed {' / '.join(f'{v:+.2f}' for v in d)})")
    say()
open('summary.txt', 'w').write('\n'.join(lines) + '\n')
