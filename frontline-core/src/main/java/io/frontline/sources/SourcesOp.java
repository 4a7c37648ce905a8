package io.frontline.sources;

import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sources of a set of observations by outlet: per outlet (the host of a URL, looked up in an {@link Outlets}
 * table), how many observations cite it, the grades they give their source, and the first and last dates they
 * state. An observation citing several outlets counts for each; one without a URL counts under "(no URL)".
 * {@code grade} keeps only observations whose source has that grade ("B2") or reliability ("B"); {@code outlet} keeps
 * only the outlet of that host.
 */
public final class SourcesOp {
  /** The outlet under which observations without a URL are counted. */
  public static final String NO_URL = "(no URL)";

  private final Outlets outlets;

  public SourcesOp(Outlets outlets) {
    this.outlets = outlets;
  }

  public SourcesReport compute(
      List<Observation> observations, Optional<String> grade, Optional<String> outlet) {
    Optional<String> wantedHost =
        outlet.map(h -> outlets.find(h).map(Outlet::host).orElse(Outlets.host(h)));
    Map<String, Tally> tallies = new LinkedHashMap<>();
    int counted = 0;
    for (Observation o : observations) {
      Statement s = o.statement();
      if (o.retracted() || !gradeMatches(s.source(), grade)) {
        continue;
      }
      boolean any = false;
      for (Outlet each : outletsOf(s.source())) {
        if (wantedHost.isEmpty() || wantedHost.get().equals(each.host())) {
          tallies.computeIfAbsent(each.host(), h -> new Tally(each)).add(s);
          any = true;
        }
      }
      counted += any ? 1 : 0;
    }
    List<SourcesReport.Row> rows =
        new ArrayList<>(tallies.values().stream().map(Tally::row).toList());
    rows.sort(Comparator.comparingInt(SourcesReport.Row::observations)
        .reversed()
        .thenComparing(SourcesReport.Row::host));
    return new SourcesReport(counted, grade.orElse(""), outlet.orElse(""), rows);
  }

  private List<Outlet> outletsOf(Source source) {
    if (source.urls().isEmpty()) {
      return List.of(new Outlet(
          NO_URL, NO_URL, OutletKind.UNKNOWN, 'F', "sources given by title or citation"));
    }
    return source.urls().stream().map(outlets::of).distinct().toList();
  }

  static boolean gradeMatches(Source source, Optional<String> grade) {
    if (grade.isEmpty()) {
      return true;
    }
    String wanted = grade.get().strip().toUpperCase(Locale.ROOT);
    return wanted.length() == 1
        ? source.gradeCode().startsWith(wanted)
        : source.gradeCode().equals(wanted);
  }

  /** One outlet's observations so far. */
  private static final class Tally {
    private final Outlet outlet;
    private final Map<String, Integer> grades = new TreeMap<>();
    private int observations;
    private LocalDate first;
    private LocalDate last;

    Tally(Outlet outlet) {
      this.outlet = outlet;
    }

    void add(Statement s) {
      observations++;
      grades.merge(
          s.source().gradeCode().isEmpty() ? SourcesReport.UNGRADED : s.source().gradeCode(),
          1,
          Integer::sum);
      LocalDate day = s.date().start();
      first = first == null || day.isBefore(first) ? day : first;
      last = last == null || day.isAfter(last) ? day : last;
    }

    SourcesReport.Row row() {
      return new SourcesReport.Row(
          outlet.host(),
          outlet.name(),
          outlet.kind(),
          outlet.reliability(),
          outlet.note(),
          observations,
          grades,
          first,
          last);
    }
  }
}
