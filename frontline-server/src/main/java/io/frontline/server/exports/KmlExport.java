package io.frontline.server.exports;

import io.frontline.control.ControlIndex.ControlMap.Basis;
import io.frontline.server.engine.ControlArea;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** The data of a date as KML 2.2: a folder of control areas (styled in the actors' colours) and one of settlements. */
public final class KmlExport {
  private KmlExport() {
  }

  public static byte[] write(DateLayers layers) {
    StringBuilder k = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Frontline control map ")
        .append(layers.date()).append("</name>\n<Folder><name>Control areas</name>\n");
    for (ControlArea a : layers.areas()) {
      String fill = a.basis() == Basis.OBSERVED ? "99" : "4d";
      k.append("<Placemark><name>").append(esc(layers.name(a.holder()) + " (" + a.status().code()
          + (a.basis() == Basis.OBSERVED ? "" : ", " + a.basis().code()) + ")"))
          .append("</name><Style><PolyStyle><color>").append(kmlColour(layers.colour(a.holder()), fill))
          .append("</color></PolyStyle><LineStyle><color>").append(kmlColour(layers.colour(a.holder()), "ff"))
          .append("</color></LineStyle></Style>").append(data("actor", a.holder())).append(data("status",
          a.status().code()) + data("other", a.other()) + data("area_km2", Double.toString(a.area_km2()))
          + data("basis", a.basis().code()) + data("age_days", a.age_days() == null ? null : a.age_days().toString()))
          .append(geometry(a.geometry())).append("</Placemark>\n");
    }
    k.append("</Folder>\n<Folder><name>Settlements</name>\n");
    for (DateLayers.SiteRow r : layers.settlements()) {
      var p = r.site().place();
      k.append("<Placemark><name>").append(esc(p.name())).append("</name>")
          .append(data("place_id", Long.toString(p.id()))).append(data("holder", r.holding().holder()))
          .append(data("status", r.holding().status().code())).append(data("population", Long.toString(p.population())))
          .append(String.format(Locale.ROOT, "<Point><coordinates>%.6f,%.6f</coordinates></Point>", p.lon(), p.lat()))
          .append("</Placemark>\n");
    }
    return k.append("</Folder></Document></kml>\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String data(String name, String value) {
    return value == null ? "" : "<ExtendedData><Data name=\"" + name + "\"><value>" + esc(value)
        + "</value></Data></ExtendedData>";
  }

  private static String geometry(Geometry g) {
    StringBuilder s = new StringBuilder("<MultiGeometry>");
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      s.append("<Polygon><outerBoundaryIs>").append(ring(p.getExteriorRing())).append("</outerBoundaryIs>");
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        s.append("<innerBoundaryIs>").append(ring(p.getInteriorRingN(h))).append("</innerBoundaryIs>");
      }
      s.append("</Polygon>");
    }
    return s.append("</MultiGeometry>").toString();
  }

  private static String ring(LineString ring) {
    StringBuilder s = new StringBuilder("<LinearRing><coordinates>");
    for (Coordinate c : ring.getCoordinates()) {
      s.append(String.format(Locale.ROOT, "%.6f,%.6f ", c.x, c.y));
    }
    return s.append("</coordinates></LinearRing>").toString();
  }

  /** KML colours are aabbggrr. */
  static String kmlColour(String hex, String alpha) {
    return alpha + hex.substring(5, 7) + hex.substring(3, 5) + hex.substring(1, 3);
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
