package io.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorSetValidatorTest {
  static final Actor RSF = new Actor(
      "rsf",
      "Rapid Support Forces",
      ActorKind.NON_STATE_GROUP,
      "#b5651d",
      List.of("RSF", "قوات الدعم السريع"),
      Map.of("ar", "قوات الدعم السريع"));
  static final Actor SAF = new Actor(
      "saf",
      "Sudanese Armed Forces",
      ActorKind.STATE_FORCES,
      "#1f77b4",
      List.of("SAF", "Sudanese army"),
      Map.of());

  @Test
  void aNewActorWithItsOwnNamesPasses() {
    assertThat(ActorSetValidator.additions(List.of(RSF), List.of(SAF))).isEmpty();
  }

  @Test
  void anIdThatExistsIsNamed() {
    assertThat(ActorSetValidator.additions(List.of(RSF, SAF), List.of(SAF)))
        .containsExactly("actor 'saf' already exists; change it with: frontline actors edit saf");
  }

  @Test
  void anIdGivenTwiceIsNamed() {
    assertThat(ActorSetValidator.additions(List.of(), List.of(SAF, SAF)))
        .contains("actor 'saf' is given twice");
  }

  @Test
  void anAliasOfAnotherActorNamesBoth() {
    Actor clash = new Actor(
        "sudan-army", "Sudan army", ActorKind.STATE_FORCES, "#000000", List.of("rsf"), Map.of());

    assertThat(ActorSetValidator.additions(List.of(RSF), List.of(clash)))
        .containsExactly(
            "alias 'rsf' of actor 'sudan-army' already belongs to actor 'rsf' (Rapid Support Forces) as 'RSF'");
  }

  @Test
  void aNameInAnotherScriptClashesToo() {
    Actor clash =
        new Actor("x", "X", ActorKind.COALITION, "#000000", List.of("قوات الدعم السريع"), Map.of());

    assertThat(ActorSetValidator.additions(List.of(RSF), List.of(clash)))
        .singleElement()
        .asString()
        .contains("already belongs to actor 'rsf'");
  }

  @Test
  void anEditMayKeepItsOwnNamesButNotTakeAnothersAlias() {
    Actor renamed = new Actor(
        "rsf", "RSF militia", ActorKind.NON_STATE_GROUP, "#b5651d", List.of("RSF"), Map.of());
    Actor taking = new Actor(
        "rsf",
        "Rapid Support Forces",
        ActorKind.NON_STATE_GROUP,
        "#b5651d",
        List.of("SAF"),
        Map.of());

    assertThat(ActorSetValidator.edit(List.of(RSF, SAF), renamed)).isEmpty();
    assertThat(ActorSetValidator.edit(List.of(RSF, SAF), taking))
        .containsExactly(
            "alias 'SAF' of actor 'rsf' already belongs to actor 'saf' (Sudanese Armed Forces)");
  }

  @Test
  void clashesOfUnchangedActorsAreNotBlamedOnANewOne() {
    Actor a = new Actor("a", "A", ActorKind.COALITION, "#000000", List.of("shared"), Map.of());
    Actor b = new Actor("b", "B", ActorKind.COALITION, "#000000", List.of("shared"), Map.of());

    assertThat(ActorSetValidator.additions(List.of(a, b), List.of(SAF))).isEmpty();
  }
}
