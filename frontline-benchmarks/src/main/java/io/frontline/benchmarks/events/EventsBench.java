package io.frontline.benchmarks.events;

import io.frontline.benchmarks.Machine;
import io.frontline.benchmarks.ScaleSetup;
import io.frontline.benchmarks.peer.PostgisPeer;
import io.frontline.benchmarks.scale.ScaleConfig;
import io.frontline.control.ControlIndex;
import io.frontline.events.Ground;
import io.frontline.events.GroundOp;
import io.frontline.gazetteer.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The events benchmark: whose ground synthetic events (near the scale scenario's settlements, over its five years)
 * were on, by {@link GroundOp} and, with a JDBC URL, by PostGIS doing the same join in the same run; for 100,000 and
 * 1,000,000 events and for the scale scenario at two sizes of observations. Then the import of the real UCDP file and
 * of a million synthetic UCDP rows ({@link ImportBench}). Usage: {@code EventsBench [--pg-url URL] [--seed N]
 * [--ucdp FILE] [--observations N,N|none] [--cells N] [--imports false]}.
 */
public final class EventsBench {
  private static final LocalDate FROM = LocalDate.of(2014, 1, 1);
  private static final LocalDate TO = LocalDate.of(2018, 12, 31);
  private static final int WARMUPS = 3;
  private static final int RUNS = 5;

  private EventsBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    long seed = Long.parseLong(options.getOrDefault("--seed", "20140610"));
    Optional<String> pg = Optional.ofNullable(options.get("--pg-url"));
    Machine machine = Machine.current(pg.map(url -> {
      try (PostgisPeer p = PostgisPeer.connect(url)) {
        return p.version();
      }
    }));
    System.out.println("machine: " + machine.describe());
    System.out.println("seed: " + seed);
    int cells = Integer.parseInt(
        options.getOrDefault("--cells", Integer.toString(GroundOp.DEFAULT_CELLS_ACROSS)));
    for (String observations :
        options.getOrDefault("--observations", "25000,100000").split(",")) {
      if (!observations.isBlank() && !observations.strip().equals("none")) {
        scenario(seed, Integer.parseInt(observations.strip()), pg, cells);
      }
    }
    if (!"false".equals(options.get("--imports"))) {
      ImportBench.run(options.get("--ucdp"), seed);
    }
  }

  private static void scenario(long seed, int observations, Optional<String> pg, int cells)
      throws Exception {
    ScaleConfig config = ScaleConfig.standard(seed).withCounts(observations, observations / 100);
    ScaleSetup.Built built = ScaleSetup.build(config);
    ControlIndex index = built.scenario().index();
    long t0 = System.nanoTime();
    GroundOp op = new GroundOp(index, cells);
    double buildMs = (System.nanoTime() - t0) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%n## scale scenario: %,d place + %,d area observations, %,d atoms; index %.0f ms;"
            + " GroundOp built in %.0f ms, %.1f%% of grid cells answer without a ring test%n",
        observations,
        observations / 100,
        index.atoms().size(),
        built.scenario().build_ms(),
        buildMs,
        100 * op.wholeCellShare());
    List<Place> settlements = built.data().places();
    SyntheticEvents million =
        SyntheticEvents.generate(settlements, 1_000_000, FROM, TO, 0, 0, 3, seed);
    SyntheticEvents mixed =
        SyntheticEvents.generate(settlements, 1_000_000, FROM, TO, 0.1, 0.05, 3, seed + 1);
    System.out.printf(
        Locale.ROOT,
        "%.1f%% of the million events fall in grid cells that need ring tests%n",
        100.0 * op.ringTested(million.lon(), million.lat()) / million.size());
    System.out.println(
        "| events | dates | Frontline events/s (2 threads) | Frontline events/s (1 thread) |"
            + " per CPU-second (2 threads) | per CPU-second (1 thread) | PostGIS events/s | ratio | agree |");
    System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    Optional<EventsPeer> peer = Optional.empty();
    if (pg.isPresent()) {
      try (PostgisPeer control = PostgisPeer.connect(pg.get())) {
        control.load(index, built.scenario().gazetteer());
      }
      peer = Optional.of(new EventsPeer(pg.get()));
    }
    try {
      for (SyntheticEvents events : List.of(million.first(100_000), million)) {
        row(op, events, "day", peer);
      }
      row(op, mixed, "85% day, 10% month, 5% year", Optional.empty());
    } finally {
      if (peer.isPresent()) {
        peer.get().close();
      }
    }
  }

  private static void row(
      GroundOp op, SyntheticEvents events, String dates, Optional<EventsPeer> peer)
      throws Exception {
    double parallel = rate(
        events.size(),
        () -> op.at(events.lon(), events.lat(), events.firstDay(), events.lastDay()));
    double parallelCpu = cpuRate(
        events.size(),
        () -> op.at(events.lon(), events.lat(), events.firstDay(), events.lastDay()));
    double single = rate(events.size(), () -> sequential(op, events));
    double singleCpu = cpuRate(events.size(), () -> sequential(op, events));
    Map<String, Long> ours =
        counts(op.at(events.lon(), events.lat(), events.firstDay(), events.lastDay()));
    String peerRate = "not measured";
    String ratio = "";
    String agree = "";
    if (peer.isPresent()) {
      EventsPeer events2 = peer.get();
      {
        long loadStart = System.nanoTime();
        events2.load(events);
        System.out.printf(
            Locale.ROOT,
            "  PostGIS: %,d events copied and indexed in %.1f s%n",
            events.size(),
            (System.nanoTime() - loadStart) / 1e9);
        Map<String, Long> theirs = events2.join();
        double seconds = median(1, events.size() > 200_000 ? 1 : 3, () -> {
          try {
            events2.join();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        double pgRate = events.size() / seconds;
        peerRate = String.format(Locale.ROOT, "%,.0f", pgRate);
        ratio = String.format(Locale.ROOT, "%.1fx", parallel / pgRate);
        long differ = differing(ours, theirs);
        agree = differ == 0 ? "yes" : differ + " differ";
        if (differ != 0) {
          System.out.println("  Frontline: " + EventsPeer.describe(ours) + "\n  PostGIS:   "
              + EventsPeer.describe(theirs));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "| %,d | %s | %,.0f | %,.0f | %,.0f | %,.0f | %s | %s | %s |%n",
        events.size(),
        dates,
        parallel,
        single,
        parallelCpu,
        singleCpu,
        peerRate,
        ratio,
        agree);
    System.out.println("  answers: " + EventsPeer.describe(ours));
  }

  private static Object sequential(GroundOp op, SyntheticEvents e) {
    Ground last = null;
    for (int i = 0; i < e.size(); i++) {
      last = op.at(e.lon()[i], e.lat()[i], e.firstDay()[i], e.lastDay()[i]);
    }
    return last;
  }

  private static double rate(int n, Supplier<Object> work) {
    return n / median(WARMUPS, RUNS, work::get);
  }

  /** Events per second of this process's CPU time (all threads, the collector included), median of the runs. */
  private static double cpuRate(int n, Supplier<Object> work) {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double[] seconds = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = os.getProcessCpuTime();
      work.get();
      seconds[i] = (os.getProcessCpuTime() - t) / 1e9;
    }
    Arrays.sort(seconds);
    return n / seconds[RUNS / 2];
  }

  /** The median wall time in seconds of {@code runs} runs after {@code warmups}. */
  static double median(int warmups, int runs, Runnable work) {
    for (int i = 0; i < warmups; i++) {
      work.run();
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - t) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  /** Events per "holder:status" key, as the peer counts them ("-:none" for no holding, "changed" for a change). */
  static Map<String, Long> counts(Ground[] grounds) {
    Map<String, Long> out = new TreeMap<>();
    for (Ground g : grounds) {
      String key = g instanceof Ground.Held h
          ? h.holding().key()
          : g instanceof Ground.Changed ? "changed" : "-:none";
      out.merge(key, 1L, Long::sum);
    }
    return out;
  }

  private static long differing(Map<String, Long> a, Map<String, Long> b) {
    long differ = 0;
    for (String key : new java.util.TreeSet<>(List.copyOf(new ArrayList<>(a.keySet())))) {
      differ += Math.abs(a.get(key) - b.getOrDefault(key, 0L));
    }
    for (String key : b.keySet()) {
      differ += a.containsKey(key) ? 0 : b.get(key);
    }
    return differ;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options are --name value pairs, got " + args[i]);
      }
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
