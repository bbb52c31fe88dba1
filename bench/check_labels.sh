#!/usr/bin/env bash
# Checks the label-valued benchmark on a small export: coprod scores it unedited (exit 0, every row read, every
# question found, no problem), and DuckDB, pandas, miller and the Python csv module (those that can be had) give
# the same per-service question means as each other and as coprod's report (compare_label_means.py says which
# figures).
#
#   bash bench/check_labels.sh [ROWS] [SERVICES]      defaults: 3000 rows, 6 services
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/peers.sh
rows="${1:-3000}"
services="${2:-6}"
work="${BENCH_DIR:-/tmp/coprod-bench}/check"
mkdir -p "$work"
data="$work/labelled-export-$rows-$services.csv"

python3 bench/generate_labelled_export.py "$rows" "$services" "$data" 7
./coprod score "$data" --format json --output "$work/coprod.json"
./coprod score "$data" --format markdown --output "$work/coprod.md"
names=()
commands=()
label_peers "$work" "$data"
for i in "${!names[@]}"; do bash -c "${commands[$i]}"; done
python3 bench/compare_label_means.py "$rows" "$work/coprod.json" "$work/coprod.md" $(printf "$work/%s.csv " "${names[@]}")
