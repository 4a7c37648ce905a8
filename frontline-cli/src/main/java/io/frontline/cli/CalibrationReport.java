package io.frontline.cli;

import io.frontline.figures.calibration.CalibrationOp;
import io.frontline.figures.calibration.CalibrationRules;
import io.frontline.figures.calibration.CalibrationSeries;
import io.frontline.figures.calibration.Comparison;
import io.frontline.figures.calibration.PublishedFigure;
import io.frontline.figures.calibration.PublishedFigure.Measure;
import java.util.List;
import java.util.Locale;

/** docs/CALIBRATION.md: the test's rules and how the series meets them, the charts, and every figure compared. */
final class CalibrationReport {
  private final Workspace ws;
  private final CalibrationSeries series;
  private final List<Comparison> rows;
  private final List<CalibrationRules.Check> checks;

  CalibrationReport(
      Workspace ws,
      CalibrationSeries series,
      List<Comparison> rows,
      List<CalibrationRules.Check> checks) {
    this.ws = ws;
    this.series = series;
    this.rows = List.copyOf(rows);
    this.checks = List.copyOf(checks);
  }

  String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Calibration against the published record\n\n");
    b.append("Frontline's daily figures for the Islamic State, ")
        .append(series.first())
        .append(" to ")
        .append(series.last())
        .append(", beside every figure of its area or population that others published")
        .append(
            " (`frontline-data/src/main/resources/frontline/calibration/published-figures.csv`; where each")
        .append(" comes from: `calibration/SOURCES.md` beside it). Made from the demo's store (")
        .append(ws.observations().size())
        .append(" observations, store revision ")
        .append(ws.store().revision())
        .append(") by `frontline calibrate`; to make it again:\n\n```\n")
        .append(CalibrateCommand.REGENERATE)
        .append(
            "\n```\n\nThe same store gives the same files. `CalibrationTest` (frontline-cli) holds the series")
        .append(" to the rules below; it fails when one does not hold.\n\n");
    test(b);
    b.append(
            "## Charts\n\n![Area held](calibration/area.svg)\n\n![Population](calibration/population.svg)\n\n")
        .append(
            "The black line is Frontline's figure for each day, the grey shading its low-high range (the model's")
        .append(
            " `area_low_km2`/`area_high_km2` and `population_low`/`population_high`), each dot a published")
        .append(
            " figure named by its author: blue for independent analysts, orange for parties to the conflict. PNG")
        .append(" copies: `calibration/area.png`, `calibration/population.png`.\n\n");
    table(b);
    conversions(b);
    return b.toString();
  }

  private void test(StringBuilder b) {
    b.append("## The test and its band\n\n")
        .append(String.format(
            Locale.ROOT,
            "The band around a published area or"
                + " population is %.0f%% either side of it (a factor %.1f for a peak population); a share lost agrees"
                + " within %.0f percentage points. A figure of a month or a year is compared with Frontline's mean over"
                + " it, and agrees when any day's low-high range in it meets the band. `CalibrationTest` checks:\n\n",
            CalibrationOp.AREA_TOLERANCE * 100,
            CalibrationOp.PEAK_FACTOR,
            CalibrationOp.SHARE_TOLERANCE_PP));
    b.append("| Rule | Now | Measured |\n|---|---|---|\n");
    for (CalibrationRules.Check c : checks) {
      b.append("| ")
          .append(esc(c.rule()))
          .append(" | ")
          .append(c.passed() ? "holds" : "**fails**")
          .append(" | ")
          .append(esc(c.measured()));
      c.failures().forEach(f -> b.append("<br>").append(esc(f)));
      b.append(" |\n");
    }
    b.append('\n');
  }

  private void table(StringBuilder b) {
    b.append("## Every published figure\n\n")
        .append(
            "| Date | Scope | Published | By | Frontline (low-high) | Ratio | In band | Tested |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (Comparison c : rows) {
      PublishedFigure f = c.figure();
      b.append("| ")
          .append(f.date())
          .append(f.peak() ? " (peak)" : "")
          .append(" | ")
          .append(f.scope().label())
          .append(" | ")
          .append(value(f.measure(), f.value()))
          .append(" | [")
          .append(esc(f.saidBy()))
          .append("](")
          .append(f.sourceUrl())
          .append(')')
          .append(f.partisan() ? " (party to the conflict)" : "")
          .append(" | ")
          .append(value(f.measure(), c.frontline()));
      if (Math.abs(c.high() - c.low()) > 1e-9) {
        b.append(" (")
            .append(number(f.measure(), c.low()))
            .append('-')
            .append(number(f.measure(), c.high()))
            .append(')');
      }
      b.append(" | ")
          .append(ratio(c))
          .append(" | ")
          .append(c.inBand() ? "yes" : "no")
          .append(" | ")
          .append(c.tested() ? "yes" : "")
          .append(" |\n");
    }
    b.append('\n');
  }

  private static void conversions(StringBuilder b) {
    b.append("## How each kind of figure is compared\n\n")
        .append(
            "- **Area held** (km2): Frontline's area on that day (the mean over a month or a year). A peak")
        .append(
            " (\"peak in late 2014\") is compared with Frontline's largest area up to the end of that period.\n")
        .append(
            "- **Population held**: the GeoNames population of the settlements held, a proxy (figures of")
        .append(
            " different years; small places missing). A peak estimate is compared with Frontline's largest")
        .append(" population up to the end of its period.\n")
        .append(
            "- **Share lost since the peak** (%): Frontline's own loss since its largest area before that date,")
        .append(
            " 100 x (1 - area / largest area), in the same scope; the ratio column gives the difference in")
        .append(
            " percentage points. A share counted from another start (IHS counts from 1 January 2015) says so in")
        .append(" its note in the CSV.\n")
        .append(
            "- **Share of a country held** (%): the area held inside the country (each atom of the control index")
        .append(
            " counted with the part of its geodesic area inside the basemap's outline of the country) over the")
        .append(" country's geodesic area (Natural Earth).\n")
        .append(
            "- **Iraq** and **Syria** areas are split the same way; **Iraq+Syria** is the whole series.\n");
  }

  private static String ratio(Comparison c) {
    if (c.figure().measure() == Measure.SHARE_LOST_SINCE_PEAK) {
      return String.format(Locale.ROOT, "%+.1f pp", c.difference());
    }
    return Double.isNaN(c.ratio())
        ? String.format(Locale.ROOT, "%+,.0f", c.difference())
        : String.format(Locale.ROOT, "%.2f", c.ratio());
  }

  private static String value(Measure m, double v) {
    return switch (m) {
      case AREA_HELD -> number(m, v) + " km2";
      case POPULATION_HELD -> number(m, v) + " people";
      case SHARE_LOST_SINCE_PEAK -> number(m, v) + "% lost";
      case SHARE_OF_COUNTRY_HELD -> number(m, v) + "% of the country";
    };
  }

  private static String number(Measure m, double v) {
    return switch (m) {
      case AREA_HELD -> String.format(Locale.ROOT, "%,.0f", v);
      case POPULATION_HELD -> String.format(Locale.ROOT, "%,.0f", v);
      default -> String.format(Locale.ROOT, "%.1f", v);
    };
  }

  private static String esc(String s) {
    return s.replace("|", "\\|");
  }
}
