#!/usr/bin/env bash
# Start-up benchmark: launch to the first 200 from /_emulator/health, default fixtures loaded.
# Measures two ways: the plain fat jar (java -jar), and the README's launcher bin/boomi-emulator
# (the same jar with C1 only and a class-data-sharing archive), taking turns run by run.
# Usage: bench/startup.sh [runs]      target: the launcher under 1000 ms on a 2-core machine
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=emulator/target/boomi-emulator.jar
[ -f "$jar" ] || mvn -q -B -Dstyle.color=never package -DskipTests -pl emulator -am
port=18765

start_once() { # command...: prints the milliseconds from launch to the first healthy 200
  local start end pid ok=""
  start=$(date +%s%N)
  "$@" --port "$port" --host 127.0.0.1 >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do   # at most ~30 s
    if curl -sf -o /dev/null "http://127.0.0.1:$port/_emulator/health"; then ok=1; break; fi
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  [ -n "$ok" ] || { echo "$* : no healthy answer within 30 s" >&2; exit 1; }
  echo $(( (end - start) / 1000000 ))
}

summary() { # label, milliseconds...
  local label=$1; shift
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  printf '%-34s min %5s ms  median %5s ms  max %5s ms  (%s runs)\n' "$label" \
    "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( ($# + 1) / 2 ))p")" "$(echo "$sorted" | tail -1)" "$#"
}

# the launcher records its archive on first use; do that outside the measurement
bin/boomi-emulator --port "$port" --host 127.0.0.1 >/dev/null 2>&1 & first=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/_emulator/health" && break; sleep 0.1; done
kill "$first" 2>/dev/null; wait "$first" 2>/dev/null || true

echo "start to first healthy 200 (target: the launcher under 1000 ms)"
# the two ways take turns, run by run: on a machine whose speed drifts, runs grouped by way compare the drift
plain=() launcher=()
for _ in $(seq 1 "$runs"); do
  plain+=("$(start_once java -jar "$jar")")
  launcher+=("$(start_once bin/boomi-emulator)")
done
summary "java -jar emulator/target/boomi-emulator.jar" "${plain[@]}"
summary "bin/boomi-emulator (C1 + CDS)" "${launcher[@]}"
