#!/usr/bin/env bash
# Builds the test Neo4j launcher (target/neo4j-launcher.jar + target/lib/*.jar) from Maven
# Central artifacts. A fast no-op when the jar is newer than pom.xml and every source file.
# Needs Java >= 17 and Maven; on Debian/Ubuntu as root, installs Maven when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

JAR=target/neo4j-launcher.jar
if [[ -f "$JAR" && -d target/lib ]] \
    && [[ -z "$(find pom.xml src -newer "$JAR" -print -quit)" ]]; then
    exit 0
fi

if ! command -v java >/dev/null 2>&1; then
    echo "tests/neo4j_server/build.sh: java (>= 17) not found; install a JDK 17, e.g. apt-get install -y openjdk-17-jdk-headless" >&2
    exit 1
fi
if ! command -v mvn >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "tests/neo4j_server/build.sh: installing maven (apt-get)" >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >&2
    else
        echo "tests/neo4j_server/build.sh: mvn not found; install Maven 3 (apt-get install -y maven)" >&2
        exit 1
    fi
fi

echo "tests/neo4j_server: building the test Neo4j launcher (first time downloads ~250 MB from Maven Central)" >&2
# -q -B -ntp keeps Maven quiet; its output is kept and shown only when the build fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -ntp package >"$log" 2>&1; then
    echo "tests/neo4j_server/build.sh: mvn package failed; last lines:" >&2
    tail -n 60 "$log" >&2
    exit 1
fi
touch "$JAR"
echo "tests/neo4j_server: built $JAR" >&2
