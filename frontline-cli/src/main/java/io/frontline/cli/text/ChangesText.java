package io.frontline.cli.text;

import io.frontline.actors.Actors;
import io.frontline.figures.Changes;
import java.io.PrintWriter;

/** Changes between two dates as text. */
public final class ChangesText {
  private final Actors actors;

  public ChangesText(Actors actors) {
    this.actors = actors;
  }

  public void print(PrintWriter out, Changes c, int limit) {
    out.printf("Changes from %s to %s%n", c.from(), c.to());
    Table balances = new Table("actor", "gained km2", "lost km2", "net km2").numeric(1, 2, 3);
    c.balances()
        .forEach(b -> balances.row(
            name(b.actor()),
            Table.km2(b.gained_km2()),
            Table.km2(b.lost_km2()),
            (b.net_km2() > 0 ? "+" : "") + Table.km2(b.net_km2())));
    balances.print(out, "  ");
    FiguresText.printAreaNote(out, c.method());
    out.println();
    out.println("  Transfers (from -> to):");
    Table transfers = new Table("from", "to", "km2", "population", "settlements").numeric(2, 3, 4);
    c.transfers()
        .forEach(t -> transfers.row(
            name(t.from()),
            name(t.to()),
            Table.km2(t.area_km2()),
            Table.count(t.population()),
            t.settlements()));
    transfers.print(out, "  ");
    out.println();
    double entered = c.coverage().stream()
        .filter(t -> t.from().equals(Changes.NONE))
        .mapToDouble(t -> t.area_km2())
        .sum();
    double left = c.coverage().stream()
        .filter(t -> t.to().equals(Changes.NONE))
        .mapToDouble(t -> t.area_km2())
        .sum();
    if (entered + left > 0) {
      out.printf(
          "  Not counted as gains or losses: %s km2 first covered by observations after %s, %s km2 no longer"
              + " covered on %s (JSON: coverage).%n",
          Table.km2(entered), c.from(), Table.km2(left), c.to());
      out.println();
    }
    long observed = c.places().stream().filter(Changes.PlaceChange::observed).count();
    out.printf(
        "  Settlements that changed hands: %d (%d observed directly, %d inside an observed place's zone)%n",
        c.places().size(), observed, c.places().size() - observed);
    Table places = new Table("place", "from", "to", "changed", "source");
    c.places().stream()
        .limit(limit)
        .forEach(p -> places.row(
            p.name() + (p.observed() ? "" : " (zone)"),
            name(p.from()),
            name(p.to()),
            p.changedOn(),
            p.changedUrls().isEmpty() ? p.changedSource() : p.changedUrls().get(0)));
    places.print(out, "  ");
    if (c.places().size() > limit) {
      out.printf("  ... and %d more (use --json or --limit)%n", c.places().size() - limit);
    }
    long first =
        c.coveragePlaces().stream().filter(p -> p.from().equals(Changes.NONE)).count();
    if (!c.coveragePlaces().isEmpty()) {
      out.printf(
          "  Not changes of hands: %d settlements first recorded after %s, %d no longer covered on %s (JSON:"
              + " coverage_places).%n",
          first, c.from(), c.coveragePlaces().size() - first, c.to());
    }
  }

  private String name(String party) {
    return actors.find(party).map(a -> a.name()).orElse(party);
  }
}
