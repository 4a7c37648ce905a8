package io.frontline.render.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewportTest {
  @ParameterizedTest
  @CsvSource({
    "34.6,29.4,48.6,38.0,752,700",
    "42.2,35.6,44.2,37.0,1500,900",
    "-10,35,30,60,800,800",
    "30,-5,40,5,600,600"
  })
  void theScaleBarIsTrueToOnePercentAtTheCentre(
      double w, double s, double e, double n, int width, int height) {
    Extent extent = new Extent(w, s, e, n);
    Viewport v = Viewport.fit(MapProjection.forExtent(extent), extent, width, height);
    ScaleBar bar = ScaleBar.of(v, 150);
    Point2D.Double a = v.lonLat(width / 2.0 - bar.lengthPx() / 2, height / 2.0);
    Point2D.Double b = v.lonLat(width / 2.0 + bar.lengthPx() / 2, height / 2.0);
    double km = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12 / 1000;
    assertThat(km).isCloseTo(bar.km(), within(bar.km() * 0.01));
    assertThat(bar.lengthPx()).isBetween(45.0, 150.0);
  }

  @Test
  void projectionRoundTripsAndTheExtentFitsThePanel() {
    Extent extent = new Extent(34.6, 29.4, 48.6, 38.0);
    MapProjection p = MapProjection.forExtent(extent);
    Point2D.Double m = p.forward(43.1, 36.3);
    Point2D.Double back = p.inverse(m.x, m.y);
    assertThat(back.x).isCloseTo(43.1, within(1e-7));
    assertThat(back.y).isCloseTo(36.3, within(1e-7));
    Viewport v = Viewport.fit(p, extent, 800, 600);
    for (double[] corner :
        new double[][] {{34.6, 29.4}, {48.6, 38.0}, {34.6, 38.0}, {48.6, 29.4}}) {
      Point2D.Double px = v.pixel(corner[0], corner[1]);
      assertThat(px.x).isBetween(-0.01, 800.01);
      assertThat(px.y).isBetween(-0.01, 600.01);
    }
    assertThat(p.name()).isEqualTo("Lambert conformal conic");
    assertThat(Math.abs(p.convergenceDeg(48, 37))).isGreaterThan(1);
    assertThat(p.convergenceDeg(p.centreLon(), 33)).isCloseTo(0, within(1e-6));
  }

  @Test
  void extentsAreValidated() {
    assertThat(Extent.parse("34,29,48,38")).isEqualTo(new Extent(34, 29, 48, 38));
    assertThatThrownBy(() -> Extent.parse("48,29,34,38")).hasMessageContaining("west < east");
    assertThatThrownBy(() -> Extent.parse("a,b,c,d")).hasMessageContaining("four numbers");
    assertThatThrownBy(() -> Extent.parse("1,2,3")).hasMessageContaining("W,S,E,N");
    assertThatThrownBy(() -> new Extent(-200, 0, 10, 10)).hasMessageContaining("within lon");
  }

  @Test
  void aDiscAroundAPlaceSpansTwiceItsRadius() {
    Extent e = Regions.around(36.335, 43.119, 50);
    double km = Geodesic.WGS84.Inverse(e.south(), 43.119, e.north(), 43.119).s12 / 1000;
    assertThat(km).isCloseTo(100, within(0.5));
    assertThatThrownBy(() -> Regions.around(36, 43, 0)).hasMessageContaining("radius");
  }
}
