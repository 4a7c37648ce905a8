package io.frontline.benchmarks.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The peer's SQL, kept as resources beside this class. */
final class Sql {
  private Sql() {}

  static String text(String name) {
    try (InputStream in = Sql.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource missing from the build: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL resource " + name, e);
    }
  }

  /** The statements of a script: split on semicolons at line ends, comments and blanks dropped. */
  static List<String> statements(String name) {
    return Arrays.stream(text(name).split(";\\s*\\n"))
        .map(Sql::withoutComments)
        .filter(s -> !s.isBlank())
        .toList();
  }

  private static String withoutComments(String statement) {
    return statement
        .lines()
        .filter(l -> !l.strip().startsWith("--"))
        .reduce("", (a, b) -> a + b + "\n")
        .strip();
  }
}
