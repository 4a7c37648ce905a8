package io.frontline.cli.text;

import io.frontline.actors.Actors;
import io.frontline.app.figures.HistoryReport;
import io.frontline.control.PlaceHistoryOp;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import java.io.PrintWriter;
import java.util.List;

/** A place's control history as text. */
public final class HistoryText {
  private final Actors actors;

  public HistoryText(Actors actors) {
    this.actors = actors;
  }

  public void print(PrintWriter out, HistoryReport report) {
    Place place = report.place();
    List<PlaceHistoryOp.Period> periods = report.periods();
    List<Observation> own =
        report.observations().stream().map(HistoryReport.Lineage::current).toList();
    out.printf(
        "%s (%s %d, %s, population %s)%n",
        place.name(),
        place.id() > 1_000_000_000L ? "gazetteer supplement" : "GeoNames",
        place.id(),
        place.country(),
        Table.count(place.population()));
    if (periods.isEmpty()) {
      out.println("  No observation covers this place.");
      return;
    }
    for (PlaceHistoryOp.Period p : periods) {
      String from = p.implied() ? "before " + p.until() : p.from().toString();
      String until = p.until() == null || p.implied() ? "" : " until " + p.until();
      out.printf("  %s%s: %s%n", from, until, holding(p));
      out.printf(
          "      %s%s%n",
          p.implied() ? "implied by the capture of " + p.date() + ", " : "",
          p.urls().isEmpty() ? p.source() : String.join(" ", p.urls()));
      if (!p.note().isEmpty() && !p.implied()) {
        out.printf("      note: %s%n", p.note());
      }
      out.printf("      observation %s%n", p.observation());
    }
    printObservations(out, own);
    long corrected =
        report.observations().stream().filter(l -> l.versions().size() > 1).count();
    out.printf(
        "  %d observation(s) of this place; %d corrected (see --json for every version).%n",
        own.size(), corrected);
  }

  private void printObservations(PrintWriter out, List<Observation> own) {
    if (own.isEmpty()) {
      return;
    }
    out.println(
        "  Observations of this place (to fix one: frontline correct LINEAGE, frontline retract LINEAGE):");
    Table t = new Table("lineage", "version", "date", "actor", "status", "recorded").numeric(1);
    own.stream()
        .sorted(java.util.Comparator.comparing((Observation o) -> o.statement().date()))
        .forEach(o -> t.row(
            o.lineage(),
            o.version(),
            o.statement().date(),
            name(o.statement().actorId()),
            o.statement().status().code(),
            o.recordedAt().toString().substring(0, 16) + "Z"));
    t.print(out, "    ");
  }

  private String holding(PlaceHistoryOp.Period p) {
    String holder = name(p.holder());
    return switch (p.status()) {
      case CONTESTED -> "contested between " + holder + " and " + name(p.other());
      case BESIEGED -> "held by " + holder + ", besieged by " + name(p.other());
      default -> p.status() == Status.CONTROLS ? "controlled by " + holder : holder;
    };
  }

  private String name(String id) {
    return id == null ? "an unnamed holder" : actors.find(id).map(a -> a.name()).orElse(id);
  }
}
