#!/bin/sh
# Builds an AppCDS archive for the emulator jar at image build time (JDK 17 static archive):
#   1. start the emulator with -XX:DumpLoadedClassList, wait until it is healthy, send it a few
#      requests (Platform query and create, control API) so their classes are listed too, stop it;
#   2. java -Xshare:dump turns the class list into the archive.
# Usage: build-cds-archive.sh JAR ARCHIVE. Every wait is bounded; any failure fails the build.
set -eu
jar=$1
archive=$2
list=/tmp/boomi-emulator.classlist

# A port nobody listens on (the build may share the host's network: docker build --network host).
port=18080
if command -v curl >/dev/null 2>&1; then
    while [ "$port" -lt 18180 ]; do
        rc=0
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" || rc=$?
        [ "$rc" -eq 7 ] && break # connection refused: free
        port=$((port + 1))
    done
fi
base="http://127.0.0.1:$port"

fetch() { # fetch URL [curl args...]: quiet, bounded; true when the answer is 2xx
    url=$1
    shift
    if command -v curl >/dev/null 2>&1; then
        curl -fsS -o /dev/null --max-time 5 "$@" "$url"
    else
        timeout 5 wget -q -O /dev/null "$url" # busybox's own -T crashes (docker/healthcheck.sh)
    fi
}

java -XX:DumpLoadedClassList="$list" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
    -jar "$jar" --host 127.0.0.1 --port "$port" >/tmp/cds-training.log 2>&1 &
pid=$!

i=0
until fetch "$base/_emulator/health" 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "build-cds-archive: the emulator did not become healthy" >&2
        cat /tmp/cds-training.log >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    sleep 0.1
done
kill -0 "$pid" 2>/dev/null || { echo "build-cds-archive: the emulator exited" >&2; cat /tmp/cds-training.log >&2; exit 1; }

# Warm-up requests, successes and errors alike (their classes belong in the archive too); the
# answers do not matter, a missing one only makes the archive less complete.
if command -v curl >/dev/null 2>&1; then
    auth="demo@example.com:demo-password"
    json="Content-Type: application/json"
    warm() { curl -s -o /dev/null --max-time 5 "$@" || true; }
    warm "$base/_emulator/clock"
    warm "$base/api/rest/v1/demo-account/Environment/query" -u "$auth" -X POST -H "$json" \
        -d '{"QueryFilter":{"expression":{"property":"name","operator":"LIKE","argument":["%"]}}}'
    warm "$base/api/rest/v1/demo-account/Environment" -u "$auth" -X POST -H "$json" \
        -d '{"name":"cds-training","classification":"TEST"}'
    warm "$base/api/rest/v1/demo-account/Environment/nope" -u "$auth"
    warm "$base/api/rest/v1/demo-account/Environment/query" -u "$auth" -X POST -H 'Accept: application/json'
    warm "$base/api/rest/v1/demo-account/Environment" -u "$auth" -H 'Content-Type: application/xml' \
        -d '<bns:Environment xmlns:bns="http://api.platform.boomi.com/" name="cds-xml" classification="TEST"/>'
    warm "$base/api/rest/v1/demo-account/Environment/query" -u "wrong:wrong" -X POST
    warm "$base/ws/simple/getEnvironments" -u "$auth" -X POST -H "$json" -d '{}'
    warm "$base/v1/accounts/000000000000000000000000/environments" -H 'Authorization: Bearer x'
fi

kill -TERM "$pid"
i=0
while kill -0 "$pid" 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -gt 300 ]; then
        kill -KILL "$pid" 2>/dev/null || true
        break
    fi
    sleep 0.1
done
wait "$pid" 2>/dev/null || true

# with the serial collector the image runs: dumped with G1 (the JVM's choice on a larger machine), the archive also
# holds 13 MB of objects that only a JVM running G1 maps
java -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$jar" \
    >/tmp/cds-dump.log 2>&1 || { cat /tmp/cds-dump.log >&2; exit 1; }
chmod 0644 "$archive"
echo "build-cds-archive: $(grep -c . "$list") classes listed, archive $(du -h "$archive" | cut -f1)"
rm -f "$list" /tmp/cds-training.log /tmp/cds-dump.log
