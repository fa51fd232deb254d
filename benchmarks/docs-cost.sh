#!/usr/bin/env bash
# What the reference docs cost the build: a synthetic catalog compiled with the processor as is (docs written
# into the class output) and with -Aerrata.docs=false, the two taking turns in each repetition so that a change
# in the machine's load falls on both alike. Reports the medians of wall time, CPU time (user + system) and peak
# memory, the difference, and the size of the docs written.
#
# Usage (from anywhere):  benchmarks/docs-cost.sh [STYLE] [SIZE...]
#   STYLE: dense (default), sparse or string;  SIZE: default 50000
#   REPS=5 (environment) runs per measurement;  JAVAC=javac;  WORK=benchmarks/target/docs-cost
# Needs the processor's shaded jar and the annotations jar:
#   mvn -B -q -pl processor -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
style="${1:-dense}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(50000)
reps="${REPS:-5}"
javac="${JAVAC:-javac}"
work="${WORK:-$root/benchmarks/target/docs-cost}"

# $processor and $annotations (the jars), gnu_time, run LOG CMD... and median FILE COLUMN.
source "$root/benchmarks/timing.sh"

mkdir -p "$work"
echo "javac: $("$javac" -version 2>&1); $(nproc) cores; REPS=$reps; style $style; load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
table="$work/docs-cost-$style.md"
{
  echo "| codes | with docs: wall (s) | docs=false: wall (s) | with docs: CPU (s) | docs=false: CPU (s) | docs' share of CPU time | peak RSS with docs (MiB) | peak RSS docs=false (MiB) | docs written (MiB: .md + .html + .json) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"

for n in "${sizes[@]}"; do
  dir="$work/$style-$n"
  synthetic "$dir" "$n" "$style"
  common=(--release 17 -encoding UTF-8 -nowarn -Xmaxerrs 5 -cp "$annotations" -processorpath "$processor"
    -Aerrata.catalogRoot="$dir/catalogs" "$dir/src/bench/package-info.java")
  : >"$dir/docs.times"; : >"$dir/nodocs.times"
  for ((r = 1; r <= reps; r++)); do
    measure="$dir/docs.times"
    rm -rf "$dir/out-docs" "$dir/gen-docs"; mkdir -p "$dir/out-docs" "$dir/gen-docs"
    run "$dir/docs.log" "$javac" -d "$dir/out-docs" -s "$dir/gen-docs" "${common[@]}"
    measure="$dir/nodocs.times"
    rm -rf "$dir/out-nodocs" "$dir/gen-nodocs"; mkdir -p "$dir/out-nodocs" "$dir/gen-nodocs"
    run "$dir/nodocs.log" "$javac" -Aerrata.docs=false -d "$dir/out-nodocs" -s "$dir/gen-nodocs" "${common[@]}"
  done
  if [ -d "$dir/out-nodocs/META-INF/errata/docs" ] || [ ! -d "$dir/out-docs/META-INF/errata/docs" ]; then
    echo "-Aerrata.docs=false did not leave the docs out, or the default run wrote none" >&2; exit 1
  fi
  if ! diff -r -q "$dir/gen-docs" "$dir/gen-nodocs" >/dev/null; then
    echo "The generated sources differ between the two runs" >&2; exit 1
  fi
  docs_bytes=$(find "$dir/out-docs/META-INF/errata/docs" -type f -print0 | xargs -0 cat | wc -c)
  wd=$(median "$dir/docs.times" 1); wn=$(median "$dir/nodocs.times" 1)
  rd=$(median "$dir/docs.times" 2); rn=$(median "$dir/nodocs.times" 2)
  cd_=$(median "$dir/docs.times" 3); cn=$(median "$dir/nodocs.times" 3)
  awk -v n="$n" -v wd="$wd" -v wn="$wn" -v cd="$cd_" -v cn="$cn" -v rd="$rd" -v rn="$rn" -v b="$docs_bytes" 'BEGIN {
    cpu = (cd == "-") ? "n/a | n/a | n/a" : sprintf("%.2f | %.2f | %.0f%%", cd, cn, 100 * (cd - cn) / cd)
    rss = (rd == "-") ? "n/a | n/a" : sprintf("%.0f | %.0f", rd / 1024, rn / 1024)
    printf "| %d | %.2f | %.2f | %s | %s | %.1f |\n", n, wd, wn, cpu, rss, b / 1048576 }' >>"$table"
  echo "$n codes done: with docs $wd s (CPU $cd_ s), docs=false $wn s (CPU $cn s); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done

cat "$table"
