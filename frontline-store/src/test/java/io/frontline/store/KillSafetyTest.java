package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.contract.MutableClock;
import io.frontline.contract.StoreFixtures;
import io.frontline.observations.Observation;
import io.frontline.timeline.RecordTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a large write leaves the store exactly as it was before the write: a child JVM records
 * 300,000 statements in one transaction and is killed once the transaction has outgrown the page cache and written
 * pages into the store file, so that only the rollback journal can restore it.
 */
@Tag("slow")
class KillSafetyTest {
  private static final int BATCH = 300_000;
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  @TempDir
  Path dir;

  @Test
  void aKilledWriteLeavesTheStoreAsItWas() throws Exception {
    Path file = dir.resolve("store.gpkg");
    MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    List<Observation> before;
    long revision;
    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      store.putPlaces(StoreFixtures.places());
      store.record(List.of(StoreFixtures.mosulFalls(), StoreFixtures.sinjarContested()), "before");
      before = store.observations(RecordTime.now());
      revision = store.revision();
    }

    killMidTransaction(file);

    assertThat(journal(file)).as("the killed transaction left a hot journal").exists();
    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      assertThat(store.observations(RecordTime.now())).isEqualTo(before);
      assertThat(store.revision()).isEqualTo(revision);
      assertThat(store.record(List.of(StoreFixtures.desertPresence()), "after")).hasSize(1);
    }
    assertThat(MigrationsTest.query(file, "PRAGMA integrity_check")).containsExactly("ok");
    assertThat(MigrationsTest.query(file, "SELECT count(*) FROM observations"))
        .containsExactly("3");
    assertThat(journal(file)).doesNotExist();
  }

  private void killMidTransaction(Path file) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(
            java.toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            BigBatchMain.class.getName(),
            file.toString(),
            Integer.toString(BATCH))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      List<String> lines = readLinesInBackground(child);
      awaitTrue(() -> lines.contains("started"), "the child to print 'started'");
      long size = Files.size(file);
      awaitTrue(
          () -> Files.exists(journal(file)),
          "the child's transaction to create the rollback journal");
      awaitTrue(
          () -> file.toFile().length() > size,
          "the child to spill its transaction into the store file");
      assertThat(child.isAlive()).as("the child is still writing").isTrue();
      assertThat(lines).doesNotContain("committed");
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
    }
  }

  private static List<String> readLinesInBackground(Process child) {
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(
        () -> {
          try (BufferedReader in = new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().forEach(lines::add);
          } catch (IOException e) {
            lines.add("read failed: " + e.getMessage());
          }
        },
        "child-stdout");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + PATIENCE.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(5);
    }
  }

  private static Path journal(Path file) {
    return file.resolveSibling(file.getFileName() + "-journal");
  }
}
