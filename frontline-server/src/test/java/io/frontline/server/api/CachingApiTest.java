package io.frontline.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.server.Http;
import io.frontline.server.ServerTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers for a date and the app's files carry an ETag; a matching If-None-Match is a 304; "as recorded" answers may
 * be cached.
 */
class CachingApiTest extends ServerTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/figures?date=2016-02-01",
        "/api/v1/control-areas?date=2016-02-01",
        "/api/v1/changes?from=2016-02-01&to=2017-06-05",
        "/api/v1/point?lat=36.3&lon=43.1&date=2016-02-01",
        "/api/v1/places/99072/history",
        "/ogc/collections/control-areas/items?datetime=2016-02-01"
      })
  void aMatchingEtagIsNotModified(String path) {
    String etag = revalidated(path).header("ETag");
    assertThat(etag).startsWith("\"");
    if (path.contains("2016-02-01")) {
      assertThat(http.get(path.replace("2016-02-01", "2016-03-01"), "If-None-Match", etag)
              .status())
          .isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/js/main.js", "/vendor/maplibre/maplibre-gl.mjs", "/app.css"})
  void theAppsFilesAreRevalidatedByEtag(String path) {
    Http.Answer first = revalidated(path);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body()).isNotEmpty();
    assertThat(first.header("ETag")).matches("\"[0-9a-f]{24}\"");
    assertThat(http.get(path, "If-None-Match", "\"0\"").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/vendor/maplibre/maplibre-gl.mjs",
        "/vendor/maplibre/maplibre-gl-worker.mjs",
        "/app.css"
      })
  void aBrowserThatTakesGzipGetsTheFileGzippedUnderItsOwnEtag(String path) throws IOException {
    Http.Answer plain = http.get(path);
    Http.Answer gzipped = http.get(path, "Accept-Encoding", "gzip, deflate, br, zstd");

    assertThat(plain.header("Content-Encoding")).isNull();
    assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(gzipped.header("Vary")).isEqualTo("Accept-Encoding");
    assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(gzipped.header("ETag"))
        .isNotEqualTo(plain.header("ETag"))
        .matches("\"[0-9a-f]{24}-gzip\"");
    assertThat(http.get(path, "Accept-Encoding", "gzip", "If-None-Match", gzipped.header("ETag"))
            .status())
        .isEqualTo(304);
    assertThat(
            http.get(path, "Accept-Encoding", "gzip;q=0", "If-None-Match", gzipped.header("ETag"))
                .status())
        .as("the gzip ETag does not stand for the plain file")
        .isEqualTo(200);
  }

  /** Asks for {@code path}, then again with its ETag: the second answer is a 304 without a body. The first answer. */
  private Http.Answer revalidated(String path) {
    Http.Answer first = http.get(path);
    assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
    Http.Answer second = http.get(path, "If-None-Match", first.header("ETag"));
    assertThat(second.status()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    return first;
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-01-01", "2026-01-01T00:00:00Z"})
  void asRecordedAnswersMayBeCached(String asOf) {
    Http.Answer a = http.get("/api/v1/figures?date=2016-02-01&as_of=" + asOf);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Cache-Control")).contains("max-age=86400");
    assertThat(a.json().get("method").get("as_recorded").asText()).isNotEqualTo("latest");
  }
}
