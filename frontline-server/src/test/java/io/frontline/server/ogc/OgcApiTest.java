package io.frontline.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.Http;
import io.frontline.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OGC API - Features core over real HTTP: landing page, conformance, collections, items with filters and paging. */
class OgcApiTest extends ServerTest {
  @Test
  void landingPageLinksTheConformanceAndTheData() {
    JsonNode n = http.get("/ogc").json();
    assertThat(n.get("links").findValuesAsText("rel"))
        .contains("self", "service-desc", "conformance", "data");
    assertThat(http.get("/ogc/conformance").json().get("conformsTo").toString())
        .contains("conf/core", "conf/geojson");
  }

  @Test
  void collectionsListTheThreeWithExtents() {
    JsonNode n = http.get("/ogc/collections").json();
    assertThat(n.get("collections").findValuesAsText("id"))
        .containsExactly("control-areas", "places", "observations", "events");
    JsonNode areas = http.get("/ogc/collections/control-areas").json();
    assertThat(areas.get("extent").get("temporal").get("interval").get(0).get(0).asText())
        .startsWith("2012-07-01");
  }

  @Test
  void controlAreasFollowTheDatetime() {
    JsonNode early =
        http.get("/ogc/collections/control-areas/items?datetime=2013-10-01").json();
    JsonNode peak = http.get("/ogc/collections/control-areas/items?datetime=2015-06-01T12:00:00Z")
        .json();
    assertThat(peak.get("numberMatched").asInt())
        .isGreaterThan(early.get("numberMatched").asInt());
    assertThat(peak.get("features").get(0).get("properties").get("date").asText())
        .isEqualTo("2015-06-01");
    String id = peak.get("features").get(0).get("id").asText();
    JsonNode one = http.get("/ogc/collections/control-areas/items/" + id + "?datetime=2015-06-01")
        .json();
    assertThat(one.get("id").asText()).isEqualTo(id);
  }

  @Test
  void itemsPageWithNextLinks() {
    JsonNode first =
        http.get("/ogc/collections/places/items?limit=5&bbox=42,35,44,37").json();
    assertThat(first.get("numberReturned").asInt()).isEqualTo(5);
    assertThat(first.get("numberMatched").asInt()).isGreaterThan(5);
    JsonNode next = null;
    for (JsonNode link : first.get("links")) {
      if (link.get("rel").asText().equals("next")) {
        next = link;
      }
    }
    assertThat(next).isNotNull();
    String path = next.get("href").asText().replaceFirst("^http://[^/]+", "");
    JsonNode second = http.get(path).json();
    assertThat(second.get("features").get(0).get("id").asText())
        .isNotEqualTo(first.get("features").get(0).get("id").asText());
    first.get("features").forEach(f -> assertThat(
            f.get("geometry").get("coordinates").get(0).asDouble())
        .isBetween(42.0, 44.0));
  }

  @Test
  void observationsFilterByAnInterval() {
    JsonNode n = http.get(
            "/ogc/collections/observations/items?datetime=2014-06-01/2014-06-30&limit=1000")
        .json();
    assertThat(n.get("numberMatched").asInt()).isPositive();
    n.get("features")
        .forEach(f -> assertThat(f.get("properties").get("date").asText()).startsWith("2014"));
    JsonNode open = http.get("/ogc/collections/observations/items?datetime=../2014-06-30&limit=1")
        .json();
    assertThat(open.get("numberMatched").asInt())
        .isGreaterThanOrEqualTo(n.get("numberMatched").asInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"datetime=2016-13-01", "datetime=2017-01-01/2016-01-01", "bbox=a,b,c,d", "limit=0"
      })
  void badQueriesAre400(String query) {
    Http.Answer a = http.get("/ogc/collections/observations/items?" + query);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void anUnknownFeatureIs404() {
    assertThat(http.get("/ogc/collections/places/items/1").status()).isEqualTo(404);
  }
}
