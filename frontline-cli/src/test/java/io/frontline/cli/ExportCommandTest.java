package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports carry the same figures as the engine and open in GDAL. */
class ExportCommandTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @Test
  void geojsonControlAreasCarryTheFiguresArea() throws Exception {
    Path out = dir.resolve("areas.geojson");
    assertThat(Cli.run(
                "export",
                "--format",
                "geojson",
                "--date",
                "2016-02-01",
                "--out",
                out.toString(),
                "--store",
                store)
            .exit())
        .isZero();
    JsonNode areas = new ObjectMapper().readTree(out.toFile());
    double isArea = 0;
    java.util.Set<String> bases = new java.util.TreeSet<>();
    for (JsonNode f : areas.get("features")) {
      if (!f.at("/properties/layer").asText().equals("control_areas")) {
        continue; // the settlements of the date come in the same collection
      }
      bases.add(f.at("/properties/basis").asText());
      if (f.at("/properties/actor").asText().equals("islamic-state")
          && f.at("/properties/status").asText().equals("controls")) {
        isArea += f.at("/properties/area_km2").asDouble();
      }
    }
    JsonNode figures = new ObjectMapper()
        .readTree(
            Cli.run("figures", "--date", "2016-02-01", "--actor", "IS", "--store", store, "--json")
                .out());
    // the figures add the stated share of contested places (Deir ez-Zor: 60%); the control areas
    // draw held ground only
    double shared = 0;
    for (JsonNode f : areas.get("features")) {
      if (f.at("/properties/layer").asText().equals("control_areas")
          && f.at("/properties/status").asText().equals("contested")
          && f.toString().contains("islamic-state")) {
        shared += f.at("/properties/area_km2").asDouble();
      }
    }
    double figure = figures.at("/actors/0/area_km2").asDouble();
    assertThat(isArea)
        .isLessThanOrEqualTo(figure + 1.0)
        .isGreaterThanOrEqualTo(figure - shared - 1.0);
    assertThat(bases)
        .as("each holding split by what it rests on")
        .contains("observed", "stale")
        .isSubsetOf("observed", "stale", "inferred");
  }

  @Test
  void csvObservationsListEverySourcedObservation() throws Exception {
    Path out = dir.resolve("observations.csv");
    assertThat(Cli.run("export", "--format", "csv", "--out", out.toString(), "--store", store)
            .exit())
        .isZero();
    var lines = Files.readAllLines(out);
    assertThat(lines.get(0)).contains("actor", "status", "date", "source_url");
    assertThat(lines.size()).isGreaterThan(150);
  }

  @Test
  void gpkgExportsOpenInGdal() throws Exception {
    Path map = dir.resolve("control.gpkg");
    Path copy = dir.resolve("copy.gpkg");
    assertThat(Cli.run(
                "export",
                "--format",
                "gpkg",
                "--date",
                "2016-02-01",
                "--out",
                map.toString(),
                "--store",
                store)
            .exit())
        .isZero();
    assertThat(Cli.run("export", "--format", "gpkg", "--out", copy.toString(), "--store", store)
            .exit())
        .isZero();
    assertThat(Cli.run("figures", "--date", "2016-02-01", "--store", copy.toString(), "--json")
            .out())
        .isEqualTo(Cli.run("figures", "--date", "2016-02-01", "--store", store, "--json")
            .out());
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "ogrinfo (gdal-bin) is not installed");
    Process p = new ProcessBuilder("/usr/bin/ogrinfo", "-ro", "-so", map.toString())
        .redirectErrorStream(true)
        .start();
    String info = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(info).contains("control_areas (Multi Polygon)", "settlements (Point)");
  }
}
