package io.frontline.render.text;

import io.frontline.gazetteer.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The capitals and main cities a map labels, with their label per language ({@code labels/city-names.tsv}). Every
 * label is one of the place's own GeoNames names, chosen by hand as the form a newspaper in that language uses
 * (nl: Mosoel, Bagdad; ar: الموصل); a test checks each against the bundled gazetteer, so no name is invented.
 */
public final class CityNames {
  /** A labelled city: GeoNames id, whether it is a capital, its rank (1 drawn first) and its labels. */
  public record City(
      long geonameId,
      boolean capital,
      int rank,
      double lat,
      double lon,
      long population,
      Map<MapLanguage, String> labels) {
    public City {
      labels = Map.copyOf(labels);
    }

    public String label(MapLanguage language) {
      return labels.get(language);
    }
  }

  private static final List<City> CITIES = read();
  private static final Map<Long, City> BY_ID = CITIES.stream()
      .collect(Collectors.toUnmodifiableMap(City::geonameId, Function.identity(), (a, b) -> a));

  private CityNames() {}

  /** Every labelled city, most important first (rank, then population). */
  public static List<City> all() {
    return CITIES;
  }

  public static Optional<City> find(long geonameId) {
    return Optional.ofNullable(BY_ID.get(geonameId));
  }

  /**
   * A place's name for a map in a language (an ISO 639-1 code): the curated label where the city has one, else the
   * gazetteer's name in that language, else its main name.
   */
  public static String label(Place place, String language) {
    return MapLanguage.find(language)
        .flatMap(l -> find(place.id()).map(c -> c.label(l)))
        .orElseGet(() -> place.name(language));
  }

  private static List<City> read() {
    List<City> out = new ArrayList<>();
    try (InputStream in =
        CityNames.class.getResourceAsStream("/io/frontline/render/labels/city-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("bundled city-names.tsv missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header == null) {
          header = line.split("\t");
        } else {
          out.add(parse(header, line.split("\t")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled city-names.tsv", e);
    }
    out.sort(Comparator.comparingInt(City::rank)
        .thenComparing(Comparator.comparingLong(City::population).reversed()));
    return List.copyOf(out);
  }

  private static City parse(String[] header, String[] f) {
    Map<MapLanguage, String> labels = new EnumMap<>(MapLanguage.class);
    for (int i = 6; i < header.length; i++) {
      MapLanguage language = MapLanguage.find(header[i])
          .orElseThrow(
              () -> new IllegalStateException("city-names.tsv has an unknown language column"));
      labels.put(language, f[i]);
    }
    return new City(
        Long.parseLong(f[0]),
        "capital".equals(f[1]),
        Integer.parseInt(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]),
        Long.parseLong(f[5]),
        labels);
  }
}
