#!/usr/bin/env bash
# Start-up times: `coprod --version`, `coprod --help` and `coprod assess` up to its first question, next to a bare
# JVM printing "hello world", timed with hyperfine.
#
#   bash bench/startup.sh [LAUNCHER...]       default: ./coprod
#
# Give several launchers (such as an unpacked release archive's coprod-VERSION/coprod, or another clone's ./coprod)
# to compare them in the same run. Each is run once first, so that it builds its jar and class-data archive outside
# the timings. The commands are timed in ROUNDS rounds (default 5) of RUNS runs each (default 10). Needs hyperfine
# and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "startup: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
(( $# )) || set -- ./coprod

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello world");
    }
}
JAVA
javac -d "$work" "$work/Hello.java"

# hyperfine takes either one --prepare for all commands or one for each: "true" where nothing needs preparing
commands=(--prepare true -n "java Hello (bare JVM)" "java -cp $work Hello")
for coprod in "$@"; do
  "$coprod" --version >/dev/null
  answers="$work/answers-${#commands[@]}.yaml"
  commands+=(--prepare true -n "$coprod --version" "$coprod --version"
    --prepare true -n "$coprod --help" "$coprod --help"
    --prepare "rm -f $answers" -n "$coprod assess, to its first question"
    "$coprod assess --plain --service Test --role Manager --answers $answers")
done
echo "startup: $(nproc) cores, $(java -version 2>&1 | head -n 1), load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null)"
# several short rounds rather than one long one, so that a busy spell on the machine falls on every command alike
rounds="${ROUNDS:-5}"
for (( round = 1; round <= rounds; round++ )); do
  hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-json "$work/round-$round.json" "${commands[@]}" >/dev/null 2>&1
done
# medians as well as means: on a busy machine a few slow runs move the mean a long way
python3 - "$work"/round-*.json <<'PY'
import json, statistics, sys
times = {}
for round_file in sys.argv[1:]:
    for result in json.load(open(round_file))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
hello = statistics.median(next(iter(times.values())))
print("| command | runs | mean (ms) | median (ms) | fastest (ms) | median / bare JVM's |")
print("|---|---:|---:|---:|---:|---:|")
for command, runs in times.items():
    median = statistics.median(runs)
    print("| `%s` | %d | %.0f ± %.0f | %.0f | %.0f | %.2f |" % (command, len(runs), statistics.mean(runs) * 1000,
        statistics.stdev(runs) * 1000, median * 1000, min(runs) * 1000, median / hello))
PY
