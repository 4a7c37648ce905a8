package io.frontline.server.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operating-system priorities of the server's own threads, so that answering a request always comes first on a small
 * machine. Linux only (through {@code /proc} and the util-linux commands {@code chrt} and {@code renice}, which need
 * no privileges to lower a priority); elsewhere every thread keeps its normal priority.
 */
public final class Priorities {
  /** The nice value of work that yields to requests but must still make progress under load. */
  static final int NICE = 10;
  /** The name the JVM gives its optimising (C2) compiler threads, cut to 15 characters by Linux. */
  static final String OPTIMISING_COMPILER = "C2 CompilerThre";

  private static final Logger LOG = LoggerFactory.getLogger(Priorities.class);
  private static final Path TASKS = Path.of("/proc/self/task");

  private Priorities() {}

  /**
   * Puts the calling thread under the idle scheduling policy: any thread that wakes up takes the CPU from it at
   * once, where a merely niced thread may keep the core for the rest of its time slice (a few milliseconds, the whole
   * budget of a point query). If that is refused its nice value is raised by {@link #NICE} instead.
   */
  public static void idleForCurrentThread() {
    Path self = Path.of("/proc/thread-self");
    if (!Files.exists(self)) {
      return;
    }
    try {
      String task = Files.readSymbolicLink(self).getFileName().toString();
      if (!succeeds("chrt", "--idle", "-p", "0", task)) {
        succeeds("renice", "-n", Integer.toString(NICE), "-p", task);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug(
          "could not lower the priority of thread {}: {}",
          Thread.currentThread().getName(),
          e.getMessage());
    }
  }

  /**
   * Raises the nice value of the JVM's optimising compiler threads by {@link #NICE}. A large import makes the JIT
   * compile its code (hundreds of milliseconds of CPU on a two-core machine) exactly while reads should keep their
   * pace; niced, the compiler takes only what requests leave, and requests meanwhile run on the quick compiler's
   * code. Returns the ids of the threads lowered (none where there is no {@code /proc} or no such thread).
   */
  public static List<String> lowerOptimisingCompiler() {
    List<String> lowered = new ArrayList<>();
    if (!Files.isDirectory(TASKS)) {
      return lowered;
    }
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : tasks.toList()) {
        if (name(task).startsWith(OPTIMISING_COMPILER)
            && succeeds(
                "renice", "-n", Integer.toString(NICE), "-p", task.getFileName().toString())) {
          lowered.add(task.getFileName().toString());
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not lower the compiler threads' priority: {}", e.getMessage());
    }
    return lowered;
  }

  private static String name(Path task) {
    try {
      return Files.readString(task.resolve("comm")).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean succeeds(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() == 0) {
        return true;
      }
      LOG.debug("{} exited with {}", String.join(" ", command), p.exitValue());
    } catch (IOException e) {
      LOG.debug("could not run {}: {}", command[0], e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }
}
