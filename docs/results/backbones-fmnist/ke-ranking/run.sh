#!/bin/bash
# KE's ranking step with each EfficientNet-Lite backbone: `swan audit transforms` on the first
# 1000 training images per Fashion-MNIST class at 64 px, the default 12-transform bank, seed 0.
# Usage (from this directory): [S=path/to/swan] [BACKBONES="0 1 2"] bash run.sh; then
# python3 compare.py
S=${S:-swan}
for n in ${BACKBONES:-0 1 2}; do
  [ -f lite$n-64.json ] || $S --threads ${THREADS:-2} audit transforms \
    --data idx:/usr/share/datasets/fashion-mnist --image-size 64 \
    --backbone efficientnet-lite$n --no-progress -o lite$n-64.json
done
