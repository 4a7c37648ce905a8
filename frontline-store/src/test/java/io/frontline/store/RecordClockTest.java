package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.contract.MutableClock;
import io.frontline.timeline.RecordTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordClockTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00.123456Z"));
  private final RecordClock times = new RecordClock(clock);

  @Test
  void timesAreTheClocksToTheMillisecond() {
    assertThat(times.next(null)).isEqualTo(Instant.parse("2024-03-01T10:00:00.123Z"));
    assertThat(times.next(Instant.parse("2024-03-01T09:00:00Z")))
        .isEqualTo(Instant.parse("2024-03-01T10:00:00.123Z"));
  }

  @Test
  void aClockThatStandsStillOrGoesBackStillMovesTimesForward() {
    Instant previous = Instant.parse("2024-03-01T10:00:00.123Z");
    assertThat(times.next(previous)).isEqualTo(previous.plusMillis(1));
    clock.advance(Duration.ofDays(-3));
    assertThat(times.next(previous)).isEqualTo(previous.plusMillis(1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T10:00:00Z",
        "1970-01-01T00:00:00.001Z",
        "2024-02-29T23:59:59.999Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999Z"
      })
  void storedTextRoundTrips(String text) {
    Instant instant = Instant.parse(text);
    String stored = RecordClock.format(instant);

    assertThat(stored).hasSize(24);
    assertThat(RecordClock.parse(stored)).isEqualTo(instant);
  }

  @Test
  void storedTextSortsLikeTime() {
    Instant t = Instant.parse("2024-03-01T09:59:59.999Z");
    assertThat(List.of(t, t.plusMillis(1), t.plusSeconds(3600), t.plus(Duration.ofDays(4000))))
        .extracting(RecordClock::format)
        .isSorted();
  }

  @Test
  void parsesOtherIsoFormsToo() {
    assertThat(RecordClock.parse("2024-03-01T10:00:00Z"))
        .isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
  }

  @Test
  void asOfBoundsAreClampedToStoredText() {
    assertThat(RecordClock.upperBound(RecordTime.now())).isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(RecordClock.upperBound(RecordTime.at(Instant.MAX)))
        .isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(RecordClock.upperBound(RecordTime.at(Instant.MIN)))
        .isEqualTo("0000-01-01T00:00:00.000Z");
    assertThat(RecordClock.upperBound(RecordTime.at(Instant.parse("2024-03-01T10:00:00.123999Z"))))
        .isEqualTo("2024-03-01T10:00:00.123Z");
  }
}
