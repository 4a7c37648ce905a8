package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a browser's Accept-Encoding lets a file go out gzipped (RFC 9110, section 12.5.3). */
class AcceptEncodingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "gzip, deflate, br, zstd | true",
        "GZIP | true",
        "br;q=1.0, gzip;q=0.5 | true",
        "x-gzip | true",
        "* | true",
        "gzip;q=0, * | false",
        "*;q=0 | false",
        "br, zstd | false",
        "identity | false",
        "gzip;q=nonsense | false",
        "'' | false",
        "NULL | false"
      })
  void gzipOnlyWhenTheBrowserTakesIt(String header, boolean gzip) {
    assertThat(AcceptEncoding.allowsGzip(header)).as(header).isEqualTo(gzip);
  }
}
