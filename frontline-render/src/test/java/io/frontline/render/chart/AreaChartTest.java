package io.frontline.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.figures.SeriesOp;
import io.frontline.render.map.Theme;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaChartTest {
  static List<SeriesOp.Point> points(double spread) {
    List<SeriesOp.Point> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      double km2 = 40_000 + 200 * i;
      long people = 2_000_000 + 10_000 * i;
      out.add(new SeriesOp.Point(
          LocalDate.parse("2015-01-01").plusDays(i),
          km2,
          0,
          people,
          40,
          km2 * (1 - spread),
          km2 * (1 + spread),
          Math.round(people * (1 - spread)),
          Math.round(people * (1 + spread))));
    }
    return out;
  }

  /** Pixels tinted by the series' colour, neither the line's own nor the page's, in the area panel. */
  static long tinted(List<SeriesOp.Point> points) {
    ChartPage page = new ChartPage(
        PageSize.parse("1200x675", 150),
        Theme.LIGHT,
        MapLanguage.EN,
        "Area held",
        "test",
        List.of());
    AreaChart chart = new AreaChart(
        page,
        List.of(new AreaChart.Series("iraq", "Government of Iraq", new Color(0x0072B2), points)),
        List.of(),
        Optional.empty());
    BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    chart.paint(g, TextPainter.shared(TextPainter.Mode.OUTLINES));
    g.dispose();
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        n += c.getBlue() > 200
                && c.getRed() > 150
                && c.getRed() < 235
                && c.getBlue() - c.getRed() > 12
            ? 1
            : 0;
      }
    }
    return n;
  }

  @Test
  void theRangeIsABandUnderTheLineAndNothingWithoutOne() {
    assertThat(tinted(points(0.2))).as("band pixels").isGreaterThan(20_000);
    assertThat(tinted(points(0))).as("no band for figures of one value").isLessThan(5_000);
  }
}
