package io.frontline.app.control;

import io.frontline.control.ControlIndex.ControlMap.Basis;
import io.frontline.observations.Status;
import org.locationtech.jts.geom.Geometry;

/**
 * The ground one holding covers on a date, dissolved: {@code holder} (null when a besieged place's holder is not
 * named) has {@code status} there, {@code other} is the contesting or besieging party. {@code area_km2} is the sum of
 * its atoms' geodesic areas, {@code implied_km2} the part held only by an implied holder. {@code basis} says what the
 * ground rests on (a holding's ground is split by basis); {@code age_days} is the age of the deciding observation on
 * the date when one observation decides the whole area (else null), {@code oldest_days} the oldest such age in it.
 */
public record ControlArea(
    String holder,
    Status status,
    String other,
    Geometry geometry,
    double area_km2,
    double implied_km2,
    Basis basis,
    Long age_days,
    long oldest_days) {
  /**
   * A stable id for the area on its date: "islamic-state.controls", "syria.contested.islamic-state", with
   * ".stale" or ".inferred" after it for ground that rests on old reports or on inference.
   */
  public String id() {
    return (holder == null ? "unknown" : holder) + "." + status.code()
        + (other == null ? "" : "." + other) + (basis == Basis.OBSERVED ? "" : "." + basis.code());
  }
}
