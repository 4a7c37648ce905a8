package io.frontline.formats.events;

import io.frontline.events.EventStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Imports an event file into a store, all or nothing: the file is read and checked whole first; only when no finding
 * is an error are its events added, in one transaction (events already stored are skipped).
 */
public final class EventImport {
  /** The read, and how many events were new to the store (0 when the read had errors). */
  public record Outcome(EventReadResult read, int added) {}

  private EventImport() {}

  /** Reads {@code file}, then stores its events if it had no errors; {@code stored} is told the events written. */
  public static Outcome run(
      Path file, EventReadOptions options, EventStore store, LongConsumer stored)
      throws IOException {
    EventReadResult read = EventCsvReader.read(file, options);
    if (!read.importable()) {
      return new Outcome(read, 0);
    }
    return new Outcome(read, store.addEvents(read.events(), stored));
  }
}
