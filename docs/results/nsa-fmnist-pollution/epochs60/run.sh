#!/bin/bash
# Longer training: 60 epochs instead of 20, otherwise as ../run.sh. Seed 0 ran in the fourth
# session, seeds 1 and 2 in the sixth. ../epochs150 runs this script with EPOCHS=150 from its
# own directory (reports go to the current directory). The loop: ../train_rescore.sh.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] [EPOCHS=60] bash run.sh
EPOCHS=${EPOCHS:-60} RESCORE="knn ccos kcosc" exec bash "$(dirname "$0")/../train_rescore.sh"
