#!/usr/bin/env bash
# Every measurement behind issue 18's targets, one after the other, into benchmarks/results/*-TAG.*:
# cold start and retained heap (cold-start.sh), warm lookups, exception creation, decoding against hand-written
# Jackson and readTree, 1 MiB hostile bodies warmed and in a fresh JVM (JMH), and compile time
# (compile-time.sh). The 1-minute load average is logged before each step, since on a shared 2-core machine
# every figure depends on it. About 45 minutes on the machine BENCHMARKS.md describes.
#
# Usage: benchmarks/issue18-round.sh TAG      (TAG names the result files, e.g. the commit)
#        STEPS="build cold lookup exceptions decode hostile compile" (default: all, in that order)
# Needs perf (linux-perf) for cold-start.sh and GNU time (time) for compile-time.sh.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tag="${1:?usage: benchmarks/issue18-round.sh TAG}"
steps="${STEPS:-build cold lookup exceptions decode hostile compile}"
results="$root/benchmarks/results"
jar="$root/benchmarks/target/benchmarks.jar"
medians="$root/benchmarks/src/main/java/dev/errata/benchmarks/Medians.java"
load_log="$results/load-$tag.txt"
cd "$root"

load() { echo "$(date -u +%H:%M:%S) $1: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$load_log"; }

jmh() { # NAME REGEX JMH-OPTIONS...: a JMH run, its log and csv kept, its medians printed beside them
  local name="$1" regex="$2"
  shift 2
  load "$name"
  java -jar "$jar" "$regex" "$@" -rf csv -rff "$results/jmh-$name-$tag.csv" >"$results/jmh-$name-$tag.log"
  java "$medians" "$results/jmh-$name-$tag.log" >"$results/jmh-$name-$tag.medians.txt"
}

for step in $steps; do
  case "$step" in
    build)
      load build
      mvn -B -q -Pbenchmarks -pl benchmarks -am clean package -DskipTests ;;
    cold)
      load cold-start
      REPS=9 benchmarks/cold-start.sh dense-50 dense-250 dense-500 dense-1000 dense-50000 sparse-50000 string-50000 mysql
      cp benchmarks/target/cold-start/cold-start.md "$results/cold-start-$tag.md" ;;
    lookup)
      jmh lookup 'LookupBenchmark\.(errataFromCode|arrayIndex|hashMapGet)' -f 1 -wi 5 -w 1s -i 5 -r 1s ;;
    exceptions)
      jmh exceptions 'ExceptionBaselines|dense50\.ExceptionBenchmark\.constructorStackless' -f 2 -wi 5 -w 1s -i 5 -r 1s -prof gc ;;
    decode)
      jmh handwritten 'HandWrittenDecodeBenchmark|DecodeBenchmark\..*Tree' -f 1 -wi 5 -w 1s -i 5 -r 1s -prof gc ;;
    hostile)
      jmh hostile HostileBodyBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
      jmh hostile-cold HostileBodyBenchmark -bm ss -tu ms -f 5 -wi 0 -i 1 ;;
    compile)
      load compile-time
      REPS=3 benchmarks/compile-time.sh dense 10 1000
      cp benchmarks/target/compile-time/compile-time-dense.md "$results/compile-time-dense-$tag.md"
      REPS=1 benchmarks/compile-time.sh dense 50000
      cp benchmarks/target/compile-time/compile-time-dense.md "$results/compile-time-dense-50000-$tag.md" ;;
    *) echo "unknown step: $step" >&2; exit 2 ;;
  esac
done
load done
