# What the compile-time scripts (compile-time.sh, docs-cost.sh) share; sourced, needs $root and $work.

# The processor's shaded jar and the annotations jar, as 'package' leaves them.
processor=$(ls "$root"/processor/target/errata-processor-*.jar 2>/dev/null | grep -v original | head -1 || true)
annotations=$(ls "$root"/annotations/target/errata-annotations-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
if [ -z "$processor" ] || [ -z "$annotations" ]; then
  echo "No processor or annotations jar: run  mvn -B -q -pl processor -am package -DskipTests  first." >&2
  exit 1
fi

# Times and peak memory come from GNU time (/usr/bin/time; Debian package 'time'); without it, wall times come
# from bash, and CPU time and memory are not measured.

if [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true >/dev/null 2>&1; then
  gnu_time=1
else
  gnu_time=0
  echo "GNU time (/usr/bin/time) not found: wall times from bash, peak memory not measured." \
       "Install it with: apt-get install -y time" >&2
fi

# run LOG CMD...: runs CMD, appends "wall_seconds peak_kib cpu_seconds" to $measure ("-" without GNU time).
run() {
  local log="$1"; shift
  if [ "$gnu_time" = 1 ]; then
    if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >"$log" 2>&1; then
      echo "FAILED: $* (see $log)" >&2; tail -20 "$log" >&2; exit 1
    fi
    awk '{print $1, $2, $3 + $4}' "$work/time.txt" >>"$measure"
  else
    local start end
    start=$(date +%s.%N)
    if ! "$@" >"$log" 2>&1; then
      echo "FAILED: $* (see $log)" >&2; tail -20 "$log" >&2; exit 1
    fi
    end=$(date +%s.%N)
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}') - -" >>"$measure"
  fi
}

# median FILE COLUMN
median() {
  local values
  values=$(awk -v c="$2" '{print $c}' "$1" | sort -g)
  if [ "$(echo "$values" | head -1)" = "-" ]; then echo "-"; return; fi
  echo "$values" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'
}

# synthetic DIR N STYLE: DIR afresh, with catalogs/synthetic.yaml (N codes of STYLE, by SyntheticCatalogs) and
# src/bench/package-info.java naming it.
synthetic() {
  rm -rf "$1"
  mkdir -p "$1/catalogs" "$1/src/bench"
  java "$root/benchmarks/src/main/java/dev/errata/benchmarks/SyntheticCatalogs.java" "$2" "$3" \
    "$1/catalogs/synthetic.yaml" Synthetic
  printf '@ErrorCatalog("synthetic.yaml")\npackage bench;\n\nimport dev.errata.ErrorCatalog;\n' \
    >"$1/src/bench/package-info.java"
}
