#!/usr/bin/env bash
# Builds the test Neo4j launcher (target/neo4j-launcher.jar + target/lib/*.jar) from Maven
# Central artifacts. A fast no-op when the jar is newer than pom.xml and every source file.
# Needs Java >= 17 and Maven; on Debian/Ubuntu as root, installs Maven when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

JAR=target/neo4j-launcher.jar
built() {
    [[ -f "$JAR" && -d target/lib ]] && [[ -z "$(find pom.xml src -newer "$JAR" -print -quit)" ]]
}
built && exit 0

# Several test runs may start at once: one builds, the others wait for it.
mkdir -p target
exec 9>target/.build.lock
flock 9
built && exit 0

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

echo "tests/neo4j_server: building the test Neo4j launcher (first time downloads ~175 MB from Maven Central)" >&2
# -q -B -ntp keeps Maven quiet; its output is kept and shown only when the build fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -q -B -ntp package >"$log" 2>&1; then
    echo "tests/neo4j_server/build.sh: mvn package failed; last lines:" >&2
    tail -n 60 "$log" >&2
    exit 1
fi
rm -f target/launcher.jsa
touch "$JAR"

# Start it once: a smoke test of the build, and a class-data-sharing archive of the classes
# Neo4j loads, which the test fixture passes to later JVMs (about a third less CPU to start).
# The jar path is absolute, as the fixture passes it (CDS checks the class path).
# Not fatal: the fixture reports a server that cannot start, with its log.
if timeout 300 java -Xmx1g -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit=target/launcher.jsa.tmp \
        -jar "$PWD/$JAR" --smoke --no-stdin >"$log" 2>&1 && [[ -f target/launcher.jsa.tmp ]]; then
    mv -f target/launcher.jsa.tmp target/launcher.jsa
else
    echo "tests/neo4j_server/build.sh: warning: the launcher's smoke start failed; last lines:" >&2
    tail -n 30 "$log" >&2
    rm -f target/launcher.jsa.tmp
fi
echo "tests/neo4j_server: built $JAR" >&2
