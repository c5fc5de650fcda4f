#!/bin/bash
# Longer training: 150 epochs instead of 20 (and 60 in ../epochs60), otherwise as ../run.sh;
# the same script as ../epochs60, reports written here. Seed 0 ran in the eighth session.
# Usage (from this directory): [S=path/to/swan] [SEEDS="0 1 2"] bash run.sh
EPOCHS=150 exec bash "$(dirname "$0")/../epochs60/run.sh"
