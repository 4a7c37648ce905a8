package io.frontline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document ({@code web/openapi.json}) lists exactly the routes the server registers: no route served
 * without being listed, no listed path or method left unserved. Parameter names and a file suffix after a parameter
 * ({@code {y}.mvt}, which the tile handlers parse) do not count.
 */
class OpenApiRoutesTest extends ServerTest {
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "QUERY");

  /** Routes that are not operations of the API: the web app's page and files, and the API's own descriptions. */
  private static final Set<String> NOT_OPERATIONS = Set.of(
      "GET /",
      "GET /index.html",
      "GET /app.css",
      "GET /js/{}",
      "GET /vendor/maplibre/{}",
      "GET /api.css",
      "GET /api-guide.js",
      "GET /api",
      "GET /api/openapi.json",
      "GET /ogc/openapi.json");

  private static String normalise(String route) {
    return route.replaceAll("\\{[^}]+}(\\.[a-z]+)?", "{}");
  }

  private static Set<String> served() {
    return fixture.server().routes().stream()
        .filter(r -> METHODS.contains(r.substring(0, r.indexOf(' '))))
        .map(OpenApiRoutesTest::normalise)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> listed() {
    Set<String> listed = new TreeSet<>();
    OpenApiDocument.server().root().path("paths").fields().forEachRemaining(path -> {
      for (Iterator<String> keys = path.getValue().fieldNames(); keys.hasNext(); ) {
        String method = keys.next().toUpperCase(Locale.ROOT);
        if (METHODS.contains(method)) {
          listed.add(normalise(method + " " + path.getKey()));
        }
      }
    });
    return listed;
  }

  @Test
  void everyOperationServedIsListedAndEveryListedOneIsServed() {
    Set<String> operations = new TreeSet<>(served());
    operations.removeAll(NOT_OPERATIONS);

    assertThat(operations)
        .as("routes served (left) against the document's paths")
        .hasSizeGreaterThan(20)
        .containsExactlyInAnyOrderElementsOf(listed());
  }

  @Test
  void theRoutesThatAreNotOperationsAreServed() {
    assertThat(served()).containsAll(NOT_OPERATIONS);
  }
}
