package io.frontline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorKindTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "state_forces,STATE_FORCES",
    "state,STATE_FORCES",
    "State Forces,STATE_FORCES",
    "non_state_group,NON_STATE_GROUP",
    "non-state,NON_STATE_GROUP",
    "NON-STATE-GROUP,NON_STATE_GROUP",
    "coalition,COALITION",
    " Coalition ,COALITION"
  })
  void readsCodesAndShortForms(String text, ActorKind kind) {
    assertThat(ActorKind.parse(text)).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"army", "", "states", "non"})
  void refusesOtherKindsNamingTheChoices(String text) {
    assertThatThrownBy(() -> ActorKind.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "actor kind must be one of state_forces, non_state_group, coalition (or state, non-state), was '"
                + text + "'");
  }
}
