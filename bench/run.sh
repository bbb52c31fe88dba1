#!/usr/bin/env bash
# The 'coprod score' benchmark: times coprod next to other tools computing per-service means of the same export, in
# one run, and reports rows per second, peak memory and the ratios.
#
#   bash bench/run.sh [ROWS] [SERVICES]            defaults: 1000000 rows, 200 services
#   bash bench/run.sh --labels [ROWS] [SERVICES]
#
# The first is headed by question ids and answered with digits; coprod is timed next to miller and a plain Python
# script. With --labels, the export is the kind Google Forms and the like give: full question texts as headings,
# option labels as answers, "Not applicable", "Don't know", blanks, a timestamp and a multi-line comment (written by
# generate_labelled_export.py); coprod is timed next to DuckDB (read_csv, a CASE per question, GROUP BY service, 2
# threads, through its JDBC driver from Maven Central), pandas, miller (a put program summing per service) and the
# Python csv module, each mapping the labels to coprod's scores first. check_labels.sh checks that they all agree.
#
# Needs: Java 17+, Maven (to build coprod), python3, and the Debian packages miller, hyperfine and time, which it
# installs with apt-get when it can; with --labels, python3's yaml module, and pandas (python3-pandas), miller and
# the DuckDB driver when they can be had: a peer that cannot is left out with a message. coprod runs with -Xmx256m,
# the memory bound it must meet. RUNS (default 5) runs each after a warm-up; BENCH_DIR (default /tmp/coprod-bench)
# holds the exports and results; PEERS (such as "duckdb python") times only those next to coprod.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/peers.sh
labels=false
[[ "${1:-}" == --labels ]] && { labels=true; shift; }
rows="${1:-1000000}"
services="${2:-200}"
work="${BENCH_DIR:-/tmp/coprod-bench}"
mkdir -p "$work"

need hyperfine hyperfine
need /usr/bin/time time
need python3 python3
./coprod --version >/dev/null   # builds coprod if needed, and its start-up archive

if $labels; then
  data="$work/labelled-export-$rows-$services.csv"
  generator=bench/generate_labelled_export.py
else
  data="$work/export-$rows-$services.csv"
  generator=bench/generate_export.py
fi
[[ -f "$data" ]] || { echo "bench: writing $rows rows over $services services to $data"; python3 "$generator" "$rows" "$services" "$data"; }

names=(coprod)
commands=("COPROD_JAVA_OPTS=-Xmx256m ./coprod score $data --format csv --output $work/coprod.csv")
if $labels; then
  label_peers "$work" "$data"
  targets="duckdb:3 python:8"
else
  need mlr miller
  add_peer miller "mlr --icsv --ocsv stats1 -a mean -f $(head -1 "$data" | cut -d, -f3-) -g Service $data > $work/miller.csv"
  add_peer python "python3 bench/python_means.py $data > $work/python.csv"
  VERSIONS+=("$(mlr --version)" "$(python3 --version)")
  targets="miller:6 python:3"
fi

if [[ -n "${PEERS:-}" ]]; then   # only coprod and these peers
  for i in "${!names[@]}"; do [[ $i == 0 || " $PEERS " == *" ${names[$i]} "* ]] || unset "names[$i]" "commands[$i]"; done
  names=("${names[@]}")
  commands=("${commands[@]}")
fi

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)," \
  "$(du -m "$data" | cut -f1) MB export, ${VERSIONS[*]}"
timings=()
for i in "${!names[@]}"; do timings+=(-n "${names[$i]}" "${commands[$i]}"); done
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/times.json" "${timings[@]}"

peaks=()
for command in "${commands[@]}"; do peaks+=("$(/usr/bin/time -f "%M" bash -c "$command" 2>&1 >/dev/null | tail -1)"); done
python3 - "$work/times.json" "$rows" "$targets" "${names[*]}" "${peaks[*]}" <<'PY'
import json, sys
times = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rows = int(sys.argv[2])
targets = dict((name, float(ratio)) for name, ratio in (t.split(":") for t in sys.argv[3].split()))
peaks = dict(zip(sys.argv[4].split(), map(int, sys.argv[5].split())))
print()
print("| tool | mean time (s) | rows per second | processor time, user + system (s) | peak memory (MB) |")
print("|---|---:|---:|---:|---:|")
for name in peaks:
    t = times[name]
    print("| %s | %.2f ± %.2f | %s | %.2f | %d |" % (name, t["mean"], t["stddev"] or 0, format(int(rows / t["mean"]), ","),
                                              t["user"] + t["system"], peaks[name] // 1024))
c = times["coprod"]["mean"]
print()
print("coprod is " + " and ".join("%.1fx faster than %s (target %gx)" % (times[name]["mean"] / c, name, target)
                                  for name, target in targets.items() if name in times) + ".")
PY
