package io.frontline.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

/** What "as recorded at" means for a store: a time before its first record shows nothing, and says so. */
final class AsOf {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

  private AsOf() {}

  /** The message when --as-of is before the store's first record (or the store has none); empty otherwise. */
  static Optional<String> nothingRecorded(
      StoreOptions options, Supplier<Optional<Instant>> firstRecord) {
    Optional<Instant> limit = options.recordTime().instant();
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> first = firstRecord.get();
    if (first.isPresent() && !first.get().isAfter(limit.get())) {
      return Optional.empty();
    }
    return Optional.of("nothing was recorded in this store by " + minute(limit.get()) + " (--as-of "
        + options.asOf + ")"
        + first
            .map(f -> "; the first record is from " + minute(f))
            .orElse("; it has no observations yet"));
  }

  static String minute(Instant instant) {
    return MINUTE.format(instant);
  }
}
