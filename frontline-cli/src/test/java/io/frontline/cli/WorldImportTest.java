package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another war from nothing: importing into a store that does not exist creates it with the world gazetteer, loads
 * the actors file first, and the zones of Sudanese towns are clipped to Sudan.
 */
class WorldImportTest {
  static final String ACTORS =
      """
      id,name,kind,colour,aliases
      rsf,Rapid Support Forces,non-state,#b5651d,RSF|قوات الدعم السريع
      saf,Sudanese Armed Forces,state,#1f77b4,SAF|Sudanese army
      """;
  static final String OBSERVATIONS =
      """
      geonames_id,place,country,actor,from_actor,status,date,precision,source_url,source_title,source_kind,confidence
      ,El Fasher,SD,RSF,SAF,controls,2025-10-26,day,https://example.org/fasher,Fasher,news,medium
      379303,,,قوات الدعم السريع,,controls,2023-11-05,day,https://example.org/geneina,Geneina,news,medium
      """;

  @TempDir
  Path dir;

  @Test
  void importIntoANewStoreCreatesItAndLoadsTheActorsFirst() throws Exception {
    Path store = dir.resolve("sudan.gpkg");
    Path actors = Files.writeString(dir.resolve("actors.csv"), ACTORS);
    Path file = Files.writeString(dir.resolve("sudan.csv"), OBSERVATIONS);

    Cli.Run run = Cli.run(
        "import", "--actors", actors.toString(), file.toString(), "--store", store.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.err())
        .contains(
            "no store at " + store + "; creating it with the world gazetteer",
            "199,611 places",
            "Added 2 actors from actors.csv");
    assertThat(run.out()).contains("Recorded 2 observations");
    JsonNode figures = JsonSchemas.validate(
        "figures.schema.json",
        Cli.run("figures", "--date", "2025-11-01", "--json", "--store", store.toString())
            .out());
    double r = io.frontline.control.ZoneConfig.DEFAULT.radius_km();
    double fasherDisc = Math.PI * r * r;
    assertThat(area(figures, "rsf"))
        .as("El Fasher's full disc plus Geneina's, cut at the border with Chad")
        .isGreaterThan(fasherDisc + 1000)
        .isLessThan(2 * fasherDisc * 1.2);
  }

  @Test
  void anUnknownActorSaysWhereAndHowToAddItAndNothingIsWritten() throws Exception {
    Path store = WorldStore.copy(dir);
    Path file = Files.writeString(dir.resolve("sudan.csv"), OBSERVATIONS);

    Cli.Run run = Cli.run("import", file.toString(), "--store", store.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out())
        .contains(
            "line 2: error [unknown-actor] unknown actor 'RSF'; add it with:"
                + " frontline actors add --id rsf --name \"RSF\" --kind non-state --colour \"#rrggbb\", or load an actors"
                + " file with --actors FILE; the store has no actors yet",
            "Nothing was written");
  }

  @Test
  void rejectedObservationsLeaveTheActorsFileUnwrittenToo() throws Exception {
    Path store = WorldStore.copy(dir);
    Path actors = Files.writeString(dir.resolve("actors.csv"), ACTORS);
    Path file = Files.writeString(
        dir.resolve("sudan.csv"),
        OBSERVATIONS
            + ",Omdurman,SD,Sudanese army,,controls,2025-02-30,day,https://example.org/o,O,news,medium\n");

    Cli.Run run = Cli.run(
        "import", "--actors", actors.toString(), file.toString(), "--store", store.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out()).contains("line 4: error [impossible-date]", "Nothing was written");
    assertThat(run.err()).contains("Not added: 2 actors from actors.csv");
    assertThat(Cli.run("actors", "--json", "--store", store.toString()).out().strip())
        .isEqualTo("[ ]");
  }

  @Test
  void aBadActorsFileStopsTheImportBeforeAnythingIsRead() throws Exception {
    Path store = WorldStore.copy(dir);
    Path actors =
        Files.writeString(dir.resolve("actors.json"), "[{\"id\": \"rsf\", \"name\": \"RSF\"}]");
    Path file = Files.writeString(dir.resolve("sudan.csv"), OBSERVATIONS);

    Cli.Run run = Cli.run(
        "import", "--actors", actors.toString(), file.toString(), "--store", store.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err())
        .contains(
            "actors.json: actor 1: 'kind' is required",
            "frontline: 1 problem in " + actors + "; no actor was written");
    assertThat(run.out()).isEmpty();
  }

  private static double area(JsonNode figures, String actor) {
    for (JsonNode a : figures.get("actors")) {
      if (a.get("id").asText().equals(actor)) {
        return a.get("area_km2").asDouble();
      }
    }
    throw new AssertionError("no figures for " + actor + " in " + figures);
  }
}
