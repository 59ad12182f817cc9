#!/usr/bin/env bash
# Flat as the calls add up: the rate of what a CI/CD client does again and again, window after window on one
# emulator, so that a rule reading every row of the account shows as a rate that falls while its rows pile up.
#  - process component creates, each naming two components (their references are recorded), and updates of one;
#  - deploys, each of one of 40 packages of a process to one of 300 environments (each deploy replaces the last);
#  - polling one run's record (ExecutionRecord/async) and an Event query, after each window of ExecutionRequests;
#  - role creates, each of a new name (a name is unique in the account whatever its case);
#  - Connect Now createIntegrationPackDeployment, each a new instance of the multi-install pack (a new override name).
# Prints each window's req/s and the last window's against the first [target: flat, >= 0.5x].
#   bench/growth.sh                 WINDOWS=4 WINDOW=8s CONNECTIONS=20 to change
# Needs wrk (installed from Debian's packages if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
windows=${WINDOWS:-4}
window=${WINDOW:-8s}
connections=${CONNECTIONS:-20}

need_wrk
need_jar
work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null || true; rm -rf "$work"' EXIT
start_emulator "$work/emulator.log"
base=http://127.0.0.1:$port/api/rest/v1/demo-account
basic="Basic $(printf 'demo@example.com:demo-password' | base64)"
order_sync=7c4b2e10-5f6a-4b8c-9d0e-000000000001
demo_atom=5d8e7b1c-1a2b-4c3d-8e9f-00000000a701
post() { curl -sf -H "Authorization: $basic" -H 'Accept: application/json' -H "Content-Type: ${3:-application/json}" \
  -X POST -d "$2" "$base/$1"; }
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
lua() { # FILE METHOD CONTENT-TYPE [BODY]: a wrk script sending one request again and again
  printf 'wrk.method = "%s"\nwrk.headers["Authorization"] = "%s"\nwrk.headers["Accept"] = "application/json"\n' \
    "$2" "$basic" > "$1"
  printf 'wrk.headers["Content-Type"] = "%s"\n' "$3" >> "$1"
  [ -z "${4:-}" ] || printf "wrk.body = '%s'\n" "$4" >> "$1"
}
named_lua() { # FILE BODY PREFIX: a POST script sending BODY with NAME replaced by a new name each time (PREFIX, thread, count)
  lua "$1" POST application/json
  cat >> "$1" <<LUA
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
function init() n = 0 end
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, (string.gsub('$2', "NAME", "$3-" .. id .. "-" .. n)))
end
LUA
}
rate() { wrk -t2 -c"$connections" -d"$1" -s "$2" "$3" \
  | awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$NF} END {printf "%.0f%s", rps, bad ? " (" bad " not 2xx)" : ""}'; }
declare -A rates
report() { # NAME RATE...: one line, last against first
  local name=$1; shift
  printf '  %-42s %s   last / first %s\n' "$name" "$*" \
    "$(awk -v a="${*: -1}" -v b="$1" 'BEGIN {printf "%.2fx", a / b}')"
}

echo "component creates naming two components..."
connection=$(post Component '<bns:Component xmlns:bns="http://api.platform.boomi.com/" name="Orders API" type="connector-settings"><bns:object><HttpSettings url="http://orders"/></bns:object></bns:Component>' application/xml \
  | sed -n 's/.*componentId="\([^"]*\)".*/\1/p')
lua "$work/component.lua" POST application/xml "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Sync\" type=\"process\"><bns:object><process><shapes><shape shapetype=\"connectoraction\"><configuration><connectoraction connectionId=\"$connection\" operationId=\"00000000-0000-4000-8000-000000000000\"/></configuration></shape></shapes></process></bns:object></bns:Component>"
component=() updated=()
for _ in $(seq "$windows"); do component+=("$(rate "$window" "$work/component.lua" "$base/Component")"); done
echo "updates of one component..."
process=$(post Component '<bns:Component xmlns:bns="http://api.platform.boomi.com/" name="Updated" type="process"><bns:object><process/></bns:object></bns:Component>' application/xml \
  | sed -n 's/.*componentId="\([^"]*\)".*/\1/p')
for _ in $(seq "$windows"); do updated+=("$(rate "$window" "$work/component.lua" "$base/Component/$process")"); done

echo "deploys..."
environments=() packages=()
for i in $(seq 300); do environments+=("\"$(post Environment "{\"name\":\"Growth $i\",\"classification\":\"TEST\"}" | field id)\""); done
for i in $(seq 40); do packages+=("\"$(post PackagedComponent "{\"componentId\":\"$order_sync\"}" | field packageId)\""); done
lua "$work/deploy.lua" POST application/json
cat >> "$work/deploy.lua" <<LUA
environments = {$(IFS=,; echo "${environments[*]}")}
packages = {$(IFS=,; echo "${packages[*]}")}
local threads = 0
function setup(thread) thread:set("first", threads); threads = threads + 1 end
function init() n = first end
-- each thread deploys to its own environments (n keeps its parity, 300 is even), stepping through the packages
function request()
  local environment = environments[n % #environments + 1]
  local package = packages[math.floor(n / #environments) % #packages + 1]
  n = n + 2
  return wrk.format(nil, nil, nil, '{"environmentId":"' .. environment .. '","packageId":"' .. package .. '"}')
end
LUA
deploy=()
for _ in $(seq "$windows"); do deploy+=("$(rate "$window" "$work/deploy.lua" "$base/DeployedPackage")"); done

echo "polling a run and querying Events, after each window of ExecutionRequests..."
lua "$work/execute.lua" POST application/json "{\"processId\":\"$order_sync\",\"atomId\":\"$demo_atom\"}"
lua "$work/poll.lua" GET application/json
lua "$work/events.lua" POST application/json '{"QueryFilter":{"expression":{"operator":"EQUALS","property":"eventLevel","argument":["WARNING"]}}}'
poll=() events=() executed=()
for _ in $(seq "$windows"); do
  executed+=("$(rate "$window" "$work/execute.lua" "$base/ExecutionRequest")")
  run=$(post ExecutionRequest "{\"processId\":\"$order_sync\",\"atomId\":\"$demo_atom\"}" | field requestId)
  sleep 3 # the runs end; the first Event query then makes their footprints
  post Event/query '{}' > /dev/null
  poll+=("$(rate 5s "$work/poll.lua" "$base/ExecutionRecord/async/$run")")
  events+=("$(rate 5s "$work/events.lua" "$base/Event/query")")
done

echo "role creates..."
roles=()
for w in $(seq "$windows"); do
  named_lua "$work/role.lua" '{"name":"NAME"}' "Growth role $w"
  roles+=("$(rate "$window" "$work/role.lua" "$base/Role")")
done

echo "integration pack installs..."
installs=()
for w in $(seq "$windows"); do
  # a new override name each time: a new instance of the pack, attached to the Test environment
  named_lua "$work/install.lua" '{"accountId":"demo-account","environmentId":"3f1c2a9e-0b7d-4c55-9a11-000000000002","integrationPackId":"89abcdef-0123-4567-89ab-cdef01234567","integrationPackOverrideName":"NAME"}' "Growth $w"
  installs+=("$(rate "$window" "$work/install.lua" "http://127.0.0.1:$port/ws/simple/createIntegrationPackDeployment")")
done

echo
echo "req/s in consecutive windows ($window each, wrk -t2 -c$connections) [target: flat, last / first >= 0.5x]:"
report "process component create (2 references)" "${component[@]}"
report "process component update (one component)" "${updated[@]}"
report "deploy (40 packages x 300 environments)" "${deploy[@]}"
report "ExecutionRequest" "${executed[@]}"
report "poll a run (ExecutionRecord/async)" "${poll[@]}"
report "Event query" "${events[@]}"
report "role create (a new name each)" "${roles[@]}"
report "pack install, Connect Now (new instance)" "${installs[@]}"
