package io.frontline.server.engine;

import io.frontline.observations.Status;
import org.locationtech.jts.geom.Geometry;

/**
 * The ground one holding covers on a date, dissolved: {@code holder} (null when a besieged place's holder is not
 * named) has {@code status} there, {@code other} is the contesting or besieging party. {@code area_km2} is the sum of
 * its atoms' geodesic areas, {@code implied_km2} the part held only by an implied holder.
 */
public record ControlArea(String holder, Status status, String other, Geometry geometry, double area_km2,
    double implied_km2) {
  /** A stable id for the area on its date: "islamic-state.controls", "syria.contested.islamic-state". */
  public String id() {
    return (holder == null ? "unknown" : holder) + "." + status.code() + (other == null ? "" : "." + other);
  }
}
