#!/bin/bash
# Twice the width: the 20-epoch budget of ../layers (classes 0, 1, 2; p = 0.1; 28x28; SimSiam;
# NSA vs plain) with a width-0.25 ResNet-18 (16-128 channels, 128-d embedding; four times the
# compute of width 0.125), seed 0. k-Cos trains; cosine 1-NN and c-Cos rescore (--resume); then
# rescore.sh. The loop: ../train_rescore.sh.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0"] bash run.sh
WIDTH=0.25 SEEDS=${SEEDS:-0} exec bash "$(dirname "$0")/../train_rescore.sh"
