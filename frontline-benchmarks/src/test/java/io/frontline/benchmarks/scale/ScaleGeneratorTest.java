package io.frontline.benchmarks.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.bundled.BundledGazetteer;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.DatePrecision;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

class ScaleGeneratorTest {
  private static final ScaleConfig SMALL = ScaleConfig.standard(7).withCounts(4_000, 60);
  private static List<Place> gazetteer;
  private static ScaleData data;

  @BeforeAll
  static void generate() {
    gazetteer = BundledGazetteer.places();
    data = new ScaleGenerator(SMALL).generate(gazetteer, NaturalEarthBasemap.shared());
  }

  @Test
  void observesEveryCities500PlaceOfTheFourCountries() {
    assertThat(data.places())
        .hasSize(2_716)
        .allMatch(p -> Set.of("SY", "IQ", "TR", "JO").contains(p.country()) && p.isSettlement());
  }

  @Test
  void sameSeedSameData() {
    ScaleData again = new ScaleGenerator(SMALL).generate(gazetteer, NaturalEarthBasemap.shared());
    assertThat(again.observations()).isEqualTo(data.observations());
  }

  @Test
  void countsDatesStatusesAndPrecisionsAsConfigured() {
    assertThat(data.placeObservations()).isEqualTo(4_000);
    assertThat(data.areaObservations()).isEqualTo(60);
    assertThat(data.observations())
        .allMatch(o -> !o.statement().date().start().isBefore(SMALL.from())
            && !o.statement().date().start().isAfter(SMALL.to()));
    assertThat(share(o -> o.statement().status() == Status.CONTESTED)).isBetween(0.08, 0.16);
    assertThat(share(o -> o.statement().date().precision() == DatePrecision.MONTH))
        .isBetween(0.2, 0.3);
    assertThat(data.observations())
        .extracting(o -> o.statement().actorId())
        .isSubsetOf(SMALL.actors());
  }

  @Test
  void everySourceIsMarkedSynthetic() {
    assertThat(data.observations())
        .allMatch(o -> o.statement()
                .source()
                .urls()
                .get(0)
                .startsWith("https://" + ScaleGenerator.SYNTHETIC_HOST + "/")
            && o.statement().source().title().startsWith("SYNTHETIC"));
  }

  @Test
  void areasAreValidPolygonsFiveToSixtyKmAcrossInsideTheCountries() {
    Envelope bounds = ScaleGenerator.bounds(NaturalEarthBasemap.shared(), SMALL);
    List<Polygon> areas = data.observations().stream()
        .map(o -> o.statement().subject())
        .filter(Subject.Area.class::isInstance)
        .map(s -> (Polygon) ((Subject.Area) s).geometry())
        .toList();
    assertThat(areas)
        .hasSize(60)
        .allMatch(Polygon::isValid)
        .allMatch(a -> bounds.contains(a.getEnvelopeInternal()))
        .allMatch(a -> AreaShapes.across_km(a) >= 4.99 && AreaShapes.across_km(a) <= 60.01);
    assertThat(data.discs() + data.hulls()).isEqualTo(60);
    assertThat(data.hulls()).isPositive();
  }

  private static double share(java.util.function.Predicate<Observation> test) {
    return data.observations().stream().filter(test).count()
        / (double) data.observations().size();
  }
}
