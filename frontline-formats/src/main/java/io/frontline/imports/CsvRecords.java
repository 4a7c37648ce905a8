package io.frontline.imports;

import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.csv.CsvRow;
import io.frontline.formats.text.Quoted;
import io.frontline.formats.validation.WktParser;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Finding;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** CSV rows as import records: the geometry comes from the wkt column or from lat and lon. */
final class CsvRecords {
  private CsvRecords() {}

  static ImportRecord of(CsvRow row) {
    List<Finding> problems = new ArrayList<>();
    Geometry geometry = null;
    try {
      geometry = geometry(row);
    } catch (FormatException e) {
      problems.add(e.at(row.location()).toFinding());
    }
    return new ImportRecord(row.location(), row.fields(), geometry, problems);
  }

  private static Geometry geometry(CsvRow row) {
    String wkt = row.fields().get("wkt");
    String lat = row.fields().get("lat");
    String lon = row.fields().get("lon");
    if (wkt != null && (lat != null || lon != null)) {
      throw FindingCode.BAD_COORDINATES.exception("", "give either wkt or lat and lon, not both");
    }
    if (wkt != null) {
      return WktParser.parse(wkt);
    }
    if (lat == null && lon == null) {
      return null;
    }
    if (lat == null || lon == null) {
      throw FindingCode.BAD_COORDINATES.exception("", "give both lat and lon, or neither");
    }
    return Geometries.FACTORY.createPoint(new Coordinate(number(lon, "lon"), number(lat, "lat")));
  }

  private static double number(String text, String column) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw FindingCode.BAD_COORDINATES.exception(
          "", column + " must be a decimal number, was " + Quoted.of(text));
    }
  }
}
