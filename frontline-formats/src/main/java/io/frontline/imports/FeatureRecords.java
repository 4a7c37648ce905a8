package io.frontline.imports;

import io.frontline.formats.Feature;
import io.frontline.formats.FeatureSet;
import io.frontline.observations.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GeoJSON features and KML placemarks as import records. Properties with the observation names are taken as they
 * are; {@code source} is a URL (or a list of URLs) or else a title; {@code label} falls back to {@code name} and
 * {@code note} to {@code description}. Other properties are ignored.
 */
final class FeatureRecords {
  private static final List<String> NAMES = List.of(
      "place",
      "geonames_id",
      "country",
      "actor",
      "status",
      "from_actor",
      "date",
      "precision",
      "source_title",
      "source_citation",
      "source_kind",
      "source_grade",
      "confidence",
      "note",
      "share",
      "label");

  private FeatureRecords() {}

  static List<ImportRecord> of(FeatureSet set) {
    Map<String, List<Finding>> findings =
        set.findings().stream().collect(Collectors.groupingBy(Finding::location));
    List<ImportRecord> records = new ArrayList<>();
    for (Feature feature : set.features()) {
      String location = set.location(feature.index());
      records.add(new ImportRecord(
          location,
          fields(feature.properties()),
          feature.geometry(),
          findings.getOrDefault(location, List.of())));
    }
    return records;
  }

  static Map<String, String> fields(Map<String, Object> properties) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : NAMES) {
      putText(fields, name, properties.get(name));
    }
    putText(fields, "label", properties.get("name"));
    putText(fields, "note", properties.get("description"));
    List<String> urls = new ArrayList<>(urls(properties.get("source_url")));
    Object source = properties.get("source");
    if (source instanceof String s && !isUrl(s)) {
      putText(fields, "source_title", s);
    } else {
      urls.addAll(urls(source));
    }
    if (!urls.isEmpty()) {
      fields.put("source_url", String.join(" ", urls));
    }
    return fields;
  }

  private static void putText(Map<String, String> fields, String name, Object value) {
    String text = text(value);
    if (!text.isEmpty()) {
      fields.putIfAbsent(name, text);
    }
  }

  private static String text(Object value) {
    if (value instanceof Number n && isWhole(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    return value == null ? "" : value.toString().strip();
  }

  /** A JSON number such as 99072 or 99072.0 reads as "99072". */
  private static boolean isWhole(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15;
  }

  private static List<String> urls(Object value) {
    if (value instanceof Collection<?> list) {
      return list.stream().map(FeatureRecords::text).filter(s -> !s.isEmpty()).toList();
    }
    String text = text(value);
    return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
  }

  private static boolean isUrl(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
