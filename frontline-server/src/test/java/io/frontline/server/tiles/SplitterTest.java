package io.frontline.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.geometry.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.util.GeometricShapeFactory;

/** Big geometries come out in pieces of at most MAX_POINTS vertices that together are the whole, with no gap. */
class SplitterTest {
  @Test
  void aLongLineIsCutIntoRunsThatMeetAtTheirEnds() {
    Coordinate[] points = new Coordinate[1_300];
    for (int i = 0; i < points.length; i++) {
      points[i] = new Coordinate(i * 0.01, Math.sin(i / 40.0));
    }
    LineString line = Geometries.FACTORY.createLineString(points);

    List<Geometry> pieces = Splitter.split(line);

    assertThat(pieces).hasSize(3).allSatisfy(p -> assertThat(p.getNumPoints())
        .isLessThanOrEqualTo(Splitter.MAX_POINTS));
    for (int i = 1; i < pieces.size(); i++) {
      Coordinate[] previous = pieces.get(i - 1).getCoordinates();
      assertThat(pieces.get(i).getCoordinates()[0]).isEqualTo(previous[previous.length - 1]);
    }
    assertThat(pieces.stream().mapToDouble(Geometry::getLength).sum())
        .isCloseTo(line.getLength(), within());
    assertThat(pieces.get(0).getCoordinates()[0]).isEqualTo(points[0]);
    Coordinate[] last = pieces.get(2).getCoordinates();
    assertThat(last[last.length - 1]).isEqualTo(points[points.length - 1]);
  }

  @Test
  void aBigPolygonIsCutIntoPiecesThatCoverItExactly() {
    GeometricShapeFactory shapes = new GeometricShapeFactory(Geometries.FACTORY);
    shapes.setNumPoints(2_000);
    shapes.setCentre(new Coordinate(40, 35));
    shapes.setSize(6);
    Polygon circle = shapes.createCircle();

    List<Geometry> pieces = Splitter.split(circle);

    assertThat(pieces.size()).isGreaterThan(3);
    assertThat(pieces)
        .allSatisfy(p -> assertThat(p.getNumPoints()).isLessThanOrEqualTo(Splitter.MAX_POINTS));
    assertThat(pieces.stream().mapToDouble(Geometry::getArea).sum())
        .isCloseTo(circle.getArea(), within());
  }

  @Test
  void smallGeometriesStayWhole() {
    LineString line = Geometries.FACTORY.createLineString(
        new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, 1)});
    assertThat(Splitter.split(line)).containsExactly(line);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
