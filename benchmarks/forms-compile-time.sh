#!/usr/bin/env bash
# Compile time of the four shapes of a catalog's code (generation.enum x generation.exceptionClasses), to choose
# the thresholds of 'auto': for each size, a synthetic catalog is compiled with the processor in each form
#   enum+perCode      (enum: always, exceptionClasses: perCode)
#   enum+perCategory  (enum: always, exceptionClasses: perCategory)
#   table+perCode     (enum: never,  exceptionClasses: perCode)
#   table+perCategory (enum: never,  exceptionClasses: perCategory)
# and the total CPU time of javac + Errata (user + system, GNU time) is reported, median of REPS runs, the forms
# taking turns within each repetition so that a change of the machine's load falls on all alike. Unlike
# compile-time.sh it does not compile the baselines (javac alone, replay): the question is which form costs the
# user's build least, not Errata's share of it.
#
# Usage: benchmarks/forms-compile-time.sh [STYLE] [SIZE...]   STYLE: dense (default), sparse or string;
#        SIZE: default 100 250 500 1000 1500;  REPS=3;  JAVAC=javac;  WORK=benchmarks/target/forms-compile-time
# Needs: mvn -B -q -pl processor -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
style="${1:-dense}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100 250 500 1000 1500)
reps="${REPS:-3}"
javac="${JAVAC:-javac}"
work="${WORK:-$root/benchmarks/target/forms-compile-time}"

# $processor and $annotations (the jars), run LOG CMD... and median FILE COLUMN, synthetic DIR N STYLE.
source "$root/benchmarks/timing.sh"
[ "$gnu_time" = 1 ] || { echo "needs GNU time for CPU time" >&2; exit 1; }

forms=(enum+perCode enum+perCategory table+perCode table+perCategory)
generation_of() {
  local shape="${1%+*}" exceptions="${1#*+}"
  [ "$shape" = enum ] && echo "enum=always exceptionClasses=$exceptions" || echo "enum=never exceptionClasses=$exceptions"
}

mkdir -p "$work"
echo "javac: $("$javac" -version 2>&1); $(nproc) cores; REPS=$reps; style $style" >&2
table="$work/forms-compile-time-$style.md"
{
  echo "| codes | $(IFS='|'; echo "${forms[*]}" | sed 's/|/ CPU (s) | /g') CPU (s) | load (1 min) |"
  echo "|---:|---:|---:|---:|---:|---:|"
} >"$table"

for n in "${sizes[@]}"; do
  for form in "${forms[@]}"; do
    GENERATION="$(generation_of "$form")" synthetic "$work/$style-$n-$form" "$n" "$style"
    : >"$work/$style-$n-$form/times"
  done
  for ((r = 1; r <= reps; r++)); do
    for form in "${forms[@]}"; do
      dir="$work/$style-$n-$form"
      measure="$dir/times"
      rm -rf "$dir/out" "$dir/gen"; mkdir -p "$dir/out" "$dir/gen"
      run "$dir/javac.log" "$javac" --release 17 -encoding UTF-8 -nowarn -Xmaxerrs 5 -cp "$annotations" \
        -processorpath "$processor" -Aerrata.catalogRoot="$dir/catalogs" -d "$dir/out" -s "$dir/gen" \
        "$dir/src/bench/package-info.java"
    done
  done
  row="| $n"
  for form in "${forms[@]}"; do row="$row | $(median "$work/$style-$n-$form/times" 3)"; done
  echo "$row | $(cut -d' ' -f1 /proc/loadavg) |" >>"$table"
  echo "$n codes done; load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
cat "$table"
