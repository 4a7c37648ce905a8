#!/usr/bin/env bash
# Point queries at about 2,000 requests/s with wrk (Debian's package) against `frontline serve` on loopback: makes
# the demo store in a scratch folder, serves a copy of it, waits for the server's warm-up, lets the JIT compile the
# query path (10 s closed loop), then measures RUNS runs of SECONDS each (defaults 3 and 30). The results are printed;
# benchmarks/SERVER.md keeps them.
#   benchmarks/wrk/run.sh [RUNS] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
seconds=${2:-30}
port=${WRK_PORT:-8093}
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  apt-get install -y -qq wrk >/dev/null
fi
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
(cd "$work" && "$root/frontline" demo --store demo.gpkg >demo.log 2>&1)
java ${FRONTLINE_JAVA_OPTS:--Xmx4g} -jar "$root/frontline-cli/target/frontline.jar" serve --store "$work/demo.gpkg" \
  --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do grep -q "warmed up" "$work/serve.log" && break; sleep 1; done
grep "warmed up" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
url=http://127.0.0.1:$port
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "warm-up, closed loop for 10 s over 4 connections:"
wrk -t1 -c4 -d10s -s "$here/point.lua" "$url" -- 0 | tail -2
for run in $(seq "$runs"); do
  echo "run $run: 10 connections pausing 4 ms, $seconds s (load average $(cut -d' ' -f1 /proc/loadavg)):"
  wrk -t1 -c10 -d"${seconds}s" -s "$here/point.lua" "$url" -- 4 | tail -2
done
