package io.frontline.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.figures.SeriesOp;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Drawing;
import io.frontline.render.output.PageSize;
import io.frontline.render.output.PngOutput;
import io.frontline.render.text.MapLanguage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Charts of a series shade its low-high range, and show nothing more where the range is a single value. */
class ChartBandTest {
  private static final PageSize PAGE = new PageSize(800, 450, 96);

  private static List<SeriesOp.Point> points(double spread) {
    List<SeriesOp.Point> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double a = 50_000 - 100 * i;
      long p = 2_000_000 - 5_000L * i;
      out.add(new SeriesOp.Point(
          LocalDate.of(2015, 1, 1).plusDays(i),
          a,
          0,
          p,
          10,
          a * (1 - spread),
          a * (1 + spread),
          Math.round(p * (1 - spread)),
          Math.round(p * (1 + spread))));
    }
    return out;
  }

  private static ChartPage page() {
    MapLanguage en = MapLanguage.find("en").orElseThrow();
    return new ChartPage(
        PAGE, Theme.find("light").orElseThrow(), en, "Title", "Subtitle", List.of("Credits"));
  }

  private static long marked(Drawing drawing) {
    BufferedImage image = PngOutput.render(PAGE, drawing);
    int background = image.getRGB(1, 1);
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += image.getRGB(x, y) != background ? 1 : 0;
      }
    }
    return n;
  }

  private static AreaChart area(double spread) {
    return new AreaChart(
        page(),
        List.of(new AreaChart.Series("is", "Islamic State", Color.BLACK, points(spread))),
        List.of(),
        Optional.of("is"));
  }

  private static CalibrationChart calibration(double spread) {
    return new CalibrationChart(
        page(),
        CalibrationChart.Panel.AREA,
        points(spread),
        List.of(new CalibrationChart.Mark(LocalDate.of(2015, 3, 1), 45_000, "IHS 45,000", false)),
        "Area (km2)");
  }

  @Test
  void theAreaChartShadesTheRangeOfItsSeries() {
    long none = marked(area(0)::paint);
    long band = marked(area(0.2)::paint);
    assertThat(band).as("pixels drawn with a 20%% range vs none").isGreaterThan(none + 10_000);
  }

  @Test
  void theCalibrationChartShadesTheRangeAndMarksThePublishedFigures() {
    long none = marked(calibration(0)::paint);
    long band = marked(calibration(0.2)::paint);
    assertThat(band).isGreaterThan(none + 10_000);
    long noMark = marked(new CalibrationChart(
        page(), CalibrationChart.Panel.AREA, points(0), List.of(), "Area (km2)")::paint);
    assertThat(none).isGreaterThan(noMark);
  }
}
