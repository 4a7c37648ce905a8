package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndexPrefetchTest {
  private static Object store(String... args) {
    return IndexPrefetch.store(args).map(Path::toString).orElse("none");
  }

  @Test
  void findsTheStoreOfACommandThatReadsTheIndex() {
    assertThat(store("figures", "--date", "2016-02-01", "--store", "syria.gpkg"))
        .isEqualTo("syria.gpkg");
    assertThat(store("changes", "--store=/data/iraq.gpkg", "--from", "2015-06-01"))
        .isEqualTo("/data/iraq.gpkg");
    assertThat(store("history", "Mosul")).isEqualTo("frontline.gpkg");
    assertThat(store("events", "--from", "2016-01-01", "--store", "a.gpkg", "--store", "b.gpkg"))
        .as("the last --store, as the command line reads it")
        .isEqualTo("b.gpkg");
  }

  @Test
  void nothingForWritesHelpOtherCommandsOrAnOptionWithoutItsValue() {
    assertThat(store()).isEqualTo("none");
    assertThat(store("import", "towns.csv", "--store", "s.gpkg")).isEqualTo("none");
    assertThat(store("events", "import", "ged.csv", "--store", "s.gpkg")).isEqualTo("none");
    assertThat(store("figures", "--help")).isEqualTo("none");
    assertThat(store("serve", "--store", "s.gpkg")).isEqualTo("none");
    assertThat(store("figures", "--date", "2016-02-01", "--store")).isEqualTo("frontline.gpkg");
  }
}
