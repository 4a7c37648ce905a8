package io.frontline.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeodesicAreaTest {
  @Test
  void oneDegreeCellAtFiftyNorthMatchesPostgisGeography() throws Exception {
    // PostGIS 3.3: SELECT ST_Area(ST_GeogFromText('POLYGON((30 50,31 50,31 51,30 51,30 50))'))/1e6
    double postgis = 7892.061583206543;
    var cell = new WKTReader().read("POLYGON((30 50,31 50,31 51,30 51,30 50))");
    assertThat(GeodesicArea.km2(cell)).isCloseTo(postgis, within(postgis * 1e-9));
  }

  @Test
  void orientationDoesNotMatterAndHolesAreSubtracted() throws Exception {
    var reader = new WKTReader();
    var ccw = reader.read("POLYGON((30 50,31 50,31 51,30 51,30 50))");
    var cw = reader.read("POLYGON((30 50,30 51,31 51,31 50,30 50))");
    var holed = reader.read(
        "POLYGON((30 50,31 50,31 51,30 51,30 50),(30.25 50.25,30.25 50.75,30.75 50.75,30.75 50.25,30.25 50.25))");
    var hole =
        reader.read("POLYGON((30.25 50.25,30.25 50.75,30.75 50.75,30.75 50.25,30.25 50.25))");
    assertThat(GeodesicArea.km2(cw)).isCloseTo(GeodesicArea.km2(ccw), within(1e-6));
    assertThat(GeodesicArea.km2(holed))
        .isCloseTo(GeodesicArea.km2(ccw) - GeodesicArea.km2(hole), within(1e-6));
  }

  @Test
  void multipolygonsSumAndLinesHaveNoArea() throws Exception {
    var reader = new WKTReader();
    var two = reader.read(
        "MULTIPOLYGON(((30 50,31 50,31 51,30 51,30 50)),((40 50,41 50,41 51,40 51,40 50)))");
    assertThat(GeodesicArea.km2(two)).isCloseTo(2 * 7892.061583206543, within(1e-6));
    assertThat(GeodesicArea.km2(reader.read("LINESTRING(30 50, 31 51)"))).isZero();
  }

  @Test
  void geodesicDiscAreaIsCloseToPiRSquared() {
    var disc = GeodesicCircle.around(35, 40, 10_000, 360, Geometries.FACTORY);
    assertThat(GeodesicArea.km2(disc)).isCloseTo(Math.PI * 100, within(Math.PI * 100 * 0.001));
  }
}
