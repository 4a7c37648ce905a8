package io.frontline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.events.Event;
import io.frontline.events.EventStore;
import io.frontline.events.Fatalities;
import io.frontline.events.LocationPrecision;
import io.frontline.events.Side;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every event store must do, whatever it is built on. Subclasses supply a new, empty store. */
public abstract class EventStoreContract<S extends EventStore> {
  protected S store;

  protected abstract S newStore();

  protected void release(S s) throws Exception {
    if (s instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  @BeforeEach
  void open() {
    store = newStore();
  }

  @AfterEach
  void close() throws Exception {
    release(store);
  }

  public static final Event PALMYRA_DAY = new Event(
      "ucdp-ged",
      "1",
      "Reuters, 2015-05-21",
      FuzzyDate.parse("2015-05-20"),
      38.2684,
      34.5605,
      LocationPrecision.EXACT,
      "Syria",
      "Tadmur",
      "state-based",
      "Syria: Government",
      List.of(
          new Side.Known("syria", "Government of Syria"), new Side.Known("islamic-state", "IS")),
      new Fatalities(12, 10, 15, Map.of("side_a", 7, "side_b", 5)),
      1,
      "Government of Syria - IS");
  public static final Event RAQQA_MONTH = new Event(
      "acled",
      "SYR2",
      "SOHR",
      FuzzyDate.parse("2017-06"),
      39.01,
      35.95,
      LocationPrecision.NEAR,
      "Syria",
      "Raqqa",
      "Battles",
      "Armed clash",
      List.of(new Side.Known("sdf", "SDF"), new Side.Unmapped("Military Forces of Syria (2000-)")),
      Fatalities.of(3),
      1,
      "clashes");
  public static final Event MOSUL_YEAR = new Event(
      "ucdp-ged",
      "2",
      "UCDP GED event 2",
      FuzzyDate.parse("2016"),
      43.13,
      36.34,
      LocationPrecision.PROVINCE,
      "Iraq",
      "",
      "",
      "",
      List.of(new Side.Unmapped("Syrian insurgents")),
      null,
      1,
      "");
  public static final Event STRIKE = new Event(
      "cjtf-oir-strikes",
      "2016-10-17/mosul",
      "CJTF-OIR strike release",
      FuzzyDate.parse("2016-10-16"),
      43.13,
      36.34,
      LocationPrecision.NEAR,
      "Iraq",
      "near Mosul",
      "airstrike",
      "",
      List.of(new Side.Unmapped("CJTF-OIR"), new Side.Known("islamic-state", "ISIL")),
      null,
      4,
      "- Near Mosul, four strikes.");

  @Test
  void anEmptyStoreHasNoEvents() {
    assertThat(store.eventCount()).isZero();
    assertThat(store.findEvents(LocalDate.of(1989, 1, 1), LocalDate.of(2030, 1, 1)))
        .isEmpty();
  }

  @Test
  void eventsComeBackWholeByDateRange() {
    assertThat(store.addEvents(List.of(MOSUL_YEAR, PALMYRA_DAY, RAQQA_MONTH, STRIKE)))
        .isEqualTo(4);
    assertThat(store.eventCount()).isEqualTo(4);
    assertThat(store.findEvents(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31)))
        .containsExactly(PALMYRA_DAY, MOSUL_YEAR, STRIKE, RAQQA_MONTH);
    assertThat(store.findEvents(LocalDate.of(2015, 5, 20), LocalDate.of(2015, 5, 20)))
        .containsExactly(PALMYRA_DAY);
    assertThat(store.findEvents(LocalDate.of(2015, 5, 21), LocalDate.of(2015, 12, 31)))
        .isEmpty();
    assertThat(store.findEvents(LocalDate.of(2016, 12, 31), LocalDate.of(2017, 6, 1)))
        .as("a year-precise event is found by any range that touches its year")
        .containsExactly(MOSUL_YEAR, RAQQA_MONTH);
  }

  @Test
  void addingTheSameEventsAgainAddsNothing() {
    store.addEvents(List.of(PALMYRA_DAY, RAQQA_MONTH));
    assertThat(store.addEvents(List.of(RAQQA_MONTH, STRIKE, PALMYRA_DAY))).isEqualTo(1);
    assertThat(store.eventCount()).isEqualTo(3);
  }

  @Test
  void aBatchWithANullIsRefusedWhole() {
    assertThatThrownBy(() -> store.addEvents(Arrays.asList(PALMYRA_DAY, null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.eventCount()).isZero();
  }

  @Test
  void progressIsToldAsEventsAreWritten() {
    List<Event> many = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      many.add(new Event(
          "test",
          Integer.toString(i),
          "",
          FuzzyDate.parse("2016-01-01")
              .start()
              .plusDays(i % 900)
              .toString()
              .transform(FuzzyDate::parse),
          38 + (i % 100) / 100.0,
          35,
          LocationPrecision.EXACT,
          "",
          "",
          "",
          "",
          List.of(),
          null,
          1,
          ""));
    }
    List<Long> told = new ArrayList<>();
    assertThat(store.addEvents(many, told::add)).isEqualTo(12_000);
    assertThat(told).isNotEmpty().isSorted().endsWith(12_000L);
  }
}
