package io.frontline.cli.text;

import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import io.frontline.figures.Method;
import io.frontline.figures.SizeComparison;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Figures as a reader-friendly text block. */
public final class FiguresText {
  private FiguresText() {
  }

  public static void print(PrintWriter out, Figures f, List<ActorFigures> actors) {
    Method m = f.method();
    out.printf("Figures on %s (as recorded: %s)%n", f.date(), m.asRecorded());
    if (m.observationsInEffect() == 0) {
      out.printf("  No observation has begun by %s: there is nothing to map on this date.%n", f.date());
      return;
    }
    out.printf("  A reconstruction from %d sourced observations (%d begun by this date; %d decide it, from %d sources).%n",
        m.observationsTotal(), m.observationsInEffect(), m.observationsDeciding(), m.sources());
    Table t = new Table("actor", "area km2", "contested km2", "population", "settlements", "cities", "size")
        .numeric(1, 2, 3, 4, 5);
    for (ActorFigures a : actors) {
      if (a.area_km2() > 0 || a.contested_km2() > 0 || a.settlements() > 0) {
        t.row(a.name(), Table.km2(a.area_km2()), Table.km2(a.contested_km2()), Table.count(a.population()),
            a.settlements(), a.cities(), a.comparison().map(SizeComparison::text).orElse(""));
      }
    }
    t.print(out, "  ");
    printAreaNote(out, m);
    for (ActorFigures a : actors) {
      if (!a.cityNames().isEmpty()) {
        out.printf("  Cities (>= %,d people) held by %s: %s%n", m.config().cityPopulation(), a.name(),
            String.join(", ", a.cityNames()));
      }
    }
    printThinness(out, m);
  }

  /** Where "area held" comes from: the zone radius and rule, as the maps' captions give them. */
  public static void printAreaNote(PrintWriter out, Method m) {
    var z = m.zones();
    out.printf(Locale.ROOT, "  Area held: the ground within %.0f km of each observed place (its Voronoi cell among observed"
        + " places and cities of%n  %,d+ people%s), plus areas observed as drawn. Set the radius with --zone-radius;"
        + " see METHOD.md.%n", z.radius_km(), z.anchorPopulation(),
        z.clipToCountry() ? ", clipped to the country" : "");
  }

  static void printThinness(PrintWriter out, Method m) {
    if (m.implied_km2() > 0 || m.stale_km2() > 0) {
      out.printf("  Where the data is thin: %s km2 held only by a previous holder named in a later capture;"
          + " %s km2 decided by observations older than %d days.%n", Table.km2(m.implied_km2()),
          Table.km2(m.stale_km2()), m.config().staleAfterDays());
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
