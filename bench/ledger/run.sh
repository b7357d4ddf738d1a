#!/usr/bin/env bash
# Ledger benchmark: transfers/second through the ledger service against a raw JDBC baseline,
# on an embedded PostgreSQL. Prints one JSON document on stdout (progress goes to stderr).
#   bench/ledger/run.sh                     # 10 s per case after a 3 s warm-up
#   BENCH_SECONDS=30 bench/ledger/run.sh    # longer runs
# Pass -Dmaven.repo.local=... through MAVEN_ARGS to use another local repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
MAVEN_ARGS="${MAVEN_ARGS:-}"
# the ledger modules the benchmark drives, then the benchmark itself
mvn -q $MAVEN_ARGS -f "$root/pom.xml" install -DskipTests -pl bundles/ledger/impl -am >&2
mvn -q $MAVEN_ARGS -f "$root/bench/pom.xml" package -pl ledger -am >&2
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
exec java -Xmx1g -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup="${BENCH_WARMUP:-3}" \
  -Dbench.accounts="${BENCH_ACCOUNTS:-1000}" -Dbench.cases="${BENCH_CASES:-}" \
  -Dbench.statements="${BENCH_STATEMENTS:-false}" -Dbench.hotAt="${BENCH_HOT_AT:-}" -cp "$cp" io.pitstop.bench.ledger.LedgerBench
