#!/usr/bin/env bash
# The events benchmark: whose ground 100,000 and 1,000,000 synthetic events were on, by Frontline (GroundOp) and by
# PostGIS doing the same join with GiST indexes in the same run, against the scale scenario at 25,000 and 100,000
# place observations; then the import of the real UCDP file and of a million synthetic UCDP rows. About 15 minutes
# on 2 idle cores. Options go to io.frontline.benchmarks.events.EventsBench (--seed N, --observations N,N,
# --cells N, --imports false).
#
# Needs Java 17, Maven, PostgreSQL 15 with PostGIS 3 (sudo tools/setup.sh). BENCH_PGPORT (default 55434) is the
# throwaway cluster's port, BENCH_HEAP (default 6g) the JVM heap.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -DskipTests -pl frontline-benchmarks -am package
work=$(mktemp -d /tmp/frontline-events-bench.XXXXXX)
cp frontline-benchmarks/target/frontline-benchmarks.jar "$work/"
export PGPORT=${BENCH_PGPORT:-55434}
# shellcheck source=tools/postgis.sh
source tools/postgis.sh
cleanup() {
  postgis_stop
  rm -rf "$work"
}
trap cleanup EXIT
postgis_start
FRONTLINE_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown) \
  java -Xmx"${BENCH_HEAP:-6g}" -cp "$work/frontline-benchmarks.jar" io.frontline.benchmarks.events.EventsBench \
  --pg-url "jdbc:postgresql://127.0.0.1:${PGPORT}/postgres?user=postgres" \
  --ucdp ../shared/data/events/ucdp-ged-syria-iraq-2013-2019.csv "$@"
