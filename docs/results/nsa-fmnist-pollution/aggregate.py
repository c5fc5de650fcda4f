import json, glob, statistics as st, os, re, sys
rows = {}
for f in sorted(glob.glob('./*-s[0-9]-*.json')):
    if f.endswith('.splits.json'): continue
    m = re.match(r'.*/(nsa|plain|untrained)-s(\d)-(kcosc|kcos|knn|ccos)\.json', f)
    if not m: continue
    v, seed, sc = m.group(1), int(m.group(2)), m.group(3)
    r = json.load(open(f))
    per = {s['name']: 100 * s['auroc'] for s in r['splits']}
    rows[(v, sc, seed)] = (per, 100 * r['mean']['auroc'], r['timings']['total_seconds'])
out = {}
for v in ['nsa', 'plain', 'untrained']:
    for sc in ['kcos', 'kcosc', 'knn', 'ccos']:
        seeds = sorted(s for (vv, ss, s) in rows if vv == v and ss == sc)
        if not seeds: continue
        means = [rows[(v, sc, s)][1] for s in seeds]
        classes = sorted(rows[(v, sc, seeds[0])][0])
        per_class = {c: [rows[(v, sc, s)][0][c] for s in seeds] for c in classes}
        sd = st.stdev(means) if len(means) > 1 else float('nan')
        print(f"{v:5s} {sc:5s} seeds {seeds}: mean AUROC {st.mean(means):6.2f} ± {sd:5.2f} (per seed {', '.join(f'{x:.2f}' for x in means)}); per class " +
              ', '.join(f"{c}: {st.mean(x):.2f}±{(st.stdev(x) if len(x)>1 else 0):.2f}" for c, x in per_class.items()))
        out[f"{v}-{sc}"] = dict(seeds=seeds, per_seed_mean=means, mean=st.mean(means), std=sd,
                                per_class={c: x for c, x in per_class.items()},
                                seconds=[rows[(v, sc, s)][2] for s in seeds])
if len(sys.argv) > 1:
    json.dump(out, open(sys.argv[1], 'w'), indent=1)
