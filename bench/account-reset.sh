#!/usr/bin/env bash
# What a reset of one account costs as other accounts write, with nobody resetting the whole store (a shared
# instance, or a suite that gives each test class an account of its own): round after round, one account
# (demo-account) creates Environments and Folders (generic objects, whose filterable values name no account) and is
# reset, then another (other-account) creates a few and is reset; the other account's reset should cost what it
# wrote, round after round, however much the first wrote before.
#   bench/account-reset.sh               ROUNDS=8 BUSY=300 QUIET=20 to change
# Prints each round's reset times (curl's, milliseconds) and the last round's against the first.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rounds=${ROUNDS:-8}
busy=${BUSY:-300}
quiet=${QUIET:-20}
need_jar

work=$(mktemp -d)
trap 'kill ${server:-} 2>/dev/null || true; rm -rf "$work"' EXIT
start_emulator "$work/emulator.log"
base=http://127.0.0.1:$port
demo="demo@example.com:demo-password"
other="other@example.com:other-password"

# N creates in the account, half Environments, half Folders, over one connection (curl reuses it for every URL)
create() { # account credentials count tag
  local account=$1 user=$2 count=$3 tag=$4 config=$work/create.cfg
  : > "$config"
  for i in $(seq 1 "$count"); do
    if (( i % 2 )); then
      printf 'url = "%s/api/rest/v1/%s/Environment"\ndata = "{\\"name\\":\\"%s-%s\\",\\"classification\\":\\"TEST\\"}"\n' \
        "$base" "$account" "$tag" "$i" >> "$config"
    else
      printf 'url = "%s/api/rest/v1/%s/Folder"\ndata = "{\\"name\\":\\"%s-%s\\"}"\n' "$base" "$account" "$tag" "$i" >> "$config"
    fi
    printf 'output = "/dev/null"\n' >> "$config"
  done
  curl -sf -u "$user" -H 'Content-Type: application/json' -H 'Accept: application/json' -K "$config"
}
reset_ms() { curl -sf -o /dev/null -w '%{time_total}' -X POST "$base/_emulator/reset/$1" | awk '{printf "%.1f", $1 * 1000}'; }

printf '%-6s %22s %24s\n' round "demo-account reset ms" "other-account reset ms"
first=""
for round in $(seq 1 "$rounds"); do
  create demo-account "$demo" "$busy" "busy$round"
  busy_ms=$(reset_ms demo-account)
  create other-account "$other" "$quiet" "quiet$round"
  quiet_ms=$(reset_ms other-account)
  printf '%-6s %22s %24s\n' "$round" "$busy_ms" "$quiet_ms"
  first=${first:-$quiet_ms}
  last=$quiet_ms
done
awk -v f="$first" -v l="$last" 'BEGIN {printf "other-account reset, last round / first: %.2fx\n", l / f}'
