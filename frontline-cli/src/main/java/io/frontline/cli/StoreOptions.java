package io.frontline.cli;

import io.frontline.control.ZoneConfig;
import io.frontline.refusals.Refusal;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** Options every command that reads the store shares. */
public final class StoreOptions {
  static final String DEFAULT_STORE = "frontline.gpkg";

  @Option(
      names = "--store",
      paramLabel = "FILE",
      defaultValue = DEFAULT_STORE,
      description =
          "The store, a GeoPackage file (default: ${DEFAULT-VALUE} in the working directory).")
  Path store;

  @Option(
      names = "--as-of",
      paramLabel = "WHEN",
      description =
          "Use the store as recorded at this time (YYYY-MM-DD = end of that day UTC, or an ISO instant),"
              + " to reproduce a published figure; a time before the store's first record is refused (exit 4)."
              + " Default: latest.")
  String asOf;

  @Option(
      names = "--zone-radius",
      paramLabel = "KM",
      defaultValue = "30",
      description = "Radius of a place's zone in km (default: ${DEFAULT-VALUE}).")
  double zoneRadius;

  /** The options of a command that writes to the latest store and takes only --store. */
  static StoreOptions of(Path store) {
    StoreOptions options = new StoreOptions();
    options.store = store;
    options.zoneRadius = ZoneConfig.DEFAULT.radius_km();
    return options;
  }

  public RecordTime recordTime() {
    if (asOf == null || asOf.isBlank()) {
      return RecordTime.now();
    }
    try {
      if (asOf.length() == 10) {
        return RecordTime.at(LocalDate.parse(asOf)
            .plusDays(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .minusMillis(1));
      }
      return RecordTime.at(Instant.parse(asOf));
    } catch (DateTimeParseException e) {
      throw Refusal.badInput(
          null,
          "--as-of must be YYYY-MM-DD or an ISO instant such as 2017-06-05T12:00:00Z, was '" + asOf
              + "'");
    }
  }

  /** Checks the options before the store is opened: the record time and the zone radius. */
  void check() {
    recordTime();
    zones();
  }

  public ZoneConfig zones() {
    return ZoneConfig.DEFAULT.withRadius(zoneRadius);
  }
}
