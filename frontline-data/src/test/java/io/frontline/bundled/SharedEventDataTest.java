package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actors;
import io.frontline.events.Event;
import io.frontline.events.LocationPrecision;
import io.frontline.formats.events.EventCsvReader;
import io.frontline.formats.events.EventFormat;
import io.frontline.formats.events.EventReadOptions;
import io.frontline.formats.events.EventReadResult;
import io.frontline.observations.Finding;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.timeline.DatePrecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real event files of shared/data/events (UCDP GED for Syria and Iraq 2013-2019, the coalition's strike releases
 * 2014-2016) read with the demo's actors, gazetteer and basemap.
 */
class SharedEventDataTest {
  private static final Path DIR = Path.of("../../shared/data/events");
  private static final EventReadOptions OPTIONS = new EventReadOptions(
      new Actors(BundledActors.islamicStateScenario()),
      new MemoryGazetteer(BundledGazetteer.places()),
      NaturalEarthBasemap.shared());

  private static Path file(String name) {
    Path file = DIR.resolve(name);
    Assumptions.assumeTrue(
        Files.exists(file), "the shared event data is not at " + DIR.toAbsolutePath());
    return file;
  }

  @Test
  void theUcdpFileImportsWhole() throws IOException {
    EventReadResult r = EventCsvReader.read(file("ucdp-ged-syria-iraq-2013-2019.csv"), OPTIONS);
    System.out.println("UCDP: " + r.summary());
    r.findings().forEach(f -> System.out.println("  " + f));
    assertThat(r.format()).isEqualTo(EventFormat.UCDP_GED);
    assertThat(r.importable()).isTrue();
    assertThat(r.events()).hasSize(46_553);
    assertThat(r.events()).allMatch(e -> e.date().precision() == DatePrecision.YEAR);
    Map<Integer, Long> perYear = r.events().stream()
        .collect(Collectors.groupingBy(
            e -> e.date().start().getYear(), TreeMap::new, Collectors.counting()));
    assertThat(perYear)
        .containsExactlyEntriesOf(new TreeMap<>(Map.of(
            2013, 11_122L, 2014, 12_377L, 2015, 7_360L, 2016, 5_989L, 2017, 5_211L, 2018, 2_434L,
            2019, 2_060L)));
    assertThat(r.events().stream().filter(e -> e.involves("islamic-state")).count())
        .isGreaterThanOrEqualTo(8_057);
    assertThat(r.events().stream()
            .filter(e -> e.locationPrecision() == LocationPrecision.PROVINCE)
            .count())
        .isEqualTo(6_945);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("unmapped-actor");
      assertThat(f.message()).contains("'Syrian insurgents' (33208 rows)");
    });
  }

  @Test
  void theStrikeReleasesImportWithThePlacesTheGazetteerCannotResolveReported() throws IOException {
    EventReadResult r = EventCsvReader.read(file("centcom-oir-strikes-2014-2016.csv"), OPTIONS);
    System.out.println("Strikes: " + r.summary());
    r.findings().forEach(f -> System.out.println("  " + f));
    assertThat(r.format()).isEqualTo(EventFormat.STRIKE_RELEASES);
    assertThat(r.records()).isEqualTo(5_531);
    assertThat(r.importable()).isTrue();
    Finding unresolved = r.findings().stream()
        .filter(f -> f.code().equals("unresolved-place"))
        .findFirst()
        .orElseThrow();
    int leftOut = Integer.parseInt(
        unresolved.message().replaceAll(".*their (\\d+) lines are left out.*", "$1"));
    assertThat(r.events()).hasSize(5_531 - leftOut);
    assertThat(r.events().size()).as("most lines are placed").isGreaterThan(4_000);
    assertThat(r.events()).allMatch(e -> e.involves("islamic-state"));
    assertThat(r.events().stream().mapToInt(Event::incidents).sum()).isLessThanOrEqualTo(12_241);
  }
}
