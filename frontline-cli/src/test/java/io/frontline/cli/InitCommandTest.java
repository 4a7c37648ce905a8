package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new store for any conflict: the world gazetteer, the world basemap, and only the actors asked for. */
class InitCommandTest {
  static Path world;
  static Cli.Run created;

  @TempDir
  Path dir;

  @BeforeAll
  static void init() {
    world = WorldStore.template();
    created = WorldStore.initRun();
  }

  @Test
  void createsAStoreWithTheWorldGazetteerAndNoActors() {
    assertThat(created.exit()).as(created.err()).isZero();
    assertThat(created.out())
        .startsWith("Created " + world + " in ")
        .contains(
            "199,611 places in 246 countries",
            "the bundled world basemap (240 countries)",
            "no actors yet");
    assertThat(Cli.run("actors", "--json", "--store", world.toString()).out().strip())
        .isEqualTo("[ ]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Khartoum | 379252  Khartoum  SD",
        "الخرطوم | 379252  Khartoum  SD",
        "Omdurman | 365137  Omdurman  SD",
        "أم درمان | 365137  Omdurman  SD",
        "El Fasher | 379555  El Fasher  SD",
        "Al Fashir | 379555  El Fasher  SD",
        "Kharkiv | 706483  Kharkiv  UA",
        "Charkiw | 706483  Kharkiv  UA",
        "Харків | 706483  Kharkiv  UA",
        "Mosul | 99072  Mosul  IQ",
        "Bashiqa | 1000000001  Bashiqa  IQ"
      })
  void placesAnywhereResolveByANameInAnyLanguage(String name, String first) {
    Cli.Run run = Cli.run("gazetteer", "search", name, "--limit", "1", "--store", world.toString());

    assertThat(run.out()).startsWith(first);
  }

  @Test
  void theIslamicStateFiguresAreTheSameOverTheWorldGazetteer() {
    Path store = WorldStore.copy(dir);

    Cli.Run demo = Cli.run("demo", "--store", store.toString(), "--places", "Mosul");

    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out())
        .containsPattern(
            "Figures on 2016-02-01[^\\n]*\\n[^\\n]*\\n[^\\n]*\\n  Islamic State +71,170 ")
        .containsPattern("\\n  Islamic State +37,513 ");
  }

  @Test
  void refusesToOverwriteAFile() throws Exception {
    Path existing = Files.writeString(dir.resolve("notes.gpkg"), "not a store");

    Cli.Run run = Cli.run("init", "--store", existing.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip())
        .isEqualTo("frontline: will not overwrite " + existing.toAbsolutePath()
            + ": it exists; give another --store");
    assertThat(Files.readString(existing)).isEqualTo("not a store");
  }

  @Test
  void aMissingDirectoryIsAStoreError() {
    Cli.Run run = Cli.run("init", "--store", dir.resolve("no/such/dir/s.gpkg").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.STORE);
    assertThat(run.err()).contains("does not exist").doesNotContain("Exception");
  }

  @Test
  void aBadActorsFileIsReportedWholeAndNoStoreIsMade() throws Exception {
    Path actors = Files.writeString(
        dir.resolve("actors.csv"),
        """
        id,name,kind,colour,aliases
        rsf,Rapid Support Forces,militia,#b5651d,RSF
        saf,Sudanese Armed Forces,state,#1f77b4,RSF
        """);
    Path store = dir.resolve("sudan.gpkg");

    Cli.Run run = Cli.run("init", "--store", store.toString(), "--actors", actors.toString());

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.err())
        .contains(
            "actors.csv: line 2: actor kind must be one of",
            "frontline: 1 problem in " + actors + "; no actor was written");
    assertThat(store).doesNotExist();
  }

  @Test
  void aMissingActorsFileIsNotFound() {
    Path store = dir.resolve("sudan.gpkg");

    Cli.Run run = Cli.run(
        "init",
        "--store",
        store.toString(),
        "--actors",
        dir.resolve("none.json").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).startsWith("frontline: no actors file at ");
    assertThat(store).doesNotExist();
  }
}
