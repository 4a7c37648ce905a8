package io.frontline.bundled;

import io.frontline.gazetteer.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer supplement: places the scenario needs that the GeoNames populated-places dump lacks, with
 * coordinates from the cited public pages and local ids from 1,000,000,001 (see SUPPLEMENT.md). Tab-separated with
 * the header {@code id name alternate_names lat lon feature_class feature_code country population source_url note}.
 */
final class SupplementReader {
  private static final List<String> HEADER = List.of(
      "id",
      "name",
      "alternate_names",
      "lat",
      "lon",
      "feature_class",
      "feature_code",
      "country",
      "population",
      "source_url",
      "note");

  private SupplementReader() {}

  static List<Place> read(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !Arrays.asList(header.split("\t")).equals(HEADER)) {
        throw new IllegalStateException(
            "gazetteer supplement header must be " + String.join(",", HEADER));
      }
      List<Place> places = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          places.add(place(line.split("\t", -1)));
        }
      }
      return places;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer supplement", e);
    }
  }

  private static Place place(String[] c) {
    List<String> alternates = c[2].isBlank() ? List.of() : List.of(c[2].split(","));
    return new Place(
        Long.parseLong(c[0]),
        c[1],
        alternates.stream().map(String::strip).toList(),
        Map.of(),
        Double.parseDouble(c[3]),
        Double.parseDouble(c[4]),
        c[5],
        c[6],
        c[7],
        "",
        Long.parseLong(c[8]));
  }
}
