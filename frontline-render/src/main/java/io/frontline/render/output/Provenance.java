package io.frontline.render.output;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every output carries so anyone can reproduce it: the command, the dates shown, the "as recorded" time, the
 * store revision, the method's rule and zone parameters, the number of observations and sources, and the figures
 * drawn (exact, as {@code frontline figures --json} gives them). Written as PNG iTXt chunks, SVG {@code <metadata>}
 * and PDF document properties, under the keys of {@link #entries()}.
 */
public record Provenance(
    String command,
    List<LocalDate> dates,
    String asRecorded,
    long storeRevision,
    String method,
    String zones,
    int observations,
    int sources,
    String figures,
    String software) {

  /** The keys every output has. */
  public static final List<String> KEYS = List.of(
      "Title",
      "Software",
      "frontline:command",
      "frontline:dates",
      "frontline:as-recorded",
      "frontline:store-revision",
      "frontline:method",
      "frontline:zones",
      "frontline:observations",
      "frontline:sources",
      "frontline:figures");

  public Provenance {
    dates = List.copyOf(dates);
    if (command == null || command.isBlank()) {
      throw new IllegalArgumentException("provenance needs the command that made the output");
    }
    if (storeRevision < 0 || observations < 0 || sources < 0) {
      throw new IllegalArgumentException("store revision and counts must be >= 0, were "
          + storeRevision + ", " + observations + ", " + sources);
    }
  }

  /** The entries in a fixed order; {@code title} is the output's title. */
  public Map<String, String> entries(String title) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Title", title);
    m.put("Software", software);
    m.put("frontline:command", command);
    m.put(
        "frontline:dates",
        dates.stream().map(LocalDate::toString).collect(Collectors.joining(" ")));
    m.put("frontline:as-recorded", asRecorded);
    m.put("frontline:store-revision", Long.toString(storeRevision));
    m.put("frontline:method", method);
    m.put("frontline:zones", zones);
    m.put("frontline:observations", Integer.toString(observations));
    m.put("frontline:sources", Integer.toString(sources));
    m.put("frontline:figures", figures);
    return m;
  }
}
