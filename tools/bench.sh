#!/usr/bin/env bash
# The benchmark command: builds the benchmark jar (and the modules it needs), starts a throwaway PostgreSQL 15 +
# PostGIS cluster (tools/postgis.sh), measures Frontline and the PostGIS peer on the Islamic State scenario and the
# synthetic scale scenario in the same run, prints the results table and stops PostGIS. About 5 minutes on 2 cores.
#
#   tools/bench.sh                 # everything; the table is also written to benchmarks/results-latest.md
#   tools/bench.sh --seed 7        # options go to io.frontline.benchmarks.BenchMain (--help lists them)
#
# Needs Java 17, Maven, and PostgreSQL 15 with PostGIS 3 (sudo tools/setup.sh installs them on Debian 12).
# BENCH_PGPORT (default 55433) is the cluster's port; BENCH_HEAP (default 4g) the JVM heap. On a shared machine,
# BENCH_NICE=-10 (as root) runs the JVM and the PostgreSQL cluster at that niceness, both alike.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
  echo "bench: PostgreSQL 15 and PostGIS are needed for the peer; install them with: sudo tools/setup.sh" >&2
  exit 1
fi

echo "bench: building frontline-benchmarks and the modules it needs"
mvn -B -ntp -q -DskipTests -pl frontline-benchmarks -am package
# Run a copy: a build started elsewhere during the run must not replace the jar under the JVM's feet.
work=$(mktemp -d /tmp/frontline-bench.XXXXXX)
cp frontline-benchmarks/target/frontline-benchmarks.jar "$work/"

export PGPORT=${BENCH_PGPORT:-55433}
# shellcheck source=tools/postgis.sh
source tools/postgis.sh
cleanup() {
  postgis_stop
  rm -rf "$work"
}
trap cleanup EXIT
postgis_start
echo "bench: PostGIS on 127.0.0.1:$PGPORT"
run=()
if [ -n "${BENCH_NICE:-}" ]; then
  # Backends fork from the postmaster after this, so they inherit its niceness.
  renice -n "$BENCH_NICE" -p "$(head -1 "$PGDIR/data/postmaster.pid")" >/dev/null
  run=(nice -n "$BENCH_NICE")
  echo "bench: JVM and PostgreSQL at nice $BENCH_NICE"
fi

FRONTLINE_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown) \
  "${run[@]}" java -Xmx"${BENCH_HEAP:-4g}" -jar "$work/frontline-benchmarks.jar" \
  --pg-url "jdbc:postgresql://127.0.0.1:${PGPORT}/postgres?user=postgres" \
  --out benchmarks/results-latest.md "$@"
