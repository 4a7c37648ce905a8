package io.frontline.benchmarks.render;

import io.frontline.benchmarks.IslamicStateSetup;
import io.frontline.benchmarks.Machine;
import io.frontline.benchmarks.Scenario;
import io.frontline.render.Animation;
import io.frontline.render.MapRenderer;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapSpec;
import io.frontline.render.output.PngOutput;
import io.frontline.render.output.Provenance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The render benchmark: the publication map of the real Islamic State scenario as PNG (one date, and two dates side by
 * side, 1600 x 1200, warm), 58 monthly animation frames as a GIF, and the same layers drawn at the same size by
 * GeoPandas + matplotlib in the same run (tools/bench-render.sh). Writes benchmarks/RENDER.md.
 *
 * <p>Usage: {@code RenderBench OUT.md PEER_SCRIPT} (PEER_SCRIPT "none" skips the peer).
 */
public final class RenderBench {
  static final LocalDate FIRST = LocalDate.of(2016, 2, 1);
  static final LocalDate SECOND = LocalDate.of(2017, 6, 5);

  private RenderBench() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/RENDER.md");
    String peerScript = args.length > 1 ? args[1] : "tools/bench-render.sh";
    String load = Machine.loadAverage();
    Scenario s = IslamicStateSetup.load();
    RenderFixture f = new RenderFixture(s);
    MapRenderer renderer = new MapRenderer();
    List<RenderTiming> timings = new ArrayList<>();
    timings.add(RenderTiming.measure(
        "first map of the process (cold: projects the basemap and atoms)",
        0,
        1,
        () -> png(renderer, f, f.spec(List.of(FIRST), "1600x1200"))));
    timings.add(RenderTiming.measure(
        "one date, 1600x1200 PNG (plan, draw, encode)",
        30,
        30,
        () -> png(renderer, f, f.spec(List.of(FIRST), "1600x1200"))));
    timings.add(RenderTiming.measure(
        "two dates side by side, 1600x1200 PNG",
        10,
        30,
        () -> png(renderer, f, f.spec(List.of(FIRST, SECOND), "1600x1200"))));
    List<LocalDate> months = months();
    Path gif = Files.createTempFile("frontline-bench-", ".gif");
    for (String size : List.of("1000x750", "1600x1200")) {
      String name = months.size() + " monthly frames, " + size + " GIF (plan, draw, index, encode)";
      timings.add(RenderTiming.measure(name, 1, 3, () -> gif(renderer, f, months, size, gif)));
    }
    Files.deleteIfExists(gif);
    PeerResult peer = PeerRun.run(peerScript, f);
    Machine machine = Machine.current(Optional.of(peer.version()));
    Files.writeString(out, RenderReport.markdown(s, machine, load, timings, peer));
    System.out.println(Files.readString(out));
  }

  static List<LocalDate> months() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = IslamicStateSetup.SERIES_FROM;
        !d.isAfter(IslamicStateSetup.SERIES_TO);
        d = d.plusMonths(1)) {
      out.add(d);
    }
    return out;
  }

  static byte[] png(MapRenderer renderer, RenderFixture f, MapSpec spec) {
    Provenance provenance = f.provenance(spec.dates());
    MapPlan plan = renderer.plan(spec, f.input(spec.dates()), provenance);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try {
      PngOutput.write(renderer.image(plan), 150, provenance.entries(plan.title()), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Path gif(
      MapRenderer renderer, RenderFixture f, List<LocalDate> months, String size, Path file) {
    MapSpec spec = f.spec(List.of(months.get(0), months.get(months.size() - 1)), size);
    Provenance provenance = f.provenance(months);
    List<MapPlan> frames = renderer.frames(spec, f.input(months), provenance);
    new Animation(renderer).write(frames, provenance, file, 400);
    return file;
  }
}
