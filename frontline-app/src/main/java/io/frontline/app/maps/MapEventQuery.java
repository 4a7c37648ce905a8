package io.frontline.app.maps;

import io.frontline.app.View;
import io.frontline.bundled.BundledEvents;
import io.frontline.events.Event;
import io.frontline.refusals.Refusal;
import io.frontline.render.map.MapEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events a map draws, read from the store: per panel the window asked for (or the panel's calendar year), the
 * events overlapping it of the type asked for within the map's extent (so the legend counts the dots drawn), and the
 * names and credits of the datasets drawn.
 */
final class MapEventQuery {
  /** The names and credits of the datasets the formats read; another dataset is named and credited by its id. */
  private static final Map<String, String[]> KNOWN = Map.of(
      BundledEvents.Dataset.UCDP_GED.id(),
      new String[] {"UCDP GED", BundledEvents.Dataset.UCDP_GED.credit()},
      BundledEvents.Dataset.OIR_STRIKES.id(),
      new String[] {"CJTF-OIR strike-release", BundledEvents.Dataset.OIR_STRIKES.credit()},
      "acled",
      new String[] {"ACLED", "Armed Conflict Location & Event Data (ACLED), acleddata.com"});

  private MapEventQuery() {}

  static MapEvents events(
      View view,
      MapRequest.Events asked,
      List<LocalDate> dates,
      org.locationtech.jts.geom.Envelope extent) {
    if (asked.from().isPresent() != asked.to().isPresent()) {
      throw Refusal.badInput(
          "events_from",
          "${events_from} and ${events_to} go together: give both, or neither for"
              + " each map's year");
    }
    if (asked.from().isPresent() && asked.to().get().isBefore(asked.from().get())) {
      throw Refusal.badInput(
          "events_to",
          "${events_to} must not be before ${events_from}, was " + asked.from().get() + " then "
              + asked.to().get());
    }
    String type = asked.type().map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
    Set<String> datasets = new LinkedHashSet<>();
    List<MapEvents.Window> windows = new ArrayList<>();
    for (LocalDate date : dates) {
      LocalDate from = asked.from().orElse(date.withDayOfYear(1));
      LocalDate to = asked.to().orElse(date.withDayOfYear(date.lengthOfYear()));
      List<Event> found = view.store().findEvents(from, to).stream()
          .filter(
              e -> (type == null || type.equals(typeOf(e))) && extent.contains(e.lon(), e.lat()))
          .toList();
      double[] lon = new double[found.size()];
      double[] lat = new double[found.size()];
      for (int i = 0; i < found.size(); i++) {
        lon[i] = found.get(i).lon();
        lat[i] = found.get(i).lat();
        datasets.add(found.get(i).dataset());
      }
      windows.add(new MapEvents.Window(from, to, lon, lat));
    }
    List<String> names = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (String d : datasets) {
      String[] known = KNOWN.getOrDefault(d, new String[] {d, d});
      names.add(type == null ? known[0] : known[0] + " (" + type + ")");
      credits.add(known[1]);
    }
    return new MapEvents(windows, names, credits);
  }

  /** The type a map shows: the event's own, or its dataset's name when it has none. */
  static String typeOf(Event e) {
    return e.type().isEmpty() ? e.dataset() : e.type();
  }
}
