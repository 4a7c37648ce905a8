package io.frontline.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * The transaction-time axis: "as recorded at". {@link #now()} means every record made so far; an instant means only
 * records made at or before it, so a map published then can be reproduced exactly.
 */
public record RecordTime(Optional<Instant> instant) {
  public RecordTime {
    instant = instant == null ? Optional.empty() : instant;
  }

  public static RecordTime now() {
    return new RecordTime(Optional.empty());
  }

  public static RecordTime at(Instant instant) {
    return new RecordTime(Optional.of(instant));
  }

  public boolean includes(Instant recordedAt) {
    return instant.map(limit -> !recordedAt.isAfter(limit)).orElse(true);
  }

  @Override
  public String toString() {
    return instant.map(Instant::toString).orElse("latest");
  }
}
