package io.frontline.formats.geonames;

import io.frontline.formats.FormatException;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams the places of a GeoNames dump (cities500.txt, cities1000.txt, allCountries.txt: 19 tab-separated columns,
 * UTF-8, no header), plain, gzipped (.gz) or zipped as geonames.org serves them (.zip holding one .txt). One line is
 * in memory at a time, so a 1.5 GB allCountries.txt is fine. Places carry no per-language names: the dumps do not tag
 * the languages of their alternate names. A malformed line is reported with its line number and skipped.
 */
public final class GeoNamesReader {
  private GeoNamesReader() {}

  /** Reads a dump file, passing each place that {@code filter} accepts to {@code places}. */
  public static GeoNamesSummary read(
      Path file, Predicate<Place> filter, Consumer<Place> places, Consumer<Finding> problems)
      throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream text = open(raw, file.getFileName().toString())) {
      return read(text, filter, places, problems);
    }
  }

  /** Reads an uncompressed dump from a stream (not closed here). */
  public static GeoNamesSummary read(
      InputStream text, Predicate<Place> filter, Consumer<Place> places, Consumer<Finding> problems)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
    long lines = 0;
    long passed = 0;
    long malformed = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lines++;
      try {
        Place place = GeoNamesLine.parse(line, "line " + lines);
        if (filter.test(place)) {
          places.accept(place);
          passed++;
        }
      } catch (FormatException e) {
        problems.accept(e.toFinding());
        malformed++;
      }
    }
    return new GeoNamesSummary(lines, passed, malformed);
  }

  /** Places in one of these countries (ISO 3166-1 alpha-2, case ignored). */
  public static Predicate<Place> inCountries(String... codes) {
    Set<String> wanted = Stream.of(codes)
        .map(c -> c.toUpperCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    return place -> wanted.contains(place.country());
  }

  /** Places of one of these feature classes ("P" populated places, "A" administrative areas). */
  public static Predicate<Place> ofFeatureClasses(String... classes) {
    Set<String> wanted = Set.of(classes);
    return place -> wanted.contains(place.featureClass());
  }

  private static InputStream open(InputStream raw, String name) throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return new GZIPInputStream(raw, 1 << 16);
    }
    if (lower.endsWith(".zip")) {
      return firstText(new ZipInputStream(raw));
    }
    return raw;
  }

  private static InputStream firstText(ZipInputStream zip) throws IOException {
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String entryName = entry.getName().toLowerCase(Locale.ROOT);
      if (!entry.isDirectory() && entryName.endsWith(".txt") && !entryName.endsWith("readme.txt")) {
        return zip;
      }
    }
    throw new IOException("the zip archive holds no .txt GeoNames dump");
  }
}
