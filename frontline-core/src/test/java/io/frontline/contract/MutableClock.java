package io.frontline.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test sets or advances it. UTC; thread-safe. */
public final class MutableClock extends Clock {
  private volatile Instant instant;

  public MutableClock(Instant start) {
    this.instant = start;
  }

  public void set(Instant next) {
    this.instant = next;
  }

  /** Moves the clock by {@code step} (negative steps go back) and returns the new time. */
  public Instant advance(Duration step) {
    instant = instant.plus(step);
    return instant;
  }

  @Override
  public Instant instant() {
    return instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone)) {
      throw new IllegalArgumentException("a MutableClock is always UTC, was asked for " + zone);
    }
    return this;
  }
}
