package io.frontline.bundled;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.gazetteer.PopulationEstimate;
import io.frontline.geometry.Geometries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The bundled population estimate: the population of each first-level region (governorate) of the countries that
 * have a table in {@code population/} (a sourced figure per Natural Earth admin-1 region), apportioned to the
 * gazetteer's settlements in the region in proportion to their own figures. A settlement's own figure is the one in
 * {@code population/settlements-XX.tsv} where the gazetteer's is missing or wrong, else the gazetteer's. Outside those
 * regions a settlement counts its own figure. See {@code population/SOURCES.md} and METHOD.md.
 */
public final class BundledPopulation implements PopulationEstimate {
  static final String DIR = "population/";
  static final List<String> COUNTRIES = List.of("IQ", "SY");

  /** One region with its stated population and the factor that apportions it. */
  public record Region(
      String code,
      String name,
      long population,
      int year,
      PreparedGeometry outline,
      double factor) {}

  private final Map<Long, Long> own;
  private final STRtree regions = new STRtree();
  private final Map<Long, Long> people = new ConcurrentHashMap<>();
  private final String method;
  private final List<Region> list;

  private BundledPopulation(Map<Long, Long> own, List<Region> list, String method) {
    this.own = own;
    this.list = list;
    list.forEach(r -> regions.insert(r.outline().getGeometry().getEnvelopeInternal(), r));
    regions.build();
    this.method = method;
  }

  /** The estimate for the places of {@code gazetteer}: the regions' factors are computed over its settlements. */
  public static PopulationEstimate of(Gazetteer gazetteer) {
    Map<Long, Long> own = new HashMap<>();
    Map<String, long[]> totals = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (String iso : COUNTRIES) {
      readTable(DIR + iso + ".tsv", row -> {
        totals.put(
            row.get("code"),
            new long[] {Long.parseLong(row.get("population")), Integer.parseInt(row.get("year"))});
        names.put(row.get("code"), row.get("name"));
      });
      readTable(
          DIR + "settlements-" + iso + ".tsv",
          row -> own.put(Long.parseLong(row.get("id")), Long.parseLong(row.get("population"))));
    }
    if (totals.isEmpty()) {
      return GAZETTEER;
    }
    Map<String, long[]> national = new HashMap<>();
    readTable(
        DIR + "national.tsv",
        row -> national.put(
            row.get("country"),
            new long[] {Long.parseLong(row.get("population")), Integer.parseInt(row.get("year"))}));
    national.forEach((iso, total) -> scale(totals, iso, total));
    List<Region> regions = new ArrayList<>();
    TreeSet<String> years = new TreeSet<>();
    for (var f : NaturalEarthBasemap.shared().layer("admin1")) {
      Object code = f.properties().get("code");
      long[] total = code == null ? null : totals.get(code.toString());
      if (total == null) {
        continue;
      }
      PreparedGeometry outline = PreparedGeometryFactory.prepare(f.geometry());
      long sum = 0;
      for (Place p : gazetteer.placesWithin(f.geometry().getEnvelopeInternal())) {
        if (p.isSettlement() && outline.covers(point(p))) {
          sum += own.getOrDefault(p.id(), p.population());
        }
      }
      double factor = sum > 0 ? (double) total[0] / sum : 1;
      regions.add(new Region(
          code.toString(), names.get(code.toString()), total[0], (int) total[1], outline, factor));
      years.add(code.toString().substring(0, 2) + " " + total[1]);
    }
    String method = String.format(
        Locale.ROOT,
        "population of each governorate (%s) apportioned to the settlements"
            + " in it in proportion to their own figures (GeoNames, or a sourced town figure where GeoNames has none); see"
            + " population/SOURCES.md",
        String.join(", ", years));
    return new BundledPopulation(own, regions, method);
  }

  /** Scales every region of a country so that they add up to its later national total, and dates them so. */
  private static void scale(Map<String, long[]> totals, String iso, long[] national) {
    long sum = totals.entrySet().stream()
        .filter(e -> e.getKey().startsWith(iso + "-"))
        .mapToLong(e -> e.getValue()[0])
        .sum();
    if (sum <= 0) {
      return;
    }
    double factor = (double) national[0] / sum;
    totals.forEach((code, t) -> {
      if (code.startsWith(iso + "-")) {
        t[0] = Math.round(t[0] * factor);
        t[1] = national[1];
      }
    });
  }

  @Override
  public long people(Place place) {
    return people.computeIfAbsent(place.id(), id -> estimate(place));
  }

  private long estimate(Place place) {
    long base = own.getOrDefault(place.id(), place.population());
    Point at = point(place);
    for (Object o : regions.query(at.getEnvelopeInternal())) {
      Region r = (Region) o;
      if (r.outline().covers(at)) {
        return Math.round(base * r.factor());
      }
    }
    return base;
  }

  @Override
  public String method() {
    return method;
  }

  /** The regions with their stated populations and apportioning factors (for the method's report). */
  public List<Region> regions() {
    return list;
  }

  private static Point point(Place p) {
    return Geometries.FACTORY.createPoint(new Coordinate(p.lon(), p.lat()));
  }

  private interface RowSink {
    void row(Map<String, String> row);
  }

  /** Reads a tab-separated table with a header line; a missing table reads as empty. */
  private static void readTable(String path, RowSink sink) {
    InputStream in = BundledPopulation.class.getResourceAsStream("/frontline/" + path);
    if (in == null) {
      return;
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = lines.readLine().split("\t", -1);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          row.put(header[i].strip(), cells[i].strip());
        }
        sink.row(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + path, e);
    }
  }
}
