#!/usr/bin/env bash
# Long fuzz run: starts the emulator jar on a random port and sends it N fuzz cases generated from the
# emulator's four OpenAPI documents and Boomi's own Platform document (api-tests/src/test/java/dev/boomiemulator/
# robustness/fuzz, the engine OpenApiFuzzTest runs in mvn verify). Prints requests, 2xx, 4xx by status, 5xx, hangs
# and wrong shapes per family, then every finding group with a curl reproducer, and the server log's ERROR count.
# Usage: bench/fuzz.sh [requests (default 100000)] [seed (default random)]
#        FUZZ_WORKERS=4 connections in parallel.  Replay one case: see FuzzMain --case.
#        FUZZ_DISTURB=MS: resets, state loads, clock moves and journal clears beside the workers, one every MS ms
#        on average (robustness/fuzz/Disturbances.java); state checks are off then.
# Exit status: 0 when nothing was found, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
requests=${1:-100000}
seed=${2:-$(( (RANDOM << 30) ^ (RANDOM << 15) ^ RANDOM ))}
. bench/lib.sh
classes=api-tests/target/test-classes
if [ ! -f "$jar" ] || [ ! -f "$classes/dev/boomiemulator/robustness/fuzz/FuzzMain.class" ]; then
  mvn -q -o -B package -DskipTests -pl emulator,api-tests -am || exit 2
fi

log=$(mktemp -t boomi-fuzz-XXXX.log)
trap 'kill "${server:-}" 2>/dev/null; wait "${server:-}" 2>/dev/null' EXIT
start_emulator "$log"

java -cp "$classes:$jar" dev.boomiemulator.robustness.fuzz.FuzzMain \
  --port "$port" --requests "$requests" --seed "$seed" --workers "${FUZZ_WORKERS:-4}" --disturb "${FUZZ_DISTURB:-0}"
status=$?

errors=$(grep -c ' ERROR ' "$log")
echo "server log ($log): $errors ERROR lines"
grep ' ERROR ' "$log" | sed -E 's/^[0-9:.]+ \[[^]]*\] //' | cut -c1-160 | sort | uniq -c | sort -rn | head -10
exit $status
