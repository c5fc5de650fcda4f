#!/bin/bash
# The networks of run.sh rescored on the other embedding (--score-normalized; NSA raw, plain
# l2-normalised), k-Cos and c-Cos. Run after run.sh.
# Usage (from this directory): [S=path/to/swan] bash rescore.sh
WIDTH=0.25 SEEDS=${SEEDS:-0} exec bash "$(dirname "$0")/../rescore_other.sh"
