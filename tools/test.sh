#!/usr/bin/env bash
# The test command: every module's tests. A throwaway PostGIS cluster is started when PostGIS is installed, so the
# area agreement test runs against it; it is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
pg_stop=""
if [ -x /usr/lib/postgresql/15/bin/initdb ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; then
  # shellcheck source=tools/postgis.sh
  source tools/postgis.sh
  postgis_start
  pg_stop=postgis_stop
  export FRONTLINE_PG_URL="jdbc:postgresql://127.0.0.1:${PGPORT}/postgres?user=postgres"
fi
trap '${pg_stop:-true}' EXIT
mvn -B -ntp install "$@"
