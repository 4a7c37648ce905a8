package io.frontline.cli;

import io.frontline.basemap.Country;
import io.frontline.figures.SeriesOp;
import io.frontline.figures.calibration.CalibrationSeries;
import io.frontline.figures.calibration.CountryAreaOp;
import io.frontline.figures.calibration.PublishedFigure.Scope;
import java.util.EnumMap;
import java.util.Map;

/** Builds an actor's calibration series from a workspace: the daily series and its area per country. */
final class CalibrationRun {
  static final String ACTOR = "islamic-state";

  private CalibrationRun() {}

  static CalibrationSeries series(Workspace ws, String actorId) {
    var points =
        new SeriesOp(ws.index()).series(actorId, CalibrationSeries.FIRST, CalibrationSeries.LAST);
    Map<Scope, double[]> area = new EnumMap<>(Scope.class);
    Map<Scope, Double> size = new EnumMap<>(Scope.class);
    for (Scope s : new Scope[] {Scope.IRAQ, Scope.SYRIA}) {
      Country c = Workspace.basemap()
          .findCountry(s.iso2())
          .orElseThrow(() -> new IllegalStateException("the basemap has no country " + s.iso2()));
      area.put(
          s,
          new CountryAreaOp(ws.index(), c.outline())
              .daily_km2(actorId, CalibrationSeries.FIRST, CalibrationSeries.LAST));
      size.put(s, c.area_km2());
    }
    return new CalibrationSeries(points, area, size);
  }
}
