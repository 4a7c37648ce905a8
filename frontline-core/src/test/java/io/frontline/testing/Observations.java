package io.frontline.testing;

import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.FuzzyDate;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Geometry;

/** Builds observations for tests without a store: ids and record times increase with every call. */
public final class Observations {
  private final AtomicLong next = new AtomicLong(1);
  private final Instant epoch = Instant.parse("2020-01-01T00:00:00Z");

  public Observation place(
      long placeId, String actor, Status status, String from, String date, Confidence c) {
    return of(new Statement(
        new Subject.PlaceRef(placeId),
        actor,
        status,
        from,
        FuzzyDate.parse(date),
        Source.ofUrl("https://example.org/" + placeId + "/" + date, SourceKind.NEWS),
        c,
        ""));
  }

  public Observation area(Geometry area, String actor, Status status, String date) {
    return of(new Statement(
        new Subject.Area(area, "drawn"),
        actor,
        status,
        null,
        FuzzyDate.parse(date),
        Source.ofUrl("https://example.org/area/" + date, SourceKind.SATELLITE_IMAGERY),
        Confidence.HIGH,
        ""));
  }

  public Observation of(Statement statement) {
    long id = next.getAndIncrement();
    return new Observation(id, "l" + id, 1, statement, "test", epoch.plusSeconds(id), false);
  }
}
