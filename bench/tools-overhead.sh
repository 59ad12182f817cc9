#!/usr/bin/env bash
# What the test tools cost a GET under load (issue 15's target: under 10% of GET throughput): the emulator with
# its request journal (the default, 1000 entries) against one with the journal off (--journal-size 0), and the
# journal plus a fault rule that never matches, in interleaved wrk rounds so a noisy machine hits all alike.
#   bench/tools-overhead.sh            ROUNDS=3 DURATION=6s CONNECTIONS=20 to change
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${ROUNDS:-3}
duration=${DURATION:-6s}
connections=${CONNECTIONS:-20}
need_wrk
need_jar

work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
start() { # name, then launcher flags
  local name=$1; shift
  local p
  p=$(free_port)
  bin/boomi-emulator --port "$p" --host 127.0.0.1 "$@" > "$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$p/_emulator/health" && break; sleep 0.1; done
  echo "$p"
}
off=$(start off --journal-size 0)
on=$(start on)
faults=$(start faults)
curl -sf -o /dev/null -X POST "http://127.0.0.1:$faults/_emulator/faults" -H 'Content-Type: application/json' \
  -d '{"path":"/never/**","status":503}'

auth="Authorization: Basic $(printf 'demo@example.com:demo-password' | base64)"
path=/api/rest/v1/demo-account/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001
rps() { wrk -t2 -c"$connections" -d"$1" -H "$auth" -H 'Accept: application/json' "http://127.0.0.1:$2$path" \
  | awk '/Requests\/sec/ {printf "%.0f", $2}'; }
for p in "$off" "$on" "$faults"; do rps 3s "$p" > /dev/null; done

declare -A results
for round in $(seq 1 "$rounds"); do
  for name in off on faults; do
    r=$(rps "$duration" "${!name}")
    results[$name]="${results[$name]:-} $r"
    printf 'round %d  %-8s %8s req/s\n' "$round" "$name" "$r"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
off_m=$(echo "${results[off]}" | median); on_m=$(echo "${results[on]}" | median); faults_m=$(echo "${results[faults]}" | median)
echo
echo "medians of $rounds rounds (wrk -t2 -c$connections -d$duration), GET Environment/{id}:"
echo "  journal off              $off_m req/s"
echo "  journal on (default)     $on_m req/s   cost $(awk -v a="$on_m" -v b="$off_m" 'BEGIN {printf "%.1f%%", 100 * (b - a) / b}')  [target < 10%]"
echo "  journal + a fault rule   $faults_m req/s   cost $(awk -v a="$faults_m" -v b="$off_m" 'BEGIN {printf "%.1f%%", 100 * (b - a) / b}')  [target < 10%]"
