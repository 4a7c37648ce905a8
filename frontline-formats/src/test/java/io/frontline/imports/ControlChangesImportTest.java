package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** Imports the real is-control-changes.csv: 48 changes of control in Iraq and Syria, 2014-2019. */
class ControlChangesImportTest {
  private static final Path REAL_FILE = Path.of("/work/shared/data/is-control-changes.csv");

  @TempDir
  Path dir;

  /** Accepts any positive id and any name (one synthetic place per country), so that only parsing is tested. */
  private static final class AnyPlaceGazetteer implements Gazetteer {
    @Override
    public Optional<Place> findPlace(long id) {
      return Optional.of(
          new Place(id, "place " + id, List.of(), Map.of(), 35, 40, "P", "PPL", "", "", 0));
    }

    @Override
    public List<Place> search(String query, int limit) {
      long id = 1_000_000L + Math.abs(query.hashCode() % 1_000_000);
      return Stream.of("SY", "IQ")
          .map(c -> new Place(
              id + (c.equals("SY") ? 0 : 1),
              query,
              List.of(),
              Map.of(),
              35,
              40,
              "P",
              "PPL",
              c,
              "",
              0))
          .toList();
    }

    @Override
    public List<Place> placesWithin(Envelope lonLat) {
      return List.of();
    }
  }

  @Test
  void readsAll48ChangesOfTheRealFile() {
    Assumptions.assumeTrue(Files.isReadable(REAL_FILE), REAL_FILE + " is not present");

    ImportResult result = new ImportFixture(dir, new AnyPlaceGazetteer()).read(REAL_FILE);

    assertThat(result.findings()).extracting(Finding::toString).isEmpty();
    assertThat(result.format()).isEqualTo("csv-control-changes");
    assertThat(result.records()).isEqualTo(48);
    assertThat(result.accepted()).hasSize(48);
    assertThat(result.accepted()).extracting(Statement::confidence).containsOnly(Confidence.MEDIUM);
    assertThat(result.accepted()).extracting(s -> s.source().kind()).containsOnly(SourceKind.NEWS);
    assertThat(result.accepted())
        .filteredOn(s -> s.status() == Status.CONTESTED)
        .hasSize(3);
    assertThat(result.accepted())
        .filteredOn(s -> s.date().precision() == DatePrecision.MONTH)
        .hasSize(7);
    assertThat(result.accepted().get(0))
        .isEqualTo(new Statement(
            new Subject.PlaceRef(172955),
            "islamic-state",
            Status.CONTROLS,
            "syrian-opposition",
            FuzzyDate.parse("2014-01-14"),
            Source.ofUrl(
                "https://www.franspat.com/rise-fall-islamic-state-raqqa/", SourceKind.NEWS),
            Confidence.MEDIUM,
            "IS took full control after fighting in early January"));
    assertThat(result.accepted().get(1).date()).isEqualTo(FuzzyDate.parse("2014-01", "month"));
    assertThat(result.accepted().get(12).actorId()).isEqualTo("islamic-state");
    assertThat(result.accepted().get(12).fromActorId()).isEqualTo("ypg");
    assertThat(result.accepted().get(47).actorId()).isEqualTo("sdf");
  }
}
