package io.frontline.benchmarks.render;

import io.frontline.benchmarks.Machine;
import io.frontline.benchmarks.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** benchmarks/RENDER.md: the render timings against their targets, the peer in the same run, and the machine. */
final class RenderReport {
  private RenderReport() {}

  static String markdown(
      Scenario s, Machine m, String load, List<RenderTiming> timings, PeerResult peer) {
    StringBuilder md = new StringBuilder();
    md.append("# Render benchmark\n\n");
    md.append(
        "Made by `tools/bench-render.sh` (class `io.frontline.benchmarks.render.RenderBench`); do not edit by"
            + " hand.\n\n");
    md.append("Data: ")
        .append(s.description())
        .append(". The map is the newspaper map: Iraq and Syria with their"
            + " neighbours, Islamic State in black, labels in Dutch, Lambert conformal conic, 1600 x 1200 pixels. Times are"
            + " wall-clock on a warm JVM (warm-up runs first, not counted): planning (layout, legend, label placement),"
            + " drawing, and PNG/GIF encoding into memory or a file. The engine's answers (control maps and figures) are"
            + " computed once before timing; the engine has its own benchmark.\n\n");
    md.append(
        "| operation | runs | wall median ms | wall min ms | CPU median ms | target (wall) |\n"
            + "| --- | --- | --- | --- | --- | --- |\n");
    for (RenderTiming t : timings) {
      md.append(String.format(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %.1f | %s |%n",
          t.name(),
          t.runs(),
          t.wallMedian(),
          t.wallMin(),
          t.cpuMedian(),
          target(t.name())));
    }
    md.append(
        "\nThe CPU time is the measuring thread's; on a busy machine (see the load average below) the wall-clock"
            + " time includes waiting for a core, so the CPU time is the fairer measure of the work.\n");
    md.append("\n## Peer: GeoPandas + matplotlib, same run\n\n");
    md.append(
        "The same layers (countries at 1:10m, first-level regions, lakes, rivers, the control areas with their"
            + " fills and hatching, the labelled cities with halos) exported as GeoJSON, projected once into the same"
            + " proj4 Lambert conformal conic (not timed, as Frontline's projected shapes are cached), then drawn and"
            + " encoded as a 1600 x 1200 PNG by `tools/bench-render.sh peer DIR` with Debian's /usr/bin/python3. The peer"
            + " does less work than Frontline: no label placement (labels may overlap), areas pre-dissolved per style.\n\n");
    peerRows(md, timings, peer);
    md.append("\n## Machine\n\n")
        .append(m.describe())
        .append("\n\nLoad average at start: ")
        .append(load)
        .append("\n");
    return md.toString();
  }

  private static void peerRows(StringBuilder md, List<RenderTiming> timings, PeerResult peer) {
    if (peer.oneDate_ms().isEmpty()) {
      md.append("Not measured: ").append(peer.note()).append("\n");
      return;
    }
    md.append("Peer: ").append(peer.version()).append("\n\n");
    md.append(
        "| map | Frontline wall / CPU median ms | peer wall / CPU median ms | Frontline faster by (wall / CPU)"
            + " |\n| --- | --- | --- | --- |\n");
    row(md, "one date", timings.get(1), peer.oneDate_ms(), peer.oneDateCpu_ms());
    row(md, "two dates side by side", timings.get(2), peer.twoDates_ms(), peer.twoDatesCpu_ms());
  }

  private static void row(
      StringBuilder md, String name, RenderTiming t, Optional<Double> wall, Optional<Double> cpu) {
    double w = wall.orElse(Double.NaN);
    double c = cpu.orElse(Double.NaN);
    md.append(String.format(
        Locale.ROOT,
        "| %s | %.1f / %.1f | %.1f / %.1f | %.1fx / %.1fx |%n",
        name,
        t.wallMedian(),
        t.cpuMedian(),
        w,
        c,
        w / t.wallMedian(),
        c / t.cpuMedian()));
  }

  private static String target(String name) {
    if (name.startsWith("one date")) {
      return "< 150 ms";
    }
    if (name.startsWith("two dates")) {
      return "< 300 ms";
    }
    return name.contains("monthly frames") ? "< 10 s (58 frames)" : "";
  }
}
