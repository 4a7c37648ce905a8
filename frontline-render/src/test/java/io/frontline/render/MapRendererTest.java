package io.frontline.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.render.map.AreaStyle;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapSpec;
import io.frontline.render.output.Format;
import io.frontline.render.output.PngOutput;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maps drawn from a small real-geography scenario: pixels, legend, captions, labels and provenance. */
class MapRendererTest {
  final MapRenderer renderer = new MapRenderer();

  @TempDir
  Path dir;

  MapPlan plan(MapLanguage language, String... dates) {
    MapSpec spec = Fixtures.spec(language, dates);
    return renderer.plan(spec, Fixtures.input(spec.dates()), Fixtures.provenance(spec.dates()));
  }

  /** The colour at a point near Raqqa that no label, marker or map furniture covers. */
  static Color probeRaqqa(MapPlan plan, BufferedImage image) {
    for (double dLat = -0.12; dLat <= 0.12; dLat += 0.04) {
      for (double dLon = -0.12; dLon <= 0.12; dLon += 0.04) {
        Point2D p = plan.viewport().pixel(Fixtures.RAQQA_LON + dLon, Fixtures.RAQQA_LAT + dLat);
        boolean covered = plan.labels().boxes().stream()
            .anyMatch(b -> b.contains(p) || b.intersects(p.getX() - 3, p.getY() - 3, 6, 6));
        if (!covered) {
          return new Color(
              image.getRGB((int) (plan.panels().get(0).frame().getX() + p.getX()), (int)
                  (plan.panels().get(0).frame().getY() + p.getY())));
        }
      }
    }
    throw new AssertionError("every point near Raqqa is covered by a label");
  }

  @Test
  void raqqaIsBlackWhileIslamicStateHoldsItAndNotAfter() {
    MapPlan before = plan(MapLanguage.EN, "2014-09-01");
    MapPlan after = plan(MapLanguage.EN, "2018-01-01");
    assertThat(probeRaqqa(before, renderer.image(before))).isEqualTo(Color.BLACK);
    Color later = probeRaqqa(after, renderer.image(after));
    assertThat(later).isNotEqualTo(Color.BLACK);
    assertThat(later.getRed()).isGreaterThan(150);
  }

  @Test
  void groundOnReportsOverAYearOldIsHatchedOverAFadedFillAndInTheLegend() {
    MapPlan plan = plan(MapLanguage.EN, "2016-02-01");
    MapPlan.StyledArea raqqa = plan.panels().get(0).areas().stream()
        .filter(a -> a.key().equals("islamic-state:controls:stale"))
        .findFirst()
        .orElseThrow();
    assertThat(raqqa.style().kind()).isEqualTo(AreaStyle.Hatch.STALE);
    assertThat(raqqa.style().hatch()).contains(Color.BLACK);
    assertThat(raqqa.style().fill().getRed()).as("faded, not black").isBetween(120, 200);
    assertThat(plan.legend().entries())
        .anyMatch(e -> e.label().equals("Rests on reports over a year old")
            && e.style().kind() == AreaStyle.Hatch.STALE);
    assertThat(plan.legend().entries()).noneMatch(e -> e.label().equals("Inferred between towns"));
    BufferedImage image = renderer.image(plan);
    Point2D p = plan.viewport().pixel(Fixtures.RAQQA_LON - 0.2, Fixtures.RAQQA_LAT - 0.15);
    Set<Integer> seen = new TreeSet<>();
    for (int dx = 0; dx < 12; dx++) {
      int x = (int) (plan.panels().get(0).frame().getX() + p.getX()) + dx;
      int y = (int) (plan.panels().get(0).frame().getY() + p.getY());
      seen.add(new Color(image.getRGB(x, y)).getRed() / 64);
    }
    assertThat(seen)
        .as("dark lines and the faded fill between them")
        .contains(0)
        .containsAnyOf(2, 3);
    MapPlan fresh = plan(MapLanguage.EN, "2014-09-01");
    assertThat(fresh.legend().entries())
        .noneMatch(e -> e.label().equals("Rests on reports over a year old"));
  }

  @Test
  void legendNamesExactlyThePartiesDrawn() {
    MapPlan plan = plan(MapLanguage.EN, "2016-02-01", "2017-06-05");
    Set<String> drawn = new TreeSet<>();
    for (String d : new String[] {"2016-02-01", "2017-06-05"}) {
      for (ControlIndex.ControlMap.Piece p :
          Fixtures.INDEX.mapAt(LocalDate.parse(d)).pieces()) {
        Holding h = p.holding();
        drawn.add(h.holder());
        if (h.other() != null) {
          drawn.add(h.other());
        }
      }
    }
    assertThat(new TreeSet<>(plan.legend().actorIds())).isEqualTo(drawn);
    assertThat(plan.legend().actorIds().get(0)).isEqualTo("islamic-state");
    assertThat(plan.legend().entries()).anyMatch(e -> e.label().equals("Contested"));
  }

  @Test
  void captionsGiveTheDateAndTheEngineArea() {
    MapPlan plan = plan(MapLanguage.NL, "2016-02-01", "2017-06-05");
    double km2 = Fixtures.figures()
        .figures(LocalDate.parse("2016-02-01"))
        .actor("islamic-state")
        .orElseThrow()
        .area_km2();
    long people = Fixtures.figures()
        .figures(LocalDate.parse("2016-02-01"))
        .actor("islamic-state")
        .orElseThrow()
        .population();
    assertThat(plan.panels().get(0).caption().get(0)).isEqualTo("1 februari 2016");
    assertThat(plan.panels().get(0).caption().get(1))
        .startsWith("Islamitische Staat: " + MapLanguage.NL.approximateArea(km2));
    assertThat(plan.panels().get(0).caption().get(2))
        .startsWith("Bevolking ca. "
            + MapLanguage.NL.count(io.frontline.render.text.AreaRounding.round(people)));
    assertThat(plan.panels().get(1).caption().get(0)).isEqualTo("5 juni 2017");
    assertThat(plan.title()).isEqualTo("Gebied in handen van Islamitische Staat");
  }

  @Test
  void labelBoxesNeverOverlapAndStayInTheFrame() {
    MapPlan plan = plan(MapLanguage.AR, "2016-02-01", "2017-06-05");
    var boxes = plan.labels().boxes();
    assertThat(plan.labels().placed()).hasSizeGreaterThan(20);
    for (int i = 0; i < boxes.size(); i++) {
      assertThat(plan.viewport().frame().contains(boxes.get(i)))
          .as("box %d inside", i)
          .isTrue();
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j)))
            .as("boxes %d and %d", i, j)
            .isFalse();
      }
    }
    assertThat(plan.labels().placed())
        .allSatisfy(p -> assertThat(p.box().intersects(plan.scaleBox())).isFalse());
  }

  @Test
  void svgHasTheLabelsAsTextInTheChosenLanguage() throws Exception {
    Path nl = dir.resolve("map-nl.svg");
    Path ar = dir.resolve("map-ar.svg");
    write(plan(MapLanguage.NL, "2016-02-01"), nl, Format.SVG);
    write(plan(MapLanguage.AR, "2016-02-01"), ar, Format.SVG);
    assertThat(Files.readString(nl))
        .contains(">Mosoel</text>", ">Bagdad</text>", ">1 februari 2016</text>");
    for (Path svg : List.of(nl, ar)) {
      assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(svg.toFile())
              .getElementsByTagName("text")
              .getLength())
          .as("%s parses as XML", svg)
          .isGreaterThan(30);
    }
    assertThat(Files.readString(ar)).contains(">الموصل</text>", ">بغداد</text>", ">دمشق</text>");
  }

  @Test
  void everyFormatCarriesTheCompleteProvenance() throws Exception {
    MapPlan plan = plan(MapLanguage.EN, "2016-02-01");
    Provenance provenance = Fixtures.provenance(plan.spec().dates());
    Map<String, String> expected = provenance.entries(plan.title());
    Path png = write(plan, dir.resolve("m.png"), Format.PNG);
    try (InputStream in = Files.newInputStream(png)) {
      assertThat(PngOutput.readText(in)).containsAllEntriesOf(expected);
    }
    String svg = Files.readString(write(plan, dir.resolve("m.svg"), Format.SVG));
    expected.forEach((k, v) -> assertThat(svg).contains("<frontline:entry key=\"" + k + "\">"));
    assertThat(svg).contains("<title>Territory held by Islamic State</title>");
    try (PDDocument pdf =
        Loader.loadPDF(write(plan, dir.resolve("m.pdf"), Format.PDF).toFile())) {
      expected.forEach((k, v) ->
          assertThat(pdf.getDocumentInformation().getCustomMetadataValue(k)).isEqualTo(v));
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(plan.title());
    }
    assertThat(expected.keySet()).containsExactlyElementsOf(Provenance.KEYS);
  }

  @Test
  void aDateBeforeTheDataShowsANoticeInsteadOfAMap() {
    MapPlan plan = plan(MapLanguage.EN, "2013-06-01", "2016-02-01");
    assertThat(plan.panels().get(0).areas()).isEmpty();
    assertThat(plan.panels().get(0).noData()).contains("No observations before 14 January 2014");
    assertThat(plan.panels().get(0).caption()).contains("Islamic State: no data");
    assertThat(plan.panels().get(1).noData()).isEmpty();
  }

  @Test
  void moreDatesMakeSmallMultiplesOfOneSize() {
    MapPlan plan = plan(MapLanguage.EN, "2014-06-01", "2015-06-01", "2016-06-01", "2017-06-01");
    assertThat(plan.panels()).hasSize(4);
    assertThat(plan.panels()).allSatisfy(p -> assertThat(p.frame().getWidth())
        .isEqualTo(plan.panels().get(0).frame().getWidth()));
    assertThat(plan.layout().columns()).isBetween(2, 4);
  }

  private Path write(MapPlan plan, Path file, Format format) {
    renderer.write(plan, Fixtures.provenance(plan.spec().dates()), format, file);
    return file;
  }
}
