package io.frontline.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.frontline.server.ServerFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GDAL's OAPIF driver (Debian's gdal-bin) reads the collections, with a bbox and a date; skipped without ogrinfo. */
class GdalOapifTest {
  static ServerFixture fixture;
  static String url;

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "ogrinfo (gdal-bin) is not installed");
    fixture = ServerFixture.start();
    url = "OAPIF:http://127.0.0.1:" + fixture.server().port() + "/ogc";
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void listsTheCollections() throws Exception {
    String out = ogrinfo(url);
    assertThat(out).contains("1: control-areas", "2: places", "(Point)", "3: observations");
  }

  @Test
  void readsPlacesInABbox() throws Exception {
    String out = ogrinfo("-ro", "-al", "-spat", "42.9", "36.2", "43.3", "36.5", url, "places");
    assertThat(out).contains("name (String) = Mosul");
    assertThat(out).doesNotContain("name (String) = Raqqa");
  }

  @Test
  void readsTheControlMapOfADate() throws Exception {
    String out = ogrinfo("-ro", "-al", "-where", "date = '2015-06-01'", url, "control-areas");
    assertThat(out).contains("actor (String) = islamic-state").contains("MULTIPOLYGON");
    assertThat(out).contains("date (Date) = 2015/06/01");
  }

  static String ogrinfo(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("ogrinfo"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .as("GDAL reads the service description without complaint")
        .doesNotContain("ERROR");
    return out;
  }
}
