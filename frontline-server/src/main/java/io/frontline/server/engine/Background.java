package io.frontline.server.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long work that must not slow reads down (a large import: checking every record, the write, the new control
 * index) runs on one thread of its own at the lowest operating-system priority. On Linux the thread is put under the
 * idle scheduling policy ({@code chrt --idle}, allowed without privileges): any request thread that wakes up takes
 * the CPU from it at once, where a merely niced thread may keep the core for the rest of its time slice (a few
 * milliseconds, which is the whole budget of a point query). If that fails its nice value is raised by {@link #NICE}
 * instead; elsewhere it runs at normal priority. The caller waits for the result.
 */
public final class Background implements AutoCloseable {
  static final int NICE = 10;
  private static final Logger LOG = LoggerFactory.getLogger(Background.class);
  private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
    Thread t = new Thread(() -> {
      lowerPriority();
      work.run();
    }, "frontline-background");
    t.setDaemon(true);
    return t;
  });

  /** Runs {@code work} on the background thread and waits for it; its exceptions come back as they were. */
  public <T> T run(Supplier<T> work) {
    Future<T> f = executor.submit(work::get);
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new CompletionException("interrupted while waiting for background work", e);
    }
  }

  private static void lowerPriority() {
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
      LOG.debug("could not lower the background thread's priority: {}", e.getMessage());
    }
  }

  private static boolean succeeds(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() == 0) {
        return true;
      }
      LOG.debug("could not lower the background thread's priority ({} exited with {})", command[0], p.exitValue());
    } catch (IOException e) {
      LOG.debug("could not lower the background thread's priority with {}: {}", command[0], e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
