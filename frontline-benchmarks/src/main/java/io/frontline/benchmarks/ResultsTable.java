package io.frontline.benchmarks;

import java.util.List;
import java.util.Locale;

/** The run's results as Markdown: the machine, the data sizes, the timings with ratios, and the agreement. */
public final class ResultsTable {
  private final Machine machine;
  private final List<ScenarioReport> reports;
  private final String loadAtEnd;

  public ResultsTable(Machine machine, List<ScenarioReport> reports, String loadAtEnd) {
    this.machine = machine;
    this.reports = List.copyOf(reports);
    this.loadAtEnd = loadAtEnd;
  }

  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("Machine: ")
        .append(machine.describe())
        .append("; at end ")
        .append(loadAtEnd)
        .append("\n\n");
    out.append(
        "| scenario | data | observations | footprints | atoms | settlements | observations loaded or"
            + " generated | index build (once, cold) | PostGIS load |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    reports.forEach(r -> out.append(sizes(r)));
    out.append("\n| scenario | measurement | Frontline | PostGIS | PostGIS / Frontline |\n");
    out.append("| --- | --- | ---: | ---: | ---: |\n");
    reports.forEach(r -> out.append(timings(r)));
    out.append('\n');
    reports.forEach(r -> out.append(agreement(r)));
    return out.toString();
  }

  private static String sizes(ScenarioReport r) {
    String peer = r.peer().map(p -> ms(p.load_ms())).orElse("-");
    return String.format(
        Locale.ROOT,
        "| %s | %s | %,d | %,d | %,d | %,d | %s | %s | %s |%n",
        r.scenario().name(),
        r.scenario().description(),
        r.observations(),
        r.footprints(),
        r.atoms(),
        r.sites(),
        ms(r.scenario().load_ms()),
        ms(r.scenario().build_ms()),
        peer);
  }

  private static String timings(ScenarioReport r) {
    Scenario s = r.scenario();
    FrontlineBench.Results f = r.frontline();
    StringBuilder out = new StringBuilder();
    String peerDate = r.peer()
        .map(p -> String.format(
            Locale.ROOT,
            "%s median, %s p95 (%d runs, %d dates)",
            ms(p.oneDate().median_ms()),
            ms(p.oneDate().p95_ms()),
            p.oneDate().runs(),
            p.timedDates()))
        .orElse("-");
    out.append(row(
        s.name(),
        "figures for one date",
        String.format(
            Locale.ROOT,
            "%s median, %s p95 (%d runs)",
            ms(f.figures().median_ms()),
            ms(f.figures().p95_ms()),
            f.figures().runs()),
        peerDate,
        r.oneDateRatio().map(ResultsTable::ratio).orElse("-")));
    String peerSeries = r.peer()
        .map(p -> ms(p.series().total_ms())
            + (p.series().extrapolated()
                ? String.format(
                    Locale.ROOT,
                    " (extrapolated from %d spread days)",
                    p.series().daysTimed())
                : String.format(
                    Locale.ROOT,
                    " (every day, %s per day median)",
                    ms(p.series().perDay().median_ms()))))
        .orElse("-");
    out.append(row(
        s.name(),
        String.format(
            Locale.ROOT,
            "daily series of %s, %s..%s (%,d days)",
            s.seriesActor(),
            s.seriesFrom(),
            s.seriesTo(),
            s.seriesDays()),
        String.format(
            Locale.ROOT,
            "%s median (%d runs)",
            ms(f.series().median_ms()),
            f.series().runs()),
        peerSeries,
        r.seriesRatio().map(ResultsTable::ratio).orElse("-")));
    f.changes()
        .ifPresent(c -> out.append(row(
            s.name(),
            "changes between two dates",
            String.format(
                Locale.ROOT,
                "%s median, %s p95 (%d runs)",
                ms(c.median_ms()),
                ms(c.p95_ms()),
                c.runs()),
            "-",
            "-")));
    return out.toString();
  }

  private static String agreement(ScenarioReport r) {
    return r.peer()
        .map(p -> String.format(
            Locale.ROOT,
            "Agreement, %s: %d actor-date lines on %d dates, largest"
                + " relative difference of held area %.5f%%; %d lines outside 0.1%% or with unequal population or"
                + " settlements.%n%n",
            r.scenario().name(),
            p.agreement().lines().size(),
            p.agreement().lines().stream().map(Agreement.Line::date).distinct().count(),
            p.agreement().maxAreaDifference() * 100,
            p.agreement().disagreements()))
        .orElse("");
  }

  private static String row(
      String scenario, String what, String frontline, String peer, String ratio) {
    return "| " + scenario + " | " + what + " | " + frontline + " | " + peer + " | " + ratio
        + " |\n";
  }

  static String ms(double ms) {
    if (ms >= 10_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
    return ms >= 100
        ? String.format(Locale.ROOT, "%,.0f ms", ms)
        : String.format(Locale.ROOT, "%.2f ms", ms);
  }

  private static String ratio(double r) {
    return r >= 10
        ? String.format(Locale.ROOT, "%,.0fx", r)
        : String.format(Locale.ROOT, "%.1fx", r);
  }
}
