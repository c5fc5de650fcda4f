#!/bin/bash
# DN2 (k = 2, L2, pooled features) on Fashion-MNIST one-vs-rest at 64 px with each
# EfficientNet-Lite backbone; the foundation issue's Lite0 run is the first line. Weights:
# `swan weights fetch --backbone efficientnet-liteN`. Usage (from this directory):
# [S=path/to/swan] [BACKBONES="0 1 2"] [SIZE=64] bash run.sh
S=${S:-swan}
SIZE=${SIZE:-64}
for n in ${BACKBONES:-0 1 2}; do
  out=lite$n-$SIZE.json
  [ -f $out ] || /usr/bin/time -f "%e s wall, %M KB" $S eval --method dn2 --backbone efficientnet-lite$n \
    --data idx:/usr/share/datasets/fashion-mnist --protocol one-vs-rest --image-size $SIZE --k 2 \
    --threads ${THREADS:-2} --no-progress --no-cache --out $out > lite$n-$SIZE.txt 2>&1
done
