package io.frontline.render.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.render.Fixtures;
import io.frontline.render.MapRenderer;
import io.frontline.render.text.MapLanguage;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events on a publication map: dots where the events are, a legend line saying what was drawn, the credit. */
class EventDotsTest {
  private static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  private static final LocalDate TO = LocalDate.of(2016, 12, 31);

  private static MapEvents.Window window(LocalDate from, LocalDate to, int n) {
    double[] lon = new double[n];
    double[] lat = new double[n];
    for (int i = 0; i < n; i++) {
      lon[i] = Fixtures.RAQQA_LON + 0.5 + 0.01 * (i % 10);
      lat[i] = Fixtures.RAQQA_LAT + 0.6 + 0.001 * (i / 10);
    }
    return new MapEvents.Window(from, to, lon, lat);
  }

  private static MapPlan plan(MapLanguage language, MapEvents events, String... dates) {
    MapSpec spec = Fixtures.spec(language, dates);
    return new MapRenderer()
        .plan(
            spec,
            Fixtures.input(spec.dates()).withEvents(events),
            Fixtures.provenance(spec.dates()));
  }

  private static MapEvents ucdp(MapEvents.Window... windows) {
    return new MapEvents(
        List.of(windows),
        List.of("UCDP GED"),
        List.of("UCDP Georeferenced Event Dataset, CC BY 4.0"));
  }

  @Test
  void theLegendSaysWhatWasDrawnAndTheCreditsWhoseItIs() {
    MapPlan plan = plan(MapLanguage.EN, ucdp(window(FROM, TO, 5_989)), "2016-06-01");
    assertThat(plan.legend().entries()).anySatisfy(e -> {
      assertThat(e.label()).isEqualTo("UCDP GED events, 2016: 5,989, each dot one event");
      assertThat(e.style().kind()).isEqualTo(AreaStyle.Hatch.EVENT);
    });
    assertThat(String.join(" ", plan.credits()))
        .contains("Events: UCDP Georeferenced Event Dataset, CC BY 4.0.");
    assertThat(plan.panels().get(0).eventCount()).isEqualTo(5_989);
    MapPlan dutch = plan(MapLanguage.NL, ucdp(window(FROM, TO, 5_989)), "2016-06-01");
    assertThat(dutch.legend().entries()).anySatisfy(e -> assertThat(e.label())
        .isEqualTo("Gebeurtenissen (UCDP GED), 2016: 5.989, elke stip één gebeurtenis"));
  }

  @Test
  void aWindowPerPanelPutsTheCountsInTheCaptions() {
    MapPlan plan = plan(
        MapLanguage.EN,
        ucdp(window(LocalDate.of(2015, 5, 1), LocalDate.of(2015, 5, 31), 12), window(FROM, TO, 30)),
        "2015-05-31",
        "2016-06-01");
    assertThat(plan.legend().entries()).anySatisfy(e -> assertThat(e.label())
        .isEqualTo("UCDP GED events, each dot one event; the count is under each map"));
    assertThat(plan.panels().get(0).caption()).contains("Events, 1 May 2015 to 31 May 2015: 12");
    assertThat(plan.panels().get(1).caption()).contains("Events, 2016: 30");
  }

  @Test
  void dotsAreDrawnWhereTheEventsAre() throws Exception {
    MapEvents.Window w = window(FROM, TO, 1);
    MapPlan with = plan(MapLanguage.EN, ucdp(w), "2016-06-01");
    MapPlan without = new MapRenderer()
        .plan(
            Fixtures.spec(MapLanguage.EN, "2016-06-01"),
            Fixtures.input(List.of(LocalDate.parse("2016-06-01"))),
            Fixtures.provenance(List.of(LocalDate.parse("2016-06-01"))));
    Point2D p = with.viewport().pixel(w.lon()[0], w.lat()[0]);
    int x = (int) Math.round(with.panels().get(0).frame().getX() + p.getX());
    int y = (int) Math.round(with.panels().get(0).frame().getY() + p.getY());
    BufferedImage a = new MapRenderer().image(with);
    BufferedImage b = new MapRenderer().image(without);
    double r = EventDots.RADIUS * with.layout().unit();
    Color ring = new Color(a.getRGB(x + (int) Math.round(r), y));
    assertThat(ring.getRGB()).isNotEqualTo(b.getRGB(x + (int) Math.round(r), y));
  }
}
