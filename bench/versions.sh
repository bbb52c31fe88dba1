#!/usr/bin/env bash
# Times two or more builds of coprod on the same export, their runs interleaved so that a machine growing busier or
# quieter affects each alike, and checks that they write the same results.
#
#   bash bench/versions.sh EXPORT RUNS JAR [JAR ...]
#
# For example, before and after a change:
#   git stash && mvn -B -ntp -q package -DskipTests && cp target/coprod.jar /tmp/before.jar && git stash pop
#   mvn -B -ntp -q package -DskipTests && cp target/coprod.jar /tmp/after.jar
#   bash bench/versions.sh /tmp/coprod-bench/labelled-export-1000000-200.csv 5 /tmp/before.jar /tmp/after.jar
#
# Each run is `java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -jar JAR score EXPORT --format csv`, as the
# launcher runs `score`. Prints each run, then each build's mean wall time and processor time (user), and says
# which builds' results differ from the first's.
set -euo pipefail
[[ $# -ge 3 ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
export_file="$1"
runs="$2"
shift 2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for ((i = 1; i <= runs; i++)); do
  for k in $(seq 0 $(($# - 1))); do
    jar="${@:$((k + 1)):1}"
    /usr/bin/time -f "$k $jar %e %U" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -jar "$jar" \
      score "$export_file" --format csv --output "$out/$k.csv" 2>&1 >/dev/null | tail -1
  done
done | tee "$out/times" | awk '{printf "  %s: %s s, processor %s s\n", $2, $3, $4}'
awk '{t[$1]+=$3; u[$1]+=$4; n[$1]++; name[$1]=$2}
     END {for (k in t) printf "%s: mean %.2f s, processor time %.2f s, %d runs\n", name[k], t[k]/n[k], u[k]/n[k], n[k]}' \
  "$out/times" | sort
for k in $(seq 1 $(($# - 1))); do
  cmp -s "$out/0.csv" "$out/$k.csv" || echo "results differ: ${@:$((k + 1)):1} against $1"
done
