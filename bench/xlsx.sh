#!/usr/bin/env bash
# Times 'coprod score' on a workbook (.xlsx) next to the same answers as CSV, and reports the peak memory of each.
#
#   bash bench/xlsx.sh [ROWS] [SERVICES]        defaults: 100000 rows, 200 services
#
# The export is written by bench/generate_export.py (as for bench/run.sh) and saved as a workbook by
# bench/xlsx_from_csv.py (text in the shared strings table, numbers as numbers). Both run with -Xmx256m, the memory
# bound a CSV must meet; their results must be the same bytes. Needs Java 17+, Maven, python3, and the Debian
# packages hyperfine and time, which it installs with apt-get when it can.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
services="${2:-200}"
work="${BENCH_DIR:-/tmp/coprod-bench}"
mkdir -p "$work"
csv="$work/export-$rows-$services.csv"
xlsx="$work/export-$rows-$services.xlsx"

need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "bench: $1 is needed (Debian package $2)"; exit 1; }
}
need hyperfine hyperfine
need /usr/bin/time time
need python3 python3

./coprod --version >/dev/null   # builds coprod if needed, and its start-up archive
[[ -f "$csv" ]] || { echo "bench: writing $rows rows over $services services to $csv"; python3 bench/generate_export.py "$rows" "$services" "$csv"; }
[[ -f "$xlsx" ]] || { echo "bench: saving it as $xlsx"; python3 bench/xlsx_from_csv.py "$csv" "$xlsx"; }

score() { echo "COPROD_JAVA_OPTS=-Xmx256m ./coprod score $1 --format csv --output $work/from-$2.csv"; }
echo "bench: $(nproc) cores, $(java -version 2>&1 | head -1); $(du -h "$csv" | cut -f1) CSV, $(du -h "$xlsx" | cut -f1) workbook"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/xlsx-times.json" -n csv "$(score "$csv" csv)" -n xlsx "$(score "$xlsx" xlsx)"
cmp "$work/from-csv.csv" "$work/from-xlsx.csv" && echo "bench: the workbook's results are the same bytes as the CSV's"

peak() { /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }
python3 - "$work/xlsx-times.json" "$rows" "$(peak "$(score "$csv" csv)")" "$(peak "$(score "$xlsx" xlsx)")" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rows = int(sys.argv[2])
peaks = {"csv": int(sys.argv[3]), "xlsx": int(sys.argv[4])}
print()
print("| input | mean time (s) | processor time (s) | rows per second | peak memory (MB) |")
print("|---|---:|---:|---:|---:|")
cpu = {name: times[name]["user"] + times[name]["system"] for name in times}
for name in ["csv", "xlsx"]:
    t = times[name]
    print("| %s | %.2f ± %.2f | %.2f | %s | %d |" % (name, t["mean"], t["stddev"], cpu[name], format(int(rows / t["mean"]), ","),
                                                 peaks[name] // 1024))
print()
print("The workbook took %.1f times as long as the CSV (%.1f times the processor time: the better measure on a busy machine)."
      % (times["xlsx"]["mean"] / times["csv"]["mean"], cpu["xlsx"] / cpu["csv"]))
PY
