#!/usr/bin/env bash
# Cold start: the first fromCode, lookup and exceptionFor of a generated catalog in a fresh JVM, against an
# empty JVM and against a HashMap of the same entries built at start-up (what a hand-written catalog does),
# and the heap the catalog retains once every entry is loaded (class histograms before and after).
#
# For each catalog: generate it (SyntheticCatalogs) or take it from catalogs/, compile it with the processor,
# write Probe.java from cold-start/Probe.java.in, dump its entries to entries.tsv (the baseline's data), then
# run `java -cp ... Probe MODE CODE` REPS times per mode, the modes taking turns within each repetition.
# Reported per mode: the median wall time of the whole JVM (from bash, start to exit), the median CPU time of
# the whole JVM (perf stat's task-clock: every thread's, JIT and GC included; much less disturbed than wall time
# by other load on a shared machine), and the median of the call's own time (System.nanoTime around it, printed
# by the probe). Needs perf (Debian: linux-perf).
#
# Usage: benchmarks/cold-start.sh [CATALOG...]   CATALOG: STYLE-SIZE (dense-1000, sparse-50000, string-50000)
#        or mysql (catalogs/mysql.yaml); REPS=11;  JAVA=java;  WORK=benchmarks/target/cold-start;
#        PROCESSOR=..., ANNOTATIONS=... (jars of another build, e.g. the baseline commit's);
#        GENERATION="enum=never exceptionClasses=perCategory": a generation section added to each catalog (as in
#        compile-time.sh), to compare the forms at one size; the table's catalog column names it
# Needs: mvn -B -q -pl processor -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
catalogs=("$@")
[ ${#catalogs[@]} -eq 0 ] && catalogs=(dense-50 dense-1000 dense-50000 sparse-50000 string-50000 mysql)
reps="${REPS:-11}"   # REPS=0: the memory columns alone
java="${JAVA:-java}"
work="${WORK:-$root/benchmarks/target/cold-start}"
generator="$root/benchmarks/src/main/java/dev/errata/benchmarks/SyntheticCatalogs.java"
processor="${PROCESSOR:-$(ls "$root"/processor/target/errata-processor-*.jar 2>/dev/null | grep -v original | head -1 || true)}"
annotations="${ANNOTATIONS:-$(ls "$root"/annotations/target/errata-annotations-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)}"
if [ -z "$processor" ] || [ -z "$annotations" ]; then
  echo "No processor or annotations jar: run  mvn -B -q -pl processor -am package -DskipTests  first." >&2
  exit 1
fi
mkdir -p "$work"
modes=(empty fromCode lookup exceptionFor hashmap)

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

table="$work/cold-start.md"
{
  echo "| catalog | codes | empty JVM: wall (ms) | over empty, wall: fromCode / lookup / exceptionFor / HashMap (ms) | empty JVM: CPU (ms) | over empty, CPU: fromCode / lookup / exceptionFor / HashMap (ms) | the call alone: fromCode / lookup / exceptionFor / HashMap (ms) | retained heap per entry (B) | of which texts (B) | over texts (B) | HashMap baseline per entry (B) |"
  echo "|---|---:|---:|---|---:|---|---|---:|---:|---:|---:|"
} >"$table"

for catalog in "${catalogs[@]}"; do
  dir="$work/$catalog"
  rm -rf "$dir"; mkdir -p "$dir/catalogs" "$dir/gen" "$dir/out"
  if [ "$catalog" = mysql ]; then
    pkg=mysql; name=Mysql; cp "$root/catalogs/mysql.yaml" "$dir/catalogs/catalog.yaml"; codes=string
    grep -q 'type: integer' "$dir/catalogs/catalog.yaml" && codes=int
  else
    style="${catalog%-*}"; size="${catalog#*-}"; pkg=bench; name=Synthetic
    java "$generator" "$size" "$style" "$dir/catalogs/catalog.yaml" Synthetic
    codes=int; [ "$style" = string ] && codes=string
  fi
  # GENERATION (environment): a generation section for the catalog, the catalog's own (if any) left out.
  if [ -n "${GENERATION:-}" ]; then
    if grep -q '^generation:' "$dir/catalogs/catalog.yaml"; then
      echo "$catalog has a generation section of its own; GENERATION is not added to it" >&2; exit 1
    fi
    printf 'generation:\n' >>"$dir/catalogs/catalog.yaml"
    for option in $GENERATION; do printf '  %s\n' "${option/=/: }" >>"$dir/catalogs/catalog.yaml"; done
  fi
  mkdir -p "$dir/src/$pkg"
  printf '@ErrorCatalog("catalog.yaml")\npackage %s;\n\nimport dev.errata.ErrorCatalog;\n' "$pkg" >"$dir/src/$pkg/package-info.java"
  if [ "$codes" = int ]; then parse='Integer.parseInt(args[1])'; parse_code='Integer.parseInt(code)'; key='Integer.valueOf'
  else parse='args[1]'; parse_code='code'; key='String.valueOf'; fi
  sed -e "s/@PKG@/$pkg/g" -e "s/@NAME@/$name/g" -e "s/@PARSE@/$parse/g" -e "s/@PARSE_CODE@/$parse_code/g" \
      -e "s/@KEY@/$key/g" "$root/benchmarks/cold-start/Probe.java.in" >"$dir/src/$pkg/Probe.java"
  javac --release 17 -nowarn -encoding UTF-8 -cp "$annotations" -processorpath "$processor" \
    -Aerrata.catalogRoot="$dir/catalogs" -d "$dir/out" -s "$dir/gen" \
    "$dir/src/$pkg/package-info.java" "$dir/src/$pkg/Probe.java" >"$dir/javac.log" 2>&1 \
    || { cat "$dir/javac.log" >&2; exit 1; }
  cp_="$dir/out:$annotations"
  "$java" -cp "$cp_" "$pkg.Probe" dump >"$dir/out/$pkg/entries.tsv"
  n=$(wc -l <"$dir/out/$pkg/entries.tsv")
  code=$(sed -n "$(( (n + 1) / 2 ))p" "$dir/out/$pkg/entries.tsv" | cut -f1)
  for mode in "${modes[@]}"; do : >"$dir/$mode.wall"; : >"$dir/$mode.cpu"; : >"$dir/$mode.call"; done
  for ((r = 1; r <= reps; r++)); do
    for mode in "${modes[@]}"; do
      start=$(date +%s%N)
      out=$(perf stat -x, -e task-clock -o "$dir/perf.txt" "$java" -cp "$cp_" "$pkg.Probe" "$mode" "$code")
      end=$(date +%s%N)
      echo $(( (end - start) / 1000 )) >>"$dir/$mode.wall"
      awk -F, '$3 == "task-clock" {print $1 * 1000}' "$dir/perf.txt" >>"$dir/$mode.cpu"
      echo "$out" >>"$dir/$mode.call"
    done
  done
  memory=$("$java" -cp "$cp_" "$pkg.Probe" memory "$code")
  memory_hashmap=$("$java" -cp "$cp_" "$pkg.Probe" memoryHashmap "$code")
  declare -A wall cpu call
  for mode in "${modes[@]}"; do
    wall[$mode]=$(median <"$dir/$mode.wall"); cpu[$mode]=$(median <"$dir/$mode.cpu")
    call[$mode]=$(median <"$dir/$mode.call")
  done
  label="$catalog"; [ -n "${GENERATION:-}" ] && label="$catalog ($GENERATION)"
  awk -v c="$label" -v n="$n" -v e="${wall[empty]}" -v f="${wall[fromCode]}" -v l="${wall[lookup]}" \
      -v x="${wall[exceptionFor]}" -v h="${wall[hashmap]}" -v cf="${call[fromCode]}" -v cl="${call[lookup]}" \
      -v cx="${call[exceptionFor]}" -v ch="${call[hashmap]}" -v mem="$memory" -v memh="$memory_hashmap" \
      -v pe="${cpu[empty]}" -v pf="${cpu[fromCode]}" -v pl="${cpu[lookup]}" -v px="${cpu[exceptionFor]}" \
      -v ph="${cpu[hashmap]}" 'BEGIN {
    split(mem, m, " "); split(memh, mh, " ")
    printf "| %s | %d | %.0f | %.0f / %.0f / %.0f / %.0f | %.0f | %.0f / %.0f / %.0f / %.0f | %.2f / %.2f / %.2f / %.2f | %.0f | %.0f | %.0f | %.0f |\n",
      c, n, e / 1000, (f - e) / 1000, (l - e) / 1000, (x - e) / 1000, (h - e) / 1000,
      pe / 1000, (pf - pe) / 1000, (pl - pe) / 1000, (px - pe) / 1000, (ph - pe) / 1000,
      cf / 1e6, cl / 1e6, cx / 1e6, ch / 1e6, m[4] / n, m[6] / n, (m[4] - m[6]) / n, mh[4] / n }' >>"$table"
  echo "$catalog done ($n codes); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
cat "$table"
