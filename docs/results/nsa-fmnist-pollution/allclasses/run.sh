#!/bin/bash
# The other seven classes: the 20-epoch budget of ../layers (p = 0.1; width 0.125 at 28x28;
# SimSiam; NSA vs plain) on classes 3-9, seed 0, so that with ../layers' classes 0-2 (same build,
# same seed; each class's network and pollution draw do not depend on which classes run) seed 0
# covers all ten classes. k-Cos trains; cosine 1-NN and c-Cos rescore (--resume); then
# rescore.sh. The loop: ../train_rescore.sh.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0"] bash run.sh
# Seeds 1 and 2 of projection-only and plain (thirteenth session):
#   VARIANTS="proj plain" SEEDS="1 2" bash run.sh
SPLITS=3,4,5,6,7,8,9 SEEDS=${SEEDS:-0} exec bash "$(dirname "$0")/../train_rescore.sh"
