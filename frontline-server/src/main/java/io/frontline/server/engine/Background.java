package io.frontline.server.engine;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Long work that must not slow reads down (a large import: checking every record, the write, the new control
 * index) runs on one thread of its own at the lowest operating-system priority
 * ({@link Priorities#idleForCurrentThread}). The caller waits for the result.
 */
public final class Background implements AutoCloseable {
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(idleThreads("frontline-background"));

  /** Makes daemon threads named {@code name} that run at the operating system's idle priority. */
  public static java.util.concurrent.ThreadFactory idleThreads(String name) {
    return work -> {
      Thread t = new Thread(
          () -> {
            Priorities.idleForCurrentThread();
            work.run();
          },
          name);
      t.setDaemon(true);
      return t;
    };
  }

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

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
