package io.frontline.observations;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/** What an observation is about: a gazetteer place (standing for its zone) or a drawn area. */
public sealed interface Subject permits Subject.PlaceRef, Subject.Area {

  /** A gazetteer place by GeoNames id. */
  record PlaceRef(long placeId) implements Subject {
    public PlaceRef {
      if (placeId <= 0) {
        throw new IllegalArgumentException("place id must be positive, was " + placeId);
      }
    }
  }

  /** A valid polygonal area in WGS84 lon/lat, with an optional label. */
  record Area(Geometry geometry, String label) implements Subject {
    public Area {
      if (!(geometry instanceof Polygonal) || geometry.isEmpty()) {
        throw new IllegalArgumentException("an area must be a non-empty polygon or multipolygon");
      }
      if (!geometry.isValid()) {
        throw new IllegalArgumentException("an area must be a valid polygon");
      }
      label = label == null ? "" : label;
    }
  }
}
