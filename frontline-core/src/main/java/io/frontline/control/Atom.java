package io.frontline.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * A face of the arrangement of all footprints: ground covered by the same footprints everywhere, so one holding
 * applies to all of it. Its geodesic area is computed once. A value: equal when its parts are equal. An atom read back
 * from a cached index makes its geometry when first asked for ({@link #deferred}), once, whichever thread asks.
 */
public final class Atom {
  private final int id;
  private final double area_km2;
  private final Resolution resolution;
  private Supplier<Geometry> source;
  private volatile Geometry geometry;

  public Atom(int id, Geometry geometry, double area_km2, Resolution resolution) {
    this.id = id;
    this.geometry = Objects.requireNonNull(geometry, "geometry");
    this.area_km2 = area_km2;
    this.resolution = resolution;
  }

  private Atom(int id, Supplier<Geometry> source, double area_km2, Resolution resolution) {
    this.id = id;
    this.source = source;
    this.area_km2 = area_km2;
    this.resolution = resolution;
  }

  /** An atom whose geometry {@code source} makes when it is first asked for. */
  public static Atom deferred(
      int id, Supplier<Geometry> source, double area_km2, Resolution resolution) {
    return new Atom(id, Objects.requireNonNull(source, "source"), area_km2, resolution);
  }

  public int id() {
    return id;
  }

  public Geometry geometry() {
    Geometry g = geometry;
    if (g != null) {
      return g;
    }
    synchronized (this) {
      if (geometry == null) {
        geometry = Objects.requireNonNull(source.get(), "a deferred geometry");
        source = null;
      }
      return geometry;
    }
  }

  public double area_km2() {
    return area_km2;
  }

  public Resolution resolution() {
    return resolution;
  }

  public Optional<Holding> at(LocalDate date) {
    return resolution.at(date);
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Atom a
            && id == a.id
            && Double.compare(area_km2, a.area_km2) == 0
            && resolution.equals(a.resolution)
            && geometry().equals(a.geometry());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, geometry(), area_km2, resolution);
  }

  @Override
  public String toString() {
    return "Atom[id=" + id + ", geometry=" + geometry() + ", area_km2=" + area_km2 + ", resolution="
        + resolution + "]";
  }
}
