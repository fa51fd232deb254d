#!/usr/bin/env bash
# Compile time of Errata's processor: for each size, a synthetic catalog is generated, then compiled
#   1. with the processor:   javac -processorpath errata-processor.jar ... package-info.java
#   2. the same generated sources with no processor:   javac -proc:none <generated sources> package-info.java
#   3. with a processor that writes the sources of run 1 through the Filer and does nothing else
#      (ReplayProcessor): what javac spends on any processor that generates these files
# The processor's share is (1 - 2) / 1 (the issue's measure) and its own share (1 - 3) / 1, in wall-clock time
# and in CPU time (user + system: what javac's threads, JIT and GC used, less sensitive than wall time to other
# load on the machine). Each is run REPS times;
# the median is reported. Times and peak memory (maximum resident set size) come from GNU time (/usr/bin/time;
# Debian package 'time': apt-get install -y time); without it, wall times come from bash, and CPU time and
# memory are not measured.
#
# Usage (from anywhere):  benchmarks/compile-time.sh [STYLE] [SIZE...]
#   STYLE: dense (default), sparse or string;  SIZE: default 10 100 1000 10000 50000
#   REPS=3 (environment) runs per measurement;  JAVAC=javac;  WORK=benchmarks/target/compile-time
# Needs the processor's shaded jar and the annotations jar:
#   mvn -B -q -pl processor -am package -DskipTests
# javac runs with the JVM's default heap (a quarter of the machine's memory), the heap Maven's own JVM gets
# without MAVEN_OPTS, since maven-compiler-plugin runs javac inside Maven's JVM.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
style="${1:-dense}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000 10000 50000)
reps="${REPS:-3}"
javac="${JAVAC:-javac}"
work="${WORK:-$root/benchmarks/target/compile-time}"


# $processor and $annotations (the jars), gnu_time, run LOG CMD... and median FILE COLUMN.
source "$root/benchmarks/timing.sh"

mib() { [ "$1" = "-" ] && echo "n/a" || awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }

mkdir -p "$work"
heap=$(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%.0f MiB", $4 / 1048576}')
echo "javac: $("$javac" -version 2>&1); default max heap $heap; $(nproc) cores; REPS=$reps; style $style" >&2
echo "processor: $processor" >&2

# The replay baseline's processor, compiled once.
replay="$work/replay-processor"
rm -rf "$replay"; mkdir -p "$replay"
"$javac" --release 17 -d "$replay" "$root/benchmarks/src/main/java/dev/errata/benchmarks/ReplayProcessor.java"

table="$work/compile-time-$style.md"
{
  echo "| codes | javac + Errata: wall (s) | javac alone, same sources: wall (s) | javac + replaying processor: wall (s) | Errata's share of wall time, against javac alone | Errata's own share of wall time, against replay | javac + Errata: CPU (s) | javac alone: CPU (s) | javac + replaying processor: CPU (s) | Errata's share of CPU time, against javac alone | Errata's own share of CPU time, against replay | Errata's own CPU ms per 1,000 codes | peak RSS with Errata (MiB) | peak RSS javac alone (MiB) | generated files | generated source (MiB) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"

for n in "${sizes[@]}"; do
  dir="$work/$style-$n"
  synthetic "$dir" "$n" "$style"
  common=(--release 17 -encoding UTF-8 -nowarn -Xmaxerrs 5 -cp "$annotations")
  for mode in with without replay; do : >"$dir/$mode.times"; done

  # The three modes take turns within each repetition, so that a change in the machine's load falls on all
  # three alike rather than on whichever ran during it.
  for ((r = 1; r <= reps; r++)); do
    measure="$dir/with.times"
    rm -rf "$dir/out-with" "$dir/gen"; mkdir -p "$dir/out-with" "$dir/gen"
    run "$dir/with.log" "$javac" "${common[@]}" -processorpath "$processor" \
      -Aerrata.catalogRoot="$dir/catalogs" -d "$dir/out-with" -s "$dir/gen" "$dir/src/bench/package-info.java"

    measure="$dir/without.times"
    rm -rf "$dir/out-without"; mkdir -p "$dir/out-without"
    find "$dir/gen" -name '*.java' >"$dir/sources.txt"
    echo "$dir/src/bench/package-info.java" >>"$dir/sources.txt"
    run "$dir/without.log" "$javac" "${common[@]}" -proc:none -d "$dir/out-without" @"$dir/sources.txt"

    measure="$dir/replay.times"
    rm -rf "$dir/out-replay" "$dir/gen-replay"; mkdir -p "$dir/out-replay" "$dir/gen-replay"
    run "$dir/replay.log" "$javac" "${common[@]}" -processorpath "$replay" \
      -processor dev.errata.benchmarks.ReplayProcessor -Areplay.dir="$dir/gen" \
      -d "$dir/out-replay" -s "$dir/gen-replay" "$dir/src/bench/package-info.java"
  done
  if ! diff -r -q "$dir/gen" "$dir/gen-replay" >/dev/null; then
    echo "The replaying processor did not write what Errata generated ($dir/gen, $dir/gen-replay)" >&2; exit 1
  fi

  with=$(median "$dir/with.times" 1); without=$(median "$dir/without.times" 1); replayed=$(median "$dir/replay.times" 1)
  rss_with=$(median "$dir/with.times" 2); rss_without=$(median "$dir/without.times" 2)
  cpu_with=$(median "$dir/with.times" 3); cpu_without=$(median "$dir/without.times" 3)
  cpu_replay=$(median "$dir/replay.times" 3)
  files=$(find "$dir/gen" -name '*.java' | wc -l)
  bytes=$(find "$dir/gen" -name '*.java' -print0 | xargs -0 cat | wc -c)
  awk -v n="$n" -v w="$with" -v wo="$without" -v wr="$replayed" -v cw="$cpu_with" -v cwo="$cpu_without" \
      -v cwr="$cpu_replay" -v rw="$(mib "$rss_with")" -v rwo="$(mib "$rss_without")" -v f="$files" -v b="$bytes" 'BEGIN {
    cpu = (cw == "-") ? "n/a | n/a | n/a | n/a | n/a | n/a" : sprintf("%.2f | %.2f | %.2f | %.0f%% | %.0f%% | %.0f", cw, cwo,
      cwr, 100 * (cw - cwo) / cw, 100 * (cw - cwr) / cw, 1000 * (cw - cwr) / (n / 1000))
    printf "| %d | %.2f | %.2f | %.2f | %.0f%% | %.0f%% | %s | %s | %s | %d | %.1f |\n",
      n, w, wo, wr, 100 * (w - wo) / w, 100 * (w - wr) / w, cpu, rw, rwo, f, b / 1048576 }' >>"$table"
  echo "$n codes done: with $with s (CPU $cpu_with s), without $without s (CPU $cpu_without s)," \
       "replay $replayed s (CPU $cpu_replay s); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done

cat "$table"
