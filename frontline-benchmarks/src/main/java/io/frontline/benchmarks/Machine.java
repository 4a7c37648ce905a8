package io.frontline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a run happened on, as the report states it: cores, memory, CPU model, OS, JDK, the peer's versions, the
 * Frontline commit measured (FRONTLINE_COMMIT, set by tools/bench.sh), the load average when the run started and the
 * JVM's niceness.
 */
public record Machine(
    int cores,
    long memory_mb,
    String cpu,
    String os,
    String jdk,
    String peer,
    String commit,
    String loadAtStart,
    String nice) {

  public static Machine current(Optional<String> peerVersion) {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memoryMb(),
        field(Path.of("/proc/cpuinfo"), "model name", ":"),
        osName(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
            + " (" + System.getProperty("java.vm.vendor") + "), max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MB",
        peerVersion.orElse("not measured"),
        Optional.ofNullable(System.getenv("FRONTLINE_COMMIT")).orElse("unknown"),
        loadAverage(),
        niceness());
  }

  /** This process's niceness (/proc/self/stat, field 19). */
  private static String niceness() {
    Path file = Path.of("/proc/self/stat");
    if (!Files.isReadable(file)) {
      return "unknown";
    }
    try {
      String stat = Files.readString(file);
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return fields.length > 16 ? fields[16] : "unknown";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The 1, 5 and 15 minute load averages (/proc/loadavg): other work on the machine during a run shows here. */
  public static String loadAverage() {
    Path file = Path.of("/proc/loadavg");
    if (!Files.isReadable(file)) {
      return "unknown";
    }
    try {
      String[] parts = Files.readString(file).strip().split("\\s+");
      return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static long memoryMb() {
    String kb =
        field(Path.of("/proc/meminfo"), "MemTotal", ":").replace("kB", "").strip();
    return kb.matches("\\d+") ? Long.parseLong(kb) / 1024 : -1;
  }

  private static String osName() {
    String pretty = field(Path.of("/etc/os-release"), "PRETTY_NAME", "=").replace("\"", "");
    return pretty + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " " + System.getProperty("os.arch");
  }

  /** The first value of a "key: value" (or "key=value") line, or "unknown" when the file or key is missing. */
  private static String field(Path file, String key, String separator) {
    if (!Files.isReadable(file)) {
      return "unknown";
    }
    try (var lines = Files.lines(file)) {
      return lines
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(separator) + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores, %,d MB RAM, CPU %s; %s; %s; %s; Frontline commit %s; JVM nice %s;"
            + " load average at start %s",
        cores,
        memory_mb,
        cpu,
        os,
        jdk,
        peer,
        commit,
        nice,
        loadAtStart);
  }
}
