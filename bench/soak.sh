#!/usr/bin/env bash
# Soak test: N minutes of mixed load (reads, writes, queries with queryMore, resets, fixture loads; see
# bench/SoakLoad.java) against the emulator jar, sampling the server's RSS (/proc) and live heap (jcmd
# GC.run, then GC.heap_info) every 30 s. Fails if memory keeps growing (after a minute of warm-up, the last
# third's median RSS or heap is more than 1.3x the first third's), if the log shows an ERROR, or if the
# load saw a 5xx or an unanswered request.
# Usage: bench/soak.sh [minutes (default 10)]      SOAK_THREADS=2 load threads
set -uo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
interval=30
. bench/lib.sh
[ -f "$jar" ] || mvn -q -o -B package -DskipTests -pl emulator -am || exit 2

log=$(mktemp -t boomi-soak-XXXX.log)
loadlog=$(mktemp -t boomi-soak-load-XXXX.log)
# a bounded heap, so a leak shows as growth towards it rather than hiding in an ever larger heap
trap 'kill "${server:-}" "${load:-}" 2>/dev/null; wait 2>/dev/null' EXIT
start_emulator "$log" -Xmx256m

seconds=$(( minutes * 60 ))
java bench/SoakLoad.java "$port" "$seconds" "${SOAK_THREADS:-2}" >"$loadlog" 2>&1 &
load=$!

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$server/status"; }
# the live heap: used after a full GC (the used heap between collections is a sawtooth, not a trend)
heap_kb() { jcmd "$server" GC.run >/dev/null 2>&1; jcmd "$server" GC.heap_info 2>/dev/null | grep -oE 'total [0-9]+K, used [0-9]+K' | head -1 | grep -oE 'used [0-9]+' | grep -oE '[0-9]+'; }

echo "soak: $minutes min of mixed load on port $port (server log $log)"
printf '%8s %10s %14s\n' "time" "RSS MB" "live heap MB"
rss=(); heap=(); elapsed=0
while kill -0 "$load" 2>/dev/null && [ "$elapsed" -lt "$seconds" ]; do
  sleep "$interval"; elapsed=$(( elapsed + interval ))
  kill -0 "$server" 2>/dev/null || { echo "the emulator died"; tail -20 "$log"; exit 1; }
  r=$(rss_kb); h=$(heap_kb); h=${h:-0}
  rss+=("$r"); heap+=("$h")
  printf '%7ss %10d %14d\n' "$elapsed" $(( r / 1024 )) $(( h / 1024 ))
done
wait "$load"; load_status=$?
cat "$loadlog"

# medians of the first and last third of the samples after one minute of warm-up
verdict=$(python3 - "${rss[*]}" "${heap[*]}" <<'PY'
import statistics, sys
def growth(series):
    values = [int(v) for v in series.split()]
    values = values[min(2, len(values) // 4):]     # warm-up: the first minute, or the first quarter of a short run
    if len(values) < 3:
        return None
    third = max(1, len(values) // 3)
    return statistics.median(values[-third:]) / statistics.median(values[:third])
for name, series in (("RSS", sys.argv[1]), ("heap", sys.argv[2])):
    g = growth(series)
    print(f"{name} last third / first third: " + ("n/a (too few samples)" if g is None else f"{g:.2f}x")
          + (" GROWING" if g is not None and g > 1.3 else ""))
PY
)
echo "$verdict"
errors=$(grep -c ' ERROR ' "$log")
echo "server log: $errors ERROR lines"
grep ' ERROR ' "$log" | head -5

failed=0
grep -q GROWING <<<"$verdict" && { echo "FAIL: memory keeps growing"; failed=1; }
[ "$errors" -eq 0 ] || { echo "FAIL: ERROR in the server log"; failed=1; }
[ "$load_status" -eq 0 ] || { echo "FAIL: the load saw a 5xx or an unanswered request"; failed=1; }
[ "$failed" -eq 0 ] && echo "soak passed"
exit $failed
