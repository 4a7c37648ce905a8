package io.frontline.server.tiles;

import io.frontline.control.Holding;
import io.frontline.events.Event;
import io.frontline.events.Ground;
import io.frontline.events.GroundOp;
import io.frontline.events.Side;
import io.frontline.geometry.Geometries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;

/**
 * Conflict events as vector tiles. Below zoom {@link #SINGLE_FROM_ZOOM} the events of a window are gathered per
 * square of {@link #CELL_PIXELS} screen pixels (aligned to the world's pixel grid, so a cluster is the same in every
 * tile that shows it): layer {@code event-clusters} holds the squares with two or more events (count, fatalities,
 * placed at their events' mean position), layer {@code events} the events alone in their square. From zoom
 * {@link #SINGLE_FROM_ZOOM} on, every event is in layer {@code events} with its facts and whose ground it was on.
 */
public final class EventTiles {
  /** The first zoom at which every event is drawn alone. */
  public static final int SINGLE_FROM_ZOOM = 9;
  /** The side of a cluster's square, in screen pixels (256 a tile). */
  public static final double CELL_PIXELS = 40;

  private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private EventTiles() {}

  /** What to draw: the events whose date overlaps {@code from..to}, of a type and involving an actor (null: any). */
  public record Filter(LocalDate from, LocalDate to, String type, String side) {
    public Filter {
      type = type == null || type.isBlank() ? null : type.strip();
      side = side == null || side.isBlank() ? null : side.strip();
    }

    boolean accepts(Event e) {
      return (type == null || type.equals(typeOf(e))) && (side == null || e.involves(side));
    }

    String key() {
      return from + "|" + to + "|" + (type == null ? "" : type) + "|" + (side == null ? "" : side);
    }
  }

  /** The type a map shows: the event's own, or its dataset's name when it has none. */
  public static String typeOf(Event e) {
    return e.type().isEmpty() ? e.dataset() : e.type();
  }

  /**
   * All events of a store, sorted by first day, with whose ground each was on by one control index. Built once per
   * snapshot and event count; immutable.
   */
  public static final class Index {
    private final Event[] events;
    private final Ground[] ground;
    private final long[] firstDay;
    private final long[] lastDay;

    public Index(List<Event> all, GroundOp op) {
      List<Event> sorted = new ArrayList<>(all);
      sorted.sort(Comparator.comparing((Event e) -> e.date().start()));
      this.events = sorted.toArray(Event[]::new);
      this.ground = op.of(sorted);
      this.firstDay = new long[events.length];
      this.lastDay = new long[events.length];
      for (int i = 0; i < events.length; i++) {
        firstDay[i] = events[i].date().start().toEpochDay();
        lastDay[i] = events[i].date().end().toEpochDay();
      }
    }

    /** Every event of the store (the store's findEvents over all dates). */
    public static Index of(io.frontline.events.EventStore store, GroundOp op) {
      return new Index(store.findEvents(FIRST, LAST), op);
    }

    public int size() {
      return events.length;
    }

    /** The positions of the events the filter takes, in date order. */
    int[] select(Filter f) {
      long from = f.from().toEpochDay();
      long to = f.to().toEpochDay();
      int[] out = new int[16];
      int n = 0;
      for (int i = 0; i < events.length && firstDay[i] <= to; i++) {
        if (lastDay[i] >= from && f.accepts(events[i])) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = i;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  /** The zoom whose layers serve tiles of zoom {@code z}: from {@link #SINGLE_FROM_ZOOM} on they are the same. */
  public static int layerZoom(int z) {
    return Math.min(z, SINGLE_FROM_ZOOM);
  }

  /** The layers for tiles of zoom {@code z}. */
  public static List<TileLayer> layers(Index index, Filter filter, int z) {
    int[] chosen = index.select(filter);
    if (z >= SINGLE_FROM_ZOOM) {
      List<TileLayer.Item> singles = new ArrayList<>(chosen.length);
      for (int i : chosen) {
        singles.add(single(index, i));
      }
      return List.of(new TileLayer("events", singles));
    }
    double cells = (1 << z) * 256.0 / CELL_PIXELS;
    Map<Long, List<Integer>> byCell = new HashMap<>();
    for (int i : chosen) {
      Event e = index.events[i];
      long cx = (long) Math.floor(WorldShape.x(e.lon()) * cells);
      long cy = (long) Math.floor(WorldShape.y(e.lat()) * cells);
      byCell.computeIfAbsent(cx * 1_000_003L + cy, k -> new ArrayList<>()).add(i);
    }
    List<TileLayer.Item> clusters = new ArrayList<>();
    List<TileLayer.Item> singles = new ArrayList<>();
    for (List<Integer> members : byCell.values()) {
      if (members.size() == 1) {
        singles.add(single(index, members.get(0)));
        continue;
      }
      double lon = 0;
      double lat = 0;
      long fatalities = 0;
      Map<String, Integer> types = new HashMap<>();
      for (int i : members) {
        Event e = index.events[i];
        lon += e.lon();
        lat += e.lat();
        fatalities += e.bestFatalities();
        types.merge(typeOf(e), 1, Integer::sum);
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("count", members.size());
      a.put("fatalities", fatalities);
      a.put(
          "type",
          types.entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElseThrow()
              .getKey());
      clusters.add(new TileLayer.Item(point(lon / members.size(), lat / members.size()), a));
    }
    return List.of(new TileLayer("event-clusters", clusters), new TileLayer("events", singles));
  }

  private static TileLayer.Item single(Index index, int i) {
    Event e = index.events[i];
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", e.key());
    a.put("dataset", e.dataset());
    a.put("date", e.date().toString());
    a.put("precision", e.locationPrecision().code());
    a.put("type", typeOf(e));
    if (!e.subType().isEmpty()) {
      a.put("sub_type", e.subType());
    }
    a.put("sides", e.sides().stream().map(Side::name).collect(Collectors.joining(" / ")));
    a.put(
        "side_ids",
        e.sides().stream()
            .map(Side::actorId)
            .filter(x -> x != null)
            .collect(Collectors.joining(",")));
    if (e.fatalities() != null) {
      a.put("fatalities", e.fatalities().best());
    }
    if (e.incidents() > 1) {
      a.put("incidents", e.incidents());
    }
    a.put("country", e.country());
    a.put("location", e.location());
    a.put("source", e.source());
    ground(index.ground[i], a);
    return new TileLayer.Item(point(e.lon(), e.lat()), a);
  }

  /** Whose ground: {@code ground} (held, changed, unheld, no-point) and, when held, the holding. */
  static void ground(Ground g, Map<String, Object> a) {
    a.put("ground", g.kind());
    if (g instanceof Ground.Held h) {
      Holding holding = h.holding();
      a.put("ground_holder", holding.holder());
      a.put("ground_status", holding.status().code());
      a.put("ground_other", holding.other());
    } else if (g instanceof Ground.Changed c) {
      a.put(
          "ground_holders",
          c.seen().stream()
              .map(x -> x.holder() == null ? "-" : x.holder())
              .distinct()
              .collect(Collectors.joining(",")));
    } else if (g instanceof Ground.Unheld u) {
      a.put("ground_outside", u.outside());
    }
  }

  private static org.locationtech.jts.geom.Point point(double lon, double lat) {
    return Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
  }
}
