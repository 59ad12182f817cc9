# The Boomi emulator as a container image.
#
#   docker build -t boomi-emulator .
#   docker run --rm -p 8080:8080 boomi-emulator
#
# Both base images can be swapped with build arguments (a mirror, a pinned digest, ...):
#   --build-arg BUILD_IMAGE=...    a JDK 17 image with Maven 3.8+ on the PATH, and jlink with the JDK's jmods
#   --build-arg RUNTIME_IMAGE=...  a Debian/Ubuntu based image (apt-get, ldd, sh) that assembles the image; it needs
#                                  no Java (the image brings its own runtime, cut by jlink to the modules the emulator
#                                  uses), and the image does not inherit from it: it starts FROM scratch
# See docs/DOCKER.md for the run-time configuration.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=debian:bookworm-slim
# uid and gid the emulator runs as: written into the image's /etc/passwd by the assemble stage, used by the last
ARG APP_UID=10001

# ---- build: the fat jar -------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Dependencies and plugins first, in their own layer, so that a source change does not download
# them again: a build of the pom and the schema alone (jOOQ generates its classes from the schema)
# runs every plugin once. Whatever it misses, the package step below fetches.
COPY pom.xml ./
# (Maven reads every module's pom even when it builds one)
COPY emulator/pom.xml emulator/
COPY client/pom.xml client/
COPY junit5/pom.xml junit5/
COPY testcontainers/pom.xml testcontainers/
COPY api-tests/pom.xml api-tests/
COPY emulator/src/main/resources/db/ emulator/src/main/resources/db/
RUN (mvn -B -q -pl emulator -am dependency:go-offline && mvn -B -q -pl emulator -am -DskipTests package) >/tmp/warm-up.log 2>&1 \
    || echo "dependency warm-up incomplete; the package step fetches the rest"; rm -rf emulator/target /tmp/warm-up.log
COPY . ./
# The tests run in CI, not in the image build; pass --build-arg MAVEN_ARGS_PACKAGE="-B package" to run them here too.
ARG MAVEN_ARGS_PACKAGE="-B -DskipTests -pl emulator -am package"
RUN mvn ${MAVEN_ARGS_PACKAGE} && test -f emulator/target/boomi-emulator.jar
# The Java runtime: only the modules the emulator uses (74 MB with its own class-data-sharing archive), where a
# JRE image brings all of them; scripts/runtime-smoke.sh runs every API family on the same runtime in CI.
RUN sh docker/build-runtime.sh /opt/boomi-jre

# ---- assemble: the runtime, the jar, a class-data-sharing archive, and the few OS files they need ----------------
# Everything the image holds is put in place here, at the paths it has in the image, on a Debian base that has the
# tools to do it; the image itself (below) starts from nothing and copies it, so it carries no package manager, no
# second C library and no curl: 75 MB of a Debian base image it never used.
FROM ${RUNTIME_IMAGE} AS assemble
# curl: the requests that record the class-data-sharing archive below; busybox-static: the image's shell and tools
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl busybox-static \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb
COPY --from=build /opt/boomi-jre /opt/boomi-jre
COPY --from=build /src/emulator/target/boomi-emulator.jar /app/boomi-emulator.jar
COPY docker/entrypoint.sh docker/healthcheck.sh docker/build-cds-archive.sh docker/build-rootfs.sh /app/
# AppCDS: start the emulator once at build time, record the classes it loads while starting and
# answering a few requests, and dump them into a shared archive that later starts map directly
# (it saves about 1.5 s of every start; 89 MB on disk at the last build, ~20 MB compressed).
# Built with the runtime's own JVM and the serial collector the image runs (an archive dumped with G1 also holds
# 13 MB of objects that only G1 maps). The archive holds the runtime's own classes too, so the runtime's default
# archives (22 MB) go. The image's build checks that the archive maps; a JVM that finds it does not fit ignores it.
# --build-arg APPCDS=false skips it.
ARG APPCDS=true
RUN chmod 0755 /app/*.sh \
 && if [ "${APPCDS}" = "true" ]; then \
      PATH=/opt/boomi-jre/bin:$PATH /app/build-cds-archive.sh /app/boomi-emulator.jar /app/boomi-emulator.jsa \
      && rm /opt/boomi-jre/lib/server/classes*.jsa; \
    fi \
 && rm /app/build-cds-archive.sh
ARG APP_UID
RUN /app/build-rootfs.sh /rootfs /opt/boomi-jre "${APP_UID}" && rm /app/build-rootfs.sh

# ---- run: the runtime, the jar, the archive, busybox, and the C libraries -----------------------------------
FROM scratch
COPY --from=assemble /rootfs/ /
COPY --from=assemble /opt/boomi-jre /opt/boomi-jre
COPY --from=assemble /app /app
ENV JAVA_HOME=/opt/boomi-jre \
    PATH=/opt/boomi-jre/bin:/bin \
    LANG=C.UTF-8
# The archive must fit the runtime and the jar exactly as copied (the JVM checks the jar's size and time):
# -Xshare:on fails the build where it would not. So does a runtime older than JDK 17.0.11, which refuses the
# -XX:TrimNativeHeapInterval of JAVA_OPTS below.
RUN { java -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1 \
     || { echo "the runtime refuses -XX:TrimNativeHeapInterval: it needs JDK 17.0.11 or later" >&2; exit 1; }; } \
 && if [ -f /app/boomi-emulator.jsa ]; then \
      java -XX:+UseSerialGC -XX:-UsePerfData -Xshare:on -XX:SharedArchiveFile=/app/boomi-emulator.jsa \
        -jar /app/boomi-emulator.jar --help >/dev/null; \
    fi
WORKDIR /app

# Configuration: the emulator's own variables (see docs/DOCKER.md); extra fixture documents mounted
# at /fixtures are loaded after the default set when BOOMI_EMULATOR_FIXTURES is not set.
ENV BOOMI_EMULATOR_HOST=0.0.0.0 \
    BOOMI_EMULATOR_PORT=8080 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=128m -XX:+UseSerialGC -Xms32m -XX:MaxNewSize=64m -XX:-ShrinkHeapInSteps -Xss512k -XX:MaxRAMPercentage=75 -XX:TrimNativeHeapInterval=5000"
ARG APP_UID
USER ${APP_UID}:${APP_UID}
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 CMD ["/app/healthcheck.sh"]
ENTRYPOINT ["/app/entrypoint.sh"]
