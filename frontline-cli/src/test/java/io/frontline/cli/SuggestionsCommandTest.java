package io.frontline.cli;

import static io.frontline.contract.StoreFixtures.battleNearMosul;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.app.AppJson;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** frontline suggestions: generate from the store's events, list, accept as an observation, reject with a reason. */
class SuggestionsCommandTest {
  @TempDir
  Path dir;

  @Test
  void battlesNearMosulAreSuggestedListedAndAccepted() throws Exception {
    Path file = Cli.scenarioStore(dir);
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      store.addEvents(
          List.of(battleNearMosul("1", "2015-03-02"), battleNearMosul("2", "2015-03-04")));
    }
    String s = file.toString();
    Cli.Run generated = Cli.run("suggestions", "generate", "--store", s);
    assertThat(generated.exit()).as(generated.err()).isZero();
    assertThat(generated.out())
        .containsPattern("2 events: (\\d+) suggestions, \\1 new \\(pending\\)");
    assertThat(Cli.run("suggestions", "generate", "--store", s).out()).contains(" 0 new");
    Cli.Run listed = Cli.run("suggestions", "list", "--store", s);
    assertThat(listed.out())
        .contains("Mosul")
        .contains("islamic-state:contested:iraq")
        .contains("pending");
    JsonNode json = AppJson.MAPPER.readTree(
        Cli.run("suggestions", "list", "--json", "--store", s).out());
    JsonNode mosul = null;
    for (JsonNode n : json.get("suggestions")) {
      mosul = "Mosul".equals(n.get("place").asText()) ? n : mosul;
    }
    assertThat(mosul).isNotNull();
    long id = mosul.get("id").asLong();
    assertThat(mosul.at("/evidence/1").asText()).isEqualTo("ucdp-ged:2");

    Cli.Run accepted =
        Cli.run("suggestions", "accept", Long.toString(id), "--by", "desk", "--store", s);
    assertThat(accepted.exit()).as(accepted.err()).isZero();
    assertThat(accepted.out()).contains("Accepted suggestion " + id + " as observation");
    assertThat(Cli.run("history", "Mosul", "--store", s).out()).contains("contested");
    Cli.Run twice =
        Cli.run("suggestions", "reject", Long.toString(id), "--reason", "no", "--store", s);
    assertThat(twice.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(twice.err()).contains("already accepted");
    assertThat(Cli.run("suggestions", "accept", "999", "--store", s).exit())
        .isEqualTo(ExitCode.NOT_FOUND);
  }
}
