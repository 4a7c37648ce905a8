package io.frontline.cli.text;

import io.frontline.control.ZoneConfig;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import io.frontline.figures.Method;
import io.frontline.figures.SizeComparison;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Figures as a reader-friendly text block. */
public final class FiguresText {
  private FiguresText() {}

  public static void print(PrintWriter out, Figures f, List<ActorFigures> actors) {
    Method m = f.method();
    out.printf("Figures on %s (as recorded: %s)%n", f.date(), m.asRecorded());
    if (m.observationsInEffect() == 0) {
      out.printf(
          "  No observation has begun by %s: there is nothing to map on this date.%n", f.date());
      return;
    }
    out.printf(
        "  A reconstruction from %d sourced observations (%d begun by this date; %d decide it, from %d sources).%n",
        m.observationsTotal(), m.observationsInEffect(), m.observationsDeciding(), m.sources());
    Table t = new Table(
            "actor",
            "area km2",
            "range km2",
            "inferred km2",
            "contested km2",
            "population",
            "range",
            "settlements",
            "cities",
            "size")
        .numeric(1, 2, 3, 4, 5, 6, 7, 8);
    for (ActorFigures a : actors) {
      if (a.area_km2() > 0
          || a.contested_km2() > 0
          || a.settlements() > 0
          || a.area_high_km2() > 0) {
        t.row(
            a.name(),
            Table.km2(a.area_km2()),
            Table.km2(a.area_low_km2()) + "-" + Table.km2(a.area_high_km2()),
            Table.km2(a.inferred_km2()),
            Table.km2(a.contested_km2()),
            Table.count(a.population()),
            Table.count(a.population_low()) + "-" + Table.count(a.population_high()),
            a.settlements(),
            a.cities(),
            a.comparison().map(SizeComparison::text).orElse(""));
      }
    }
    t.print(out, "  ");
    printAreaNote(out, m);
    for (ActorFigures a : actors) {
      if (!a.cityNames().isEmpty()) {
        out.printf(
            "  Cities (>= %,d people) held by %s: %s%n",
            m.config().cityPopulation(), a.name(), String.join(", ", a.cityNames()));
      }
    }
    for (ActorFigures a : actors) {
      if (!a.city_shares().isEmpty()) {
        out.printf(
            "  Contested places of which %s holds a stated share: %s%n",
            a.name(),
            a.city_shares().stream()
                .map(c -> String.format(Locale.ROOT, "%s %.0f%%", c.name(), c.share() * 100))
                .collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    for (ActorFigures a : actors) {
      if (a.area_km2() > 0 && !a.area_by_grade_km2().isEmpty()) {
        out.printf(
            "  %s's area by the grade of the deciding source: %s%n", a.name(), gradeShares(a));
      }
    }
    printThinness(out, m);
  }

  /** "B 78%, C 20%, ungraded 2%": the actor's area by the reliability letter of its deciding sources. */
  public static String gradeShares(ActorFigures a) {
    java.util.Map<String, Double> byLetter = new java.util.TreeMap<>();
    a.area_by_grade_km2()
        .forEach((grade, km2) -> byLetter.merge(
            grade.length() == 2 && Character.isLetter(grade.charAt(0))
                ? grade.substring(0, 1)
                : grade,
            km2,
            Double::sum));
    double total = byLetter.values().stream().mapToDouble(Double::doubleValue).sum();
    return byLetter.entrySet().stream()
        .map(e -> String.format(
            Locale.ROOT, "%s %.0f%%", e.getKey(), total > 0 ? e.getValue() * 100 / total : 0))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Where "area held" comes from: the zone radius and rule, as the maps' captions give them. */
  public static void printAreaNote(PrintWriter out, Method m) {
    var z = m.zones();
    out.printf(
        Locale.ROOT,
        "  Area held: ground within %.0f km of an observed place that holds it, and ground up to %.0f"
            + " km from two agreeing places%n  (inferred), in cells of settlements and a %.0f km grid%s; plus areas observed"
            + " as drawn. The range takes zones of%n  %.0f-%.0f km, with and without inferred, implied and"
            + " low-confidence ground. Set the radius with --zone-radius; see METHOD.md.%n",
        z.radius_km(),
        Math.max(z.radius_km(), z.inferReach_km()),
        z.cellSpacing_km(),
        z.clipToCountry() ? ", clipped to the country" : "",
        z.radius_km() * ZoneConfig.LOW_FACTOR,
        z.radius_km() * ZoneConfig.HIGH_FACTOR);
  }

  static void printThinness(PrintWriter out, Method m) {
    if (m.implied_km2() > 0 || m.stale_km2() > 0) {
      out.printf(
          "  Where the data is thin: %s km2 held only by a previous holder named in a later capture;"
              + " %s km2 decided by observations older than %d days.%n",
          Table.km2(m.implied_km2()), Table.km2(m.stale_km2()), m.config().staleAfterDays());
    }
  }

  public static void printMethod(PrintWriter out, Method m) {
    out.println("Method");
    out.println("  Rule: " + m.rule());
    out.println("  Zones: a place observation stands for its zone: " + m.zoneRule() + ".");
    out.println("  Area: " + m.areaMethod() + ".");
    out.println("  Population: " + m.populationProxy() + ".");
  }
}
