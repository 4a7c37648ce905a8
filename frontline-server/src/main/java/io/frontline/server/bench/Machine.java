package io.frontline.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A line describing the machine a benchmark ran on. */
final class Machine {
  private Machine() {
  }

  static String describe() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
    } catch (java.io.IOException e) {
      cpu = "unknown CPU (" + e.getMessage() + ")";
    }
    return String.format(Locale.ROOT, "machine: %s, %d cores, Java %s, max heap %d MiB", cpu,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
