package io.frontline.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JIT's optimising compiler yields to request threads; the threads that answer keep their normal priority. */
class PrioritiesTest {
  private static final Path TASKS = Path.of("/proc/self/task");

  @Test
  void theOptimisingCompilerThreadsAreNicedAndNoOtherThreadIs() {
    assumeTrue(
        Files.isDirectory(TASKS) && Files.isExecutable(Path.of("/usr/bin/renice")),
        "Linux with renice");
    List<String> compilers = tasks().stream()
        .filter(t -> name(t).startsWith(Priorities.OPTIMISING_COMPILER))
        .toList();
    assumeTrue(!compilers.isEmpty(), "a JVM with the C2 compiler");

    List<String> lowered = Priorities.lowerOptimisingCompiler();

    assertThat(lowered).containsExactlyInAnyOrderElementsOf(compilers);
    for (String task : tasks()) {
      int expected = lowered.contains(task) ? Priorities.NICE : 0;
      assertThat(nice(task)).as("nice value of %s (%s)", task, name(task)).isEqualTo(expected);
    }
  }

  private static List<String> tasks() {
    try (Stream<Path> tasks = Files.list(TASKS)) {
      return tasks.map(t -> t.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(String task) {
    try {
      return Files.readString(TASKS.resolve(task).resolve("comm")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** Field 19 of /proc/self/task/ID/stat; a thread that ended meanwhile counts as normal. */
  private static int nice(String task) {
    try {
      String stat = Files.readString(TASKS.resolve(task).resolve("stat"));
      return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19 - 3]);
    } catch (IOException e) {
      return 0;
    }
  }
}
