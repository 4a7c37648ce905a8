package io.frontline.cli;

import io.frontline.app.events.EventGround;
import io.frontline.app.events.EventImportOutcome;
import io.frontline.app.events.EventImports;
import io.frontline.app.events.EventQueries;
import io.frontline.app.events.EventsReport;
import io.frontline.app.observations.StoreAccess;
import io.frontline.bundled.BundledEvents;
import io.frontline.observations.Finding;
import io.frontline.timeline.DatePrecision;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The demo's events: the bundled UCDP GED and strike-release files, loaded once, and the section that counts them. */
final class DemoEvents {
  static final LocalDate FROM = LocalDate.of(2013, 1, 1);
  static final LocalDate TO = LocalDate.of(2019, 12, 31);
  private static final int MESSAGE_CHARS = 160;

  private DemoEvents() {}

  /** Imports both bundled event files into a store that has no events yet, and says what was left out. */
  static void load(Workspace ws, PrintWriter out) {
    if (ws.store().eventCount() > 0) {
      return;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("frontline-events");
      EventImports imports = new EventImports(StoreAccess.direct(ws.store()), Workspace.basemap());
      for (BundledEvents.Dataset d : BundledEvents.Dataset.values()) {
        Path file = BundledEvents.extract(d, dir);
        EventImportOutcome[] outcome = new EventImportOutcome[1];
        Progress.run(
            "Loading " + d.fileName(),
            () -> outcome[0] = imports.run(new EventImports.Request(file, false), ws.actors()));
        report(d, outcome[0], out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled events", e);
    } finally {
      delete(dir);
    }
  }

  private static void report(BundledEvents.Dataset d, EventImportOutcome outcome, PrintWriter out) {
    out.printf(
        Locale.US,
        "Loaded %,d events from %,d rows of %s.%n",
        outcome.added(),
        outcome.read().records(),
        d.fileName());
    for (Finding f : outcome.read().findings()) {
      if (f.code().equals("unresolved-place")) {
        String m = f.message();
        out.println("  Left out (never guessed): "
            + (m.length() > MESSAGE_CHARS ? m.substring(0, MESSAGE_CHARS) + "..." : m));
      }
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }

  /** The section: how many events of each file, and how many lay on Islamic State's ground. */
  static void print(Workspace ws, PrintWriter out) {
    EventsReport all = EventQueries.events(
        ws,
        new EventQueries.Query(
            FROM,
            TO,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            EventQueries.MAX_LIMIT));
    List<EventGround> ucdp = all.events().stream()
        .filter(e -> e.event().dataset().equals("ucdp-ged"))
        .toList();
    List<EventGround> strikes = all.events().stream()
        .filter(e -> !e.event().dataset().equals("ucdp-ged"))
        .toList();
    String is = DemoCommand.IS;
    long ucdpOnIs = ucdp.stream().filter(e -> e.inTerritoryOf(is)).count();
    long ucdpYear = ucdp.stream()
        .filter(e -> e.event().date().precision() == DatePrecision.YEAR)
        .count();
    long strikesOnIs = strikes.stream().filter(e -> e.inTerritoryOf(is)).count();
    long strikeCount = strikes.stream().mapToLong(e -> e.event().incidents()).sum();
    out.printf(
        Locale.US,
        "Events: %,d UCDP GED events in Syria and Iraq 2013-2019 (%,d of them dated to the year"
            + " only) and %,d coalition strike releases (%,d strikes, day by day, 2014-2016).%n",
        ucdp.size(),
        ucdpYear,
        strikes.size(),
        strikeCount);
    out.printf(
        Locale.US,
        "  On %s's ground: %,d UCDP events (held the whole year) and %,d strike releases (held"
            + " that day). Try: ./frontline events summary --from 2015-01-01 --to 2015-12-31 --store %s%n",
        ws.actor(is).name(),
        ucdpOnIs,
        strikesOnIs,
        ws.path());
    all.credits().forEach(c -> out.println("  Data: " + c + "."));
    out.println();
  }
}
