package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.store.IndexCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: every answer taken from the index cache is the answer of a fresh build with the cache off, on the
 * demo store, after a write through Frontline, after a write by another program, for other "as of" times and zone
 * radii, and with damaged entries. Each query runs three times: fresh, then filling the cache, then from it.
 */
class IndexLoadTest {
  private static final String PROPERTY = "frontline.indexCache";
  private static final List<List<String>> QUERIES = List.of(
      List.of("figures", "--date", "2014-09-01", "--json"),
      List.of("figures", "--date", "2016-02-01", "--json"),
      List.of("figures", "--date", "2017-06-05", "--json"),
      List.of("figures", "--date", "2019-03-01", "--json"),
      List.of("changes", "--from", "2015-06-01", "--to", "2016-06-01", "--json"),
      List.of("changes", "--from", "2016-02-01", "--to", "2017-06-05", "--actor", "ISIS", "--json"),
      List.of("history", "--place", "Mosul", "--json"));

  @TempDir
  Path dir;

  @AfterEach
  void cacheOnAgain() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void answersFromTheCacheAreTheFreshAnswersOnTheDemoStore() throws IOException {
    Path store = Cli.demoStore(dir);
    List<String> before = allAgree(store);
    assertThat(entries(store)).hasSize(1);
    assertThat(before.get(1)).contains("islamic-state");
  }

  @Test
  void aWriteThroughFrontlineChangesTheKeyAndTheCachedAnswersFollowIt() throws IOException {
    Path store = Cli.demoStore(dir);
    List<String> before = allAgree(store);
    Files.writeString(dir.resolve("area.geojson"), ImportCommandTest.AREA);
    assertThat(
            Cli.run("import", dir.resolve("area.geojson").toString(), "--store", store.toString())
                .exit())
        .isZero();
    List<String> after = allAgree(store);
    assertThat(after).isNotEqualTo(before);
    assertThat(entries(store)).hasSize(2);
  }

  /** A GIS tool writes with the GeoPackage SQL functions; this one defines the one the store's triggers call. */
  @Test
  void aWriteByAnotherProgramWithoutARevisionIsNeverAnsweredFromTheCache() throws Exception {
    Path store = Cli.demoStore(dir);
    List<String> before = allAgree(store);
    try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement sql = sqlite.createStatement()) {
      org.sqlite.Function.create(sqlite, "ST_IsEmpty", new org.sqlite.Function() {
        @Override
        protected void xFunc() throws java.sql.SQLException {
          result(0);
        }
      });
      sql.executeUpdate("UPDATE places SET population = population * 3 + 1000 WHERE id IN "
          + "(SELECT place_id FROM observations WHERE place_id IS NOT NULL)");
    }
    List<String> after = allAgree(store);
    assertThat(after.get(1)).isNotEqualTo(before.get(1));
    assertThat(entries(store)).hasSize(2);
  }

  @Test
  void otherAsOfTimesAndZoneRadiiHaveEntriesOfTheirOwn() throws IOException {
    Path store = Cli.demoStore(dir);
    allAgree(store);
    String beforeImport = java.time.Instant.now().toString();
    sleep(5);
    Files.writeString(dir.resolve("area.geojson"), ImportCommandTest.AREA);
    assertThat(
            Cli.run("import", dir.resolve("area.geojson").toString(), "--store", store.toString())
                .exit())
        .isZero();
    List<String> latest = allAgree(store);
    List<String> then = allAgree(store, "--as-of", beforeImport);
    List<String> narrow = allAgree(store, "--zone-radius", "20");
    assertThat(then).isNotEqualTo(latest);
    assertThat(narrow).isNotEqualTo(latest);
    assertThat(entries(store)).hasSize(4);
  }

  @Test
  void aDamagedEntryIsAMissAndIsReplaced() throws IOException {
    Path store = Cli.demoStore(dir);
    List<String> before = allAgree(store);
    for (Path entry : entries(store)) {
      byte[] bytes = Files.readAllBytes(entry);
      Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
    assertThat(allAgree(store)).isEqualTo(before);
  }

  /** Runs every query fresh, then twice with the cache (filling it, then reading it); all three must agree. */
  private List<String> allAgree(Path store, String... options) throws IOException {
    List<String> answers = new ArrayList<>();
    for (List<String> query : QUERIES) {
      System.setProperty(PROPERTY, "off");
      String fresh = run(store, query, options);
      System.clearProperty(PROPERTY);
      String filling = run(store, query, options);
      for (Path entry : entries(store)) {
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
      }
      String cached = run(store, query, options);
      assertThat(filling).as("%s while filling the cache", query).isEqualTo(fresh);
      assertThat(cached).as("%s from the cache", query).isEqualTo(fresh);
      assertThat(entries(store))
          .as("the entry was read")
          .anyMatch(e -> e.toFile().lastModified() > 0);
      answers.add(fresh);
    }
    return answers;
  }

  private static String run(Path store, List<String> query, String... options) {
    List<String> args = new ArrayList<>(query);
    args.addAll(List.of("--store", store.toString()));
    args.addAll(List.of(options));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  private static List<Path> entries(Path store) throws IOException {
    Path cache = IndexCache.beside(store).dir();
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(f -> f.toString().endsWith(".idx")).toList();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
