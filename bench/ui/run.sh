#!/usr/bin/env bash
# Staff UI benchmark: first page of the contacts grid and the global search over a million contacts,
# against a raw JDBC baseline, on an embedded PostgreSQL. Prints one JSON document on stdout
# (progress goes to stderr).
#   bench/ui/run.sh                            # 1,000,000 contacts, 20 warm runs per request
#   BENCH_CONTACTS=100000 bench/ui/run.sh      # a quicker, smaller run
# Pass -Dmaven.repo.local=... (and -o) through MAVEN_ARGS to use another local repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
MAVEN_ARGS="${MAVEN_ARGS:-}"
# the services the UI calls, then the benchmark itself
mvn -q $MAVEN_ARGS -f "$root/pom.xml" install -DskipTests -pl bundles/contacts/impl,bundles/accounts/impl -am >&2
mvn -q $MAVEN_ARGS -f "$root/bench/pom.xml" package -pl ui -am >&2
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
exec java -Xmx1g -Dorg.slf4j.simpleLogger.log.io.zonky=warn -Dbench.contacts="${BENCH_CONTACTS:-1000000}" -Dbench.runs="${BENCH_RUNS:-20}" \
  -cp "$cp" io.pitstop.bench.ui.UiBench
