package io.frontline.app.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.app.SmallView;
import io.frontline.refusals.Refusal;
import io.frontline.render.geo.Regions;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** One validation and one plan for every map picture, from a real store. */
class MapPicturesTest {
  static final LocalDate DAY = LocalDate.parse("2014-07-01");
  static final PageSize PAGE = PageSize.parse("800x600", 96);

  @TempDir
  static Path dir;

  static SmallView view;

  @BeforeAll
  static void open() {
    view = new SmallView(dir);
  }

  @AfterAll
  static void close() {
    view.close();
  }

  static MapRequest request(
      List<LocalDate> dates, boolean changes, Optional<String> actor, boolean only) {
    return new MapRequest(
        dates,
        changes,
        actor,
        only,
        MapLanguage.EN,
        Regions.IRAQ_SYRIA,
        PAGE,
        Theme.LIGHT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static void refused(Executable call, Refusal.Kind kind, String message) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(Refusal.class, r -> {
      assertThat(r.kind()).isEqualTo(kind);
      assertThat(r.detail(p -> "--" + p)).contains(message);
    });
  }

  @Test
  void aMapOfADateCarriesTheFiguresInItsCaptionAndProvenance() {
    MapPicture picture = MapPictures.plan(
        view, request(List.of(DAY), false, Optional.of("ISIS"), false), "test map");
    assertThat(picture.captions()).hasSize(1);
    assertThat(String.join(" ", picture.captions().get(0))).contains("Islamic State");
    assertThat(picture.provenance().command()).isEqualTo("test map");
    assertThat(picture.provenance().storeRevision()).isEqualTo(view.revision());
    assertThat(picture.provenance().figures()).startsWith("2014-07-01: isis area_km2=");
    ByteArrayOutputStream svg = new ByteArrayOutputStream();
    picture.write(Format.SVG, svg);
    assertThat(svg.toString(StandardCharsets.UTF_8)).contains("<svg", "test map");
  }

  @Test
  void aChangesMapNeedsTwoDatesInOrder() {
    MapPicture picture = MapPictures.plan(
        view,
        request(List.of(LocalDate.parse("2014-01-01"), DAY), true, Optional.empty(), false),
        "changes");
    assertThat(picture.plan().table()).isPresent();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    picture.write(Format.PNG, png);
    assertThat(new String(png.toByteArray(), 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    refused(
        () -> MapPictures.plan(
            view,
            request(List.of(DAY, LocalDate.parse("2014-01-01")), true, Optional.empty(), false),
            "x"),
        Refusal.Kind.BAD_INPUT,
        "--to must be after --from");
    refused(
        () -> MapPictures.plan(view, request(List.of(DAY), true, Optional.empty(), false), "x"),
        Refusal.Kind.BAD_INPUT,
        "--changes needs --from and --to");
  }

  @Test
  void badRequestsAreRefusedBeforeAnyDrawing() {
    refused(
        () -> MapPictures.plan(view, request(List.of(), false, Optional.empty(), false), "x"),
        Refusal.Kind.BAD_INPUT,
        "give at least one --date");
    refused(
        () -> MapPictures.plan(view, request(List.of(DAY), false, Optional.empty(), true), "x"),
        Refusal.Kind.BAD_INPUT,
        "--only needs --actor");
    refused(
        () -> MapPictures.plan(
            view, request(List.of(DAY), false, Optional.of("Atlantis"), false), "x"),
        Refusal.Kind.NOT_FOUND,
        "unknown actor 'Atlantis'");
    refused(
        () -> MapPictures.plan(
            view,
            request(java.util.Collections.nCopies(13, DAY), false, Optional.empty(), false),
            "x"),
        Refusal.Kind.BAD_INPUT,
        "a map shows at most 12 dates, was 13");
    refused(
        () -> MapPictures.language("xx"),
        Refusal.Kind.NOT_FOUND,
        "unknown language 'xx'; known: en, nl");
    refused(
        () -> MapPictures.theme("neon"),
        Refusal.Kind.BAD_INPUT,
        "--theme must be one of light, dark, print");
    refused(
        () -> MapPictures.format("tiff", MapPictures.FORMATS),
        Refusal.Kind.BAD_INPUT,
        "--format must be one of png, svg, pdf, jpg, was 'tiff'");
  }

  @Test
  void eachCallerHasItsPageLimit() {
    refused(
        () -> MapPictures.page(Optional.of("8000x6000"), 150, MapPictures.Limits.SERVER),
        Refusal.Kind.BAD_INPUT,
        "at most 4096x4096 pixels, was 8000x6000; 'frontline map --size' draws larger ones");
    assertThat(MapPictures.page(Optional.of("8000x6000"), 150, MapPictures.Limits.RENDERER)
            .width_px())
        .isEqualTo(8000);
    assertThat(
            MapPictures.page(Optional.empty(), 150, MapPictures.Limits.SERVER).width_px())
        .isEqualTo(1600);
    refused(
        () -> MapPictures.page(Optional.of("10x10"), 150, MapPictures.Limits.RENDERER),
        Refusal.Kind.BAD_INPUT,
        "size must be between 320 and 12000 pixels a side");
  }
}
