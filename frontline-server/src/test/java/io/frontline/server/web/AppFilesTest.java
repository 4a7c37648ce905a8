package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The start page asks for every module of the app at once, so the browser need not discover them import by import. */
class AppFilesTest {
  @Test
  void everyModuleIsPreloadedOrIsTheEntryPoint() throws IOException, URISyntaxException {
    String index = new String(AppRoutes.read("/web/index.html"), StandardCharsets.UTF_8);
    Path folder = Path.of(AppFilesTest.class.getResource("/web/js").toURI());
    List<String> modules;
    try (Stream<Path> files = Files.list(folder)) {
      modules = files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".js"))
          .sorted()
          .toList();
    }
    assertThat(modules).contains("main.js", "map.js").hasSizeGreaterThan(10);
    for (String module : modules) {
      String tag = module.equals("main.js")
          ? "<script type=\"module\" src=\"/js/main.js\">"
          : "<link rel=\"modulepreload\" href=\"/js/" + module + "\">";
      assertThat(index).as(module).contains(tag);
    }
  }
}
