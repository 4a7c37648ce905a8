package io.frontline.benchmarks.server;

import io.frontline.benchmarks.Machine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A small load generator for a running Frontline server (start one with {@code frontline serve}), reported in
 * benchmarks/SERVER.md. Scenarios: point queries open-loop at a fixed rate (latency measured from each request's
 * scheduled time, so a stall counts against every request it delays), control areas GeoJSON for many dates (first
 * and repeated), and vector tiles (each tile once, then closed-loop throughput). Requests go to loopback only.
 *
 * <p>Usage: {@code java -cp frontline-benchmarks.jar io.frontline.benchmarks.server.ServerBench http://127.0.0.1:8080 [seconds]
 * [rate] [token]}; with the server's write token, the last scenario imports a large CSV file while point queries
 * run (on a store the benchmark may change: use a copy).
 */
public final class ServerBench {
  private static final double WEST = 36.0;
  private static final double EAST = 46.0;
  private static final double SOUTH = 32.0;
  private static final double NORTH = 37.5;
  private final String host;
  private final int port;
  private final SplittableRandom random = new SplittableRandom(20260101L);

  ServerBench(URI url) {
    if (!"127.0.0.1".equals(url.getHost()) && !"localhost".equals(url.getHost())) {
      throw new IllegalArgumentException(
          "the load generator only targets loopback, was " + url.getHost());
    }
    this.host = url.getHost();
    this.port = url.getPort();
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ServerBench http://127.0.0.1:PORT [seconds=10] [rate=2000]");
      System.exit(2);
    }
    ServerBench bench = new ServerBench(URI.create(args[0]));
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    System.out.println("machine: " + Machine.current(Optional.empty()).describe());
    if (Boolean.getBoolean("frontline.tilesOnly")) {
      bench.tiles(seconds);
      return;
    }
    bench.warmUp();
    System.out.println("point query, open loop at " + rate + " req/s for " + seconds
        + " s, 8 connections: " + bench.openLoop(rate, seconds, 8, i -> bench.pointPath()));
    bench.controlAreas();
    bench.tiles(seconds);
    if (args.length > 3) {
      new ImportUnderLoad(bench, URI.create(args[0]), args[3]).run(rate, 20_000);
    }
  }

  /**
   * Lets the JIT compile the point query's path (some 20,000 queries) before it is measured. Each scenario warms up
   * just before it is measured, so that one scenario's caches filling (dissolved areas, tiles) do not land in the
   * next one's measurements as garbage collection work.
   */
  void warmUp() throws IOException {
    closedLoop(4, 10, i -> pointPath());
  }

  String pointPath() {
    return String.format(
        Locale.ROOT,
        "/api/v1/point?lat=%.4f&lon=%.4f&date=%s",
        SOUTH + random.nextDouble() * (NORTH - SOUTH),
        WEST + random.nextDouble() * (EAST - WEST),
        date(random.nextInt(1900)));
  }

  static LocalDate date(int i) {
    return LocalDate.of(2014, 1, 1).plusDays(Math.floorMod(i, 1900));
  }

  /** Requests at a fixed total rate over {@code connections}; latency from the scheduled start. */
  String openLoop(int rate, int seconds, int connections, IntFunction<String> paths)
      throws IOException {
    return openLoop(rate, seconds, connections, paths, new Latencies());
  }

  String openLoop(
      int rate, int seconds, int connections, IntFunction<String> paths, Latencies latencies) {
    AtomicInteger errors = new AtomicInteger();
    long interval = 1_000_000_000L * connections / rate;
    long start = System.nanoTime() + 50_000_000L;
    int perConnection = rate * seconds / connections;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      long offset = 1_000_000_000L * c / rate;
      threads.add(
          started(() -> paced(start + offset, interval, perConnection, paths, latencies, errors)));
    }
    join(threads);
    double elapsed = (System.nanoTime() - start) / 1e9;
    return String.format(
        Locale.ROOT,
        "%s, achieved %.0f req/s, %d errors",
        latencies.summary(),
        latencies.count() / elapsed,
        errors.get());
  }

  private void paced(
      long first,
      long interval,
      int count,
      IntFunction<String> paths,
      Latencies latencies,
      AtomicInteger errors) {
    try (HttpConnection c = new HttpConnection(host, port)) {
      for (int i = 0; i < count; i++) {
        long scheduled = first + i * interval;
        long wait = scheduled - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        int status = c.get(paths.apply(i));
        latencies.add(scheduled, System.nanoTime() - scheduled);
        if (status != 200) {
          errors.incrementAndGet();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As many requests as {@code connections} can make in {@code seconds}; returns requests per second. */
  double closedLoop(int connections, int seconds, IntFunction<String> paths) throws IOException {
    AtomicInteger done = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      threads.add(started(() -> {
        try (HttpConnection conn = new HttpConnection(host, port)) {
          for (int i = 0; System.nanoTime() < end; i++) {
            conn.get(paths.apply(done.getAndIncrement()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    join(threads);
    return done.get() / (double) seconds;
  }

  /** Control areas for dates never asked before (each a dissolve) and the same dates again (cached). */
  void controlAreas() throws IOException {
    closedLoop(2, 3, i -> "/api/v1/control-areas?date=" + date(i));
    Latencies first = new Latencies();
    Latencies again = new Latencies();
    try (HttpConnection c = new HttpConnection(host, port)) {
      for (int i = 0; i < 60; i++) {
        String path = "/api/v1/control-areas?date=" + date(1000 + i * 13);
        long t0 = System.nanoTime();
        c.get(path);
        first.add(System.nanoTime() - t0);
        long t1 = System.nanoTime();
        c.get(path);
        again.add(System.nanoTime() - t1);
      }
    }
    System.out.println("control areas GeoJSON, a new date: " + first.summary());
    System.out.println("control areas GeoJSON, a date asked before: " + again.summary());
  }

  /** Whether the tile scenario also asks for the events' tiles (system property frontline.events=true). */
  private final boolean withEvents = Boolean.getBoolean("frontline.events");

  /**
   * Every basemap and control tile (and with frontline.events=true, every events tile of two windows) of zooms 5 to 9
   * over Iraq and Syria once (cold), then throughput.
   */
  void tiles(int seconds) throws IOException {
    List<String> basemap = TileList.over(WEST, SOUTH, EAST, NORTH, 5, 9, "/tiles/basemap/");
    List<String> control =
        TileList.over(WEST, SOUTH, EAST, NORTH, 5, 9, "/tiles/control/2015-06-01/");
    List<List<String>> sets = new ArrayList<>(List.of(basemap, control));
    if (withEvents) {
      // the web map's two windows: the 30 days up to 1 June 2016, and the year 2016 (EventDemoStore
      // adds the events)
      sets.add(
          TileList.over(WEST, SOUTH, EAST, NORTH, 5, 9, "/tiles/events/2016-05-03/2016-06-01/"));
      sets.add(
          TileList.over(WEST, SOUTH, EAST, NORTH, 5, 9, "/tiles/events/2016-01-01/2016-12-31/"));
    }
    for (List<String> set : sets) {
      Latencies cold = new Latencies();
      try (HttpConnection c = new HttpConnection(host, port)) {
        for (String path : set) {
          long t0 = System.nanoTime();
          c.get(path);
          cold.add(System.nanoTime() - t0);
        }
      }
      System.out.println("tiles " + set.get(0).replaceAll("/\\d+/\\d+/\\d+\\.mvt$", "")
          + " each once (not cached): " + cold.summary());
      double perSecond = closedLoop(4, seconds, i -> set.get(i % set.size()));
      System.out.printf(
          Locale.ROOT,
          "  throughput, 4 connections, %d tiles in rotation: %.0f tiles/s%n",
          set.size(),
          perSecond);
    }
  }

  private static Thread started(Runnable work) {
    Thread t = new Thread(work, "frontline-bench");
    t.start();
    return t;
  }

  private static void join(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
