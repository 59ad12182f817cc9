#!/usr/bin/env bash
# The README is a test: every ```bash block runs, in order, against an emulator started with the README's own
# start command, and the run fails when a command fails or its output contradicts what the README says.
#
# How a block says what it expects (README authors, read this):
#   #=> TEXT              the output of the commands since the previous check contains TEXT (fixed string)
#   #!=> TEXT             ... does not contain TEXT
#   <!-- readme-test: skip, REASON -->      on the line before the block: not run (say why)
#   <!-- readme-test: continues -->         on the line before the block: runs on the state the previous block
#                                           left; otherwise every block starts from a reset emulator
# curl runs with --fail-with-body, so an HTTP error fails the block even when the README uses -s.
#
# Usage: scripts/readme-test.sh [README.md]   (port: README_TEST_PORT, default 18080; the jar is built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
readme=${1:-README.md}
port=${README_TEST_PORT:-18080}
work=$(mktemp -d)
trap 'kill "${emulator:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

# the README's start command, on a spare port: one another process holds would answer in its place, with its own state
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "readme-test: something already answers on port $port; stop it or set README_TEST_PORT" >&2
  exit 1
fi
bin/boomi-emulator --port "$port" --host 127.0.0.1 > "$work/emulator.log" 2>&1 &
emulator=$!
for _ in $(seq 1 1800); do   # minutes: a new build records its start-up archive first
  curl -sf -o /dev/null "http://127.0.0.1:$port/_emulator/health" && break
  kill -0 "$emulator" 2>/dev/null || { cat "$work/emulator.log"; echo "readme-test: the emulator did not start" >&2; exit 1; }
  sleep 0.1
done

# Split the README into numbered block files, each with its section heading and marker (awk: no Python in CI).
awk -v work="$work" '
  function flush_meta() { printf "%s\n%s\n", heading, marker > (work "/" name ".meta"); close(work "/" name ".meta") }
  !inblock && /^#/ { heading = $0; sub(/^#+ */, "", heading) }
  !inblock && /^<!-- readme-test: / { marker = $0; sub(/^<!-- readme-test: /, "", marker); sub(/ -->.*$/, "", marker); next }
  !inblock && /^```bash[[:space:]]*$/ { inblock = 1; n++; name = sprintf("%03d", n); printf "" > (work "/" name ".sh"); next }
  inblock && /^```[[:space:]]*$/ { inblock = 0; close(work "/" name ".sh"); flush_meta(); marker = ""; next }
  inblock { print > (work "/" name ".sh"); next }
  /[^[:space:]]/ { marker = "" }
' "$readme"

# Turns a block into a script: output of each stretch of commands goes to a file that the checks read.
compile_block() { # block file -> script on stdout
  echo 'set -euo pipefail'
  echo 'curl() { command curl --fail-with-body "$@"; }'
  echo 'expect() { if ! grep -qF -- "$1" "$OUT"; then printf "\\nreadme-test: expected output to contain: %s\\n" "$1" >&2; exit 1; fi; }'
  echo 'refute() { if grep -qF -- "$1" "$OUT"; then printf "\\nreadme-test: expected output not to contain: %s\\n" "$1" >&2; exit 1; fi; }'
  echo ': > "$OUT"'
  echo '{ :'
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line//localhost:8080/localhost:$port}
    if [[ $line =~ ^[[:space:]]*\#\!\=\>[[:space:]]?(.*)$ ]]; then
      printf '} >> "$OUT" 2>&1\nrefute %q\n{ :\n' "${BASH_REMATCH[1]}"
    elif [[ $line =~ ^[[:space:]]*\#\=\>[[:space:]]?(.*)$ ]]; then
      printf '} >> "$OUT" 2>&1\nexpect %q\n: > "$OUT"\n{ :\n' "${BASH_REMATCH[1]}"
    else
      printf '%s\n' "$line"
    fi
  done < "$1"
  echo '} >> "$OUT" 2>&1'
}

passed=0; failed=0; skipped=0
for block in "$work"/*.sh; do
  meta=${block%.sh}.meta
  heading=$(sed -n 1p "$meta"); marker=$(sed -n 2p "$meta")
  name="$(basename "$block" .sh) ($heading)"
  if [[ $marker == skip* ]]; then
    echo "skip  $name: ${marker#skip, }"; skipped=$((skipped + 1)); continue
  fi
  if [[ $marker != continues* ]]; then
    curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/_emulator/reset"
  fi
  compile_block "$block" > "$block.run"
  if OUT="$block.out" bash "$block.run" > "$block.log" 2>&1; then
    echo "pass  $name"; passed=$((passed + 1))
  else
    echo "FAIL  $name"; failed=$((failed + 1))
    echo "----- block:"; cat "$block"
    echo "----- output:"; cat "$block.out" "$block.log" 2>/dev/null | tail -40
    echo "-----"
  fi
done
echo "readme-test: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
