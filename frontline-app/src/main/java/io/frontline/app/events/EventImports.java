package io.frontline.app.events;

import io.frontline.actors.Actors;
import io.frontline.app.observations.StoreAccess;
import io.frontline.basemap.Basemap;
import io.frontline.formats.events.EventCsvReader;
import io.frontline.formats.events.EventReadOptions;
import io.frontline.formats.events.EventReadResult;
import io.frontline.refusals.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.LongConsumer;

/**
 * The event import use case: read and check a whole event file (UCDP GED, ACLED or strike releases, told by the
 * header; docs/formats/events.md), report every finding, then add its events in one transaction, all or nothing;
 * events already stored are skipped, so a second import adds nothing. Sides map through the store's actors, strike
 * places through its gazetteer. A dry run writes nothing. A file with errors is refused with its report
 * ({@link EventImportRejected}).
 */
public final class EventImports {
  private final StoreAccess access;
  private final Basemap basemap;

  public EventImports(StoreAccess access, Basemap basemap) {
    this.access = access;
    this.basemap = basemap;
  }

  /** What to import: the file, whether only to check it, and hooks told the rows read and the events written. */
  public record Request(
      Path file, boolean dryRun, LongConsumer rowsRead, LongConsumer eventsWritten) {
    public Request {
      if (file == null) {
        throw new IllegalArgumentException("an event import needs a file");
      }
      rowsRead = rowsRead == null ? n -> {} : rowsRead;
      eventsWritten = eventsWritten == null ? n -> {} : eventsWritten;
    }

    public Request(Path file, boolean dryRun) {
      this(file, dryRun, null, null);
    }
  }

  /** Imports {@code request.file()}, its sides mapped through {@code actors}. */
  public EventImportOutcome run(Request request, Actors actors) {
    if (!Files.isRegularFile(request.file())) {
      throw Refusal.notFound("no file at " + request.file().toAbsolutePath());
    }
    EventReadOptions options = new EventReadOptions(
        actors, access.store(), basemap, LocalDate.now(ZoneOffset.UTC), request.rowsRead());
    EventReadResult read;
    try {
      read = EventCsvReader.read(request.file(), options);
    } catch (IOException e) {
      throw Refusal.unavailable("cannot read " + request.file() + ": " + e.getMessage(), e);
    }
    boolean write = read.importable() && !request.dryRun() && !read.events().isEmpty();
    int added =
        write ? access.write(store -> store.addEvents(read.events(), request.eventsWritten())) : 0;
    EventImportOutcome outcome = new EventImportOutcome(read, added, request.dryRun());
    if (outcome.rejected()) {
      throw new EventImportRejected(outcome);
    }
    return outcome;
  }
}
