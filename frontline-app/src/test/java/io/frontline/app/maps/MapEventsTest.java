package io.frontline.app.maps;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.app.SmallView;
import io.frontline.events.Event;
import io.frontline.events.Fatalities;
import io.frontline.events.LocationPrecision;
import io.frontline.events.Side;
import io.frontline.refusals.Refusal;
import io.frontline.render.map.Legend;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events on a map picture: read from the store for each panel's year or the window asked for, legend and credit. */
class MapEventsTest {
  @TempDir
  static Path dir;

  static SmallView view;

  @BeforeAll
  static void open() {
    view = new SmallView(dir);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(new Event(
          "ucdp-ged",
          "u" + i,
          "",
          new FuzzyDate(LocalDate.of(2014, 1, 1), DatePrecision.YEAR),
          39.0 + i * 0.01,
          35.9,
          LocationPrecision.EXACT,
          "Syria",
          "",
          "",
          "",
          List.of(new Side.Unmapped("IS")),
          Fatalities.of(1),
          1,
          ""));
    }
    for (int i = 0; i < 7; i++) {
      events.add(new Event(
          "cjtf-oir-strikes",
          "s" + i,
          "release",
          FuzzyDate.day(LocalDate.of(2014, 6, 20 + i)),
          39.0,
          36.0 + i * 0.01,
          LocationPrecision.NEAR,
          "Syria",
          "near Raqqa",
          "airstrike",
          "",
          List.of(),
          null,
          1,
          ""));
    }
    view.store().addEvents(events);
  }

  @AfterAll
  static void close() {
    view.close();
  }

  private static String eventsLegend(MapPicture p) {
    return p.plan().legend().entries().stream()
        .map(Legend.Entry::label)
        .filter(l -> l.contains("each dot"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void withoutAWindowEachMapShowsTheEventsOfItsYear() {
    MapPicture p = MapPictures.plan(
        view,
        MapPicturesTest.request(List.of(MapPicturesTest.DAY), false, Optional.empty(), false)
            .withEvents(MapRequest.Events.YEARS),
        "events");
    assertThat(eventsLegend(p))
        .isEqualTo("UCDP GED and CJTF-OIR strike-release events, 2014: 47, each dot one event");
    assertThat(String.join(" ", p.plan().credits()))
        .contains(
            "Events: UCDP Georeferenced Event Dataset", "CJTF-OIR strike releases (public domain)");
    assertThat(p.plan().panels().get(0).eventCount()).isEqualTo(47);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    p.write(io.frontline.render.output.Format.PNG, png);
    assertThat(png.size()).isPositive();
  }

  @Test
  void aWindowAndATypeNarrowIt() {
    MapPicture p = MapPictures.plan(
        view,
        MapPicturesTest.request(List.of(MapPicturesTest.DAY), false, Optional.empty(), false)
            .withEvents(new MapRequest.Events(
                Optional.of(LocalDate.of(2014, 6, 22)),
                Optional.of(LocalDate.of(2014, 6, 30)),
                Optional.of("airstrike"))),
        "events");
    assertThat(eventsLegend(p))
        .isEqualTo(
            "CJTF-OIR strike-release (airstrike) events, 22 June 2014 to 30 June 2014: 5, each dot one event");
  }

  @Test
  void aWindowNeedsBothEndsInOrder() {
    MapRequest base =
        MapPicturesTest.request(List.of(MapPicturesTest.DAY), false, Optional.empty(), false);
    MapPicturesTest.refused(
        () -> MapPictures.plan(
            view,
            base.withEvents(new MapRequest.Events(
                Optional.of(LocalDate.of(2014, 6, 22)), Optional.empty(), Optional.empty())),
            "x"),
        Refusal.Kind.BAD_INPUT,
        "--events_from and --events_to go together");
    MapPicturesTest.refused(
        () -> MapPictures.plan(
            view,
            base.withEvents(new MapRequest.Events(
                Optional.of(LocalDate.of(2014, 6, 22)),
                Optional.of(LocalDate.of(2014, 6, 1)),
                Optional.empty())),
            "x"),
        Refusal.Kind.BAD_INPUT,
        "--events_to must not be before --events_from");
  }
}
