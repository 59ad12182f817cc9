# Stand-in for eclipse-temurin:17-jre, from Debian packages (see README.md beside this file).
ARG DEBIAN_BASE=boomi-emulator-local/debian:bookworm
FROM ${DEBIAN_BASE}
ARG DEBIAN_MIRROR=http://deb.debian.org/debian
ARG DEBIAN_SECURITY_MIRROR=http://deb.debian.org/debian-security
# Certificate authorities the host added locally (a TLS-intercepting proxy's, say), so that Maven
# and curl in these images trust what the host trusts; the smoke script fills this folder.
COPY extra-ca/ /usr/local/share/ca-certificates/
RUN printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
        "${DEBIAN_MIRROR}" "${DEBIAN_MIRROR}" "${DEBIAN_SECURITY_MIRROR}" > /etc/apt/sources.list \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless curl ca-certificates \
 && update-ca-certificates >/dev/null \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && mkdir -p /opt/java \
 && ln -s "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk \
    LANG=C.UTF-8
LABEL dev.boomiemulator.local-standin="eclipse-temurin:17-jre, built from Debian packages by scripts/container-smoke.sh"
CMD ["jshell"]
