#!/usr/bin/env bash
# Where 'coprod score' spends its time on a label-valued export: one run under Java Flight Recorder (its "profile"
# settings, with a sample every 2 ms of each running thread rather than 10), summarised by method.
#
#   bash bench/profile_labels.sh [EXPORT]     default: the label-valued export of 100,000 rows run.sh --labels writes
#
# Prints the methods most often on top of the stack (self) and most often anywhere on it (total), for each thread,
# as shares of that thread's samples. The recording stays in BENCH_DIR (default /tmp/coprod-bench) for `jfr print`.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${BENCH_DIR:-/tmp/coprod-bench}"
data="${1:-$work/labelled-export-100000-200.csv}"
[[ -f "$data" ]] || { mkdir -p "$work"; python3 bench/generate_labelled_export.py 100000 200 "$data"; }
recording="$work/score.jfr"

COPROD_JAVA_OPTS="-Xmx256m -XX:StartFlightRecording=filename=$recording,settings=profile,jdk.ExecutionSample#period=2ms" \
  ./coprod score "$data" --format csv --output "$work/profiled.csv" 2>/dev/null
jfr print --json --events jdk.ExecutionSample "$recording" > "$work/samples.json"
python3 - "$work/samples.json" <<'PY'
import collections, json, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
by_thread = collections.defaultdict(list)
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"]["stackTrace"] else []
    names = [f["method"]["type"]["name"].rsplit(".", 1)[-1] + "." + f["method"]["name"] for f in frames]
    by_thread[e["values"]["sampledThread"]["javaName"]].append(names)
for thread, stacks in sorted(by_thread.items(), key=lambda t: -len(t[1])):
    print("\n%s: %d samples" % (thread, len(stacks)))
    self_counts = collections.Counter(s[0] for s in stacks if s)
    total_counts = collections.Counter(m for s in stacks for m in set(s))
    print("  %-58s %6s   %-58s %6s" % ("self", "", "total", ""))
    for (a, na), (b, nb) in zip(self_counts.most_common(15), total_counts.most_common(15)):
        print("  %-58s %5.1f%%   %-58s %5.1f%%" % (a, 100 * na / len(stacks), b, 100 * nb / len(stacks)))
PY
