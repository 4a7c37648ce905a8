package io.frontline.formats.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.formats.FindingCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EventFindingCodeTest {
  private static final Path DOCS = Path.of("../docs/formats/events.md");

  @Test
  void codesAreKebabCaseAndApartFromTheSharedOnes() {
    assertThat(EventFindingCode.UNMAPPED_ACTOR.code()).isEqualTo("unmapped-actor");
    assertThat(Arrays.stream(EventFindingCode.values()).map(EventFindingCode::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"))
        .doesNotContainAnyElementsOf(
            Arrays.stream(FindingCode.values()).map(FindingCode::code).toList());
  }

  @Test
  void everyCodeIsInTheDocsTableWithItsSeverity() throws IOException {
    Assumptions.assumeTrue(Files.exists(DOCS), "the docs are not beside the module");
    String docs = Files.readString(DOCS);
    for (EventFindingCode code : EventFindingCode.values()) {
      assertThat(docs)
          .as(code.code())
          .contains("| `" + code.code() + "` | " + code.severity().name().toLowerCase(Locale.ROOT)
              + " | " + code.description() + " |");
    }
  }
}
