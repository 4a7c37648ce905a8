package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.app.maps.MapPicture;
import io.frontline.app.maps.MapPictures;
import io.frontline.app.maps.MapRequest;
import io.frontline.render.geo.Regions;
import io.frontline.render.map.MapPlan;
import io.frontline.render.output.Format;
import io.frontline.render.output.PageSize;
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
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The map command on the demo store, as a user runs it: files, pixels, captions, text and provenance. */
class MapCommandTest {
  static final double RAQQA_LAT = 35.95283;
  static final double RAQQA_LON = 39.00788;

  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  static Cli.Run map(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "map";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--store";
    all[args.length + 2] = store;
    return Cli.run(all);
  }

  static MapPlan plan(String date, Path out) {
    StoreOptions options = new StoreOptions();
    options.store = Path.of(store);
    options.zoneRadius = 35;
    try (Workspace ws = Workspace.open(options)) {
      MapRequest request = MapRequest.of(
          List.of(LocalDate.parse(date)),
          Optional.of("islamic-state"),
          MapLanguage.EN,
          Regions.IRAQ_SYRIA,
          PageSize.parse("1600x1200", 150));
      MapPicture picture = MapPictures.plan(ws, request, "test");
      picture.write(Format.PNG, out);
      return picture.plan();
    }
  }

  /** The share of probes around Raqqa (within about 13 km, clear of labels and markers) that are pure black. */
  static double blackAroundRaqqa(MapPlan plan, BufferedImage image) {
    int probes = 0;
    int black = 0;
    for (double dLat = -0.12; dLat <= 0.121; dLat += 0.04) {
      for (double dLon = -0.12; dLon <= 0.121; dLon += 0.04) {
        Point2D p = plan.viewport().pixel(RAQQA_LON + dLon, RAQQA_LAT + dLat);
        if (plan.labels().boxes().stream()
            .noneMatch(b -> b.intersects(p.getX() - 3, p.getY() - 3, 6, 6))) {
          probes++;
          black += image.getRGB((int) (plan.panels().get(0).frame().getX() + p.getX()), (int)
                      (plan.panels().get(0).frame().getY() + p.getY()))
                  == Color.BLACK.getRGB()
              ? 1
              : 0;
        }
      }
    }
    assertThat(probes).as("probes clear of labels").isGreaterThan(8);
    return black / (double) probes;
  }

  @Test
  void raqqaIsIslamicStateBlackIn2014AndNotIn2018() throws Exception {
    // in 2016 the demo's Raqqa rests on a report of January 2014: hatched over a faded fill
    // (MapRendererTest)
    Path a = dir.resolve("raqqa-2014.png");
    Path b = dir.resolve("raqqa-2018.png");
    MapPlan before = plan("2014-09-01", a);
    MapPlan after = plan("2018-01-01", b);
    assertThat(blackAroundRaqqa(before, ImageIO.read(a.toFile()))).isGreaterThan(0.7);
    assertThat(blackAroundRaqqa(after, ImageIO.read(b.toFile()))).isLessThan(0.1);
  }

  @Test
  void theTwoDateMapCaptionsTheAreasFiguresPrints() throws Exception {
    Path out = dir.resolve("is-2016-2017.svg");
    Cli.Run run = map(
        "--date",
        "2016-02-01",
        "--date",
        "2017-06-05",
        "--actor",
        "Islamic State",
        "--lang",
        "nl",
        "--out",
        out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String svg = Files.readString(out);
    for (String date : new String[] {"2016-02-01", "2017-06-05"}) {
      JsonNode figures = JsonSchemas.validate(
          "figures.schema.json",
          Cli.run("figures", "--date", date, "--actor", "IS", "--json", "--store", store)
              .out());
      double km2 = figures.at("/actors/0/area_km2").asDouble();
      assertThat(svg)
          .contains(">Islamitische Staat: " + MapLanguage.NL.approximateArea(km2) + " (");
      assertThat(svg).contains("area_km2=" + String.format(java.util.Locale.ROOT, "%.1f", km2));
    }
    assertThat(svg)
        .contains(
            ">1 februari 2016</text>",
            ">5 juni 2017</text>",
            ">Mosoel</text>",
            ">Bagdad</text>",
            ">Gebied in handen van Islamitische Staat</text>");
  }

  @Test
  void arabicLabelsAreTextInTheSvg() throws Exception {
    Path out = dir.resolve("ar.svg");
    assertThat(
            map("--date", "2016-02-01", "--actor", "داعش", "--lang", "ar", "--out", out.toString())
                .exit())
        .isZero();
    assertThat(Files.readString(out))
        .contains(">الموصل</text>", ">دمشق</text>", ">١ فبراير ٢٠١٦</text>");
  }

  @Test
  void pngSvgAndPdfCarryTheProvenance() throws Exception {
    for (String ext : new String[] {"png", "svg", "pdf"}) {
      Path out = dir.resolve("prov." + ext);
      Cli.Run run =
          map("--date", "2016-02-01", "--actor", "IS", "--theme", "print", "--out", out.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      Map<String, String> meta = metadata(out, ext);
      assertThat(meta.keySet()).containsAll(Provenance.KEYS);
      assertThat(meta.values()).allSatisfy(v -> assertThat(v).isNotBlank());
      assertThat(meta.get("frontline:command"))
          .startsWith("frontline map --date 2016-02-01 --actor IS");
      // 4 writes of the scenario, then one for each of the two bundled event files.
      assertThat(meta.get("frontline:store-revision")).isEqualTo("6");
      assertThat(Integer.parseInt(meta.get("frontline:sources"))).isGreaterThan(10);
    }
  }

  static Map<String, String> metadata(Path file, String ext) throws Exception {
    if (ext.equals("png")) {
      try (InputStream in = Files.newInputStream(file)) {
        return PngOutput.readText(in);
      }
    }
    if (ext.equals("pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        var info = pdf.getDocumentInformation();
        Map<String, String> m = new java.util.HashMap<>();
        info.getMetadataKeys().forEach(k -> m.put(k, info.getCustomMetadataValue(k)));
        return m;
      }
    }
    Map<String, String> m = new java.util.HashMap<>();
    var matcher = java.util.regex.Pattern.compile(
            "<frontline:entry key=\"([^\"]+)\">([^<]*)</frontline:entry>")
        .matcher(Files.readString(file));
    while (matcher.find()) {
      m.put(matcher.group(1), matcher.group(2));
    }
    return m;
  }

  @Test
  void aChangeMapAndChartsAreWritten() throws Exception {
    Path changes = dir.resolve("changes.png");
    assertThat(map(
                "--changes",
                "--from",
                "2016-02-01",
                "--to",
                "2017-06-05",
                "--out",
                changes.toString())
            .exit())
        .isZero();
    assertThat(ImageIO.read(changes.toFile()).getWidth()).isEqualTo(1600);
    for (String[] args : List.of(
        new String[] {"area", "--actor", "IS"},
        new String[] {"flow", "--actor", "IS", "--from", "2016-02-01", "--to", "2017-06-05"},
        new String[] {"bars", "--date", "2016-02-01"})) {
      Path out = dir.resolve("chart-" + args[0] + ".svg");
      String[] all = java.util.stream.Stream.concat(
              java.util.stream.Stream.of("chart"),
              java.util.stream.Stream.concat(
                  java.util.Arrays.stream(args),
                  java.util.stream.Stream.of("--out", out.toString(), "--store", store)))
          .toArray(String[]::new);
      Cli.Run run = Cli.run(all);
      assertThat(run.exit()).as(args[0] + ": " + run.err()).isZero();
      assertThat(Files.readString(out)).contains("<frontline:entry key=\"frontline:command\">");
    }
    assertThat(Files.readString(dir.resolve("chart-area.svg"))).contains(">Mosul captured</text>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--date 2016-02-01 --actor Atlantis --out OUT | 4 | unknown actor 'Atlantis'",
        "--date 2016-02-01 --lang xx --out OUT | 4 | unknown language 'xx'; known: en, nl, fr, de, ar",
        "--date 2016-02-01 --region Atlantis --out OUT | 4 | unknown region 'Atlantis'",
        "--date 2016-02-01 --around Atlantis --out OUT | 4 | no place named 'Atlantis'",
        "--date 2016-02-01 --size 10x10 --out OUT | 2 | size must be between 320 and 12000 pixels a side",
        "--date 2016-02-01 --dpi 5 --out OUT | 2 | dpi must be between 36 and 1200, was 5",
        "--date 2016-02-01 --size a4 --dpi 1200 --out OUT | 2 | size must be between",
        "--date 2016-02-01 --out /no/such/dir/map.png | 4 | cannot write /no/such/dir/map.png: no directory",
        "--date 2016-02-01 --out DIR | 2 | it is a directory",
        "--date 2016-02-01 --format tiff --out OUT | 2 | --format must be one of png, svg, pdf",
        "--date 2016-02-30 --out OUT | 2 | --date must be a date YYYY-MM-DD that exists",
        "--out OUT | 2 | give at least one --date",
        "--date 2016-02-01 --only --out OUT | 2 | --only needs --actor",
        "--date 2016-02-01 --theme neon --out OUT | 2 | --theme must be one of light, dark, print",
        "--changes --from 2017-01-01 --to 2016-01-01 --out OUT | 2 | --to must be after --from"
      })
  void badInputGetsOneLineAndTheDocumentedExitCode(String args, int code, String message) {
    String line =
        args.replace("OUT", dir.resolve("bad.png").toString()).replace("DIR", dir.toString());
    Cli.Run run = map(line.split(" "));
    assertThat(run.exit()).as(run.err()).isEqualTo(code);
    assertThat(run.err().strip())
        .startsWith("frontline: ")
        .contains(message)
        .doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void aDateBeforeTheDataSaysSoOnTheMap() throws Exception {
    Path out = dir.resolve("early.svg");
    Cli.Run run = map("--date", "2010-01-01", "--actor", "IS", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).contains(">No observations before ");
  }
}
