package io.frontline.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The readers and writers depend on the core only: never on the import layer above them or on other adapters. */
class FormatsDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/io/frontline");

  private static List<String> importsIn(String packagePath) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES.resolve(packagePath))) {
      return files.filter(f -> f.toString().endsWith(".java")).flatMap(FormatsDependenciesTest::lines)
          .filter(line -> line.startsWith("import ")).toList();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void formatsDoNotReachUpToTheImport() throws IOException {
    assertThat(importsIn("formats")).isNotEmpty().noneMatch(line -> line.startsWith("import io.frontline.imports"));
  }

  @Test
  void nothingDependsOnOtherAdapters() throws IOException {
    assertThat(importsIn("")).isNotEmpty()
        .noneMatch(line -> line.matches("import (static )?io\\.frontline\\.(store|cli|server|data|web)\\b.*"));
  }
}
