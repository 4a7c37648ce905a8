package io.frontline.render.map;

import java.time.LocalDate;
import java.util.List;

/**
 * Conflict events drawn on a map as small dots under the labels, one dot an event: for each panel, the window whose
 * events it shows and their positions; the names of the datasets drawn (for the legend line: "UCDP GED events, 2016:
 * 5,989, each dot one event") and their credits (added to the map's credits). A panel's window is often the year of
 * its date, since year-precise events (UCDP GED as bundled) can be shown for their year only.
 */
public record MapEvents(List<Window> panels, List<String> datasets, List<String> credits) {
  public MapEvents {
    panels = List.copyOf(panels);
    datasets = List.copyOf(datasets);
    credits = List.copyOf(credits);
  }

  /** One panel's events: the window (both days included) and the events' longitudes and latitudes. */
  public record Window(LocalDate from, LocalDate to, double[] lon, double[] lat) {
    public Window {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(
            "an event window ends before it starts: " + from + " to " + to);
      }
      if (lon.length != lat.length) {
        throw new IllegalArgumentException(
            "as many longitudes as latitudes, was " + lon.length + " and " + lat.length);
      }
    }

    public int count() {
      return lon.length;
    }

    /** Whether the window is one whole calendar year. */
    public boolean wholeYear() {
      return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }

    boolean sameDays(Window other) {
      return from.equals(other.from) && to.equals(other.to);
    }
  }

  /** Whether every panel shows the same window. */
  public boolean oneWindow() {
    return panels.stream().allMatch(w -> w.sameDays(panels.get(0)));
  }
}
