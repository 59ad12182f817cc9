#!/usr/bin/env bash
# Issue 16's figures: throughput of the emulator on its private H2, of one emulator on PostgreSQL, and of two
# emulators sharing one PostgreSQL database (wrk on each replica at once, half the connections each, summed), for a
# GET and for a create, in interleaved rounds. Starts a throw-away PostgreSQL from Debian's binaries (installed if
# missing; run as the postgres user when this is root, as PostgreSQL refuses root).
#   bench/shared.sh                   ROUNDS=3 DURATION=6s CONNECTIONS=20 to change
# On one machine the replicas share its cores with PostgreSQL and wrk: the figure shows what a second replica costs
# or gains here, not what it gains on a second machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${ROUNDS:-3}
duration=${DURATION:-6s}
connections=${CONNECTIONS:-20}
need_wrk
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
need_jar
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner=(); [ "$(id -u)" = 0 ] && as_owner=(runuser -u postgres --)

work=$(mktemp -d)
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$work"
pg_port=$(free_port)
"${as_owner[@]}" "$pg_bin/initdb" -D "$work/pg" -A trust -U emulator -E UTF8 --no-locale >/dev/null
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg.log" \
  -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
for db in one two quiet; do
  "${as_owner[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U emulator -d postgres -qc "CREATE DATABASE $db"
done
url() { echo "jdbc:postgresql://127.0.0.1:$pg_port/$1"; }

# start_emulator (bench/lib.sh) passes its arguments to the JVM; the database comes through the environment
start_on() { # name database-url-or-empty
  if [ -n "$2" ]; then
    BOOMI_EMULATOR_DATABASE=$2 BOOMI_EMULATOR_DATABASE_USER=emulator start_emulator "$work/$1.log"
  else
    start_emulator "$work/$1.log"
  fi
  pids+=("$server")
  eval "${1}_port=$port"
}
start_on h2 ""
start_on pg_one "$(url one)"
# the same, with the request journal off: what the shared journal (one insert per request) costs
BOOMI_EMULATOR_JOURNAL_SIZE=0 start_on pg_quiet "$(url quiet)"
start_on pg_a "$(url two)"
start_on pg_b "$(url two)"

auth="Authorization: Basic $(printf 'demo@example.com:demo-password' | base64)"
path=/api/rest/v1/demo-account/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001
cat > "$work/get.lua" <<LUA
wrk.headers["Authorization"] = "${auth#Authorization: }"
wrk.headers["Accept"] = "application/json"
LUA
cat > "$work/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "${auth#Authorization: }"
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Bench","classification":"TEST"}'
LUA

rate() { # script connections port -> requests/s
  wrk -t1 -c"$2" -d"$duration" -s "$work/$1.lua" "http://127.0.0.1:$3${4:-$path}" | awk '/Requests\/sec/ {print $2}'
}
both() { # script -> summed requests/s of the two replicas, each loaded at once with half the connections
  local half=$((connections / 2)) target=$2
  rate "$1" "$half" "$pg_a_port" "$target" > "$work/a.rate" &
  local a=$!
  rate "$1" "$half" "$pg_b_port" "$target" > "$work/b.rate"
  wait "$a"
  awk '{s += $1} END {printf "%.0f", s}' "$work/a.rate" "$work/b.rate"
}
declare -A results
for round in $(seq 1 "$rounds"); do
  for kind in get create; do
    target=$path; [ "$kind" = create ] && target=/api/rest/v1/demo-account/Environment
    results[$kind,h2]+="$(rate $kind "$connections" "$h2_port" "$target") "
    results[$kind,one]+="$(rate $kind "$connections" "$pg_one_port" "$target") "
    results[$kind,quiet]+="$(rate $kind "$connections" "$pg_quiet_port" "$target") "
    results[$kind,two]+="$(both $kind "$target") "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '\n%-10s %10s %18s %22s %18s %11s\n' "request" "H2 req/s" "PostgreSQL, one" "one, journal off" \
  "PostgreSQL, two" "two / one"
for kind in get create; do
  h2=$(echo "${results[$kind,h2]}" | median); one=$(echo "${results[$kind,one]}" | median)
  quiet=$(echo "${results[$kind,quiet]}" | median); two=$(echo "${results[$kind,two]}" | median)
  printf '%-10s %10.0f %18.0f %22.0f %18.0f %10sx\n' "$kind" "$h2" "$one" "$quiet" "$two" \
    "$(awk -v two="$two" -v one="$one" 'BEGIN {printf "%.2f", two / one}')"
done
echo "(medians of $rounds rounds of $duration, $connections connections; $(nproc) cores shared by everything)"
