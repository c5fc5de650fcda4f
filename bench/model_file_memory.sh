#!/bin/bash
# Peak memory of writing and reading a large model file: DN2 (k 2) fitted on all 60 000
# Fashion-MNIST training images at 64 px (a 60 000 x 1280 memory bank, a 326 MB model file),
# then scoring the 10 000 test images with it (BENCHMARKS.md, "Memory to write and read model
# files"). Run it twice: the first run encodes the images into swan's feature cache, the
# second measures fit and score from the warm cache. Needs the dataset
# (apt-get install dataset-fashion-mnist), the Lite0 weights (swan weights fetch) and GNU time.
# Usage: SWAN=target/release/swan bash bench/model_file_memory.sh [WORKDIR]
set -euo pipefail
SWAN=$(realpath "${SWAN:-target/release/swan}")
DATA=${DATA:-idx:/usr/share/datasets/fashion-mnist}
W=${1:-$(mktemp -d)}; mkdir -p "$W"; cd "$W"
/usr/bin/time -f "fit: peak RSS %M KB, wall %e s" "$SWAN" --threads 2 --no-progress fit \
  --method dn2 --data "$DATA" --image-size 64 --k 2 --out dn2-60k.swan 2>&1 | grep "peak RSS"
ls -l dn2-60k.swan | awk '{print "model file: " $5 " bytes"}'
/usr/bin/time -f "score: peak RSS %M KB, wall %e s" "$SWAN" --threads 2 --no-progress score \
  --model dn2-60k.swan --data "$DATA" --split test --out scores.csv 2>&1 | grep "peak RSS"
md5sum scores.csv
