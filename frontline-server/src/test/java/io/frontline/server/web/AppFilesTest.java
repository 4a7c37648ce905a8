package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The start page asks for every module of the app at once, so the browser need not discover them import by import,
 * and starts MapLibre's worker before MapLibre itself runs.
 */
class AppFilesTest {
  @Test
  void everyModuleIsPreloadedOrIsTheEntryPoint() throws IOException, URISyntaxException {
    String index = new String(AppRoutes.read("/web/index.html"), StandardCharsets.UTF_8);
    Path folder = Path.of(AppFilesTest.class.getResource("/web/js").toURI());
    List<String> modules;
    try (Stream<Path> files = Files.list(folder)) {
      modules = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")).sorted().toList();
    }
    assertThat(modules).contains("main.js", "map.js").hasSizeGreaterThan(10);
    for (String module : modules) {
      String tag = switch (module) {
        case "main.js" -> "<script type=\"module\" src=\"/js/main.js\">";
        case "worker.js" -> "<script src=\"/js/worker.js\">";
        default -> "<link rel=\"modulepreload\" href=\"/js/" + module + "\">";
      };
      assertThat(index).as(module).contains(tag);
    }
    assertThat(index.indexOf("/js/worker.js")).as("the worker starts before MapLibre is asked for")
        .isLessThan(index.indexOf("maplibre-gl.mjs\">"));
  }

  @Test
  void theEarlyWorkerIsTheVendoredMapLibresOwn() {
    String mapLibre = new String(AppRoutes.read("/web/vendor/maplibre/maplibre-gl.mjs"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("maplibre-gl-js/blob/v([0-9.]+)/LICENSE").matcher(mapLibre.substring(0, 400));
    assertThat(version.find()).as("MapLibre's header names its version").isTrue();
    String early = new String(AppRoutes.read("/web/js/worker.js"), StandardCharsets.UTF_8);

    assertThat(early).contains("/vendor/maplibre/maplibre-gl-worker.mjs?v=" + version.group(1) + "'");
    assertThat(mapLibre).contains("maplibre-gl-worker.mjs`").contains("new Worker(e,{type:`module`})");
  }
}
