package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.ActorSetValidator;
import io.frontline.actors.Actors;
import io.frontline.gazetteer.Place;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledDataTest {
  @Test
  void gazetteerHoldsTheRegionAndTheSourcedSupplementWithoutDuplicateIds() {
    List<Place> places = BundledGazetteer.places();
    assertThat(places).hasSizeGreaterThan(4_000);
    assertThat(places.stream().map(Place::id).collect(Collectors.toSet())).hasSize(places.size());
    Place mosul = places.stream().filter(p -> p.id() == 99072).findFirst().orElseThrow();
    assertThat(mosul.alternateNames()).contains("Mosoel", "Mossoul", "الموصل");
    assertThat(places.stream().filter(p -> p.id() > 1_000_000_000L)).allSatisfy(p -> {
      assertThat(p.country()).isIn("SY", "IQ");
      assertThat(p.lat()).isBetween(29.0, 38.0);
      assertThat(p.lon()).isBetween(35.0, 49.0);
    });
  }

  @Test
  void actorsHaveAliasesInSeveralLanguagesAndDistinctColours() {
    Actors actors = new Actors(BundledActors.islamicStateScenario());
    for (String alias : List.of("IS", "ISIS", "ISIL", "Daesh", "Islamitische Staat", "داعش")) {
      assertThat(actors.get(alias).id()).isEqualTo("islamic-state");
    }
    assertThat(actors.get("Islamic State").colour()).isEqualTo("#000000");
    assertThat(actors.all().stream().map(a -> a.colour()).distinct())
        .hasSize(actors.all().size());
  }

  @Test
  void noTwoScenarioActorsAnswerToOneName() {
    assertThat(ActorSetValidator.additions(List.of(), BundledActors.islamicStateScenario()))
        .isEmpty();
  }
}
