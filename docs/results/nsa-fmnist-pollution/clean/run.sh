#!/bin/bash
# Robustness to pollution, the NSA paper's thesis: the 20-epoch budget of ../run.sh (classes 0,
# 1, 2; width 0.125 at 28x28; SimSiam; seeds 0, 1, 2) with CLEAN training sets (p = 0: the first
# 1500 training images of the normal class, none replaced by anomalies), for both NSA
# normalisations, neither (plain) and the projection normalisation alone; k-Cos (trains), then
# c-Cos on the same networks. Compared with the p = 0.1 runs of ../layers (nsa, plain) and
# ../ablation (proj): the drop from p = 0 to p = 0.1 per variant. Skips reports that exist.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] bash run.sh
POLLUTION=0 VARIANTS="${VARIANTS:-nsa plain proj}" RESCORE=ccos exec bash "$(dirname "$0")/../train_rescore.sh"
