# Shared by the bench scripts (source it): start the emulator as users do, with the README's launcher
# (bin/boomi-emulator: its JVM defaults and start-up archive), on a free port, and wait until it is healthy.
#   start_emulator LOG [JVM options...]   sets $port and $server (the PID); exits 2 if it does not start
jar=emulator/target/boomi-emulator.jar
. scripts/lib/free-port.sh

start_emulator() {
  local log=$1; shift
  port=$(free_port)
  JAVA_OPTS="$*" bin/boomi-emulator --port "$port" --host 127.0.0.1 >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/_emulator/health" && return 0
    kill -0 "$server" 2>/dev/null || { echo "the emulator did not start:"; cat "$log"; exit 2; }
    sleep 0.1
  done
  echo "the emulator did not become healthy within 2 minutes"; exit 2
}

rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# What the load benches need: wrk, from Debian's packages if missing, and the emulator's jar, built if missing.
need_wrk() { command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
need_jar() { [ -f "$jar" ] || mvn -q -B -Dstyle.color=never package -DskipTests -pl emulator -am; }
