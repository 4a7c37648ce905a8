package io.frontline.cli;

import io.frontline.bundled.IslamicStateScenario;
import io.frontline.observations.Finding;
import io.frontline.refusals.Refusal;
import io.frontline.timeline.RecordTime;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Puts the Islamic State scenario into the demo's store once; a store holding other data is left alone. */
final class ScenarioSetup {
  static final String META_KEY = "scenario";

  private ScenarioSetup() {}

  static void load(Workspace ws, PrintWriter out, boolean withEvents) {
    Optional<String> marker = ws.store().meta(META_KEY);
    if (marker.filter(IslamicStateScenario.ID::equals).isPresent()) {
      out.printf(
          "Using the Islamic State scenario already in %s (%d observations).%n",
          ws.path(), ws.store().observations(RecordTime.now()).size());
      if (withEvents) {
        DemoEvents.load(ws, out);
      }
      return;
    }
    if (!ws.store().observations(RecordTime.now()).isEmpty()) {
      throw Refusal.badInput(
          null,
          ws.path() + " already holds other observations; give the demo its own store with"
              + " --store demo.gpkg");
    }
    IslamicStateScenario.Load[] load = new IslamicStateScenario.Load[1];
    Progress.run(
        "Loading the scenario",
        () -> load[0] = IslamicStateScenario.load(ws.store(), Clock.systemUTC()));
    ws.store().putMeta(META_KEY, IslamicStateScenario.ID);
    report(load[0], out);
    if (withEvents) {
      DemoEvents.load(ws, out);
    }
  }

  private static void report(IslamicStateScenario.Load load, PrintWriter out) {
    out.printf(
        "Loaded the Islamic State scenario (Iraq and Syria, 2014-2019): %d sourced changes of control"
            + " recorded as observations, from %d rows in %s.%n",
        load.recorded(), load.records(), String.join(" and ", load.files()));
    Map<String, List<String>> byMessage = new TreeMap<>();
    for (int i = 0; i < load.results().size(); i++) {
      for (Finding f : load.results().get(i).findings()) {
        if (f.severity() == Finding.Severity.ERROR) {
          byMessage
              .computeIfAbsent(f.message(), k -> new ArrayList<>())
              .add(load.files().get(i) + " " + f.location());
        }
      }
    }
    if (!byMessage.isEmpty()) {
      out.printf(
          "  %d rows not loaded (never guessed):%n",
          byMessage.values().stream().mapToInt(List::size).sum());
      byMessage.forEach(
          (message, where) -> out.printf("    %s (%s)%n", message, String.join(", ", where)));
    }
  }
}
