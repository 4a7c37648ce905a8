#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL 15 + PostGIS cluster on 127.0.0.1 (trust auth), for tests and benchmarks.
# Usage: source tools/postgis.sh; postgis_start; ...; postgis_stop
PGPORT=${PGPORT:-55432}
postgis_start() {
  PGDIR=$(mktemp -d /tmp/frontline-pg.XXXXXX)
  chown postgres:postgres "$PGDIR" 2>/dev/null || true
  local as="su postgres -c"
  [ "$(id -u)" = 0 ] || as="bash -c"
  $as "/usr/lib/postgresql/15/bin/initdb -D $PGDIR/data -U postgres --auth=trust -E UTF8 >$PGDIR/initdb.log 2>&1"
  $as "/usr/lib/postgresql/15/bin/pg_ctl -D $PGDIR/data -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDIR/log.txt -w start >/dev/null"
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c 'CREATE EXTENSION IF NOT EXISTS postgis' >/dev/null
  export PGPORT PGDIR
}
postgis_stop() {
  [ -n "${PGDIR:-}" ] || return 0
  local as="su postgres -c"
  [ "$(id -u)" = 0 ] || as="bash -c"
  $as "/usr/lib/postgresql/15/bin/pg_ctl -D $PGDIR/data -m fast stop >/dev/null" || true
  rm -rf "$PGDIR"
}
