package io.frontline.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actors;
import io.frontline.benchmarks.Agreement;
import io.frontline.benchmarks.scale.PlaceIndex;
import io.frontline.benchmarks.scale.ScaleConfig;
import io.frontline.benchmarks.scale.ScaleData;
import io.frontline.benchmarks.scale.ScaleGenerator;
import io.frontline.bundled.BundledActors;
import io.frontline.bundled.BundledGazetteer;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.gazetteer.Place;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the peer's SQL against Frontline on a small seeded scenario (the places of Jordan, with
 * overlapping drawn areas, contests and implied holders): areas within 0.1%, equal population and settlements.
 */
@Tag("postgis")
class PostgisPeerTest {
  private static final long SEED = 11L;

  @Test
  void sqlFiguresAgreeWithFrontline() {
    String url = System.getenv("FRONTLINE_PG_URL");
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        "FRONTLINE_PG_URL is not set: no PostGIS to run the peer's SQL on (tools/test.sh sets it)");
    System.out.println("PostgisPeerTest seed " + SEED);
    ScaleConfig config = new ScaleConfig(
        SEED,
        3_000,
        80,
        LocalDate.of(2014, 1, 1),
        LocalDate.of(2018, 12, 31),
        ScaleConfig.ACTORS,
        Set.of("JO"),
        0);
    List<Place> gazetteer = BundledGazetteer.places();
    NaturalEarthBasemap basemap = NaturalEarthBasemap.shared();
    ScaleData data = new ScaleGenerator(config).generate(gazetteer, basemap);
    ControlIndex index = new ControlIndexBuilder(
            new PlaceIndex(gazetteer), basemap, ZoneConfig.DEFAULT)
        .build(data.observations());
    assertThat(index.atoms().size())
        .as("drawn areas split zones into atoms")
        .isGreaterThan(index.footprints().size());
    FiguresOp figures = new FiguresOp(
        index,
        new Actors(BundledActors.islamicStateScenario()),
        basemap,
        FiguresConfig.DEFAULT,
        RecordTime.now());
    List<Agreement.Line> lines = new ArrayList<>();
    try (PostgisPeer peer = PostgisPeer.connect(url)) {
      peer.load(index, gazetteer);
      for (String date :
          List.of("2013-06-01", "2014-01-20", "2015-03-01", "2016-07-15", "2018-12-31")) {
        LocalDate d = LocalDate.parse(date);
        lines.addAll(Agreement.compare(index, figures.figures(d), peer.figures(d)));
      }
    }
    Agreement agreement = new Agreement(lines, 0.001);
    lines.forEach(System.out::println);
    assertThat(lines).extracting(Agreement.Line::date).contains(LocalDate.parse("2013-06-01"));
    assertThat(agreement.disagreements())
        .as("lines outside 0.1% or with unequal population")
        .isZero();
  }
}
