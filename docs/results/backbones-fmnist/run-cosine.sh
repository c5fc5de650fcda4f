#!/bin/bash
# DN2 with the cosine distance (k = 2) per backbone, Fashion-MNIST one-vs-rest at 64 px: the
# setting docs/choosing-a-method.md recommends (Lite0: 94.28 in ../../../BENCHMARKS.md).
# Usage (from this directory): [S=path/to/swan] [BACKBONES="0 1 2"] [SIZE=64] bash run-cosine.sh
S=${S:-swan}
SIZE=${SIZE:-64}
for n in ${BACKBONES:-0 1 2}; do
  out=cosine-lite$n-$SIZE.json
  [ -f $out ] || /usr/bin/time -f "%e s wall, %M KB" $S eval --method dn2 --metric cosine \
    --backbone efficientnet-lite$n --data idx:/usr/share/datasets/fashion-mnist \
    --protocol one-vs-rest --image-size $SIZE --k 2 --threads ${THREADS:-2} --no-progress \
    --out $out > cosine-lite$n-$SIZE.txt 2>&1
done
