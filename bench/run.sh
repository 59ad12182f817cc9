#!/usr/bin/env bash
# Every figure of issue 13 in one run, ending in one table of figures and ratios:
#  1. throughput, side by side: the emulator (started by the README's launcher, with its JVM defaults, C1 only; and
#     again with C2, JAVA_OPTS=-XX:TieredStopAtLevel=4, the JIT WireMock and the bare app run with) against
#     WireMock's static stub and a bare Javalin app returning the same Environment body (bench/Bare.java), with
#     wrk, in interleaved rounds so a noisy machine hits all alike; p99 at 100 connections;
#  2. memory: idle RSS with the default fixtures, after the load, and after a reset and a minute's idling;
#  3. start-up: launcher to first healthy 200 (bench/startup.sh), and embedded starts in one JVM;
#  4. data size: first query page, queryMore and reset at 1k/10k/100k rows (bench/DataBench.java; SIZES to change,
#     e.g. SIZES=1000,1000000 for the million, which takes minutes and ~2 GB of heap);
#  5. growth: what a CI/CD client repeats (component creates, deploys, polling a run, Event queries), window after
#     window on one emulator, flat as its rows pile up (bench/growth.sh).
#   bench/run.sh                      ROUNDS=3 DURATION=6s CONNECTIONS=20 SIZES=1000,10000,100000 to change
# Needs wrk (installed from Debian's packages if missing) and fetches wiremock-standalone from Maven Central once.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${ROUNDS:-3}
duration=${DURATION:-6s}
connections=${CONNECTIONS:-20}
wiremock_version=3.13.2
wiremock=bench-out/wiremock-standalone-$wiremock_version.jar

need_wrk
need_jar
mkdir -p bench-out
[ -f "$wiremock" ] || mvn -q -B -Dstyle.color=never dependency:copy \
  -Dartifact=org.wiremock:wiremock-standalone:$wiremock_version -DoutputDirectory=bench-out

wait_for() { for _ in $(seq 1 600); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done; echo "no answer from $1"; exit 2; }

work=$(mktemp -d)
trap 'kill ${server:-} ${c2_server:-} ${bare:-} ${mock:-} 2>/dev/null || true; rm -rf "$work"' EXIT # (set -e: a kill of an ended process would set the exit status)
start_emulator "$work/emulator-c2.log" -XX:TieredStopAtLevel=4
c2_port=$port c2_server=$server
start_emulator "$work/emulator.log"
emulator_port=$port
# idle: past the two full collections a quiet server runs (IdleMemoryReturn: 2 s, then 10 s more) and a C-heap trim
# (the JVM's, every 5 s)
sleep 15
idle_rss=$(rss_mb "$server")
auth="Authorization: Basic $(printf 'demo@example.com:demo-password' | base64)"
path=/api/rest/v1/demo-account/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001
body=$(curl -sf -H "$auth" -H 'Accept: application/json' "http://127.0.0.1:$emulator_port$path")

bare_port=$(free_port)
java -cp "$jar" bench/Bare.java "$bare_port" "$body" > "$work/bare.log" 2>&1 &
bare=$!
mock_port=$(free_port)
# its root (mappings/, __files/) in the run's scratch folder: WireMock makes both in the working folder otherwise
mkdir -p "$work/wiremock"
java -jar "$wiremock" --port "$mock_port" --bind-address 127.0.0.1 --disable-banner --no-request-journal \
  --root-dir "$work/wiremock" > "$work/wiremock.log" 2>&1 &
mock=$!
wait_for "http://127.0.0.1:$bare_port$path"
wait_for "http://127.0.0.1:$mock_port/__admin/mappings"
printf '{"request":{"method":"GET","url":"%s"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":%s}}' \
  "$path" "$(printf '%s' "$body" | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/')" \
  | curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d @- "http://127.0.0.1:$mock_port/__admin/mappings"

cat > "$work/query.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "${auth#Authorization: }"
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"QueryFilter":{"expression":{"property":"name","operator":"EQUALS","argument":["Production"]}}}'
LUA
sed 's|^wrk.body = .*|wrk.body = '"'"'{"name":"Bench","classification":"TEST"}'"'"'|' "$work/query.lua" > "$work/create.lua"

# name|url|extra wrk args
targets=(
  "emulator GET|http://127.0.0.1:$emulator_port$path|-H|$auth|-H|Accept: application/json"
  "emulator query|http://127.0.0.1:$emulator_port/api/rest/v1/demo-account/Environment/query|-s|$work/query.lua"
  "emulator create|http://127.0.0.1:$emulator_port/api/rest/v1/demo-account/Environment|-s|$work/create.lua"
  "emulator C2 GET|http://127.0.0.1:$c2_port$path|-H|$auth|-H|Accept: application/json"
  "emulator C2 query|http://127.0.0.1:$c2_port/api/rest/v1/demo-account/Environment/query|-s|$work/query.lua"
  "emulator C2 create|http://127.0.0.1:$c2_port/api/rest/v1/demo-account/Environment|-s|$work/create.lua"
  "WireMock GET|http://127.0.0.1:$mock_port$path"
  "bare Javalin GET|http://127.0.0.1:$bare_port$path"
)

run_wrk() { # connections duration target-spec -> "req/s p99ms"
  local spec=$3 name url
  IFS='|' read -r -a parts <<< "$spec"
  url=${parts[1]}
  wrk -t2 -c"$1" -d"$2" --latency "${parts[@]:2}" "$url" \
    | awk '/Requests\/sec/ {rps=$2} / 99%/ {p=$2; if (p ~ /us$/) {sub(/us/,"",p); p=p/1000} else if (p ~ /ms$/) {sub(/ms/,"",p)} else if (p ~ /s$/) {sub(/s/,"",p); p=p*1000} } END {printf "%.0f %.1f", rps, p}'
}

echo "warming up every target..."
for spec in "${targets[@]}"; do
  # C2 compiles the hot paths after some seconds of load: the emulator with C2, and WireMock and the bare app, which
  # run C2 (with 3 s, WireMock went 6,145 -> 8,829 -> 20,371 req/s over the three rounds, and its median understated it)
  case $spec in "emulator GET"*|"emulator query"*|"emulator create"*) warm=3s ;; *) warm=20s ;; esac
  run_wrk "$connections" "$warm" "$spec" > /dev/null
done

declare -A results
for round in $(seq 1 "$rounds"); do
  for spec in "${targets[@]}"; do
    name=${spec%%|*}
    read -r rps _ <<< "$(run_wrk "$connections" "$duration" "$spec")"
    results[$name]="${results[$name]:-} $rps"
    printf 'round %d  %-18s %8s req/s\n' "$round" "$name" "$rps"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
echo
echo "medians of $rounds rounds (wrk -t2 -c$connections -d$duration):"
for spec in "${targets[@]}"; do
  name=${spec%%|*}
  med[$name]=$(echo "${results[$name]}" | median)
  printf '  %-18s %8s req/s\n' "$name" "${med[$name]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
echo
echo "ratios (issue 13 targets in brackets; \"C2\": the same emulator with JAVA_OPTS=-XX:TieredStopAtLevel=4):"
for jit in "" "C2 "; do
  echo "  emulator ${jit}GET / bare Javalin GET  $(ratio "${med[emulator ${jit}GET]}" "${med[bare Javalin GET]}")  [>= 0.5x]"
  echo "  emulator ${jit}GET / WireMock GET      $(ratio "${med[emulator ${jit}GET]}" "${med[WireMock GET]}")  [>= 2x]"
  echo "  emulator ${jit}query / emulator ${jit}GET    $(ratio "${med[emulator ${jit}query]}" "${med[emulator ${jit}GET]}")  [within 2x]"
  echo "  emulator ${jit}create / emulator ${jit}GET   $(ratio "${med[emulator ${jit}create]}" "${med[emulator ${jit}GET]}")  [within 2x]"
done
echo
echo "p99 at 100 connections (target < 50 ms for the emulator):"
for spec in "${targets[0]}" "${targets[3]}" "${targets[6]}" "${targets[7]}"; do
  read -r rps p99 <<< "$(run_wrk 100 "$duration" "$spec")"
  printf '  %-18s %8s req/s  p99 %8s ms\n' "${spec%%|*}" "$rps" "$p99"
done
loaded_rss=$(rss_mb "$server")
curl -sf -o /dev/null -X POST "http://127.0.0.1:$emulator_port/_emulator/reset"
sleep "${IDLE_AFTER:-60}"
after_rss=$(rss_mb "$server")
echo
echo "RSS of the emulator (target: idle <= 150 MB, memory returned after a load and a reset):"
echo "  idle, default fixtures         ${idle_rss} MB"
echo "  right after the load above     ${loaded_rss} MB"
echo "  after a reset and ${IDLE_AFTER:-60} s idle      ${after_rss} MB"
kill "$server" "$c2_server" "$bare" "$mock" 2>/dev/null || true

echo
echo "start-up (target: launcher <= 1000 ms to the first healthy 200):"
bench/startup.sh 5 | sed 's/^/  /'

echo
echo "data size (targets: first page and queryMore flat within 2x from the smallest to the largest size;"
echo "reset under 100 ms with 100k fixture rows; a second embedded start <= 150 ms):"
java -Xmx2g -cp "$jar" bench/DataBench.java "${SIZES:-1000,10000,100000}" | sed 's/^/  /'
echo
echo "growth (bench/growth.sh):"
bench/growth.sh | sed -n '/^req\/s in consecutive/,$p' | sed 's/^/  /'
