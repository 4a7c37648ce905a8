package io.frontline.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Names the build of the running code, for cache keys: what one build computed is reused only by the same build.
 * From a jar, its size and modification time; from class directories (tests, an IDE), the number and latest
 * modification time of their files.
 */
final class EngineBuild {
  private static volatile String id;

  private EngineBuild() {}

  static String id() {
    if (id == null) {
      id = of(Main.class) + "+" + of(io.frontline.control.ControlIndexBuilder.class) + "+"
          + of(io.frontline.bundled.NaturalEarthBasemap.class);
    }
    return id;
  }

  private static String of(Class<?> type) {
    try {
      Path at = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(at)) {
        return Files.size(at) + "@" + Files.getLastModifiedTime(at).toMillis();
      }
      try (Stream<Path> files = Files.walk(at)) {
        long[] countAndLatest = {0, 0};
        files.filter(Files::isRegularFile).forEach(f -> {
          countAndLatest[0]++;
          countAndLatest[1] = Math.max(countAndLatest[1], f.toFile().lastModified());
        });
        return countAndLatest[0] + "@" + countAndLatest[1];
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown-" + System.nanoTime();
    }
  }
}
