package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actor;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The actors of any war: added, edited and imported, never two answering to one name. */
class ActorsCommandTest {
  static final String[] RSF = {
    "--id",
    "rsf",
    "--name",
    "Rapid Support Forces",
    "--alias",
    "RSF",
    "--alias",
    "قوات الدعم السريع",
    "--colour",
    "#b5651d",
    "--kind",
    "non-state",
    "--name-in",
    "ar=قوات الدعم السريع"
  };

  @TempDir
  Path dir;

  String store;

  @BeforeEach
  void emptyStore() {
    Path file = dir.resolve("s.gpkg");
    GeoPackageStore.open(file).close();
    store = file.toString();
  }

  @Test
  void addsAnActorThatListsAndPrintsJsonToTheSchema() throws Exception {
    Cli.Run add = actors("add", RSF);

    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out())
        .startsWith("Added actor rsf (Rapid Support Forces, non_state_group, #b5651d");
    assertThat(actors().out())
        .contains("rsf  Rapid Support Forces  non_state_group  #b5651d  RSF, قوات الدعم السريع");
    var json = JsonSchemas.validate("actors.schema.json", actors("--json").out());
    assertThat(json.get(0).get("names").get("ar").asText()).isEqualTo("قوات الدعم السريع");
    assertThat(stored())
        .singleElement()
        .extracting(Actor::aliases, InstanceOfAssertFactories.list(String.class))
        .containsExactly("RSF", "قوات الدعم السريع");
  }

  @Test
  void theBundledScenarioActorsFollowTheSchema() throws Exception {
    Path bundled = Path.of(
        "..", "frontline-data", "src", "main", "resources", "frontline", "scenario", "actors.json");

    JsonSchemas.validate("actors.schema.json", Files.readString(bundled));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--id rsf --name Again --colour #000000 | 2 | actor 'rsf' already exists; change it with: frontline actors edit rsf",
        "--id saf --name SAF --alias RSF --colour #000000 | 2 | alias 'RSF' of actor 'saf' already belongs to actor 'rsf' (Rapid Support Forces)",
        "--id saf --name SAF --colour #000000 --kind army | 2 | actor kind must be one of state_forces, non_state_group, coalition (or state, non-state), was 'army'",
        "--id saf --name SAF --colour blue | 2 | actor saf colour must be #rrggbb, was 'blue'",
        "--id SAF --name SAF --colour #000000 | 2 | actor id must be lower-case letters, digits and '-', was 'SAF'",
        "--id saf --name SAF --colour #000000 --name-in english=SAF | 2 | --name-in language must be a code such as en, ar or pt-BR, was 'english'",
        "--id saf --name SAF | 2 | Missing required option: '--colour=#RRGGBB'"
      })
  void badAdditionsAreRefusedWithOneLine(String args, int code, String message) {
    actors("add", RSF);

    Cli.Run run = actors("add", args.split(" "));

    assertThat(run.exit()).isEqualTo(code);
    assertThat(run.err()).startsWith("frontline: " + message).doesNotContain("Exception");
    assertThat(stored()).extracting(Actor::id).containsExactly("rsf");
  }

  @Test
  void editsInPlaceAndTheStoreRevisionGrows() {
    actors("add", RSF);
    long before = revision();

    Cli.Run run = actors(
        "edit",
        "rsf",
        "--add-alias",
        "Janjaweed",
        "--remove-alias",
        "RSF",
        "--colour",
        "#aa5500",
        "--name-in",
        "en=RSF",
        "--name-in",
        "ar=",
        "--kind",
        "coalition");

    assertThat(run.exit()).as(run.err()).isZero();
    Actor edited = stored().get(0);
    assertThat(edited.aliases()).containsExactly("قوات الدعم السريع", "Janjaweed");
    assertThat(edited.colour()).isEqualTo("#aa5500");
    assertThat(edited.names()).containsExactlyEntriesOf(java.util.Map.of("en", "RSF"));
    assertThat(edited.kind().code()).isEqualTo("coalition");
    assertThat(revision()).isGreaterThan(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nobody --name X | 4 | no actor with id 'nobody'; known: rsf, saf",
        "rsf --add-alias SAF | 2 | alias 'SAF' of actor 'rsf' already belongs to actor 'saf' (Sudanese Armed Forces)",
        "rsf --remove-alias Hemedti | 2 | actor rsf has no alias 'Hemedti'; its aliases: RSF, قوات الدعم السريع",
        "rsf --kind militia | 2 | actor kind must be one of"
      })
  void badEditsChangeNothing(String args, int code, String message) {
    actors("add", RSF);
    actors(
        "add",
        "--id",
        "saf",
        "--name",
        "Sudanese Armed Forces",
        "--alias",
        "SAF",
        "--colour",
        "#1f77b4");
    List<Actor> before = stored();

    Cli.Run run = actors("edit", args.split(" "));

    assertThat(run.exit()).isEqualTo(code);
    assertThat(run.err()).startsWith("frontline: " + message);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void importsAFileAllOrNothingAndAgainWithoutComplaint() throws Exception {
    Path file = Files.writeString(
        dir.resolve("sudan.json"),
        """
        [{"id": "rsf", "name": "Rapid Support Forces", "kind": "non-state", "colour": "#b5651d", "aliases": ["RSF"]},
         {"id": "saf", "name": "Sudanese Armed Forces", "kind": "state", "colour": "#1f77b4", "aliases": ["SAF"]}]
        """);

    Cli.Run first = actors("import", file.toString());
    Cli.Run again = actors("import", file.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("Added 2 actors from sudan.json.");
    assertThat(again.exit()).isZero();
    assertThat(again.out()).startsWith("Added 0 actors from sudan.json.");
    assertThat(stored()).extracting(Actor::id).containsExactly("rsf", "saf");
  }

  @Test
  void aFileWithProblemsReportsEveryOneAndWritesNothing() throws Exception {
    actors(
        "add",
        "--id",
        "iraq",
        "--name",
        "Government of Iraq",
        "--alias",
        "ISF",
        "--colour",
        "#0072B2");
    Path file = Files.writeString(
        dir.resolve("bad.json"),
        """
        [{"id": "rsf", "name": "Rapid Support Forces", "kind": "non-state", "colour": "#b5651d", "aliases": ["ISF"]},
         {"id": "saf", "name": "Sudanese Armed Forces", "kind": "army", "colour": "#1f77b4"},
         {"id": "iraq", "name": "Iraq", "kind": "state", "colour": "#0072B2"},
         {"id": "ok", "name": "Fine", "kind": "coalition", "colour": "#000000"}]
        """);

    Cli.Run run = actors("import", file.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err().lines())
        .containsExactly(
            "bad.json: actor 2: actor kind must be one of state_forces, non_state_group, coalition (or state, non-state),"
                + " was 'army'",
            "bad.json: actor 'iraq' exists with other details; change it with: frontline actors edit iraq",
            "bad.json: alias 'ISF' of actor 'rsf' already belongs to actor 'iraq' (Government of Iraq)",
            "frontline: 3 problems in " + file + "; no actor was written");
    assertThat(stored()).extracting(Actor::id).containsExactly("iraq");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "broken.json | [{\"id\": \"rsf\", | 3 | broken.json: malformed JSON at line 1",
        "none.json | | 4 | frontline: no actors file at "
      })
  void malformedOrMissingFiles(String name, String text, int code, String message)
      throws Exception {
    Path file = dir.resolve(name);
    if (text != null) {
      Files.writeString(file, text);
    }

    Cli.Run run = actors("import", file.toString());

    assertThat(run.exit()).isEqualTo(code);
    assertThat(run.err()).startsWith(message).doesNotContain("Exception");
  }

  @Test
  void noStoreSaysHowToMakeOne() {
    Cli.Run run = Cli.run("actors", "--store", dir.resolve("none.gpkg").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).contains("create one with 'frontline init --store FILE'");
  }

  private Cli.Run actors(String... args) {
    List<String> all = new ArrayList<>(List.of("actors"));
    all.addAll(List.of(args));
    all.addAll(List.of("--store", store));
    return Cli.run(all.toArray(String[]::new));
  }

  private Cli.Run actors(String sub, String[] args) {
    List<String> all = new ArrayList<>(List.of(sub));
    all.addAll(List.of(args));
    return actors(all.toArray(String[]::new));
  }

  private List<Actor> stored() {
    try (GeoPackageStore s = GeoPackageStore.open(Path.of(store))) {
      return s.actors();
    }
  }

  private long revision() {
    try (GeoPackageStore s = GeoPackageStore.open(Path.of(store))) {
      return s.revision();
    }
  }
}
