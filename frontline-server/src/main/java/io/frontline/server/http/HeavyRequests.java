package io.frontline.server.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the requests that take much memory or CPU (map pictures, GeoPackage and other downloads): at most
 * {@code concurrent} run at once, at most {@code queued} more wait for a turn (each at most {@code wait}), and each
 * client (by address) starts at most {@code perMinute} of them a minute. Beyond that the answer is 503 or 429 with
 * {@code Retry-After}, so no number of such requests can exhaust the heap. The work runs on threads of its own (made
 * by the given factory: the server's run at the operating system's idle priority), so it takes only the CPU that
 * the point queries leave; the request's thread waits for it.
 */
public final class HeavyRequests {
  private final Semaphore running;
  private final int queued;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Duration wait;
  private final int perMinute;
  private final Map<String, Window> clients = new ConcurrentHashMap<>();
  private final ExecutorService workers;

  public HeavyRequests(int concurrent, int queued, Duration wait, int perMinute) {
    this(concurrent, queued, wait, perMinute, Executors.defaultThreadFactory());
  }

  public HeavyRequests(
      int concurrent, int queued, Duration wait, int perMinute, ThreadFactory threads) {
    if (concurrent < 1 || queued < 0 || perMinute < 1) {
      throw new IllegalArgumentException(
          "heavy requests need concurrent >= 1, queued >= 0 and perMinute >= 1, was " + concurrent
              + ", " + queued + ", " + perMinute);
    }
    this.running = new Semaphore(concurrent, true);
    this.queued = queued;
    this.wait = wait;
    this.perMinute = perMinute;
    this.workers = Executors.newFixedThreadPool(concurrent, threads);
  }

  /**
   * Half the cores at once (one on a machine of one or two cores), eight waiting up to 20 s, 30 a minute per client,
   * on threads from {@code threads}.
   */
  public static HeavyRequests defaults(ThreadFactory threads) {
    return new HeavyRequests(
        Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
        8,
        Duration.ofSeconds(20),
        30,
        threads);
  }

  /** Runs {@code work} within the limits, or refuses the request. */
  public void run(Context ctx, Runnable work) {
    run(ctx.ip(), work);
  }

  /** Runs {@code work} for {@code client} within the limits, or throws the 429 or 503 problem. */
  public void run(String client, Runnable work) {
    admit(client);
    acquire();
    try {
      Future<?> done = workers.submit(work);
      try {
        done.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new CompletionException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        done.cancel(true);
        throw busy();
      }
    } finally {
      running.release();
    }
  }

  /** Stops the worker threads. */
  public void close() {
    workers.shutdownNow();
  }

  private void admit(String client) {
    long minute = System.currentTimeMillis() / 60_000;
    if (clients.size() > 10_000) {
      clients.entrySet().removeIf(e -> e.getValue().minute() != minute);
    }
    Window w = clients.compute(
        client,
        (k, old) -> old == null || old.minute() != minute
            ? new Window(minute, 1)
            : new Window(minute, old.count() + 1));
    if (w.count() > perMinute) {
      long retry = 60 - (System.currentTimeMillis() / 1000) % 60;
      throw refused(
          429,
          "rate-limited",
          "Too many requests",
          "a client may start at most " + perMinute
              + " downloads or map pictures a minute; try again in " + retry + " s",
          retry);
    }
  }

  private void acquire() {
    if (running.tryAcquire()) {
      return;
    }
    if (waiting.incrementAndGet() > queued) {
      waiting.decrementAndGet();
      throw busy();
    }
    try {
      if (!running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } finally {
      waiting.decrementAndGet();
    }
  }

  private ApiException busy() {
    return refused(
        503,
        "busy",
        "Busy",
        "the server is making as many downloads and map pictures as it can at once;"
            + " try again shortly",
        5);
  }

  private static ApiException refused(
      int status, String kind, String title, String detail, long retry_s) {
    return new ApiException(
        status,
        kind,
        title,
        detail,
        List.of(),
        null,
        Map.of("Retry-After", Long.toString(retry_s)));
  }

  private record Window(long minute, int count) {}
}
