package io.frontline.benchmarks.render;

import io.frontline.benchmarks.Scenario;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.render.geo.Regions;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.PageSize;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario's engine answers for the render benchmark, computed once per date (the engine is benchmarked
 * elsewhere): control maps and figures, the map spec of the newspaper map and a provenance for it.
 */
final class RenderFixture {
  final Scenario scenario;
  private final FiguresOp figures;
  private final Map<LocalDate, MapInput.Panel> panels = new HashMap<>();

  RenderFixture(Scenario scenario) {
    this.scenario = scenario;
    this.figures = new FiguresOp(
        scenario.index(),
        scenario.actors(),
        scenario.basemap(),
        FiguresConfig.DEFAULT,
        RecordTime.now());
  }

  MapSpec spec(List<LocalDate> dates, String size) {
    return new MapSpec(
        dates,
        Optional.of(scenario.seriesActor()),
        false,
        MapLanguage.NL,
        Regions.IRAQ_SYRIA,
        PageSize.parse(size, 150),
        Theme.LIGHT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  synchronized MapInput input(List<LocalDate> dates) {
    List<MapInput.Panel> out = new ArrayList<>();
    for (LocalDate d : dates) {
      out.add(panels.computeIfAbsent(
          d,
          day -> new MapInput.Panel(
              day, Optional.of(scenario.index().mapAt(day)), figures.figures(day))));
    }
    return new MapInput(
        scenario.index(),
        scenario.actors().all(),
        out,
        scenario.index().dateRange().map(r -> r[0]));
  }

  Provenance provenance(List<LocalDate> dates) {
    return new Provenance(
        "frontline map (benchmark)",
        dates,
        "latest",
        0,
        "see METHOD.md",
        "35 km zones",
        scenario.index().observations().size(),
        0,
        "benchmark",
        "Frontline benchmark");
  }
}
