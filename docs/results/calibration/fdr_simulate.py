"""What fdr.sh's design gives when every assumption of the Benjamini-Hochberg guarantee holds
exactly: per "class", one fixed set of 1000 normal test scores, 3 draws of n held-out normal
scores and 3 draws of 100 anomalies per held-out draw (scores N(0, 1) for normals and N(mu, 1)
for anomalies, mu set from DN2's per-class AUROC on Fashion-MNIST), BH at Q on the conformal
p-values of each batch of 1100. Prints, over 300 repetitions of the whole design, the mean,
sd and upper percentiles of the design's mean false discovery proportion, for comparison with
the measured one. `python3 fdr_simulate.py N Q` (e.g. 3000 0.2)."""
import numpy as np, sys
from scipy.stats import norm
rng=np.random.default_rng(1)
aurocs=[.858,.988,.911,.907,.898,.969,.772,.956,.902,.935]
mus=[np.sqrt(2)*norm.ppf(a) for a in aurocs]
def bh(p,q):
    m=len(p); s=np.sort(p); ok=np.nonzero(s<=q*np.arange(1,m+1)/m)[0]
    return p<=s[ok[-1]] if len(ok) else np.zeros(m,bool)
def design(n,q):
    fd=[]
    for mu in mus:
        test=rng.standard_normal(1000)
        for s in range(3):
            cal=np.sort(rng.standard_normal(n))
            for d in range(3):
                an=rng.standard_normal(100)+mu
                sc=np.concatenate([test,an])
                p=(1+n-np.searchsorted(cal,sc,side='left'))/(n+1)
                f=bh(p,q); R=f.sum(); V=f[:1000].sum()
                fd.append(V/R if R else 0)
    return np.mean(fd)
n=int(sys.argv[1]); q=float(sys.argv[2])
vals=np.array([design(n,q) for _ in range(300)])
line = (f"n={n} q={q}: bound {q*1000/1100:.4f}; mean {vals.mean():.4f}, sd {vals.std():.4f}, "
        f"95th {np.percentile(vals, 95):.4f}, 99th {np.percentile(vals, 99):.4f}")
if len(sys.argv) > 3:  # the measured mean FDP: how often the exact design reaches it
    line += f", P(>= {sys.argv[3]}) {np.mean(vals >= float(sys.argv[3])):.3f}"
print(line)
