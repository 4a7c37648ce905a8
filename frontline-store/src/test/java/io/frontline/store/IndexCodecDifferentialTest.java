package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actors;
import io.frontline.contract.StoreFixtures;
import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ObservationList;
import io.frontline.control.PlaceHistoryOp;
import io.frontline.control.Resolution;
import io.frontline.control.Site;
import io.frontline.control.ZoneConfig;
import io.frontline.figures.ChangesOp;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.figures.SeriesOp;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Grade;
import io.frontline.observations.ObservationFacts;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.testing.MemoryBasemap;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

/**
 * Differential: an index read back from the cache answers figures, ranges, changes, series, place histories and maps
 * exactly as the index built fresh from a seeded random store: places of every kind, captures with and without a
 * previous holder, contested places with and without a share, sieges, drawn areas and a region-wide end.
 */
class IndexCodecDifferentialTest {
  private static final MemoryBasemap COUNTRY =
      new MemoryBasemap(List.of(MemoryBasemap.box("IQ", "Iraq", 42, 35, 44, 37)));
  private static final List<String> ACTORS = List.of("isis", "iraq", "peshmerga");
  private static final LocalDate FIRST = LocalDate.of(2014, 1, 1);

  @TempDir
  Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20140610L, 7L, 1_234_567L})
  void aCachedIndexAnswersAsTheFreshOne(long seed) {
    System.out.println("IndexCodecDifferentialTest seed " + seed);
    Random random = new Random(seed);
    GeoPackageStore store = GeoPackageStore.open(dir.resolve("random-" + seed + ".gpkg"));
    List<Place> places = places(random);
    store.putActors(StoreFixtures.actors());
    store.putPlaces(places);
    store.record(statements(random, places), "random");
    ControlIndex fresh = new ControlIndexBuilder(store, COUNTRY, ZoneConfig.DEFAULT)
        .build(store.observations(RecordTime.now()));
    IndexCache cache = IndexCache.beside(store.file());
    assertThat(cache.save("k", fresh)).isTrue();
    ControlIndex read = cache.load("k").orElseThrow();
    ObservationList listed = (ObservationList) read.observations();
    for (int i = 0; i < listed.size(); i++) {
      assertThat(listed.facts(i))
          .as("source facts of observation %d, read without making it", i)
          .isEqualTo(ObservationFacts.of(fresh.observations().get(i).statement()));
    }
    assertThat(read.observedPlaceIds()).isEqualTo(fresh.observedPlaceIds()).isNotEmpty();
    for (Place place : places) {
      assertThat(read.observationsOf(place.id()))
          .as("observations of %s", place.name())
          .isEqualTo(fresh.observationsOf(place.id()));
    }

    assertThat(read.atoms()).hasSameSizeAs(fresh.atoms()).hasSizeGreaterThan(100);
    Actors actors = new Actors(StoreFixtures.actors());
    FiguresOp freshFigures =
        new FiguresOp(fresh, actors, COUNTRY, FiguresConfig.DEFAULT, RecordTime.now());
    FiguresOp readFigures =
        new FiguresOp(read, actors, COUNTRY, FiguresConfig.DEFAULT, RecordTime.now());
    for (LocalDate day = FIRST; day.isBefore(LocalDate.of(2020, 1, 1)); day = day.plusDays(47)) {
      assertThat(readFigures.figures(day))
          .as("figures on %s, seed %d", day, seed)
          .isEqualTo(freshFigures.figures(day));
      assertThat(pieces(read, day))
          .as("map on %s, seed %d", day, seed)
          .isEqualTo(pieces(fresh, day));
    }
    ChangesOp freshChanges = new ChangesOp(fresh, freshFigures);
    ChangesOp readChanges = new ChangesOp(read, readFigures);
    for (int k = 0; k < 6; k++) {
      LocalDate from = FIRST.plusDays(random.nextInt(1500));
      LocalDate to = from.plusDays(30 + random.nextInt(700));
      Optional<String> actor = k % 2 == 0 ? Optional.empty() : Optional.of(ACTORS.get(k % 3));
      assertThat(readChanges.changes(from, to, actor))
          .as("changes %s to %s, seed %d", from, to, seed)
          .isEqualTo(freshChanges.changes(from, to, actor));
    }
    for (String actor : ACTORS) {
      assertThat(new SeriesOp(read).series(actor, FIRST, LocalDate.of(2019, 12, 31)))
          .as("series of %s", actor)
          .isEqualTo(new SeriesOp(fresh).series(actor, FIRST, LocalDate.of(2019, 12, 31)));
    }
    assertThat(read.sites()).hasSameSizeAs(fresh.sites());
    PlaceHistoryOp history = new PlaceHistoryOp();
    for (int i = 0; i < fresh.sites().size(); i++) {
      Site site = fresh.sites().get(i);
      assertThat(history.history(read.sites().get(i)))
          .as("history of %s", site.place().name())
          .isEqualTo(history.history(site));
    }
    assertThat(read.observations()).isEqualTo(fresh.observations());
    assertThat(read.footprints()).isEqualTo(fresh.footprints());
    for (int i = 0; i < fresh.atoms().size(); i++) {
      Atom a = read.atoms().get(i);
      Atom b = fresh.atoms().get(i);
      assertThat(List.of(
              a.id(), a.area_km2(), a.resolution().reach(), a.resolution().candidates()))
          .isEqualTo(List.of(
              b.id(), b.area_km2(), b.resolution().reach(), b.resolution().candidates()));
      assertThat(a.geometry().equalsExact(b.geometry()))
          .as("geometry of atom %d", i)
          .isTrue();
      assertThat(spans(a.resolution())).as("spans of atom %d", i).isEqualTo(spans(b.resolution()));
    }
    store.close();
  }

  private static List<Object> spans(Resolution r) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      out.add(r.start(i));
      out.add(r.holding(i));
    }
    return out;
  }

  /** Each piece of the map: its atom's number and the holding, with what it rests on. */
  private static List<String> pieces(ControlIndex index, LocalDate day) {
    return index.mapAt(day).pieces().stream()
        .map(p -> p.atom().id() + " " + p.holding() + " " + p.basis(day, 365))
        .toList();
  }

  /** Towns, villages, a city, a camp (PPLX) and a dam, inside the country box. */
  private static List<Place> places(Random random) {
    List<Place> out = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      double lat = 35.1 + random.nextDouble() * 1.8;
      double lon = 42.1 + random.nextDouble() * 1.8;
      String featureClass = i == 45 ? "H" : "P";
      String featureCode = i == 45 ? "DAM" : i == 44 ? "PPLX" : i % 7 == 0 ? "PPLA2" : "PPL";
      long population = i == 1 ? 250_000 : i == 45 ? 0 : 100 + random.nextInt(60_000);
      out.add(new Place(
          i,
          "Place " + i,
          List.of(),
          Map.of(),
          lat,
          lon,
          featureClass,
          featureCode,
          "IQ",
          "18",
          population));
    }
    return out;
  }

  private static List<Statement> statements(Random random, List<Place> places) {
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Place p = places.get(random.nextInt(places.size()));
      out.add(statement(random, new Subject.PlaceRef(p.id()), i));
    }
    for (int i = 0; i < 12; i++) {
      double w = 42 + random.nextDouble() * 1.5;
      double s = 35 + random.nextDouble() * 1.5;
      Envelope box = new Envelope(
          w, w + 0.05 + random.nextDouble() * 0.4, s, s + 0.05 + random.nextDouble() * 0.4);
      out.add(statement(
          random, new Subject.Area(Geometries.FACTORY.toGeometry(box), "area " + i), 1000 + i));
    }
    out.add(new Statement(
        new Subject.Area(Geometries.FACTORY.toGeometry(new Envelope(42, 43, 35, 37)), "west"),
        "isis",
        Status.ENDS,
        null,
        FuzzyDate.day(LocalDate.of(2017, 12, 9)),
        Source.ofUrl("https://example.org/ends", SourceKind.OFFICIAL_STATEMENT),
        Confidence.HIGH,
        ""));
    return out;
  }

  private static Statement statement(Random random, Subject subject, int n) {
    String actor = ACTORS.get(random.nextInt(ACTORS.size()));
    String other = ACTORS.get((ACTORS.indexOf(actor) + 1 + random.nextInt(2)) % ACTORS.size());
    int kind = random.nextInt(10);
    Status status = kind < 6 ? Status.CONTROLS : kind < 9 ? Status.CONTESTED : Status.BESIEGED;
    String from = status != Status.CONTROLS || random.nextInt(4) > 0 ? other : null;
    Double share =
        status == Status.CONTESTED && random.nextBoolean() ? 0.1 + random.nextInt(8) / 10.0 : null;
    LocalDate day = FIRST.plusDays(random.nextInt(5 * 365));
    FuzzyDate date = random.nextInt(4) == 0
        ? new FuzzyDate(day.withDayOfMonth(1), DatePrecision.MONTH)
        : FuzzyDate.day(day);
    SourceKind sourceKind = SourceKind.values()[random.nextInt(SourceKind.values().length)];
    Source source = random.nextInt(5) == 0
        ? new Source("Report " + n % 7, List.of(), "page " + n % 5, sourceKind)
        : new Source(
            "Report " + n, List.of("https://example.org/report/" + n % 40), "", sourceKind);
    if (random.nextInt(3) == 0) {
      source = source.withGrade(Grade.parse("B" + (1 + random.nextInt(6))));
    }
    return new Statement(
        subject,
        actor,
        status,
        from,
        date,
        source,
        Confidence.values()[random.nextInt(3)],
        "note " + n,
        share);
  }
}
