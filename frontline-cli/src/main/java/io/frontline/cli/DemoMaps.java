package io.frontline.cli;

import io.frontline.app.maps.MapPictures;
import io.frontline.app.maps.MapRequest;
import io.frontline.refusals.Refusal;
import io.frontline.render.chart.ChartPage;
import io.frontline.render.geo.Regions;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.OutputException;
import io.frontline.render.output.Outputs;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pictures the demo makes next to the store: the 2016/2017 two-date map of Islamic State in English and in
 * Dutch, and the area chart, as a newspaper would print them.
 */
final class DemoMaps {
  private DemoMaps() {}

  static void write(Workspace ws, PrintWriter out) {
    Path dir = ws.path().toAbsolutePath().getParent();
    try {
      out.println("Maps and charts:");
      for (MapLanguage l : List.of(MapLanguage.EN, MapLanguage.NL)) {
        Path file = dir.resolve("is-2016-2017-" + l.code() + ".png");
        MapRequest request = MapRequest.of(
            List.of(DemoCommand.FIRST, DemoCommand.SECOND),
            Optional.of(DemoCommand.IS),
            l,
            Regions.IRAQ_SYRIA,
            PageSize.parse(MapPictures.DEFAULT_SIZE, 150));
        MapPictures.plan(
                ws,
                request,
                "frontline map --date " + DemoCommand.FIRST + " --date " + DemoCommand.SECOND
                    + " --actor islamic-state --lang " + l.code() + " --out " + file.getFileName())
            .write(Format.PNG, file);
        out.println("  " + file);
      }
      Path chart = dir.resolve("is-area.png");
      writeChart(ws, chart);
      out.println("  " + chart);
    } catch (OutputException e) {
      throw RenderOptions.failed(e);
    }
  }

  private static void writeChart(Workspace ws, Path file) {
    PageSize page = PageSize.parse("1600x900", 150);
    ChartData data = new ChartData(
        ws,
        MapLanguage.EN,
        "frontline chart area --actor islamic-state --out " + file.getFileName());
    LocalDate[] range =
        ws.index().dateRange().orElseThrow(() -> Refusal.notFound("the store has no observations"));
    ChartCommand.Chart chart = data.area(
        range,
        List.of(DemoCommand.IS),
        (title, subtitle, provenance, km) -> new ChartPage(
            page,
            Theme.LIGHT,
            MapLanguage.EN,
            title,
            subtitle,
            ChartPage.credits(page, MapLanguage.EN, provenance, km, Optional.empty())));
    Outputs.write(
        file,
        Format.PNG,
        page,
        chart.page().title(),
        chart.provenance().entries(chart.page().title()),
        chart.drawing());
  }
}
