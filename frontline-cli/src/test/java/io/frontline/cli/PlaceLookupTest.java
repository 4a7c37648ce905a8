package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places by name: observed places first, the others listed on stderr, a country to pick, near spellings suggested. */
class PlaceLookupTest {
  static final long ARIHA_SY = 172994;
  static final long JERICHO = 284899;
  static final String ARIHA =
      """
      place,geonames_id,country,lat,lon,wkt,actor,status,from_actor,date,precision,source_title,source_url,source_citation,source_kind,confidence,note
      Ariha,172994,SY,35.81,36.61,,islamic-state,controls,,2015-05-28,day,Ariha taken,https://example.org/ariha,,news,medium,
      """;

  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() throws Exception {
    store = Cli.demoStore(dir).toString();
    Path csv = Files.writeString(dir.resolve("ariha.csv"), ARIHA);
    Cli.Run run = Cli.run("import", csv.toString(), "--store", store);
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
  }

  @Test
  void anObservedPlaceWinsAndTheOthersAreListed() throws Exception {
    Cli.Run run = Cli.run("history", "Ariha", "--store", store, "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(JsonSchemas.validate("history.schema.json", run.out())
            .at("/place/id")
            .asLong())
        .isEqualTo(ARIHA_SY);
    assertThat(run.err())
        .contains("'Ariha' matches 2 places")
        .contains("(SY, GeoNames 172994, observed)")
        .contains("Jericho (PS, GeoNames 284899")
        .contains("--country CC");
  }

  @Test
  void aCountryPicksAmongThePlacesOfAName() throws Exception {
    JsonNode ps = JsonSchemas.validate(
        "history.schema.json",
        Cli.run("history", "Ariha", "--country", "ps", "--store", store, "--json")
            .out());
    assertThat(ps.at("/place/id").asLong()).isEqualTo(JERICHO);
    Cli.Run written = Cli.run("history", "Ariha, PS", "--store", store, "--json");
    assertThat(written.err()).isEmpty();
    assertThat(JsonSchemas.validate("history.schema.json", written.out())
            .at("/place/id")
            .asLong())
        .isEqualTo(JERICHO);
    Cli.Run none = Cli.run("history", "Ariha", "--country", "IQ", "--store", store);
    assertThat(none.exit()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(none.err())
        .contains("no place named 'Ariha' in IQ; there are places of that name in");
    assertThat(
            Cli.run("history", "Ariha", "--country", "Syria", "--store", store).err())
        .contains("--country must be a two-letter ISO code such as SY or IQ, was 'Syria'");
  }

  @Test
  void aNameNotFoundSuggestsNearSpellings() {
    Cli.Run run = Cli.run("history", "Jisr al-Shugur", "--store", store);
    assertThat(run.exit()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err().strip())
        .hasLineCount(1)
        .contains("no place named 'Jisr al-Shugur' in the gazetteer; did you mean Jisr ash Shugh")
        .contains("(SY, GeoNames 169023");
    Cli.Run typo = Cli.run("history", "Palmiyra", "--store", store);
    assertThat(typo.err()).contains("did you mean").contains("GeoNames 163808, observed");
  }

  @Test
  void aMapAroundAPlaceTakesTheSameRules() {
    Path out = dir.resolve("ariha.svg");
    Cli.Run run = Cli.run(
        "map",
        "--date",
        "2016-01-01",
        "--around",
        "Ariha",
        "--radius",
        "40km",
        "--out",
        out.toString(),
        "--store",
        store);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("(SY, GeoNames 172994, observed)")
        .contains("--around 'NAME, CC'");
    Cli.Run wrong = Cli.run(
        "map",
        "--date",
        "2016-01-01",
        "--around",
        "Jisr al-Shugur",
        "--out",
        out.toString(),
        "--store",
        store);
    assertThat(wrong.exit()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(wrong.err()).contains("did you mean Jisr ash Shugh");
  }
}
