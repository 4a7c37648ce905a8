package io.frontline.imports;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.Actors;
import java.util.List;
import java.util.Map;

/** The actors of the tests, with the names used in is-control-changes.csv. */
final class TestActors {
  private TestActors() {}

  static Actors standard() {
    return new Actors(List.of(
        actor(
            "islamic-state",
            "Islamic State",
            ActorKind.NON_STATE_GROUP,
            "IS",
            "ISIS",
            "ISIL",
            "Daesh",
            "Islamitische Staat"),
        actor("iraq", "Government of Iraq", ActorKind.STATE_FORCES, "Iraq"),
        actor("syria", "Government of Syria", ActorKind.STATE_FORCES, "Syrian government"),
        actor("sdf", "Syrian Democratic Forces", ActorKind.NON_STATE_GROUP, "SDF"),
        actor("ypg", "People's Protection Units (YPG)", ActorKind.NON_STATE_GROUP, "YPG"),
        actor("krg", "Kurdistan Regional Government", ActorKind.STATE_FORCES, "Peshmerga"),
        actor("syrian-opposition", "Syrian opposition", ActorKind.NON_STATE_GROUP),
        actor("tfsa", "Turkish-backed Syrian opposition", ActorKind.NON_STATE_GROUP, "SNA")));
  }

  private static Actor actor(String id, String name, ActorKind kind, String... aliases) {
    return new Actor(id, name, kind, "#336699", List.of(aliases), Map.of());
  }
}
