package io.frontline.server.engine;

import io.frontline.timeline.RecordTime;

/** What a built control index depends on: the store's revision, the "as recorded" time and the zone radius. */
public record SnapshotKey(long revision, RecordTime asOf, double radius_km) {
  /** A short stable text for ETags. */
  public String tag() {
    return revision + "-" + asOf + "-" + radius_km;
  }
}
