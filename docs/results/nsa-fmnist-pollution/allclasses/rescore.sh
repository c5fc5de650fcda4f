#!/bin/bash
# The networks of run.sh rescored on the other embedding (--score-normalized; NSA raw, plain
# l2-normalised), k-Cos and c-Cos, as ../scored does for classes 0-2. Run after run.sh.
# Usage (from this directory): [S=path/to/swan] bash rescore.sh
SPLITS=3,4,5,6,7,8,9 SEEDS=${SEEDS:-0} exec bash "$(dirname "$0")/../rescore_other.sh"
