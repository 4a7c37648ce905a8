#!/usr/bin/env bash
# The command-line benchmark: wall time of short queries from the shell (the `frontline` launcher, a new JVM per
# query, as a user runs them) on the demo store and the synthetic scale store, against GDAL's ogrinfo on the same
# file, in the same run. Prints a Markdown table and writes it to benchmarks/cli/results-latest.md (not committed).
#
#   benchmarks/cli/run.sh              # 7 runs per query; about 3 minutes on 2 cores (plus the builds)
#   RUNS=11 benchmarks/cli/run.sh
#   BENCH_NICE=-10 benchmarks/cli/run.sh   # as root on a shared machine: every timed command (ours and ogrinfo) at -10
#   BEFORE_JAR=/path/frontline.jar benchmarks/cli/run.sh   # adds rows for an older build, run as its launcher ran
#                                                          # it (java -Xmx4g -jar), BEFORE_RUNS (default 3) times
#
# Needs Java 17, Maven and ogrinfo (Debian gdal-bin; tools/setup.sh installs it). The stores are made under a
# temporary directory: the demo's with './frontline demo', the scale one (101,000 observations, seed 20140610) with
# io.frontline.benchmarks.cli.ScaleStore.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${RUNS:-7}
command -v ogrinfo >/dev/null || { echo "cli bench: ogrinfo is missing; install gdal-bin (tools/setup.sh)" >&2; exit 1; }

work=$(mktemp -d /tmp/frontline-cli-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "cli bench: building the launcher's jar and the benchmark module" >&2
./frontline --version >/dev/null
mvn -q -B -Dstyle.color=never -DskipTests -pl frontline-benchmarks -am package >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
cp frontline-benchmarks/target/frontline-benchmarks.jar "$work/"

echo "cli bench: making the stores" >&2
# The launcher records a class-data archive on each command's first run after a build; start from none, as a new user.
rm -f frontline-cli/target/frontline-*.jsa
./frontline demo --store "$work/demo.gpkg" >/dev/null
java -Xmx4g -cp "$work/frontline-benchmarks.jar" io.frontline.benchmarks.cli.ScaleStore "$work/scale.gpkg" >&2

load() { cut -d' ' -f1-3 /proc/loadavg; }

nice_run=()
[ -n "${BENCH_NICE:-}" ] && nice_run=(nice -n "$BENCH_NICE")

# "wall (cpu)": median wall seconds and median CPU seconds (user + sys, the process and its children) of $runs
# runs of a command, output discarded; a failing run stops the benchmark.
median() {
  local walls=() cpus=() start end
  for _ in $(seq "${N:-$runs}"); do
    start=$(date +%s%N)
    "${nice_run[@]}" /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>"$work/err" \
      || { cat "$work/err" >&2; echo "cli bench: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    walls+=("$(( (end - start) / 1000000 ))")
    cpus+=("$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu")")
  done
  printf '%s (%s)' "$(mid "${walls[@]}")" "$(mid "${cpus[@]}")"
}

mid() {
  printf '%s\n' "$@" | sort -n | awk '{t[NR]=$1} END {printf "%.2f", t[int((NR+1)/2)]/1000}'
}

# One store: the first query after a write (the index is built and cached), then the medians.
bench() {
  local name=$1 store=$2 peer first figures actors changes nocache loadBefore
  loadBefore=$(load)
  rm -rf "$store.cache"
  first=$(N=1 median ./frontline figures --date 2016-02-01 --store "$store")
  index=$(mb "$store.cache"/*.idx)
  figures=$(median ./frontline figures --date 2016-02-01 --store "$store")
  actors=$(median ./frontline actors --store "$store")
  changes=$(median ./frontline changes --from 2015-06-01 --to 2016-06-01 --store "$store")
  peer=$(median ogrinfo -ro -so "$store" observations)
  nocache=$(N=3 FRONTLINE_INDEX_CACHE=off median ./frontline figures --date 2016-02-01 --store "$store")
  printf '| %s | %s | %s / %s | %s | %s | %s | %s | %s | %s | %s / %s |\n' "$name" "$(obs "$store")" "$(mb "$store")" \
    "$index" "$figures" "$actors" "$changes" "$peer" "$first" "$nocache" "$loadBefore" "$(load)"
}

# Megabytes of the files named (the store; the cached index entry).
mb() {
  du -cb "$@" | awk 'END {printf "%.1f MB", $1 / 1e6}'
}

obs() {
  ogrinfo -ro -so "$1" observations | awk -F': ' '/Feature Count/ {printf "%\047d", $2}'
}

# The same queries with an older build's jar, as its launcher ran it.
before() {
  local name=$1 store=$2 jar=("java" "-Xmx4g" "-jar" "$BEFORE_JAR")
  printf '| %s, before | %s | | %s | %s | %s | | | | %s / %s |\n' "$name" "$(obs "$store")" \
    "$(N=${BEFORE_RUNS:-3} median "${jar[@]}" figures --date 2016-02-01 --store "$store")" \
    "$(N=${BEFORE_RUNS:-3} median "${jar[@]}" actors --store "$store")" \
    "$(N=${BEFORE_RUNS:-3} median "${jar[@]}" changes --from 2015-06-01 --to 2016-06-01 --store "$store")" \
    "$(load)" "$(load)"
}

out="$root/benchmarks/cli/results-latest.md"
{
  echo "Median wall seconds (and CPU seconds, user + sys) of $runs runs, each a new JVM through ./frontline;"
  echo "ogrinfo -ro -so STORE observations is the peer. 'first' is the first figures query after the cache was removed"
  echo "(it builds and keeps the index); 'no cache' is figures with FRONTLINE_INDEX_CACHE=off (median of 3)."
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores,"
  echo "$(java -version 2>&1 | head -1), nice ${BENCH_NICE:-0}; load is the 1, 5 and 15 minute load average."
  echo
  echo "| store | observations | store / index | figures | actors | changes | ogrinfo | first | no cache | load before / after |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  bench demo "$work/demo.gpkg"
  [ -n "${BEFORE_JAR:-}" ] && before demo "$work/demo.gpkg"
  bench scale "$work/scale.gpkg"
  [ -n "${BEFORE_JAR:-}" ] && before scale "$work/scale.gpkg"
  true
} | tee "$out"
