package io.frontline.control;

import io.frontline.observations.Status;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * A region-wide end (an observation with status {@code ends}): from {@code startDay}, {@code actorId} holds nothing in
 * {@code region}. It ends the actor's holdings decided before that day: ground it held becomes nobody's, ground it
 * contested or besieged falls to the other party. A holding decided on that day or later (a return) stands.
 */
record Ending(String actorId, long startDay, PreparedGeometry region, Candidate candidate) {
  static Ending of(Candidate c, PreparedGeometry region) {
    return new Ending(c.other(), c.startDay(), region, c);
  }

  boolean covers(double lon, double lat) {
    return region.covers(region.getGeometry().getFactory().createPoint(new Coordinate(lon, lat)));
  }

  /** What is left of {@code h} on a day on or after the end. */
  Holding apply(Holding h) {
    if (h == null || h.decidedBy().startDay() >= startDay) {
      return h;
    }
    boolean holds = actorId.equals(h.holder());
    boolean opposes = actorId.equals(h.other());
    if (h.status() == Status.CONTESTED || h.status() == Status.BESIEGED) {
      if (opposes) {
        return h.withHolder(h.holder(), Status.CONTROLS, null);
      }
      if (holds) {
        return h.status() == Status.CONTESTED
            ? h.withHolder(h.other(), Status.CONTROLS, null)
            : null;
      }
      return h;
    }
    return holds ? null : h;
  }
}
