#!/usr/bin/env bash
# The 'coprod score' benchmark: times coprod next to miller and a plain Python script computing per-service means of
# the same export, in one run, and reports rows per second, peak memory and the ratios.
#
#   bash bench/run.sh [ROWS] [SERVICES]        defaults: 1000000 rows, 200 services
#
# Needs: Java 17+, Maven (to build coprod), python3, and the Debian packages miller, hyperfine and time, which it
# installs with apt-get when it can. coprod runs with -Xmx256m, the memory bound it must meet.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
services="${2:-200}"
work="${BENCH_DIR:-/tmp/coprod-bench}"
mkdir -p "$work"
data="$work/export-$rows-$services.csv"

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "bench: $1 is needed (Debian package $2)"; exit 1; }
}
need mlr miller
need hyperfine hyperfine
need /usr/bin/time time
need python3 python3

./coprod --version >/dev/null   # builds coprod if needed, and its start-up archive
[[ -f "$data" ]] || { echo "bench: writing $rows rows over $services services to $data"; python3 bench/generate_export.py "$rows" "$services" "$data"; }
questions=$(head -1 "$data" | tr ',' '\n' | tail -n +3 | paste -sd, -)

coprod_cmd="COPROD_JAVA_OPTS=-Xmx256m ./coprod score $data --format csv --output $work/coprod.csv"
miller_cmd="mlr --icsv --ocsv stats1 -a mean -f $questions -g Service $data > $work/miller.csv"
python_cmd="python3 bench/python_means.py $data > $work/python.csv"

echo "bench: $(nproc) cores, $(java -version 2>&1 | head -1), $(mlr --version), $(python3 --version)"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/times.json" \
  -n coprod "$coprod_cmd" -n miller "$miller_cmd" -n python "$python_cmd"

peak() { /usr/bin/time -f "%M" bash -c "$1" 2>&1 >/dev/null | tail -1; }
python3 - "$work/times.json" "$rows" "$(peak "$coprod_cmd")" "$(peak "$miller_cmd")" "$(peak "$python_cmd")" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rows = int(sys.argv[2])
peaks = dict(zip(["coprod", "miller", "python"], map(int, sys.argv[3:6])))
print()
print("| tool | mean time (s) | rows per second | peak memory (MB) |")
print("|---|---:|---:|---:|")
for name in ["coprod", "miller", "python"]:
    t = times[name]
    print("| %s | %.2f ± %.2f | %s | %d |" % (name, t["mean"], t["stddev"], format(int(rows / t["mean"]), ","), peaks[name] // 1024))
c = times["coprod"]["mean"]
print()
print("coprod is %.1fx faster than miller (target 6x) and %.1fx faster than the Python script (target 3x)."
      % (times["miller"]["mean"] / c, times["python"]["mean"] / c))
PY
