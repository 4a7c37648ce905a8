package io.frontline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The renderer is an adapter: it reads the engine's answers and draws, and knows nothing of storage or the CLI. */
class RenderDependenciesTest {
  @Test
  void rendererImportsNoStoreNoCliAndNoServer() throws IOException {
    Path sources = Path.of("src/main/java/io/frontline/render");
    List<String> offending;
    try (Stream<Path> files = Files.walk(sources)) {
      offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(RenderDependenciesTest::lines)
          .filter(l -> l.matches("import io\\.frontline\\.(store|cli|server)\\..*")).toList();
    }
    assertThat(offending).isEmpty();
    try (Stream<Path> files = Files.walk(sources)) {
      assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(40);
    }
  }

  private static Stream<String> lines(Path p) {
    try {
      return Files.readAllLines(p).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
