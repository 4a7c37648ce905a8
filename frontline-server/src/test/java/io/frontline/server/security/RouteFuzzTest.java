package io.frontline.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.server.Http;
import io.frontline.server.ServerTest;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every read route of the OpenAPI document, called with random values for its parameters (valid ones, edge cases
 * and hostile ones, plus unknown parameters), for a bounded number of requests and time. No answer may be a 500, and
 * every error must be a problem. The seed is printed, so a failure can be replayed with -Dfuzz.seed.
 */
@Tag("slow")
class RouteFuzzTest extends ServerTest {
  static final int MAX_REQUESTS = 1_500;
  static final long MAX_MILLIS = 45_000;
  static final List<String> VALUES = List.of(
      "",
      " ",
      "2016-02-01",
      "2016-02-30",
      "1899-12-31",
      "9999-12-31",
      "2016-02-01T00:00:00Z",
      "latest",
      "0",
      "-1",
      "1",
      "35",
      "501",
      "2147483648",
      "-9223372036854775809",
      "1e309",
      "NaN",
      "Infinity",
      "0.5",
      "42.9,36.2,43.3,36.5",
      "1,2,3",
      "44,30,40,35",
      "-180,-90,180,90",
      "en",
      "nl",
      "ar",
      "xx",
      "islamic-state",
      "IS",
      "Daesh",
      "Nobody",
      "99072",
      "163808",
      "csv",
      "png",
      "geojson",
      "gpkg",
      "kml",
      "svg",
      "shp",
      "1month",
      "1day",
      "7day",
      "0day",
      "controls",
      "owns",
      "320x320",
      "99999x99999",
      "a4",
      "Mosoel",
      "الموصل",
      "../../etc/passwd",
      "%00",
      "\u0000",
      "<script>alert(1)</script>",
      "'; DROP TABLE observations;--",
      "=HYPERLINK(\"x\")",
      "\ud83d\udca3",
      "x".repeat(3000),
      "2016-02-01/2017-06-05",
      "../2016-01-01",
      "true",
      "false");
  static final List<String> UNKNOWN =
      List.of("dry_run", "asOf", "callback", "f", "__proto__", "limit[]");

  @Test
  void noRouteAnswers500OrAnErrorThatIsNotAProblem() throws Exception {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    System.out.println("RouteFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    List<Route> routes = routes();
    long deadline = System.currentTimeMillis() + MAX_MILLIS;
    int sent = 0;
    List<String> failures = new ArrayList<>();
    while (sent < MAX_REQUESTS && System.currentTimeMillis() < deadline) {
      String target = routes.get(random.nextInt(routes.size())).target(random);
      Http.Answer a = http.get(target);
      sent++;
      String type = a.header("Content-Type");
      if (a.status() >= 500 && a.status() != 503) {
        failures.add(a.status() + " " + target + " " + a.text());
      } else if (a.status() >= 400
          && (type == null || !type.startsWith("application/problem+json"))) {
        failures.add(a.status() + " without a problem: " + target);
      }
    }
    System.out.println("RouteFuzzTest: " + sent + " requests over " + routes.size() + " routes");
    assertThat(sent).isGreaterThan(100);
    assertThat(failures).as("seed " + seed).isEmpty();
  }

  record Route(String path, List<String> parameters) {
    String target(Random random) {
      StringBuilder p = new StringBuilder();
      for (String part : path.split("/")) {
        if (part.isEmpty()) {
          continue;
        }
        p.append('/').append(part.contains("{") ? fill(part, random) : part);
      }
      List<String> query = new ArrayList<>();
      for (String name : parameters) {
        if (random.nextInt(3) > 0) {
          query.add(name + "=" + encode(pick(random)));
        }
      }
      if (random.nextInt(8) == 0) {
        query.add(encode(UNKNOWN.get(random.nextInt(UNKNOWN.size()))) + "=" + encode(pick(random)));
      }
      return p + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static String fill(String part, Random random) {
      String value = random.nextBoolean()
          ? pick(random)
          : List.of(
                  "2016-02-01", "5", "20", "12", "99072", "control-areas", "places", "settlements")
              .get(random.nextInt(8));
      return part.replaceAll(
          "\\{[^}]+\\}", encode(value.isEmpty() ? "x" : value).replace("%2F", "_"));
    }

    private static String pick(Random random) {
      return VALUES.get(random.nextInt(VALUES.size()));
    }

    private static String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  static List<Route> routes() throws Exception {
    JsonNode doc;
    try (InputStream in = RouteFuzzTest.class.getResourceAsStream("/web/openapi.json")) {
      doc = new ObjectMapper().readTree(in);
    }
    JsonNode shared = doc.path("components").path("parameters");
    List<Route> routes = new ArrayList<>();
    doc.path("paths").fields().forEachRemaining(p -> {
      JsonNode get = p.getValue().path("get");
      if (!get.isMissingNode()) {
        List<String> names = new ArrayList<>();
        for (JsonNode param : get.path("parameters")) {
          JsonNode r = param.has("$ref")
              ? shared.path(param.get("$ref").asText().replaceFirst(".*/", ""))
              : param;
          if ("query".equals(r.path("in").asText())) {
            names.add(r.path("name").asText());
          }
        }
        routes.add(new Route(p.getKey(), names));
      }
    });
    return routes;
  }
}
