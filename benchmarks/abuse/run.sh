#!/usr/bin/env bash
# The abuse run: `frontline serve` at -Xmx2g on the demo store, point queries at about 2,000 requests/s (wrk, the
# same load as benchmarks/wrk/run.sh), first alone for SECONDS, then for SECONDS while CLIENTS clients (each from its
# own loopback address, 127.0.0.2 and up, so that each has its own rate limit) each keep a request for the worst map
# picture the API draws in flight (PNG, 4096x4096 pixels, a new date each time so nothing is cached; after a refusal
# they ask again after ABUSE_PAUSE_MS, default 1000; io.frontline.benchmarks.abuse.PictureFlood). Prints the point
# queries' latency in both windows, how the picture requests were answered, the heap's peak from the GC log, and
# whether an OutOfMemoryError was logged. benchmarks/SERVER.md keeps the figures.
#   benchmarks/abuse/run.sh [CLIENTS] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
clients=${1:-100}
seconds=${2:-60}
port=${ABUSE_PORT:-8094}
jar="$root/frontline-cli/target/frontline.jar"
bench="$root/frontline-benchmarks/target/frontline-benchmarks.jar"
for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "$tool is missing: apt-get install $tool" >&2; exit 1; }
    apt-get install -y -qq "$tool" >/dev/null
  fi
done
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
(cd "$root" && mvn -q -B -DskipTests -pl frontline-benchmarks -am package)
(cd "$work" && "$root/frontline" demo --store demo.gpkg >demo.log 2>&1)
java -Xmx2g -Xlog:gc:file="$work/gc.log" -jar "$jar" serve --store "$work/demo.gpkg" --port "$port" \
  >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do grep -q "warmed up" "$work/serve.log" && break; sleep 1; done
grep -q "warmed up" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
url=http://127.0.0.1:$port
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
wrk -t1 -c4 -d10s -s "$root/benchmarks/wrk/point.lua" "$url" -- 0 >/dev/null
echo "point queries alone, ${seconds} s (load average $(cut -d' ' -f1 /proc/loadavg)):"
wrk -t1 -c10 -d"${seconds}s" --latency -s "$root/benchmarks/wrk/point.lua" "$url" -- 4 \
  | grep -E "Latency|50%|90%|99%|Requests/sec" | tr -s ' '
end_pause_ms=${ABUSE_PAUSE_MS:-1000}
java -Xmx256m -cp "$bench" io.frontline.benchmarks.abuse.PictureFlood "$port" "$clients" "$seconds" "$end_pause_ms" \
  >"$work/flood.txt" 2>&1 &
flood=$!
sleep 2
echo "point queries during ${clients} clients' pictures, $((seconds - 2)) s (load average $(cut -d' ' -f1 /proc/loadavg)):"
wrk -t1 -c10 -d"$((seconds - 4))s" --latency -s "$root/benchmarks/wrk/point.lua" "$url" -- 4 \
  | grep -E "Latency|50%|90%|99%|Requests/sec" | tr -s ' '
wait "$flood"
cat "$work/flood.txt"
peak=$(grep -oE "[0-9]+M->[0-9]+M\([0-9]+M\)" "$work/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
pauses=$(grep -oE "Pause .* ([0-9.]+)ms$" "$work/gc.log" | grep -oE "[0-9.]+ms$" | tr -d ms | sort -g)
echo "heap before collection, peak: ${peak:-?} MB of 2048 MB; collections: $(grep -c "Pause" "$work/gc.log");" \
  "pauses: median $(echo "$pauses" | awk '{a[NR]=$1} END {print a[int(NR/2)+1]}') ms," \
  "longest $(echo "$pauses" | tail -1) ms"
if grep -q "OutOfMemoryError" "$work/serve.log"; then echo "OutOfMemoryError: YES"; else echo "OutOfMemoryError: none"; fi
curl -s -o /dev/null -w "after the run: a point query answers %{http_code} in %{time_total} s\n" \
  "$url/api/v1/point?lat=36.34&lon=43.13&date=2016-02-01"
