# Parity and speed of swan's scorers against scikit-learn and faiss on identical features.
#
# Needs: pip install numpy scipy scikit-learn faiss-cpu; a built swan (target/release/swan).
# Usage:
#   swan features --data idx:/usr/share/datasets/fashion-mnist --split train --class 0 \
#       --image-size 64 --out train0.safetensors
#   swan features --data idx:/usr/share/datasets/fashion-mnist --split test --image-size 64 \
#       --out test.safetensors
#   swan features --data idx:/usr/share/datasets/fashion-mnist --split train --image-size 64 \
#       --out train_all.safetensors              # the 60 000-row kNN bank (speed)
#   python3 bench/scorers_parity.py --train train0.safetensors --test test.safetensors \
#       --bank train_all.safetensors --normal-class 0 --threads 2 --out parity.json
import argparse, json, os, struct, subprocess, tempfile, time
import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

ap = argparse.ArgumentParser()
ap.add_argument('--train', required=True)
ap.add_argument('--test', required=True)
ap.add_argument('--bank', help='features file for the kNN speed test (e.g. all 60000 training images)')
ap.add_argument('--normal-class', default='0')
ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--swan', default='target/release/swan')
ap.add_argument('--out', default='parity.json')
a = ap.parse_args()
os.environ['OMP_NUM_THREADS'] = str(a.threads)
import faiss  # after OMP_NUM_THREADS
from sklearn.covariance import LedoitWolf
from sklearn.neighbors import LocalOutlierFactor
from sklearn.svm import OneClassSVM
faiss.omp_set_num_threads(a.threads)


def read_features(path):
    b = open(path, 'rb').read()
    n = struct.unpack('<Q', b[:8])[0]
    h = json.loads(b[8:8 + n])
    meta = json.loads(h['__metadata__']['swan-features-file'])
    tap = meta['taps'][0]
    t = h['features.' + tap]
    s, e = t['data_offsets']
    x = np.frombuffer(b[8 + n + s:8 + n + e], dtype='<f4').reshape(t['shape'])
    return x, meta['rows']


def swan_scores(scorer, extra=()):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 's.csv')
        r = subprocess.run([a.swan, 'score', '--features', a.train, '--query', a.test, '--scorer', scorer,
                            '--threads', str(a.threads), '--out', out, *extra], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(r.stderr)
        fit = float(next((l.split()[1] for l in r.stderr.splitlines() if l.startswith('fit_seconds')), 'nan'))
        score = float(next((l.split()[1] for l in r.stderr.splitlines() if l.startswith('score_seconds')), 'nan'))
        s = np.array([float(l.split(',')[1]) for l in open(out).read().splitlines()[1:]])
        return s, fit, score


xtr, _ = read_features(a.train)
xte, rows = read_features(a.test)
# scikit-learn keeps float32 input in float32, and its float32 Ledoit-Wolf precision matrix is
# visibly inexact at d = 1280 (Spearman 0.976 against its own float64 result); the references
# are therefore computed in float64, as swan computes covariances.
xtr64, xte64 = xtr.astype(np.float64), xte.astype(np.float64)
labels = np.array([r['class'] != a.normal_class for r in rows], dtype=int)
res = {'train': list(xtr.shape), 'test': list(xte.shape), 'threads': a.threads, 'scorers': {}}


def compare(name, ref, ref_fit, swan_args=(), ref_score_time=None):
    s, fit, score = swan_scores(name, swan_args)
    rho = spearmanr(s, ref).correlation
    au_s, au_r = roc_auc_score(labels, s), roc_auc_score(labels, ref)
    res['scorers'][name] = {'spearman': rho, 'auroc_swan': au_s, 'auroc_ref': au_r, 'auroc_diff': abs(au_s - au_r),
                            'fit_seconds_swan': fit, 'fit_seconds_ref': ref_fit, 'score_seconds_swan': score,
                            'score_seconds_ref': ref_score_time}
    print(f'{name:12s} spearman {rho:.6f}  AUROC swan {au_s:.4f} ref {au_r:.4f}  fit swan {fit:.2f}s ref {ref_fit:.2f}s')


# kNN (k=2, L2) against faiss IndexFlatL2: distances, relative error.
t = time.time(); idx = faiss.IndexFlatL2(xtr.shape[1]); idx.add(np.ascontiguousarray(xtr)); d, _ = idx.search(xte, 2)
faiss_time = time.time() - t
ref = np.sqrt(np.maximum(d, 0)).mean(1)
s, _, score = swan_scores('knn', ('--k', '2'))
rel = np.abs(s - ref) / np.maximum(np.abs(ref), 1e-12)
res['scorers']['knn'] = {'max_relative_error_vs_faiss': float(rel.max()), 'median_relative_error': float(np.median(rel)),
                         'auroc_swan': roc_auc_score(labels, s), 'auroc_ref': roc_auc_score(labels, ref)}
print(f'knn          max rel err vs faiss {rel.max():.2e}  AUROC {roc_auc_score(labels, s):.4f}')

t = time.time(); lw = LedoitWolf().fit(xtr64); fit = time.time() - t
compare('mahalanobis', lw.mahalanobis(xte64), fit)
t = time.time(); lof = LocalOutlierFactor(n_neighbors=20, novelty=True).fit(xtr64); fit = time.time() - t
compare('lof', -lof.score_samples(xte64), fit)
t = time.time(); svm = OneClassSVM(nu=0.5, kernel='rbf', gamma='scale').fit(xtr64); fit = time.time() - t
compare('ocsvm', -svm.decision_function(xte64), fit)

if a.bank:
    xb, _ = read_features(a.bank)
    idx = faiss.IndexFlatL2(xb.shape[1]); idx.add(np.ascontiguousarray(xb))
    t = time.time(); idx.search(xte, 2); ft = time.time() - t
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([a.swan, 'score', '--features', a.bank, '--query', a.test, '--scorer', 'knn', '--k', '2',
                            '--threads', str(a.threads), '--out', os.path.join(d, 's.csv')], capture_output=True, text=True)
    st = float(next(l.split()[1] for l in r.stderr.splitlines() if l.startswith('score_seconds')))
    res['knn_speed'] = {'bank': list(xb.shape), 'queries': len(xte), 'faiss_queries_per_s': len(xte) / ft,
                        'swan_queries_per_s': len(xte) / st, 'ratio': ft / st}
    print(f'knn speed    swan {len(xte)/st:.0f} q/s  faiss {len(xte)/ft:.0f} q/s  ratio {ft/st:.2f}')
json.dump(res, open(a.out, 'w'), indent=2)
print('written', a.out)
