#!/usr/bin/env bash
# Runs the emulator on the jlink runtime the image ships (docker/build-runtime.sh) and checks that every family and
# tool answers: a module missing from the runtime's list fails here, where no Docker engine is needed.
# Prints the runtime's size, the parts of the image it makes, and the start-up on it.
#   scripts/runtime-smoke.sh            (needs a JDK 17 with jlink; builds the fat jar if there is none)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=emulator/target/boomi-emulator.jar
[ -f "$jar" ] || mvn -q -B -Dstyle.color=never package -DskipTests -pl emulator -am
work=$(mktemp -d)
emulator=
trap 'kill $emulator 2>/dev/null || true; rm -rf "$work"' EXIT

sh docker/build-runtime.sh "$work/runtime"
. scripts/lib/free-port.sh
# start_on_free_port: starts the emulator on the runtime and waits until it is healthy; a port that another
# process took between the choice and the bind is chosen again
start_on_free_port() {
  for _ in 1 2 3; do
    port=$(free_port)
    base=http://127.0.0.1:$port
    started=$(date +%s%N)
    # with the image's flags that a runtime may refuse (TrimNativeHeapInterval: JDK 17.0.11 and later)
    "$work/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000 -jar "$jar" \
      --host 127.0.0.1 --port "$port" \
      >"$work/emulator.log" 2>&1 &
    emulator=$!
    for _ in $(seq 1 600); do
      curl -sf -o /dev/null "$base/_emulator/health" && return 0
      if ! kill -0 "$emulator" 2>/dev/null; then
        grep -q 'already in use' "$work/emulator.log" && continue 2
        cat "$work/emulator.log"; echo "runtime-smoke: the emulator exited"; exit 1
      fi
      sleep 0.1
    done
    echo "runtime-smoke: the emulator was not healthy within a minute"; exit 1
  done
  cat "$work/emulator.log"; echo "runtime-smoke: no free port after three tries"; exit 1
}
start_on_free_port
healthy_ms=$(( ($(date +%s%N) - started) / 1000000 ))

failed=0
# check NAME EXPECTED-STATUS EXPECTED-TEXT curl-arguments...: the status, and a piece of the body
check() {
  local name=$1 status=$2 text=$3 got
  shift 3
  got=$(curl -s -o "$work/body" -w '%{http_code}' --max-time 10 "$@") || true
  if [ "$got" = "$status" ] && grep -q -- "$text" "$work/body"; then
    echo "ok    $name"
  else
    echo "FAIL  $name: status $got, body: $(head -c 300 "$work/body")"
    failed=1
  fi
}
auth=(-u demo@example.com:demo-password)
platform=$base/api/rest/v1/demo-account
check "Platform GET in XML (the default)" 200 '<bns:Environment' "${auth[@]}" \
  "$platform/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001"
check "Platform query in JSON" 200 '"@type":"QueryResult"' "${auth[@]}" -H 'Accept: application/json' \
  -H 'Content-Type: application/json' -X POST -d '{"QueryFilter":{"expression":{"property":"name","operator":"LIKE","argument":["%"]}}}' \
  "$platform/Environment/query"
check "Platform create from XML" 200 'name="runtime-smoke"' "${auth[@]}" -H 'Content-Type: application/xml' \
  -d '<bns:Environment xmlns:bns="http://api.platform.boomi.com/" name="runtime-smoke" classification="TEST"/>' \
  "$platform/Environment"
check "Platform error in XML" 404 '<error><message>' "${auth[@]}" "$platform/Environment/no-such-environment"
check "Connect Now" 200 'Salesforce to NetSuite Sync' "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"accountId":"demo-account"}' "$base/ws/simple/getAllIPacksAvailableToAccount"
check "Data Integration" 200 '"next_page"' -H 'Authorization: Bearer demo-di-token' \
  "$base/v1/accounts/6650a1b2c3d4e5f600000001/environments/6650a1b2c3d4e5f6000000e1/rivers?items_per_page=2"
check "control API: state export" 200 'demo-account' "$base/_emulator/state"
check "control API: request journal" 200 'Environment' "$base/_emulator/requests"
check "dashboard" 200 "<html" "$base/_emulator/ui"
check "control API: reset" 200 '' -X POST "$base/_emulator/reset"
if grep -E 'ClassNotFound|NoClassDefFound|UnsatisfiedLink|Unexpected failure' "$work/emulator.log"; then
  echo "FAIL  the emulator's log names a missing class or an unexpected failure"
  failed=1
fi

jsa_note="(the image adds its AppCDS archive, recorded at build time)"
echo "runtime-smoke: runtime $(du -sh "$work/runtime" | cut -f1), jar $(du -sh "$jar" | cut -f1) $jsa_note;" \
  "healthy in ${healthy_ms} ms on it without an archive"
[ "$failed" = 0 ] || { echo "runtime-smoke: failed"; exit 1; }
echo "runtime-smoke: every check passed"
