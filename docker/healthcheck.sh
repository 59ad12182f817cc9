#!/bin/sh
# Docker HEALTHCHECK: healthy when GET /_emulator/health answers 2xx (no admin token needed).
# Uses curl, or wget where the image has no curl (the image's own busybox; its wget crashes when given a
# timeout of its own, -T, so `timeout` bounds it).
url="http://localhost:${BOOMI_EMULATOR_PORT:-8080}/_emulator/health"
if command -v curl >/dev/null 2>&1; then
    exec curl -fsS -o /dev/null --max-time 2 "$url"
fi
exec timeout 2 wget -q -O /dev/null "$url"
