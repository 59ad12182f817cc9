#!/bin/sh
# Container entrypoint: load fixtures mounted at /fixtures (unless BOOMI_EMULATOR_FIXTURES says
# otherwise), use the image's AppCDS archive when it has one, then replace this shell with the JVM
# so that it gets the signals (docker stop).
# Arguments are passed to the emulator: docker run IMAGE --no-default-fixtures --freeze-clock ...
set -eu
if [ -z "${BOOMI_EMULATOR_FIXTURES:-}" ] && [ -d /fixtures ] \
    && [ -n "$(find /fixtures -maxdepth 1 -name '*.json' -print -quit 2>/dev/null)" ]; then
    export BOOMI_EMULATOR_FIXTURES=/fixtures
fi
opts=${JAVA_OPTS:-}
# one JIT compiler thread on two cores or fewer, as bin/boomi-emulator does (it says why), unless JAVA_OPTS chooses
# the compilers: C2 (-XX:TieredStopAtLevel=4, later in the image's own JAVA_OPTS) needs two, and the JVM refuses one
case "$opts" in
    *TieredStopAtLevel=1*) case "$opts" in
        *TieredStopAtLevel=[!1]* | *TieredCompilation* | *CICompilerCount*) ;;
        *) if [ "$(nproc 2>/dev/null || echo 4)" -le 2 ] 2>/dev/null; then opts="$opts -XX:CICompilerCount=1"; fi ;;
    esac ;;
esac
if [ -f /app/boomi-emulator.jsa ]; then
    case "$opts" in
        *SharedArchiveFile* | *-Xshare:off*) ;;
        *) opts="$opts -Xshare:auto -XX:SharedArchiveFile=/app/boomi-emulator.jsa" ;;
    esac
fi
# $opts is split on spaces on purpose: it holds several JVM flags.
# shellcheck disable=SC2086
exec java $opts -jar /app/boomi-emulator.jar "$@"
