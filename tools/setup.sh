#!/usr/bin/env bash
# Installs the Debian packages the tests and benchmarks use (GDAL's ogrinfo, PostgreSQL/PostGIS, Chromium and its
# driver for the web app's tests), when missing.
set -euo pipefail
need=()
command -v ogrinfo >/dev/null || need+=(gdal-bin)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || need+=(postgresql-15-postgis-3)
[ -x /usr/bin/chromium ] || need+=(chromium)                  # the server's browser tests (headless)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing ${need[*]}; run as root or install them with apt-get" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
