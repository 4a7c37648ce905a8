package io.frontline.formats.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorFileReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsTheJsonShapeThatActorsJsonPrints() throws Exception {
    ActorFile file = read(
        "actors.json",
        """
        [{"id": "rsf", "name": "Rapid Support Forces", "kind": "non-state", "colour": "#b5651d",
          "aliases": ["RSF", "قوات الدعم السريع"], "names": {"ar": "قوات الدعم السريع"}},
         {"id": "saf", "name": "Sudanese Armed Forces", "kind": "state_forces", "colour": "#1f77b4"}]
        """);

    assertThat(file.problems()).isEmpty();
    assertThat(file.actors())
        .extracting(Actor::id, Actor::kind)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("rsf", ActorKind.NON_STATE_GROUP),
            org.assertj.core.api.Assertions.tuple("saf", ActorKind.STATE_FORCES));
    assertThat(file.actors().get(0).aliases()).containsExactly("RSF", "قوات الدعم السريع");
    assertThat(file.actors().get(0).name("ar")).isEqualTo("قوات الدعم السريع");
  }

  @Test
  void readsTheBundledScenarioActors() throws Exception {
    Path bundled = Path.of(
        "..", "frontline-data", "src", "main", "resources", "frontline", "scenario", "actors.json");

    ActorFile file = ActorFileReader.read(bundled);

    assertThat(file.problems()).isEmpty();
    assertThat(file.actors()).hasSize(9).extracting(Actor::id).contains("islamic-state", "sdf");
  }

  @Test
  void reportsEveryBadActorWithItsPlace() throws Exception {
    ActorFile file = read(
        "bad.json",
        """
        [{"id": "rsf", "name": "RSF", "kind": "army", "colour": "#b5651d"},
         {"id": "saf", "name": "SAF", "kind": "state", "colour": "blue"},
         {"id": "ok", "name": "Fine", "kind": "coalition", "colour": "#000000"},
         {"name": "No id", "kind": "state", "colour": "#000000"}]
        """);

    assertThat(file.ok()).isFalse();
    assertThat(file.problems())
        .containsExactly(
            "actor 1: actor kind must be one of state_forces, non_state_group, coalition (or state, non-state), was 'army'",
            "actor 2: actor saf colour must be #rrggbb, was 'blue'",
            "actor 4: 'id' is required");
    assertThat(file.actors()).extracting(Actor::id).containsExactly("ok");
  }

  @Test
  void malformedJsonSaysWhere() throws Exception {
    ActorFile file = read("broken.json", "[{\"id\": \"rsf\",\n \"name\": }]");

    assertThat(file.problems())
        .singleElement()
        .asString()
        .startsWith("malformed JSON at line 2, column");
  }

  @Test
  void jsonThatIsNotAnArrayOfActorsIsRefused() throws Exception {
    assertThat(read("object.json", "{\"id\": \"rsf\"}").problems())
        .containsExactly("expected a JSON array of actors (or an object with an \"actors\" array)");
  }

  @Test
  void readsCsvWithAliasesSeparatedByBars() throws Exception {
    ActorFile file = read(
        "actors.csv",
        """
        id,name,kind,colour,aliases
        rsf,Rapid Support Forces,non-state,#b5651d,RSF|قوات الدعم السريع
        saf,Sudanese Armed Forces,state,#1f77b4,
        """);

    assertThat(file.problems()).isEmpty();
    assertThat(file.actors()).extracting(Actor::id).containsExactly("rsf", "saf");
    assertThat(file.actors().get(0).aliases()).containsExactly("RSF", "قوات الدعم السريع");
    assertThat(file.actors().get(1).aliases()).isEmpty();
  }

  @Test
  void csvProblemsNameTheirLines() throws Exception {
    ActorFile file = read(
        "bad.csv",
        """
        id,name,kind,colour,aliases
        rsf,Rapid Support Forces,non-state,#b5651d,RSF
        Bad Id,X,state,#000000,
        saf,SAF,state,#zzzzzz,
        """);

    assertThat(file.problems())
        .containsExactly(
            "line 3: actor id must be lower-case letters, digits and '-', was 'Bad Id'",
            "line 4: actor saf colour must be #rrggbb, was '#zzzzzz'");
  }

  @Test
  void csvHeaderMustNameTheColumns() throws Exception {
    ActorFile file = read("header.csv", "id,label,colour\nrsf,RSF,#b5651d\n");

    assertThat(file.problems())
        .containsExactly(
            "line 1: unknown column 'label'; the columns are id,name,kind,colour,aliases",
            "line 1: missing column 'name'; the columns are id,name,kind,colour,aliases",
            "line 1: missing column 'kind'; the columns are id,name,kind,colour,aliases");
  }

  private ActorFile read(String name, String text) throws Exception {
    return ActorFileReader.read(Files.writeString(dir.resolve(name), text));
  }
}
