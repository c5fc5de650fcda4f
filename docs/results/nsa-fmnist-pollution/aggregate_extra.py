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
