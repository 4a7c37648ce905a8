package io.frontline.app.exports;

import io.frontline.app.control.ControlArea;
import io.frontline.control.ControlIndex.ControlMap.Basis;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The layers of a date as KML 2.2: a folder of control areas styled in the actors' colours (stale and inferred ground
 * fainter) and a folder of settlements; every column of {@link DateLayers} goes into the placemark's ExtendedData.
 */
final class KmlLayersWriter {
  private KmlLayersWriter() {}

  static void write(DateLayers layers, OutputStream out) throws IOException {
    Writer k = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    k.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Frontline control map ")
        .append(layers.date().toString())
        .append("</name>\n<Folder><name>Control areas</name>\n");
    for (ControlArea a : layers.areas()) {
      Map<String, Object> p = layers.properties(a);
      String colour = (String) p.get("colour");
      k.append("<Placemark><name>")
          .append(esc((p.get("actor_name") == null ? "" : p.get("actor_name")) + " ("
              + a.status().code()
              + (a.basis() == Basis.OBSERVED ? "" : ", " + a.basis().code()) + ")"))
          .append("</name><Style><PolyStyle><color>")
          .append(kmlColour(colour, a.basis() == Basis.OBSERVED ? "99" : "4d"))
          .append("</color></PolyStyle><LineStyle><color>")
          .append(kmlColour(colour, "ff"))
          .append("</color></LineStyle></Style>")
          .append(data(p))
          .append(geometry(a.geometry()))
          .append("</Placemark>\n");
    }
    k.append("</Folder>\n<Folder><name>Settlements</name>\n");
    for (DateLayers.SiteRow r : layers.settlements()) {
      k.append("<Placemark><name>")
          .append(esc(r.place().name()))
          .append("</name>")
          .append(data(layers.properties(r)))
          .append(String.format(
              Locale.ROOT,
              "<Point><coordinates>%.6f,%.6f</coordinates></Point>",
              r.place().lon(),
              r.place().lat()))
          .append("</Placemark>\n");
    }
    k.append("</Folder></Document></kml>\n").flush();
  }

  private static String data(Map<String, Object> properties) {
    StringBuilder s = new StringBuilder("<ExtendedData>");
    properties.forEach((name, value) -> {
      if (value != null) {
        s.append("<Data name=\"")
            .append(name)
            .append("\"><value>")
            .append(esc(value.toString()))
            .append("</value></Data>");
      }
    });
    return s.append("</ExtendedData>").toString();
  }

  private static String geometry(Geometry g) {
    StringBuilder s = new StringBuilder("<MultiGeometry>");
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      s.append("<Polygon><outerBoundaryIs>")
          .append(ring(p.getExteriorRing()))
          .append("</outerBoundaryIs>");
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        s.append("<innerBoundaryIs>")
            .append(ring(p.getInteriorRingN(h)))
            .append("</innerBoundaryIs>");
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
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
