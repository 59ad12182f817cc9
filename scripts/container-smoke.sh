#!/usr/bin/env bash
# Container smoke test: builds the image, runs it, waits until it is healthy, sends a few requests
# to every API family, stops and removes the container. Exits non-zero on any failed check.
#
#   scripts/container-smoke.sh
#
# Anywhere with a working Docker engine and registry this is an ordinary docker build / docker run.
# Where there is none (the project's sandbox), it makes its own, as root on Debian:
#   - no engine: installs Debian's docker.io and starts dockerd in the background (default storage
#     driver, then --storage-driver=vfs, then without iptables/bridge, running the container with
#     --network host), and stops it again at the end;
#   - base images not pullable: builds local images of the same names from Debian packages
#     (scripts/local-base-images/), so the Dockerfile stays the ordinary one.
#
# Settings (environment):
#   SMOKE_IMAGE           image tag to build and run             (boomi-emulator:smoke)
#   SMOKE_PORT            host port                              (first free from 18080)
#   BUILD_IMAGE           build stage base image                 (maven:3.9-eclipse-temurin-17)
#   RUNTIME_IMAGE         run stage base image                   (debian:bookworm-slim)
#   SMOKE_SKIP_BUILD=1    run an image built before
#   SMOKE_REMOVE_IMAGE=1  remove the built image at the end
#   SMOKE_KEEP_ENGINE=1   leave a dockerd that this script started running
#   SMOKE_SETUP=never     never install or start an engine, never build stand-in base images
#   SMOKE_NETWORK=host    run the container with --network host (chosen by itself when dockerd runs without a bridge)
#   SMOKE_DI_ACCOUNT, SMOKE_DI_TOKEN  Data Integration account id and bearer token to try
#   DEBIAN_MIRROR         mirror for the stand-in base images    (http://deb.debian.org/debian)
#   SMOKE_EXTRA_CA_DIR    *.crt the stand-ins trust besides Debian's CAs (/usr/local/share/ca-certificates)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMAGE=${SMOKE_IMAGE:-boomi-emulator:smoke}
BUILD_IMAGE=${BUILD_IMAGE:-maven:3.9-eclipse-temurin-17}
RUNTIME_IMAGE=${RUNTIME_IMAGE:-debian:bookworm-slim}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
LOCAL_DEBIAN=boomi-emulator-local/debian:bookworm
EXTRA_CA_DIR=${SMOKE_EXTRA_CA_DIR:-/usr/local/share/ca-certificates}
SETUP=${SMOKE_SETUP:-auto}
CONTAINER=boomi-emulator-smoke-$$
WORK=$(mktemp -d "${TMPDIR:-/tmp}/boomi-smoke.XXXXXX")
DOCKERD_PID=
NETWORK_MODE=${SMOKE_NETWORK:-bridge}
FAILED=0
PASSED=0

# Portability (macOS has no GNU timeout and no date +%N): small stand-ins.
if ! command -v timeout >/dev/null 2>&1; then
    timeout() {
        local secs=$1 pid watchdog rc
        shift
        "$@" &
        pid=$!
        (sleep "$secs" && kill -TERM "$pid" 2>/dev/null) &
        watchdog=$!
        rc=0
        wait "$pid" || rc=$?
        kill "$watchdog" 2>/dev/null || true
        return "$rc"
    }
fi
now_ms() {
    local ns
    ns=$(date +%s%N)
    case "$ns" in
        *N) echo $(($(date +%s) * 1000)) ;;
        *) echo $((ns / 1000000)) ;;
    esac
}

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'FATAL: %s\n' "$*" >&2; exit 1; }

cleanup() {
    local status=$?
    if docker container inspect "$CONTAINER" >/dev/null 2>&1; then
        if [ "$status" -ne 0 ]; then
            log "container log (last 40 lines):"
            timeout 20 docker logs --tail 40 "$CONTAINER" >&2 2>&1 || true
        fi
        timeout 60 docker rm -f "$CONTAINER" >/dev/null 2>&1 || true
    fi
    if [ "${SMOKE_REMOVE_IMAGE:-0}" = 1 ]; then
        timeout 60 docker rmi "$IMAGE" >/dev/null 2>&1 || true
    fi
    if [ -n "$DOCKERD_PID" ] && [ "${SMOKE_KEEP_ENGINE:-0}" != 1 ]; then
        stop_dockerd
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the engine ---------------------------------------------------------------------------------

engine_up() { timeout 20 docker info >/dev/null 2>&1; }

stop_dockerd() {
    kill -TERM "$DOCKERD_PID" 2>/dev/null || return 0
    for _ in $(seq 1 150); do
        kill -0 "$DOCKERD_PID" 2>/dev/null || { DOCKERD_PID=; return 0; }
        sleep 0.2
    done
    kill -KILL "$DOCKERD_PID" 2>/dev/null || true
    DOCKERD_PID=
}

# start_dockerd FLAGS...: starts dockerd in the background, true when it answers within 40 s
start_dockerd() {
    local logfile="$WORK/dockerd-$#.log"
    log "starting dockerd $* (log: $logfile)"
    dockerd "$@" >"$logfile" 2>&1 &
    DOCKERD_PID=$!
    for _ in $(seq 1 80); do
        if ! kill -0 "$DOCKERD_PID" 2>/dev/null; then
            log "dockerd $* exited:"
            grep -iE 'level=(error|fatal)|failed' "$logfile" | tail -5 >&2 || true
            DOCKERD_PID=
            return 1
        fi
        engine_up && return 0
        sleep 0.5
    done
    log "dockerd $* did not answer within 40 s"
    stop_dockerd
    return 1
}

ensure_engine() {
    if engine_up; then
        log "using the running Docker engine"
        return
    fi
    [ "$SETUP" != never ] || die "no Docker engine answers 'docker info' (and SMOKE_SETUP=never)"
    [ "$(id -u)" = 0 ] || die "no Docker engine answers 'docker info'; start one, or run this as root to let it start its own"
    if ! command -v dockerd >/dev/null 2>&1; then
        command -v apt-get >/dev/null 2>&1 || die "no Docker engine and no apt-get to install one"
        log "installing Debian's docker.io"
        timeout 300 apt-get update -qq >/dev/null || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends docker.io iptables >/dev/null \
            || die "apt-get install docker.io failed"
    fi
    if [ -S /var/run/docker.sock ] && ! pgrep -x dockerd >/dev/null 2>&1; then
        rm -f /var/run/docker.sock /var/run/docker.pid
    fi
    start_dockerd && return
    start_dockerd --storage-driver=vfs && return
    NETWORK_MODE=host
    start_dockerd --iptables=false --bridge=none && return
    start_dockerd --storage-driver=vfs --iptables=false --bridge=none && return
    die "dockerd would not start with any of the flags tried (logs above)"
}

# ---- base images --------------------------------------------------------------------------------

debian_base() {
    docker image inspect "$LOCAL_DEBIAN" >/dev/null 2>&1 && return
    if ! command -v debootstrap >/dev/null 2>&1; then
        command -v apt-get >/dev/null 2>&1 || die "debootstrap is needed for the stand-in base images"
        timeout 300 apt-get update -qq >/dev/null || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends debootstrap >/dev/null \
            || die "apt-get install debootstrap failed"
    fi
    log "debootstrap bookworm (minbase) from $DEBIAN_MIRROR"
    timeout 900 debootstrap --variant=minbase bookworm "$WORK/rootfs" "$DEBIAN_MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }
    rm -rf "$WORK/rootfs/var/cache/apt/archives/"*.deb "$WORK/rootfs/var/lib/apt/lists/"*
    tar -C "$WORK/rootfs" -c . | timeout 600 docker import -c 'CMD ["bash"]' - "$LOCAL_DEBIAN" >/dev/null \
        || die "docker import of the Debian rootfs failed"
    rm -rf "$WORK/rootfs"
}

# ensure_base_image NAME KIND: present locally, or pulled, or built from Debian packages (KIND: debian|jre|maven)
ensure_base_image() {
    local name=$1 kind=$2
    if docker image inspect "$name" >/dev/null 2>&1; then
        log "base image $name: present$(standin_note "$name")"
        return
    fi
    if timeout 600 docker pull "$name" >"$WORK/pull.log" 2>&1; then
        log "base image $name: pulled"
        return
    fi
    log "base image $name: cannot be pulled ($(tail -1 "$WORK/pull.log"))"
    [ "$SETUP" != never ] || die "base image $name is missing (and SMOKE_SETUP=never)"
    debian_base
    if [ "$kind" = debian ]; then
        # Debian's minimal bootstrap is what debian:bookworm-slim is made of
        log "using the debootstrapped Debian as a LOCAL STAND-IN for $name"
        docker tag "$LOCAL_DEBIAN" "$name"
        return
    fi
    log "building a LOCAL STAND-IN for $name from Debian packages (scripts/local-base-images/$kind.Dockerfile)"
    # The build context: the stand-in Dockerfile and the CAs the host added (extra-ca/), so that
    # Maven in the image trusts a TLS-intercepting proxy the host trusts.
    local context="$WORK/standin-$kind"
    mkdir -p "$context/extra-ca"
    cp "$REPO/scripts/local-base-images/$kind.Dockerfile" "$context/Dockerfile"
    if [ -d "$EXTRA_CA_DIR" ]; then
        find "$EXTRA_CA_DIR" -maxdepth 1 -name '*.crt' -exec cp {} "$context/extra-ca/" \;
    fi
    timeout 1200 docker build -q ${build_net[@]+"${build_net[@]}"} -t "$name" --build-arg DEBIAN_BASE="$LOCAL_DEBIAN" \
        --build-arg DEBIAN_MIRROR="$DEBIAN_MIRROR" "$context" \
        >"$WORK/standin-$kind.log" 2>&1 || { tail -30 "$WORK/standin-$kind.log" >&2; die "building the stand-in $name failed"; }
}

standin_note() {
    local label
    label=$(docker image inspect -f '{{index .Config.Labels "dev.boomiemulator.local-standin"}}' "$1" 2>/dev/null || true)
    if [ -n "$label" ] && [ "$label" != "<no value>" ]; then printf ' (LOCAL STAND-IN: %s)' "$label"; fi
}

# ---- checks -------------------------------------------------------------------------------------

free_port() {
    local port
    for port in $(seq 18080 18180); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port in 18080-18180"
}

# http METHOD PATH [curl args...]: sets STATUS and BODY (bounded by --max-time)
http() {
    local method=$1 path=$2
    shift 2
    STATUS=$(curl -sS -o "$WORK/body" -w '%{http_code}' --max-time 10 -X "$method" "$@" "$BASE$path" 2>"$WORK/curl.err") \
        || STATUS="curl-failed: $(cat "$WORK/curl.err")"
    BODY=$(cat "$WORK/body" 2>/dev/null || true)
}

pass() { PASSED=$((PASSED + 1)); printf 'ok    %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s\n      status %s, body: %.300s\n' "$1" "$STATUS" "$BODY"; }

# expect NAME STATUS... [-- BODY_REGEX]: the last response has one of the statuses (and the body matches)
expect() {
    local name=$1 regex='' ok=0
    shift
    local statuses=()
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then regex=$2; break; fi
        statuses+=("$1")
        shift
    done
    for s in "${statuses[@]}"; do [ "$STATUS" = "$s" ] && ok=1; done
    if [ "$ok" = 1 ] && [ -n "$regex" ] && ! grep -Eq "$regex" <<<"$BODY"; then ok=0; fi
    if [ "$ok" = 1 ]; then pass "$name"; else fail "$name"; fi
}

# ---- main ---------------------------------------------------------------------------------------

command -v curl >/dev/null 2>&1 || die "curl is needed"
ensure_engine
build_net=()
if [ "$NETWORK_MODE" = host ]; then build_net=(--network host); fi

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
    ensure_base_image "$BUILD_IMAGE" maven
    ensure_base_image "$RUNTIME_IMAGE" debian
    log "docker build -t $IMAGE (log: $WORK/build.log)"
    build_start=$(date +%s)
    timeout 1800 docker build --force-rm ${build_net[@]+"${build_net[@]}"} -t "$IMAGE" --build-arg BUILD_IMAGE="$BUILD_IMAGE" \
        --build-arg RUNTIME_IMAGE="$RUNTIME_IMAGE" "$REPO" >"$WORK/build.log" 2>&1 \
        || { tail -40 "$WORK/build.log" >&2; die "docker build failed"; }
    grep -h 'build-cds-archive:' "$WORK/build.log" >&2 || true
    log "image built in $(($(date +%s) - build_start)) s"
fi
size=$(docker image inspect -f '{{.Size}}' "$IMAGE") || die "no image $IMAGE"
log "image $IMAGE: $((size / 1000000)) MB$(standin_note "$RUNTIME_IMAGE")"

# A fixture folder mounted at /fixtures: an extra account, loaded after the default set.
mkdir -p "$WORK/fixtures"
cat >"$WORK/fixtures/smoke.json" <<'EOF'
{
  "description": "An extra account, mounted at /fixtures by the container smoke test.",
  "accounts": [
    {
      "id": "smoke-account",
      "name": "Smoke Account",
      "users": [{"username": "smoke@example.com", "password": "smoke-password", "apiToken": "smoke-api-token"}],
      "platform": {"environments": [{"id": "smoke-env-1", "name": "Smoke Environment", "classification": "TEST"}]}
    }
  ]
}
EOF
chmod 0755 "$WORK/fixtures"
chmod 0644 "$WORK/fixtures/smoke.json"

PORT=${SMOKE_PORT:-$(free_port)}
BASE=http://127.0.0.1:$PORT
if [ "$NETWORK_MODE" = host ]; then
    net_args=(--network host -e "BOOMI_EMULATOR_PORT=$PORT")
else
    net_args=(-p "127.0.0.1:$PORT:8080")
fi
log "docker run $IMAGE on port $PORT ($NETWORK_MODE network)"
run_start=$(now_ms)
timeout 60 docker run -d --name "$CONTAINER" "${net_args[@]}" -v "$WORK/fixtures:/fixtures:ro" "$IMAGE" >/dev/null \
    || die "docker run failed"

answered=
for _ in $(seq 1 600); do # 60 s
    if curl -fs -o /dev/null --max-time 1 "$BASE/_emulator/health"; then
        answered=$(now_ms)
        break
    fi
    [ "$(docker inspect -f '{{.State.Running}}' "$CONTAINER" 2>/dev/null)" = true ] || die "the container stopped"
    sleep 0.1
done
[ -n "$answered" ] || die "/_emulator/health did not answer within 60 s"
healthy=
for _ in $(seq 1 600); do # 60 s: the HEALTHCHECK runs every 5 s
    state=$(docker inspect -f '{{.State.Health.Status}}' "$CONTAINER" 2>/dev/null || echo none)
    if [ "$state" = healthy ]; then
        healthy=$(now_ms)
        break
    fi
    [ "$state" != unhealthy ] || die "docker reports the container unhealthy"
    sleep 0.1
done
[ -n "$healthy" ] || die "docker did not report the container healthy within 60 s"
log "docker run -> health endpoint answers: $((answered - run_start)) ms;" \
    "-> docker reports healthy: $((healthy - run_start)) ms (HEALTHCHECK interval 5 s)"

user=$(timeout 20 docker exec "$CONTAINER" id -u 2>/dev/null || echo '?')
STATUS=$user BODY=
if [ "$user" != 0 ] && [ "$user" != '?' ]; then pass "runs as a non-root user (uid $user)"; else fail "runs as a non-root user"; fi

DEMO=(-u demo@example.com:demo-password -H 'Accept: application/json')   # the Platform answers XML otherwise
JSON=(-H 'Content-Type: application/json')

# emulator control
http GET /_emulator/health
expect "GET /_emulator/health" 200 -- '"status" *: *"UP"'
http GET /_emulator/clock
expect "GET /_emulator/clock" 200 -- '"now"'

# Platform REST v1
http POST /api/rest/v1/demo-account/Environment/query -u demo@example.com:demo-password
expect "Platform: XML by default, as the real service" 200 -- '<bns:QueryResult'
http POST /api/rest/v1/demo-account/Environment/query "${DEMO[@]}"
expect "Platform: Environment/query without a body" 200 -- '"@type" *: *"QueryResult"'
http POST /api/rest/v1/demo-account/Environment "${DEMO[@]}" "${JSON[@]}" -d '{"name":"Smoke Test Env","classification":"TEST"}'
expect "Platform: create an Environment" 200 -- '"name" *: *"Smoke Test Env"'
http POST /api/rest/v1/demo-account/Environment/query "${DEMO[@]}" "${JSON[@]}" \
    -d '{"QueryFilter":{"expression":{"property":"name","operator":"EQUALS","argument":["Smoke Test Env"]}}}'
expect "Platform: the created Environment is found by a query" 200 -- '"numberOfResults" *: *1[^0-9]'
http POST /api/rest/v1/demo-account/Environment/query -u demo@example.com:wrong-password
expect "Platform: wrong password is 401 with an Error body (XML, the default)" 401 -- '<error><message>'
http POST /api/rest/v1/smoke-account/Environment/query -u smoke@example.com:smoke-password
expect "fixtures mounted at /fixtures are loaded" 200 -- '"Smoke Environment"'

# Connect Now (ws/simple) and Data Integration, with the default fixtures' demo credentials.
http POST /ws/simple/getEnvironmentsForAccount "${DEMO[@]}" "${JSON[@]}" -d '{"accountId":"demo-account"}'
expect "Connect Now: POST /ws/simple/getEnvironmentsForAccount" 200 -- '"@type" *: *"QueryResult"'
http POST /ws/simple/getInstalledIPacks -u demo@example.com:wrong-password "${JSON[@]}" -d '{"accountId":"demo-account"}'
expect "Connect Now: wrong password is 401 with an Error body" 401 -- '"@type" *: *"Error"'
DI_ACCOUNT=${SMOKE_DI_ACCOUNT:-6650a1b2c3d4e5f600000001}
http GET "/v1/accounts/$DI_ACCOUNT/environments" -H "Authorization: Bearer ${SMOKE_DI_TOKEN:-demo-di-token}"
expect "Data Integration: GET /v1/accounts/{id}/environments" 200 -- '"items"'
http GET "/v1/accounts/$DI_ACCOUNT/environments" -H "Authorization: Bearer not-a-token"
expect "Data Integration: an unknown token is 401 with a FastAPI detail" 401 -- '"detail"'

# A graceful stop: the JVM gets SIGTERM (it is PID 1 through exec) and exits well within the timeout.
stop_start=$(date +%s)
timeout 60 docker stop -t 20 "$CONTAINER" >/dev/null || true
STATUS=$(docker inspect -f '{{.State.ExitCode}}' "$CONTAINER" 2>/dev/null || echo '?') BODY=
if [ $(($(date +%s) - stop_start)) -lt 15 ] && [ "$STATUS" != 137 ]; then
    pass "docker stop ends the emulator gracefully (exit code $STATUS)"
else
    fail "docker stop ends the emulator gracefully"
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
