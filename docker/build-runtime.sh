#!/bin/sh
# Builds the Java runtime the image ships: jlink with only the modules the emulator uses, instead of a whole JRE
# (74 MB with its class-data-sharing archive, cut from Debian's 260 MB JDK 17). Used by the Dockerfile's build
# stage, and by scripts/runtime-smoke.sh, which runs the emulator on it in CI: a module the list misses fails there.
# Usage: build-runtime.sh OUTPUT-DIRECTORY     (needs a JDK 17 with jlink and its jmods)
set -eu
out=$1

# What jdeps --print-module-deps finds in the jar and its dependencies:
#   java.sql (jOOQ, H2, HikariCP, the PostgreSQL driver), java.management (HikariCP's pool beans), java.naming and
#   java.security.jgss/sasl (the PostgreSQL driver's lookups and authentications), java.desktop (java.beans, read by
#   the OpenAPI parser's YAML library), java.compiler, java.instrument, java.scripting, jdk.net, jdk.unsupported;
# what a running emulator loads that jdeps cannot see (a class-load log of a start and a few requests):
#   jdk.management, jdk.jfr and jdk.management.jfr (the platform beans java.management looks up);
# and what a request may need: jdk.charsets (request bodies in any charset), jdk.crypto.ec (TLS to a PostgreSQL
#   server that asks for it).
# Left out: jdk.localedata (every format the emulator writes is in the root or English locale; 9 MB), and java.desktop's
# native libraries (AWT, fonts, images, sound: 2 MB, and they link X11, ALSA and freetype, which the image need not
# carry): the emulator uses java.desktop for java.beans alone, which is plain Java.
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting
modules=$modules,java.security.jgss,java.security.sasl,java.sql,jdk.net,jdk.unsupported
modules=$modules,jdk.management,jdk.jfr,jdk.management.jfr,jdk.charsets,jdk.crypto.ec

# --strip-java-debug-attributes, not --strip-debug: Debian's jlink strips native symbols too with --strip-debug,
# through objcopy, which a JDK image need not have (Debian's native libraries come stripped already)
rm -rf "$out"
jlink --add-modules "$modules" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 \
  --exclude-files='regex:/java\.desktop/.*\.so' --generate-cds-archive --output "$out"
echo "build-runtime: $out, $(du -sh "$out" | cut -f1)"
