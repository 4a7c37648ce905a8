package io.frontline.benchmarks.render;

import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.formats.Feature;
import io.frontline.formats.geojson.GeoJsonWriter;
import io.frontline.geometry.Geometries;
import io.frontline.render.geo.MapProjection;
import io.frontline.render.geo.Regions;
import io.frontline.render.geo.Viewport;
import io.frontline.render.map.AreaStyle;
import io.frontline.render.map.Palette;
import io.frontline.render.map.Theme;
import io.frontline.render.text.CityNames;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Runs the peer: exports the layers the map draws (countries, regions, lakes, rivers, the control areas of both dates
 * with their fills, the labelled cities) as GeoJSON, then has GeoPandas + matplotlib draw them at the same size in
 * the same projection ({@code tools/bench-render.sh peer DIR}) and reads its median times.
 */
final class PeerRun {
  private PeerRun() {}

  static PeerResult run(String script, RenderFixture f) throws IOException, InterruptedException {
    if (script.equals("none") || !Files.isRegularFile(Path.of(script))) {
      return PeerResult.skipped("peer script " + script + " not run");
    }
    Path dir = Files.createTempDirectory("frontline-peer-");
    export(dir, f);
    Process p = new ProcessBuilder("bash", script, "peer", dir.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      return PeerResult.skipped(
          "peer failed: " + output.lines().reduce((a, b) -> b).orElse("no output"));
    }
    Map<String, String> values = new LinkedHashMap<>();
    output
        .lines()
        .filter(l -> l.contains("="))
        .forEach(l -> values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
    return new PeerResult(
        values.getOrDefault("version", "unknown"),
        number(values.get("one_ms")),
        number(values.get("two_ms")),
        number(values.get("one_cpu_ms")),
        number(values.get("two_cpu_ms")),
        "");
  }

  private static Optional<Double> number(String v) {
    return v == null ? Optional.empty() : Optional.of(Double.parseDouble(v));
  }

  private static void export(Path dir, RenderFixture f) throws IOException {
    MapProjection projection = MapProjection.forExtent(Regions.IRAQ_SYRIA);
    Envelope visible = Viewport.fit(projection, Regions.IRAQ_SYRIA, 752, 700).visibleLonLat();
    NaturalEarthBasemap basemap = NaturalEarthBasemap.shared();
    try (GeoJsonWriter w = writer(dir, "countries")) {
      for (var c : basemap.countries()) {
        if (c.outline().getEnvelopeInternal().intersects(visible)) {
          w.write(c.outline(), Map.of("iso2", c.iso2()));
        }
      }
    }
    for (String layer : List.of("admin1", "lakes", "rivers")) {
      try (GeoJsonWriter w = writer(dir, layer)) {
        for (Feature ft : basemap.layer(layer)) {
          if (ft.geometry() != null && ft.geometry().getEnvelopeInternal().intersects(visible)) {
            w.write(ft.geometry(), Map.of());
          }
        }
      }
    }
    for (var date : List.of(RenderBench.FIRST, RenderBench.SECOND)) {
      areas(dir, f, date);
    }
    cities(dir, projection);
  }

  private static void areas(Path dir, RenderFixture f, java.time.LocalDate date)
      throws IOException {
    Palette palette = new Palette(
        Theme.LIGHT, Optional.of(f.scenario.seriesActor()), false, colours(f), List.of());
    Map<String, List<Geometry>> byStyle = new LinkedHashMap<>();
    for (ControlIndex.ControlMap.Piece piece : f.scenario.index().mapAt(date).pieces()) {
      AreaStyle style = palette.style(piece.holding());
      String key = TextPainter.hex(style.fill()) + "|"
          + style.hatch().map(TextPainter::hex).orElse("");
      byStyle.computeIfAbsent(key, k -> new ArrayList<>()).add(piece.atom().geometry());
    }
    try (GeoJsonWriter w = writer(dir, "areas-" + date)) {
      for (var e : byStyle.entrySet()) {
        String[] fillHatch = e.getKey().split("\\|", -1);
        w.write(
            Geometries.union(e.getValue()), Map.of("fill", fillHatch[0], "hatch", fillHatch[1]));
      }
    }
  }

  private static Map<String, Color> colours(RenderFixture f) {
    Map<String, Color> out = new LinkedHashMap<>();
    f.scenario.actors().all().forEach(a -> out.put(a.id(), Color.decode(a.colour())));
    return out;
  }

  private static void cities(Path dir, MapProjection projection) throws IOException {
    StringBuilder meta =
        new StringBuilder("{\"proj4\": \"" + projection.definition() + "\", \"dates\": [\""
            + RenderBench.FIRST + "\", \"" + RenderBench.SECOND + "\"], \"extent\": [");
    meta.append(Regions.IRAQ_SYRIA.toString()).append("]}");
    Files.writeString(dir.resolve("meta.json"), meta.toString());
    try (GeoJsonWriter w = writer(dir, "cities")) {
      for (CityNames.City c : CityNames.all()) {
        w.write(
            Geometries.FACTORY.createPoint(
                new org.locationtech.jts.geom.Coordinate(c.lon(), c.lat())),
            Map.of("label", c.label(MapLanguage.NL), "rank", c.rank()));
      }
    }
  }

  private static GeoJsonWriter writer(Path dir, String name) throws IOException {
    OutputStream out = Files.newOutputStream(dir.resolve(name + ".geojson"));
    return new GeoJsonWriter(out, false);
  }
}
