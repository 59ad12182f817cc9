#!/bin/sh
# Builds the file system of the image's final stage (FROM scratch) under ROOT: the C libraries the Java runtime
# links against, busybox for the entrypoint, the health check and a shell for `docker exec`, the user the emulator
# runs as, and /tmp. The runtime (/opt/boomi-jre) and /app are copied beside it by the Dockerfile, unchanged, so the
# class-data-sharing archive made for them in this stage still fits (the JVM checks the jar's size and time).
# A Debian base image is 75 MB, of which the emulator uses these few files: about 7 MB.
# Usage: build-rootfs.sh ROOT JAVA_HOME UID      (on Debian/Ubuntu, with busybox-static installed)
set -eu
root=$1
java_home=$2
uid=$3

mkdir -p "$root/bin" "$root/etc" "$root/tmp"
chmod 1777 "$root/tmp"

# Every shared library the runtime's programs and libraries need, found by ldd, copied to the same path (symlinks
# resolved), the dynamic loader the programs name included. The runtime's own libraries come with it, not from here.
libraries=$(find "$java_home" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} + 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u)
for library in $libraries; do
    case "$library" in "$java_home"/*) continue ;; esac
    mkdir -p "$root$(dirname "$library")"
    cp -L "$library" "$root$library"
done
# busybox: sh, wget, find and the usual tools, one static binary with a link per tool
cp /bin/busybox "$root/bin/busybox"
for tool in $("$root/bin/busybox" --list); do
    [ "$tool" = busybox ] || ln -s busybox "$root/bin/$tool"
done

# the user, with /app as home (the JVM reads it for user.home)
printf 'root:x:0:0:root:/root:/bin/sh\nboomi:x:%s:%s:Boomi emulator:/app:/bin/false\n' "$uid" "$uid" >"$root/etc/passwd"
printf 'root:x:0:\nboomi:x:%s:\n' "$uid" >"$root/etc/group"
echo "build-rootfs: $root, $(du -sh "$root" | cut -f1)"
