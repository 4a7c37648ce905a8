package io.frontline.testing;

import io.frontline.events.Event;
import io.frontline.events.EventStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/** An event store in memory, for tests. */
public final class MemoryEventStore implements EventStore {
  private final Map<String, Event> events = new LinkedHashMap<>();

  @Override
  public synchronized int addEvents(List<Event> list, LongConsumer progress) {
    if (list == null || list.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("events must be a collection without nulls");
    }
    int added = 0;
    for (Event e : list) {
      added += events.putIfAbsent(e.key(), e) == null ? 1 : 0;
    }
    progress.accept(list.size());
    return added;
  }

  @Override
  public synchronized List<Event> findEvents(LocalDate from, LocalDate to) {
    List<Event> out = new ArrayList<>();
    for (Event e : events.values()) {
      if (!e.date().start().isAfter(to) && !e.date().end().isBefore(from)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing((Event e) -> e.date().start())
        .thenComparing(e -> e.date().precision(), Comparator.reverseOrder())
        .thenComparing(Event::dataset)
        .thenComparing(Event::eventId));
    return out;
  }

  @Override
  public synchronized long eventCount() {
    return events.size();
  }
}
