package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Statement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells that a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage return) are text to
 * the import: kept as written (less the white space every field is stripped of), never evaluated or refused.
 */
class FormulaCellsTest {
  @TempDir
  Path dir;

  private Statement imported(String note, String title) {
    String csv = "geonames_id,actor,status,date,source_title,note\r\n"
        + "99072,IS,controls,2014-06-10,\"" + title.replace("\"", "\"\"") + "\",\""
        + note.replace("\"", "\"\"")
        + "\"\r\n";
    ImportResult result = new ImportFixture(dir).read("formula.csv", csv);
    assertThat(result.findings()).isEmpty();
    return result.accepted().get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"https://evil.example\",\"click\")",
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "=cmd|' /C calc'!A0"
      })
  void formulaLookingCellsAreKeptAsText(String cell) {
    Statement statement = imported(cell, cell);

    assertThat(statement.note()).isEqualTo(cell);
    assertThat(statement.source().title()).isEqualTo(cell);
  }

  @Test
  void aLeadingTabOrCarriageReturnIsWhiteSpaceAndTheRestIsKept() {
    Statement statement = imported("\t=1+1", "\r@SUM(A1)");

    assertThat(statement.note()).isEqualTo("=1+1");
    assertThat(statement.source().title()).isEqualTo("@SUM(A1)");
  }
}
