package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure published before a correction is reproduced exactly with --as-of. */
class AsRecordedTest {
  @TempDir
  Path dir;

  @Test
  void figuresAsRecordedBeforeAnImportAndARetractionAreTheFiguresOfThen() throws Exception {
    String store = Cli.demoStore(dir).toString();
    String published = figures(store, null);
    Thread.sleep(5);
    Instant publishedAt = Instant.now();
    Thread.sleep(5);
    Files.writeString(dir.resolve("area.geojson"), ImportCommandTest.AREA);
    assertThat(Cli.run("import", dir.resolve("area.geojson").toString(), "--store", store)
            .exit())
        .isZero();
    try (GeoPackageStore s = GeoPackageStore.open(Path.of(store))) {
      Observation mosul = s.observations(RecordTime.now()).stream()
          .filter(o -> o.statement().note().contains("formally declared victory on state TV"))
          .findFirst()
          .orElseThrow();
      s.retract(mosul.lineage(), "test: source withdrawn", "editor");
      assertThat(s.versions(mosul.lineage())).hasSize(2);
    }
    assertThat(figures(store, null)).isNotEqualTo(published);
    assertThat(stripRevision(figures(store, publishedAt.toString())))
        .isEqualTo(stripRevision(published));
  }

  static String figures(String store, String asOf) {
    Cli.Run run = asOf == null
        ? Cli.run("figures", "--date", "2017-08-01", "--store", store, "--json")
        : Cli.run("figures", "--date", "2017-08-01", "--store", store, "--json", "--as-of", asOf);
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  private static String stripRevision(String json) {
    return json.replaceAll("\"store_revision\" : \\d+", "")
        .replaceAll("\"as_recorded\" : \"[^\"]*\"", "");
  }
}
