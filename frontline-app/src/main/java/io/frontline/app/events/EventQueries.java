package io.frontline.app.events;

import io.frontline.app.View;
import io.frontline.bundled.BundledEvents;
import io.frontline.control.ControlIndex;
import io.frontline.events.Event;
import io.frontline.events.Ground;
import io.frontline.events.GroundOp;
import io.frontline.refusals.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;

/**
 * The event queries: the events of a date range with whose ground each was on ({@link #events}), and per actor the
 * events and fatalities inside its ground and on its front lines per month ({@link #summary}). Both read the store's
 * events and the view's control index; the whose-ground grid is built once per index.
 */
public final class EventQueries {
  /** The most events one page may hold. */
  public static final int MAX_LIMIT = 100_000;

  private static volatile Object[] cached = {null, null};

  private EventQueries() {}

  /** What {@link #events} is asked: the range, the filters (actor ids or names), an optional bbox, and the page. */
  public record Query(
      LocalDate from,
      LocalDate to,
      Optional<String> actor,
      Optional<String> inTerritoryOf,
      Optional<Envelope> bbox,
      int offset,
      int limit) {
    public Query {
      if (from == null || to == null) {
        throw Refusal.badInput("from", "${from} and ${to} are required");
      }
      View.checkOrder(from, to, true);
      if (offset < 0) {
        throw Refusal.badInput("offset", "${offset} must be >= 0, was " + offset);
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw Refusal.badInput("limit", "${limit} must be 1 to " + MAX_LIMIT + ", was " + limit);
      }
      actor = actor == null ? Optional.empty() : actor;
      inTerritoryOf = inTerritoryOf == null ? Optional.empty() : inTerritoryOf;
      bbox = bbox == null ? Optional.empty() : bbox;
    }
  }

  /** The whose-ground computation of {@code index}, built once and kept for the last index asked. */
  public static GroundOp ground(ControlIndex index) {
    Object[] c = cached;
    if (c[0] == index) {
      return (GroundOp) c[1];
    }
    GroundOp op = new GroundOp(index);
    cached = new Object[] {index, op};
    return op;
  }

  /** The events of the query with their ground. Actors named are resolved through the view (unknown: NOT_FOUND). */
  public static EventsReport events(View view, Query q) {
    Optional<String> actor = view.actorId(q.actor());
    Optional<String> territory = view.actorId(q.inTerritoryOf());
    List<Event> found = view.store().findEvents(q.from(), q.to()).stream()
        .filter(e -> actor.map(e::involves).orElse(true))
        .filter(e -> q.bbox().map(b -> b.contains(e.lon(), e.lat())).orElse(true))
        .toList();
    Ground[] grounds = ground(view.index()).of(found);
    List<EventGround> matches = new ArrayList<>();
    Map<String, Integer> byGround = new TreeMap<>();
    for (int i = 0; i < grounds.length; i++) {
      EventGround eg = new EventGround(found.get(i), grounds[i]);
      if (territory.map(eg::inTerritoryOf).orElse(true)) {
        matches.add(eg);
        byGround.merge(grounds[i].kind(), 1, Integer::sum);
      }
    }
    int start = Math.min(q.offset(), matches.size());
    List<EventGround> page =
        matches.subList(start, (int) Math.min(matches.size(), (long) start + q.limit()));
    return new EventsReport(
        q.from(),
        q.to(),
        actor,
        territory,
        matches.size(),
        q.offset(),
        q.limit(),
        byGround,
        page,
        credits(matches.stream().map(EventGround::event).toList()));
  }

  /** Events and fatalities per actor and month inside its ground and within {@code frontKm} of its changes. */
  public static EventSummary summary(View view, LocalDate from, LocalDate to, double frontKm) {
    View.checkOrder(from, to, true);
    if (!(frontKm >= 0 && frontKm <= 500)) {
      throw Refusal.badInput("front_km", "${front_km} must be 0 to 500, was " + frontKm);
    }
    List<Event> events = view.store().findEvents(from, to);
    Ground[] grounds = ground(view.index()).of(events);
    return new EventSummaryOp(view.index(), frontKm)
        .summarise(from, to, events, grounds, credits(events));
  }

  /** The credits of the bundled datasets among {@code events}, in dataset order. */
  static List<String> credits(List<Event> events) {
    TreeSet<String> datasets = new TreeSet<>();
    events.forEach(e -> datasets.add(e.dataset()));
    List<String> credits = new ArrayList<>();
    for (String dataset : datasets) {
      credit(dataset).ifPresent(credits::add);
    }
    return credits;
  }

  /** The credit of an event dataset Frontline bundles. */
  public static Optional<String> credit(String dataset) {
    return BundledEvents.find(dataset).map(BundledEvents.Dataset::credit);
  }
}
