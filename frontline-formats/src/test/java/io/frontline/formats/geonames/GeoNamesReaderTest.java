package io.frontline.formats.geonames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesReaderTest {
  static final String MOSUL =
      "99072\tMosul\tMosul\tAl Mawsil,Mosoel,Mossoul,الموصل\t36.335\t43.11889\tP\tPPLA\tIQ\t\t15"
          + "\t\t\t\t1739800\t\t223\tAsia/Baghdad\t2023-01-10";
  static final String RAQQA =
      "172955\tAr Raqqah\tAr Raqqah\tRaqqa,الرقة\t35.95283\t39.00788\tP\tPPLA\tSY\t\t04"
          + "\t\t\t\t177636\t\t259\tAsia/Damascus\t2017-07-21";
  static final String EUPHRATES =
      "99700\tNahr al Furat\tNahr al Furat\tEuphrates\t31.0\t46.0\tH\tSTM\tIQ\t\t00"
          + "\t\t\t\t\t\t5\tAsia/Baghdad\t2012-01-01";
  static final String DUMP = String.join("\n", MOSUL, RAQQA, EUPHRATES) + "\n";

  private final List<Place> places = new ArrayList<>();
  private final List<Finding> problems = new ArrayList<>();

  private GeoNamesSummary read(String text) throws IOException {
    return GeoNamesReader.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        p -> true,
        places::add,
        problems::add);
  }

  @Test
  void readsTheNineteenColumns() throws IOException {
    GeoNamesSummary summary = read(DUMP);

    assertThat(summary).isEqualTo(new GeoNamesSummary(3, 3, 0));
    assertThat(places.get(0))
        .isEqualTo(new Place(
            99072,
            "Mosul",
            List.of("Al Mawsil", "Mosoel", "Mossoul", "الموصل"),
            java.util.Map.of(),
            36.335,
            43.11889,
            "P",
            "PPLA",
            "IQ",
            "15",
            1_739_800));
    assertThat(places.get(2).population()).isZero();
    assertThat(places.get(2).names()).isEmpty();
  }

  @Test
  void filtersByCountryAndFeatureClass() throws IOException {
    GeoNamesSummary summary = GeoNamesReader.read(
        new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)),
        GeoNamesReader.inCountries("iq").and(GeoNamesReader.ofFeatureClasses("P")),
        places::add,
        problems::add);

    assertThat(places).extracting(Place::id).containsExactly(99072L);
    assertThat(summary.lines()).isEqualTo(3);
    assertThat(summary.places()).isEqualTo(1);
  }

  @Test
  void reportsEveryMalformedLineWithItsNumber() throws IOException {
    GeoNamesSummary summary = read(String.join(
            "\n",
            MOSUL,
            "99073\tShort line",
            RAQQA.replace("35.95283", "north"),
            "x" + EUPHRATES,
            MOSUL.replace("36.335", "136.335"),
            RAQQA.replace("177636", "many"))
        + "\n");

    assertThat(summary).isEqualTo(new GeoNamesSummary(6, 1, 5));
    assertThat(problems).extracting(Finding::code).containsOnly("geonames-malformed-line");
    assertThat(problems)
        .extracting(Finding::location, Finding::message)
        .containsExactly(
            tuple("line 2", "expected 19 tab-separated columns, found 2"),
            tuple("line 3", "latitude must be a number, was 'north'"),
            tuple("line 4", "geonameid must be a whole number, was 'x99700'"),
            tuple("line 5", "place 99072 coordinates out of range: lat 136.335, lon 43.11889"),
            tuple("line 6", "population must be a whole number, was 'many'"));
  }

  @Test
  void readsGzippedAndZippedDumps(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("cities500.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(DUMP.getBytes(StandardCharsets.UTF_8));
    }
    Path zip = dir.resolve("cities1000.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("not the dump".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("cities1000.txt"));
      out.write(DUMP.getBytes(StandardCharsets.UTF_8));
    }
    Path plain = Files.writeString(dir.resolve("allCountries.txt"), DUMP);

    for (Path file : List.of(gz, zip, plain)) {
      assertThat(GeoNamesReader.read(file, p -> true, p -> {}, problems::add))
          .isEqualTo(new GeoNamesSummary(3, 3, 0));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void readsTheProjectsRegionalExtract() throws IOException {
    Path extract =
        Path.of("../frontline-data/src/main/resources/frontline/gazetteer/geonames-region.txt.gz");
    Assumptions.assumeTrue(Files.exists(extract), "the frontline-data extract is not present");

    GeoNamesSummary summary = GeoNamesReader.read(
        extract, GeoNamesReader.inCountries("SY", "IQ"), places::add, problems::add);

    assertThat(problems).isEmpty();
    assertThat(summary.malformed()).isZero();
    assertThat(places).filteredOn(p -> p.id() == 172955).singleElement().satisfies(p -> assertThat(
            p.alternateNames())
        .contains("Raqqa"));
    assertThat(places).allSatisfy(p -> assertThat(p.country()).isIn("SY", "IQ"));
  }
}
