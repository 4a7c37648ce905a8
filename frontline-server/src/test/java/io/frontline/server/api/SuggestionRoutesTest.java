package io.frontline.server.api;

import static io.frontline.contract.StoreFixtures.battleNearMosul;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.DemoStore;
import io.frontline.server.FrontlineServer;
import io.frontline.server.Http;
import io.frontline.server.ServerConfig;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggestion routes: generate and review need the token; a list shows the evidence; accepted once only. */
class SuggestionRoutesTest {
  @TempDir
  Path dir;

  @Test
  void suggestionsAreGeneratedListedAndReviewedWithTheToken() {
    Path file = DemoStore.copy(dir);
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      store.addEvents(
          List.of(battleNearMosul("1", "2015-03-02"), battleNearMosul("2", "2015-03-04")));
    }
    try (FrontlineServer server = FrontlineServer.start(ServerConfig.local(file, 0))) {
      Http http = new Http(server.url());
      assertThat(http.postJson("/api/v1/suggestions", "{}", null).status()).isEqualTo(401);
      Http.Answer generated = http.postJson("/api/v1/suggestions", "{}", server.token());
      assertThat(generated.status()).as(generated.text()).isEqualTo(201);
      assertThat(generated.json().get("added").asInt()).isPositive();
      JsonNode list = http.get("/api/v1/suggestions?review=pending").json().get("suggestions");
      JsonNode mosul = null;
      for (JsonNode n : list) {
        mosul = "Mosul".equals(n.get("place").asText()) ? n : mosul;
      }
      assertThat(mosul).isNotNull();
      assertThat(mosul.get("evidence").get(0).asText()).isEqualTo("ucdp-ged:1");
      String id = mosul.get("id").asText();
      assertThat(
              http.postJson("/api/v1/suggestions/" + id + "/accept", "{}", null).status())
          .isEqualTo(401);
      Http.Answer accepted =
          http.postJson("/api/v1/suggestions/" + id + "/accept", "{}", server.token());
      assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
      assertThat(accepted.json().get("review").asText()).isEqualTo("accepted");
      assertThat(accepted.json().at("/observation/status").asText()).isEqualTo("contested");
      Http.Answer again = http.postJson(
          "/api/v1/suggestions/" + id + "/reject", "{\"reason\": \"no\"}", server.token());
      assertThat(again.status()).isEqualTo(409);
      JsonNode accepted2 =
          http.get("/api/v1/suggestions?review=accepted").json().get("suggestions");
      assertThat(accepted2).hasSize(1);
      assertThat(accepted2.get(0).get("observation_id").isNumber()).isTrue();
      assertThat(http.postJson("/api/v1/suggestions/99999/accept", "{}", server.token())
              .status())
          .isEqualTo(404);
    }
  }
}
