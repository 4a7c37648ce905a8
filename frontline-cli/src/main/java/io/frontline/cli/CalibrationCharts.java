package io.frontline.cli;

import io.frontline.figures.SeriesOp;
import io.frontline.figures.calibration.CalibrationSeries;
import io.frontline.figures.calibration.PublishedFigure;
import io.frontline.figures.calibration.PublishedFigure.Measure;
import io.frontline.figures.calibration.PublishedFigure.Scope;
import io.frontline.render.chart.CalibrationChart;
import io.frontline.render.chart.ChartPage;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.Outputs;
import io.frontline.render.output.PageSize;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The calibration charts: the daily area and population with their band and the published figures, SVG and PNG. */
final class CalibrationCharts {
  static final PageSize PAGE = new PageSize(1600, 900, 150);
  private final Workspace ws;
  private final CalibrationSeries series;
  private final List<PublishedFigure> figures;

  CalibrationCharts(Workspace ws, CalibrationSeries series, List<PublishedFigure> figures) {
    this.ws = ws;
    this.series = series;
    this.figures = figures;
  }

  void write(Path dir) {
    write(
        dir,
        "area",
        CalibrationChart.Panel.AREA,
        Measure.AREA_HELD,
        "area held",
        "Area held (km2); dots: every published area of Iraq and Syria together");
    write(
        dir,
        "population",
        CalibrationChart.Panel.POPULATION,
        Measure.POPULATION_HELD,
        "population under its rule",
        "Population (GeoNames proxy); dots: every published population");
  }

  private void write(
      Path dir,
      String name,
      CalibrationChart.Panel panel,
      Measure measure,
      String what,
      String axis) {
    MapLanguage l = MapLanguage.find("en").orElseThrow();
    String title = "Islamic State: " + what + ", Frontline and the published record";
    Provenance p = provenance();
    ChartPage page = new ChartPage(
        PAGE,
        Theme.find("light").orElseThrow(),
        l,
        title,
        CalibrationSeries.FIRST + " to " + CalibrationSeries.LAST
            + "; shading: Frontline's low-high range",
        ChartPage.credits(
            PAGE,
            l,
            p,
            ws.index().zones().radius_km(),
            java.util.Optional.of(
                "Published figures: calibration/published-figures.csv (see docs/CALIBRATION.md). Regenerate: "
                    + CalibrateCommand.REGENERATE)));
    CalibrationChart chart =
        new CalibrationChart(page, panel, series.points(), marks(measure), axis);
    for (Format f : List.of(Format.SVG, Format.PNG)) {
      Outputs.write(
          dir.resolve(name + "." + f.name().toLowerCase(Locale.ROOT)),
          f,
          PAGE,
          title,
          p.entries(title),
          chart::paint);
    }
  }

  private List<CalibrationChart.Mark> marks(Measure measure) {
    return marks(figures, measure, series.points());
  }

  /** The published figures of a measure for both countries as marks on a chart of {@code points}. */
  static List<CalibrationChart.Mark> marks(
      List<PublishedFigure> figures, Measure measure, List<SeriesOp.Point> points) {
    return figures.stream()
        .filter(f -> f.measure() == measure && f.scope() == Scope.IRAQ_SYRIA)
        .map(f -> new CalibrationChart.Mark(
            markDay(f, measure, points), f.value(), label(f), f.partisan()))
        .toList();
  }

  /**
   * A day's figure on its day, a month's or a year's in the middle of it; a peak without a date of its own on the
   * day of the series' peak up to then.
   */
  private static LocalDate markDay(
      PublishedFigure f, Measure measure, List<SeriesOp.Point> points) {
    if (f.precision() == PublishedFigure.Precision.PEAK && !points.isEmpty()) {
      ToDoubleFunction<SeriesOp.Point> v =
          measure == Measure.AREA_HELD ? SeriesOp.Point::area_km2 : p -> p.population();
      SeriesOp.Point best = points.get(0);
      for (SeriesOp.Point p : points) {
        if (!p.date().isAfter(f.lastDay()) && v.applyAsDouble(p) > v.applyAsDouble(best)) {
          best = p;
        }
      }
      return best.date();
    }
    LocalDate a = f.firstDay();
    LocalDate b = f.lastDay();
    return a.plusDays((b.toEpochDay() - a.toEpochDay()) / 2);
  }

  static String label(PublishedFigure f) {
    String by = f.saidBy().replaceAll("\\s*\\(.*\\)", "").strip();
    return by
        + (f.peak() ? " peak " : " ")
        + String.format(
            Locale.ROOT,
            f.value() >= 1e6 ? "%.1f M" : "%,.0f",
            f.value() >= 1e6 ? f.value() / 1e6 : f.value());
  }

  /** The record behind the charts, without the time they were made: the same store gives the same files. */
  private Provenance provenance() {
    var observations = ws.observations();
    int sources = (int)
        observations.stream().map(o -> o.statement().source().key()).distinct().count();
    return new Provenance(
        "frontline calibrate",
        List.of(CalibrationSeries.FIRST, CalibrationSeries.LAST),
        "latest",
        ws.store().revision(),
        "daily series (SeriesOp) of " + CalibrationRun.ACTOR,
        "zone radius " + ws.index().zones().radius_km() + " km",
        observations.size(),
        sources,
        "",
        ProvenanceOf.SOFTWARE);
  }
}
