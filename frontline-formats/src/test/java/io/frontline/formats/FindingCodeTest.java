package io.frontline.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FindingCodeTest {
  private static final Path DOCS = Path.of("../docs/formats/README.md");

  @Test
  void codesAreKebabCaseAndUnique() {
    assertThat(FindingCode.RING_NOT_CLOSED.code()).isEqualTo("ring-not-closed");
    assertThat(Arrays.stream(FindingCode.values()).map(FindingCode::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void findingsAndExceptionsCarryTheCode() {
    FormatException e =
        FindingCode.BAD_WKT.exception("", "malformed WKT", "POLYGON ((").at("line 4");

    assertThat(e.toFinding()).satisfies(f -> {
      assertThat(f.code()).isEqualTo("bad-wkt");
      assertThat(f.location()).isEqualTo("line 4");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.wkt()).isEqualTo("POLYGON ((");
    });
    assertThat(FindingCode.AMBIGUOUS_PLACE.finding("line 2", "m").severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void everyCodeIsInTheDocsTableWithItsSeverity() throws IOException {
    Assumptions.assumeTrue(Files.exists(DOCS), "the docs are not beside the module");
    String docs = Files.readString(DOCS);

    for (FindingCode code : FindingCode.values()) {
      String row =
          "| `" + code.code() + "` | " + code.severity().name().toLowerCase(Locale.ROOT) + " |";
      assertThat(docs).as(code.code()).contains(row);
    }
  }
}
