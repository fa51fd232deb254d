# Timing helpers of the compile-time scripts (compile-time.sh, docs-cost.sh); sourced, needs $work.
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

