package io.frontline.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Long work runs on a thread that every request thread takes the CPU from, and its answer comes back as it was. */
class BackgroundTest {
  private static final Path STAT = Path.of("/proc/thread-self/stat");
  private static final int SCHED_IDLE = 5;

  @Test
  void workRunsUnderTheIdlePolicyWhileTheCallerKeepsItsOwn() {
    assumeTrue(
        Files.exists(STAT) && Files.isExecutable(Path.of("/usr/bin/chrt")), "Linux with chrt");
    try (Background background = new Background()) {
      String[] inside = background.run(BackgroundTest::schedulingFields);
      String[] caller = schedulingFields();

      assertThat(Integer.parseInt(policy(inside))).isEqualTo(SCHED_IDLE);
      assertThat(Integer.parseInt(policy(caller))).isNotEqualTo(SCHED_IDLE);
      // the same thread serves the next piece of work, still at its low priority
      assertThat(Integer.parseInt(policy(background.run(BackgroundTest::schedulingFields))))
          .isEqualTo(SCHED_IDLE);
    }
  }

  @Test
  void answersAndErrorsComeBackToTheCaller() {
    try (Background background = new Background()) {
      assertThat(background.run(() -> 6 * 7)).isEqualTo(42);
      assertThatThrownBy(() -> background.run(() -> {
            throw new IllegalArgumentException("row 12 has no source");
          }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("row 12 has no source");
    }
  }

  /** The fields of /proc/thread-self/stat after the command name: index 0 is field 3 (the state). */
  private static String[] schedulingFields() {
    try {
      String stat = Files.readString(STAT);
      return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String policy(String[] fields) {
    return fields[41 - 3];
  }
}
