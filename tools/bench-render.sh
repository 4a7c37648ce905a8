#!/usr/bin/env bash
# The render benchmark, Frontline and its peer side by side in one run; writes benchmarks/RENDER.md.
#   tools/bench-render.sh              build, then run io.frontline.benchmarks.render.RenderBench
#   tools/bench-render.sh peer DIR     (called by the benchmark) draw the layers exported to DIR with GeoPandas +
#                                      matplotlib; prints version=..., one_ms=..., one_cpu_ms=..., two_ms=..., two_cpu_ms=...
#                                      (medians of wall-clock and CPU time)
# The peer needs Debian's python3-geopandas (apt-get install python3-geopandas), importable only with /usr/bin/python3.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "${1:-}" = "peer" ]; then
  exec /usr/bin/python3 - "$2" <<'PY'
import io, json, statistics, sys, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.patheffects as pe
import geopandas as gpd

d = sys.argv[1]
meta = json.load(open(d + "/meta.json"))
crs = meta["proj4"]
layer = {n: gpd.read_file(f"{d}/{n}.geojson").to_crs(crs) for n in ["countries", "admin1", "lakes", "rivers", "cities"]}
areas = [gpd.read_file(f"{d}/areas-{day}.geojson").to_crs(crs) for day in meta["dates"]]
w, s, e, n = meta["extent"]
frame = gpd.GeoSeries(gpd.points_from_xy([w, e], [s, n]), crs="EPSG:4326").to_crs(crs).total_bounds

def panel(ax, a):
    ax.set_facecolor("#c6dbe8")
    layer["countries"].plot(ax=ax, color="#f8f6f1", linewidth=0)
    a.plot(ax=ax, color=a["fill"].tolist(), linewidth=0)
    hatched = a[a["hatch"] != ""]
    if len(hatched):
        hatched.plot(ax=ax, facecolor="none", edgecolor=hatched["hatch"].tolist(), hatch="///", linewidth=0)
    layer["lakes"].plot(ax=ax, color="#c6dbe8", linewidth=0)
    layer["rivers"].plot(ax=ax, color="#5b8fbf", linewidth=1.2)
    layer["admin1"].boundary.plot(ax=ax, color="#b4aca0", linewidth=0.5, linestyle="--")
    layer["countries"].boundary.plot(ax=ax, color="#5c554d", linewidth=1.0)
    c = layer["cities"]
    ax.scatter(c.geometry.x, c.geometry.y, s=12, c="white", edgecolors="#1f1f1f", zorder=5)
    for x, y, label in zip(c.geometry.x, c.geometry.y, c["label"]):
        ax.annotate(label, (x, y), xytext=(4, 0), textcoords="offset points", fontsize=8, va="center",
                    path_effects=[pe.withStroke(linewidth=2.4, foreground="white")], annotation_clip=True)
    ax.set_xlim(frame[0], frame[2]); ax.set_ylim(frame[1], frame[3]); ax.set_axis_off()

def draw(count):
    fig, axes = plt.subplots(1, count, figsize=(16, 12), dpi=100, squeeze=False)
    for ax, a in zip(axes[0], areas[:count]):
        panel(ax, a)
        ax.set_title("Islamitische Staat", loc="left", fontsize=12)
    fig.suptitle("Gebied in handen van Islamitische Staat", x=0.02, ha="left", fontsize=22)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()

def median_ms(count, warmups=2, runs=8):
    for _ in range(warmups):
        draw(count)
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        draw(count)
        wall.append((time.perf_counter() - t) * 1000); cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)

print(f"version=geopandas {gpd.__version__}, matplotlib {matplotlib.__version__}, Python {sys.version.split()[0]}")
for name, count in (("one", 1), ("two", 2)):
    wall, cpu = median_ms(count)
    print(f"{name}_ms={wall:.1f}")
    print(f"{name}_cpu_ms={cpu:.1f}")
PY
fi
cd "$root"
# install the modules the benchmark uses, then run it on their class path (the shaded jar is not needed)
mvn -q -B -DskipTests -pl frontline-benchmarks -am install
mvn -q -B -pl frontline-benchmarks dependency:build-classpath -Dmdep.outputFile="$root/frontline-benchmarks/target/render-bench.classpath"
mkdir -p benchmarks
exec java -Xmx4g -cp "frontline-benchmarks/target/classes:$(cat frontline-benchmarks/target/render-bench.classpath)" \
  io.frontline.benchmarks.render.RenderBench benchmarks/RENDER.md tools/bench-render.sh
