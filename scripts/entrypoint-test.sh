#!/usr/bin/env bash
# Runs the image's entrypoint (docker/entrypoint.sh) without Docker: a stand-in `java` on the PATH records the
# command line the entrypoint would start, and a stand-in `nproc` plays a machine of 2 or 8 cores. Checks the JVM flags
# it chooses for the image's own JAVA_OPTS and for a user's, and that the real JVM accepts each set it chooses (it
# refuses, say, one compiler thread for C2's two).
#   scripts/entrypoint-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
real_java=$(command -v java)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" > "%s/started"\n' "$work" > "$work/bin/java"
image_opts=$(sed -n 's/^ *JAVA_OPTS="\(.*\)"$/\1/p' Dockerfile)
[ -n "$image_opts" ] || { echo "entrypoint-test: no JAVA_OPTS in the Dockerfile"; exit 1; }

failed=0
# expect NAME CORES JAVA_OPTS WANTED(yes|no): whether -XX:CICompilerCount=1 is added, and the real JVM takes the flags
expect() {
  local name=$1 cores=$2 opts=$3 wanted=$4 got=no flags
  printf '#!/bin/sh\necho %s\n' "$cores" > "$work/bin/nproc"
  chmod +x "$work/bin/java" "$work/bin/nproc"
  PATH="$work/bin:$PATH" JAVA_OPTS="$opts" sh docker/entrypoint.sh --port 1 >/dev/null
  grep -qx -- '-XX:CICompilerCount=1' "$work/started" && got=yes
  # the flags before -jar, as the JVM would get them
  flags=$(sed '/^-jar$/,$d' "$work/started" | tr '\n' ' ')
  if [ "$got" != "$wanted" ]; then
    echo "FAIL  $name: one compiler thread $got, wanted $wanted (flags: $flags)"; failed=1
  elif ! tail -n 1 "$work/started" | grep -qx -- '1' || ! grep -qx -- '--port' "$work/started"; then
    echo "FAIL  $name: the emulator's arguments were not passed on"; failed=1
  # (less TrimNativeHeapInterval, which the image's runtime has and a JDK 17 before 17.0.11 here would refuse)
  elif ! (cd "$work" && "$real_java" ${flags/-XX:TrimNativeHeapInterval=5000/} -version >/dev/null 2>&1); then
    echo "FAIL  $name: the JVM refuses $flags"; failed=1
  else
    echo "ok    $name"
  fi
}
expect "the image's options, 2 cores" 2 "$image_opts" yes
expect "the image's options, 8 cores" 8 "$image_opts" no
expect "C2 added by the user, 2 cores" 2 "$image_opts -XX:TieredStopAtLevel=4" no
expect "the user's own options, 2 cores" 2 "-Xmx512m" no
expect "the user's compiler threads, 2 cores" 2 "$image_opts -XX:CICompilerCount=2" no
[ "$failed" = 0 ] && echo "entrypoint-test: the entrypoint chooses the JVM flags as documented"
exit "$failed"
