#!/bin/bash
# Peak memory of `swan score --features` reading 82 MB of embeddings (20 000 x 1024 float32)
# as .npy, Fortran-ordered .npy, .npz and plain safetensors (BENCHMARKS.md, "Memory to read
# embeddings"). Needs numpy and safetensors (pip install numpy safetensors) and GNU time.
# Usage: SWAN=target/release/swan bash bench/embeddings_memory.sh [WORKDIR]
set -euo pipefail
SWAN=$(realpath "${SWAN:-target/release/swan}")
W=${1:-$(mktemp -d)}; mkdir -p "$W"; cd "$W"
python3 - <<'PY'
import numpy as np
from safetensors.numpy import save_file
r = np.random.default_rng(0)
b = r.standard_normal((20000, 1024)).astype(np.float32)
q = r.standard_normal((100, 1024)).astype(np.float32)
np.save("big.npy", b); np.save("q.npy", q); np.save("bigF.npy", np.asfortranarray(b))
np.savez("big.npz", emb=b, labels=np.zeros(20000, np.int64)); np.savez("q.npz", emb=q)
save_file({"emb": b}, "big.safetensors"); save_file({"emb": q}, "q.safetensors")
PY
for f in big.npy bigF.npy big.npz big.safetensors; do
  q=q.${f#*.}
  /usr/bin/time -f "$f: peak RSS %M KB, wall %e s" "$SWAN" score --features $f --query $q \
    --out scores.csv --threads 2 --no-progress 2>&1 | grep "peak RSS"
done
