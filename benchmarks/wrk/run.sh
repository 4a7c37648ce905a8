#!/usr/bin/env bash
# Point queries at about 2,000 requests/s with wrk (Debian's package) against `frontline serve` on loopback: makes
# the demo store in a scratch folder, serves it, waits for the server's warm-up, lets the JIT compile the query path
# (10 s closed loop), then measures RUNS runs of SECONDS each (defaults 3 and 30). Then, unless IMPORT=0, the same
# load during a large import: two imports of 2,000 rows first (so that the import's code is compiled too), then a
# 20,000-row file is posted while wrk runs, and the point queries sent from the upload's start to the import's answer
# are measured (runs before 14 measured a fixed window from the upload, 2 or 4 s, which also held wrk's own start).
# The results are printed; benchmarks/SERVER.md keeps them.
#   benchmarks/wrk/run.sh [RUNS] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
seconds=${2:-30}
port=${WRK_PORT:-8093}
token=wrk-benchmark-$(date +%s)-token
jar="$root/frontline-cli/target/frontline.jar"
bench="$root/frontline-benchmarks/target/frontline-benchmarks.jar"
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  apt-get install -y -qq wrk >/dev/null
fi
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
(cd "$root" && mvn -q -B -DskipTests -pl frontline-benchmarks -am package)
(cd "$work" && "$root/frontline" demo --store demo.gpkg >demo.log 2>&1)
java ${FRONTLINE_JAVA_OPTS:--Xmx4g} -jar "$jar" serve --store "$work/demo.gpkg" --port "$port" --token "$token" \
  >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do grep -q "warmed up" "$work/serve.log" && break; sleep 1; done
grep "warmed up" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
url=http://127.0.0.1:$port
point() { wrk -t1 -c"$1" -d"$2" -s "$here/point.lua" "$url" -- "$3" | tail -2; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "warm-up, closed loop for 10 s over 4 connections:"
point 4 10s 0
for run in $(seq "$runs"); do
  echo "run $run: 10 connections pausing 4 ms, $seconds s (load average $(cut -d' ' -f1 /proc/loadavg)):"
  point 10 "${seconds}s" 4
done
[ "${IMPORT:-1}" = 0 ] && exit 0
post() {
  curl -s -o "$work/answer.json" -w "%{http_code} in %{time_total} s" -H "Authorization: Bearer $token" \
    -H "Content-Type: text/csv" --data-binary "@$1" "$url/api/v1/imports?filename=$(basename "$1")"
}
java -cp "$bench" io.frontline.benchmarks.server.ImportUnderLoad "$url" 20000 "$work/rows.csv"
head -2001 "$work/rows.csv" >"$work/warm.csv"
echo "warm-up imports of 2,000 rows: $(post "$work/warm.csv"), $(post "$work/warm.csv")"
point 10 10s 4 >/dev/null
# The same load, one connection per wrk thread so that each answer's latency is known, from 1 s before the upload
# until after the import's answer; the requests sent between the upload's start and the import's answer are the
# ones measured.
mkdir "$work/timeline"
wrk -t10 -c10 -d"${IMPORT_WINDOW:-6}s" -s "$here/point.lua" "$url" -- 4 "$work/timeline" >/dev/null &
during=$!
sleep 1
started=$(date +%s%3N)
answer=$(post "$work/rows.csv")
ended=$(date +%s%3N)
wait "$during"
echo "import of 20,000 rows: $answer"
# percentiles FROM TO LABEL: the requests sent between two times (ms since the epoch)
percentiles() {
  cat "$work"/timeline/thread-*.txt | awk -v from="$1" -v to="$2" '$1 >= from && $1 < to { print $2 }' | sort -g \
    | awk -v span="$(($2 - $1))" -v label="$3" '{ l[NR] = $1 } END {
        if (NR == 0) { print "no answers " label; exit 1 }
        printf "point queries sent %s (%d ms): %d = %.0f req/s; p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms\n", label,
          span, NR, NR * 1000 / span, l[int(NR * 0.5) + 1], l[int(NR * 0.9) + 1], l[int(NR * 0.99) + 1], l[NR] }'
}
percentiles $((started - 1000)) "$started" "in the second before the upload"
percentiles "$started" "$ended" "during the import"
