package io.frontline.benchmarks.scale;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the synthetic scale scenario from a seeded {@link Random}: random dates in the range (three in four
 * day-precise, the rest month-precise), actors among the configured ones, mostly {@code controls} with some
 * {@code contested}, a named previous holder for most captures, and random confidence. Same seed, same data.
 */
public final class ScaleGenerator {
  public static final String SYNTHETIC_HOST = "synthetic.frontline-benchmark.invalid";
  private static final Instant RECORDED = Instant.parse("2019-01-01T00:00:00Z");
  private final ScaleConfig config;
  private final Random random;
  private final List<Observation> out = new ArrayList<>();

  public ScaleGenerator(ScaleConfig config) {
    this.config = config;
    this.random = new Random(config.seed());
  }

  /** The scenario over the settlements of {@code gazetteer} chosen by the config, clipped to their countries. */
  public ScaleData generate(List<Place> gazetteer, Basemap basemap) {
    List<Place> places = observedPlaces(gazetteer, config);
    if (places.size() < 3) {
      throw new IllegalArgumentException(
          "the scale scenario needs at least 3 places, found " + places.size());
    }
    for (int i = 0; i < config.placeObservations(); i++) {
      Place p = places.get(random.nextInt(places.size()));
      add(new Subject.PlaceRef(p.id()), "place " + p.id());
    }
    AreaShapes shapes = new AreaShapes(places, bounds(basemap, config));
    int hulls = 0;
    for (int i = 0; i < config.areaObservations(); i++) {
      Polygon area = area(shapes);
      hulls += area.getUserData() == Kind.HULL ? 1 : 0;
      area.setUserData(null);
      add(new Subject.Area(area, "synthetic area " + i), "area " + i);
    }
    return new ScaleData(config, places, out, config.areaObservations() - hulls, hulls);
  }

  /** GeoNames settlements of the configured countries with at least the minimum population, by id. */
  public static List<Place> observedPlaces(List<Place> gazetteer, ScaleConfig config) {
    return gazetteer.stream()
        .filter(p -> p.isSettlement()
            && config.countries().contains(p.country())
            && p.population() >= config.minPopulation()
            && p.id() < 1_000_000_001L)
        .sorted(Comparator.comparingLong(Place::id))
        .toList();
  }

  /** The envelope of the configured countries' outlines. */
  static Envelope bounds(Basemap basemap, ScaleConfig config) {
    Envelope bounds = new Envelope();
    for (Country c : basemap.countries()) {
      if (config.countries().contains(c.iso2())) {
        bounds.expandToInclude(c.outline().getEnvelopeInternal());
      }
    }
    return bounds;
  }

  private enum Kind {
    DISC,
    HULL
  }

  /** Half the areas try a hull of 3-8 neighbouring places first; a disc 5-60 km across otherwise. */
  private Polygon area(AreaShapes shapes) {
    while (true) {
      Place centre = shapes.places().get(random.nextInt(shapes.places().size()));
      boolean tryHull = random.nextBoolean();
      int k = 3 + random.nextInt(6);
      double across = AreaShapes.MIN_ACROSS_KM
          + random.nextDouble() * (AreaShapes.MAX_ACROSS_KM - AreaShapes.MIN_ACROSS_KM);
      Polygon shape = tryHull ? shapes.hull(centre, k).orElse(null) : null;
      if (shape != null) {
        shape.setUserData(Kind.HULL);
        return shape;
      }
      shape = shapes.disc(centre, across).orElse(null);
      if (shape != null) {
        shape.setUserData(Kind.DISC);
        return shape;
      }
    }
  }

  private void add(Subject subject, String what) {
    String actor = pick(config.actors());
    boolean contested = random.nextInt(100) < 12;
    String from = contested || random.nextInt(100) < 80 ? other(actor) : null;
    long id = out.size() + 1L;
    Source source = new Source(
        "SYNTHETIC benchmark observation (seed " + config.seed() + "), not a real report",
        List.of("https://" + SYNTHETIC_HOST + "/seed-" + config.seed() + "/obs-" + id),
        "",
        SourceKind.ANALYST);
    Statement s = new Statement(
        subject,
        actor,
        contested ? Status.CONTESTED : Status.CONTROLS,
        from,
        date(),
        source,
        Confidence.values()[random.nextInt(3)],
        "synthetic benchmark data, " + what);
    out.add(new Observation(
        id, "synthetic-" + id, 1, s, "frontline-benchmark", RECORDED.plusSeconds(id), false));
  }

  private FuzzyDate date() {
    LocalDate day = config.from().plusDays(random.nextInt(config.days()));
    return random.nextInt(4) == 0
        ? new FuzzyDate(day.withDayOfMonth(1), DatePrecision.MONTH)
        : FuzzyDate.day(day);
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private String other(String actor) {
    String other = actor;
    while (other.equals(actor)) {
      other = pick(config.actors());
    }
    return other;
  }
}
