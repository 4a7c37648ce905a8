package io.frontline.benchmarks.server;

import io.frontline.app.control.ControlArea;
import io.frontline.benchmarks.Machine;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.tiles.ControlTiles;
import io.frontline.server.tiles.TileEncoder;
import io.frontline.server.tiles.TileKey;
import io.frontline.server.tiles.TileLayer;
import io.frontline.store.GeoPackageStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control tiles of one date, Frontline against PostGIS {@code ST_AsMVT} on the same ground, both in-process (no
 * HTTP), from the same dissolved control areas and the same attributes (layer {@code control} only): Frontline
 * encodes them with its own encoder ({@link TileEncoder}; the areas cut into pieces once, as the server does),
 * PostGIS with {@code ST_AsMVTGeom} and {@code ST_AsMVT} on a GiST-indexed table in EPSG:3857, all tiles in one
 * statement timed by psql (one round trip for all of them). Each side runs the 213 tiles of zooms 5-9 over Iraq and
 * Syria: Frontline the best of 5 runs after 10 s of warm-up, PostGIS the best of 5 runs. Both sides' total tile
 * bytes are printed, so that one side doing less work shows.
 *
 * <p>Usage: {@code source tools/postgis.sh; postgis_start; java -cp frontline-benchmarks.jar
 * io.frontline.benchmarks.server.TilePeerBench frontline.gpkg $PGPORT; postgis_stop}
 */
public final class TilePeerBench {
  private static final LocalDate DATE = LocalDate.of(2015, 6, 1);
  private static final Pattern BYTES = Pattern.compile("(?m)^\\s*(\\d+)\\s*$");
  private static final Pattern TIME = Pattern.compile("Time: ([0-9.]+) ms");

  private TilePeerBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: TilePeerBench STORE.gpkg PGPORT");
      System.exit(2);
    }
    System.out.println("machine: " + Machine.current(Optional.empty()).describe());
    List<TileKey> tiles = keys();
    try (GeoPackageStore store = GeoPackageStore.open(Path.of(args[0]))) {
      Snapshot s = Backend.open(store, 35, 1, "bench").latest();
      double frontline = frontline(s, tiles);
      double postgis = postgis(s.areas(DATE), tiles, args[1]);
      System.out.printf(
          Locale.ROOT,
          "control tiles of %s, %d tiles (z5-9 over Iraq and Syria), encoded, not cached:%n",
          DATE,
          tiles.size());
      System.out.printf(
          Locale.ROOT,
          "  Frontline: %.1f ms in all, %.3f ms per tile, %d bytes%n",
          frontline,
          frontline / tiles.size(),
          bytes(tiles, ControlTiles.layers(s, DATE).subList(0, 1)));
      System.out.printf(
          Locale.ROOT,
          "  PostGIS ST_AsMVT (%d dissolved areas): %.1f ms in all, %.3f ms per tile%n",
          s.areas(DATE).size(),
          postgis,
          postgis / tiles.size());
      System.out.printf(Locale.ROOT, "  ratio PostGIS / Frontline: %.1f%n", postgis / frontline);
    }
  }

  static List<TileKey> keys() {
    List<TileKey> keys = new ArrayList<>();
    for (String path : TileList.over(36.0, 32.0, 46.0, 37.5, 5, 9, "")) {
      String[] p = path.replace(".mvt", "").split("/");
      keys.add(new TileKey(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    return keys;
  }

  /** The best of 5 runs after 10 s of warm-up (the JIT needs thousands of tiles to settle). */
  static double frontline(Snapshot s, List<TileKey> tiles) {
    List<TileLayer> layers = ControlTiles.layers(s, DATE).subList(0, 1);
    long warmUntil = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      encodeAll(tiles, layers);
    }
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      best = Math.min(best, encodeAll(tiles, layers));
    }
    return best;
  }

  private static long bytes(List<TileKey> tiles, List<TileLayer> layers) {
    return tiles.stream().mapToLong(k -> TileEncoder.encode(k, layers).length).sum();
  }

  private static double encodeAll(List<TileKey> tiles, List<TileLayer> layers) {
    long t0 = System.nanoTime();
    for (TileKey key : tiles) {
      TileEncoder.encode(key, layers);
    }
    return (System.nanoTime() - t0) / 1e6;
  }

  static double postgis(List<ControlArea> areas, List<TileKey> tiles, String port)
      throws IOException, InterruptedException {
    StringBuilder load =
        new StringBuilder("DROP TABLE IF EXISTS control; CREATE TABLE control (holder text, status"
            + " text, other text, geom geometry(MultiPolygon, 3857));\n");
    for (ControlArea a : areas) {
      load.append(String.format(
          Locale.ROOT,
          "INSERT INTO control VALUES (%s, '%s', %s, ST_Multi(ST_Transform("
              + "ST_GeomFromText('%s', 4326), 3857)));%n",
          quote(a.holder()),
          a.status().code(),
          quote(a.other()),
          a.geometry().toText()));
    }
    load.append("CREATE INDEX ON control USING gist (geom); ANALYZE control;\n");
    psql(load.toString(), port);
    StringBuilder values = new StringBuilder();
    for (TileKey k : tiles) {
      values
          .append(values.isEmpty() ? "" : ", ")
          .append(String.format(Locale.ROOT, "(%d, %d, %d)", k.z(), k.x(), k.y()));
    }
    String all = "SELECT sum(length(t)) FROM (VALUES " + values
        + ") AS k(z, x, y), LATERAL (SELECT ST_AsMVT(q,"
        + " 'control', 4096, 'geom') AS t FROM (SELECT holder, status, other, ST_AsMVTGeom(geom, ST_TileEnvelope(k.z,"
        + " k.x, k.y), 4096, 64, true) AS geom FROM control WHERE geom && ST_TileEnvelope(k.z, k.x, k.y, margin =>"
        + " 64.0 / 4096)) q) m;\n";
    StringBuilder queries = new StringBuilder("\\timing on\n");
    for (int run = 0; run < 5; run++) {
      queries.append(all);
    }
    List<Double> times = new ArrayList<>();
    String out = psql(queries.toString(), port);
    Matcher sum = BYTES.matcher(out);
    if (sum.find()) {
      System.out.println("  PostGIS tiles: " + sum.group(1) + " bytes");
    }
    Matcher m = TIME.matcher(out);
    while (m.find()) {
      times.add(Double.parseDouble(m.group(1)));
    }
    return times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  private static String quote(String text) {
    return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
  }

  private static String psql(String sql, String port) throws IOException, InterruptedException {
    Path file = Files.createTempFile("frontline-peer-", ".sql");
    try {
      Files.writeString(file, sql, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(
              "psql",
              "-X",
              "-q",
              "-v",
              "ON_ERROR_STOP=1",
              "-h",
              "127.0.0.1",
              "-p",
              port,
              "-U",
              "postgres",
              "-f",
              file.toString())
          .redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException("psql failed: " + out.substring(0, Math.min(out.length(), 2000)));
      }
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
