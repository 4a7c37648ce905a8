package io.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.Holding;
import io.frontline.control.ZoneConfig;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.testing.MemoryBasemap;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.testing.Observations;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The grid and the span search against the plainest reference: JTS point-in-polygon over every atom, then the atom's
 * holding on every day of the event's period. Random places, observations (some drawn areas) and events, seeded.
 */
class GroundOpDifferentialTest {
  private static final String[] ACTORS = {"is", "syria", "sdf", "iraq"};

  @Test
  void theFastPathAgreesWithTheNaiveReference() {
    long seed = Long.getLong("frontline.seed", System.nanoTime());
    System.out.println(
        "GroundOpDifferentialTest seed " + seed + " (rerun with -Dfrontline.seed=" + seed + ")");
    Random random = new Random(seed);
    List<io.frontline.gazetteer.Place> places = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      places.add(MemoryGazetteer.place(
          i,
          "P" + i,
          33 + random.nextDouble() * 3.5,
          36.5 + random.nextDouble() * 5,
          1_000 + random.nextInt(200_000),
          "SY"));
    }
    MemoryGazetteer gazetteer = new MemoryGazetteer(places);
    MemoryBasemap basemap =
        new MemoryBasemap(List.of(MemoryBasemap.box("SY", "Syria", 36, 32, 42, 37)));
    Observations obs = new Observations();
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      String actor = ACTORS[random.nextInt(ACTORS.length)];
      String from = ACTORS[
          (List.of(ACTORS).indexOf(actor) + 1 + random.nextInt(ACTORS.length - 1)) % ACTORS.length];
      Status status = random.nextInt(6) == 0 ? Status.CONTESTED : Status.CONTROLS;
      String date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(1500)).toString();
      observations.add(
          obs.place(1 + random.nextInt(places.size()), actor, status, from, date, Confidence.HIGH));
    }
    for (int i = 0; i < 4; i++) {
      double x = 37 + random.nextDouble() * 3;
      double y = 33 + random.nextDouble() * 2.5;
      observations.add(obs.area(
          Geometries.FACTORY.toGeometry(
              new org.locationtech.jts.geom.Envelope(x, x + 0.4, y, y + 0.3)),
          ACTORS[random.nextInt(ACTORS.length)],
          Status.CONTROLS,
          LocalDate.of(2014, 1, 1).plusDays(random.nextInt(1500)).toString()));
    }
    ControlIndex index =
        new ControlIndexBuilder(gazetteer, basemap, ZoneConfig.DEFAULT).build(observations);
    GroundOp op = new GroundOp(index, 200 + random.nextInt(600));
    int held = 0;
    int changed = 0;
    for (int i = 0; i < 3_000; i++) {
      double lon = 35.5 + random.nextDouble() * 7;
      double lat = 31.5 + random.nextDouble() * 6;
      if (random.nextBoolean()) {
        io.frontline.gazetteer.Place near = places.get(random.nextInt(places.size()));
        lon = near.lon() + random.nextGaussian() * 0.1;
        lat = near.lat() + random.nextGaussian() * 0.1;
      }
      FuzzyDate date = randomDate(random);
      String fast = describe(op.at(lon, lat, date, LocationPrecision.EXACT));
      String naive = reference(index, lon, lat, date);
      assertThat(fast)
          .as("seed %d: event %d at (%s %s) on %s", seed, i, lon, lat, date)
          .isEqualTo(naive);
      held += fast.startsWith("held") ? 1 : 0;
      changed += fast.startsWith("changed") ? 1 : 0;
    }
    assertThat(held).as("the test exercises held ground").isGreaterThan(100);
    assertThat(changed).as("the test exercises changes within a period").isGreaterThan(10);
  }

  private static FuzzyDate randomDate(Random random) {
    LocalDate day = LocalDate.of(2013, 6, 1).plusDays(random.nextInt(2000));
    return switch (random.nextInt(4)) {
      case 0 -> new FuzzyDate(day.withDayOfYear(1), DatePrecision.YEAR);
      case 1 -> new FuzzyDate(day.withDayOfMonth(1), DatePrecision.MONTH);
      default -> FuzzyDate.day(day);
    };
  }

  private static String reference(ControlIndex index, double lon, double lat, FuzzyDate date) {
    Point point = Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
    Optional<Atom> under =
        index.atoms().stream().filter(a -> a.geometry().covers(point)).findFirst();
    if (under.isEmpty()) {
      return "outside";
    }
    Set<String> keys = new LinkedHashSet<>();
    boolean gap = false;
    Holding last = null;
    for (LocalDate d = date.start(); !d.isAfter(date.end()); d = d.plusDays(1)) {
      Optional<Holding> h = under.get().at(d);
      gap |= h.isEmpty();
      h.ifPresent(x -> keys.add(Ground.holdingKey(x)));
      last = h.orElse(last);
    }
    if (keys.isEmpty()) {
      return "nobody";
    }
    if (!gap && keys.size() == 1) {
      return "held " + keys.iterator().next() + " by "
          + last.decidedBy().observation().id();
    }
    return "changed " + keys + (gap ? " and unheld" : "");
  }

  private static String describe(Ground g) {
    if (g instanceof Ground.Held h) {
      return "held " + Ground.holdingKey(h.holding()) + " by " + h.decidingObservationId();
    }
    if (g instanceof Ground.Changed c) {
      return "changed "
          + c.seen().stream()
              .map(Ground::holdingKey)
              .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
          + (c.unheldToo() ? " and unheld" : "");
    }
    if (g instanceof Ground.Unheld u) {
      return u.outside() ? "outside" : "nobody";
    }
    return "no point";
  }
}
