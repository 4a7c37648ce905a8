package io.frontline.store;

import io.frontline.control.LayoutSnapshot;
import io.frontline.control.ZoneConfig;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The binary form of an {@link IndexCache.Entry}: the observations, the places and the layout snapshot, with every
 * string written once in a table and referred to by number. Doubles are written as their bits and geometries as WKB,
 * so what is read back is equal to what was written; an area observation's geometry goes through the same GeoPackage
 * blob as the store's own row, so it reads back as a read from the store would.
 */
final class IndexCodec {
  private IndexCodec() {
  }

  /** Observations per section: sections are read in parallel. */
  private static final int CHUNK = 16_384;

  static byte[] write(IndexCache.Entry entry) {
    Map<String, Integer> table = new LinkedHashMap<>();
    List<BinaryOut> sections = new ArrayList<>();
    List<Observation> observations = entry.observations();
    for (int from = 0; from < observations.size(); from += CHUNK) {
      BinaryOut chunk = new BinaryOut(table);
      observations(chunk, observations.subList(from, Math.min(observations.size(), from + CHUNK)));
      sections.add(chunk);
    }
    BinaryOut places = new BinaryOut(table);
    places.i32(entry.places().size());
    entry.places().forEach(p -> place(places, p));
    BinaryOut layout = new BinaryOut(table);
    layout(layout, entry.layout());
    sections.add(places);
    sections.add(layout);
    return BinaryOut.assemble(table, sections);
  }

  static IndexCache.Entry read(byte[] bytes) {
    List<BinaryIn> sections = BinaryIn.sections(bytes);
    int chunks = sections.size() - 2;
    List<Runnable> tasks = new ArrayList<>();
    List<List<Observation>> read = new ArrayList<>(java.util.Collections.nCopies(chunks, null));
    for (int i = 0; i < chunks; i++) {
      int chunk = i;
      tasks.add(() -> read.set(chunk, observations(sections.get(chunk))));
    }
    List<Place> places = new ArrayList<>();
    LayoutSnapshot[] layout = new LayoutSnapshot[1];
    tasks.add(() -> places.addAll(places(sections.get(chunks))));
    tasks.add(() -> layout[0] = layout(sections.get(chunks + 1)));
    tasks.parallelStream().forEach(Runnable::run);
    sections.forEach(BinaryIn::checkEnd);
    List<Observation> observations = new ArrayList<>();
    read.forEach(observations::addAll);
    return new IndexCache.Entry(observations, places, layout[0]);
  }

  private static List<Place> places(BinaryIn in) {
    int n = in.i32();
    List<Place> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(place(in));
    }
    return list;
  }

  private static void observations(BinaryOut out, List<Observation> observations) {
    out.i32(observations.size());
    for (Observation o : observations) {
      out.i64(o.id());
      out.str(o.lineage());
      out.i32(o.version());
      statement(out, o.statement());
      out.str(o.recordedBy());
      out.i64(o.recordedAt().getEpochSecond());
      out.i32(o.recordedAt().getNano());
      out.bool(o.retracted());
    }
  }

  private static List<Observation> observations(BinaryIn in) {
    int n = in.i32();
    List<Observation> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Observation(in.i64(), in.str(), in.i32(), statement(in), in.str(),
          Instant.ofEpochSecond(in.i64(), in.i32()), in.bool()));
    }
    return out;
  }

  private static void statement(BinaryOut out, Statement s) {
    if (s.subject() instanceof Subject.Area area) {
      out.bool(true);
      out.bytes(GpkgGeometry.encode(area.geometry()));
      out.str(area.label());
    } else {
      out.bool(false);
      out.i64(((Subject.PlaceRef) s.subject()).placeId());
    }
    out.str(s.actorId());
    out.str(s.status().name());
    out.str(s.fromActorId());
    out.i64(s.date().start().toEpochDay());
    out.str(s.date().precision().name());
    Source source = s.source();
    out.str(source.title());
    out.strings(source.urls());
    out.str(source.citation());
    out.str(source.kind().name());
    out.str(s.confidence().name());
    out.str(s.note());
  }

  private static Statement statement(BinaryIn in) {
    Subject subject = in.bool() ? new Subject.Area(GpkgGeometry.decode(in.bytes()), in.str())
        : new Subject.PlaceRef(in.i64());
    String actor = in.str();
    Status status = Status.valueOf(in.str());
    String from = in.str();
    FuzzyDate date = new FuzzyDate(LocalDate.ofEpochDay(in.i64()), DatePrecision.valueOf(in.str()));
    Source source = new Source(in.str(), in.strings(), in.str(), SourceKind.valueOf(in.str()));
    return new Statement(subject, actor, status, from, date, source, Confidence.valueOf(in.str()), in.str());
  }

  private static void place(BinaryOut out, Place p) {
    out.i64(p.id());
    out.str(p.name());
    out.strings(p.alternateNames());
    out.i32(p.names().size());
    p.names().forEach((language, name) -> {
      out.str(language);
      out.str(name);
    });
    out.f64(p.lat());
    out.f64(p.lon());
    out.str(p.featureClass());
    out.str(p.featureCode());
    out.str(p.country());
    out.str(p.admin1());
    out.i64(p.population());
  }

  private static Place place(BinaryIn in) {
    long id = in.i64();
    String name = in.str();
    List<String> alternates = in.strings();
    int n = in.i32();
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      names.put(in.str(), in.str());
    }
    return new Place(id, name, alternates, names, in.f64(), in.f64(), in.str(), in.str(), in.str(), in.str(),
        in.i64());
  }

  private static void layout(BinaryOut out, LayoutSnapshot s) {
    ZoneConfig c = s.config();
    out.f64(c.radius_km());
    out.bool(c.clipToCountry());
    out.i32(c.circleSegments());
    out.i64(c.anchorPopulation());
    out.f64(c.anchorDistance_km());
    out.i32(c.impliedDays());
    out.i32(s.placeIds().size());
    s.placeIds().forEach(out::i64);
    out.i32(s.zones().size());
    s.zones().forEach((id, zone) -> {
      out.i64(id);
      out.geometry(zone);
    });
    out.i32(s.shapes().size());
    for (LayoutSnapshot.Shape shape : s.shapes()) {
      out.str(shape.key());
      out.i64(shape.placeId());
      out.i64(shape.population());
      boolean isZone = shape.geometry() == s.zones().get(shape.placeId());
      out.bool(isZone);
      if (!isZone) {
        out.geometry(shape.geometry());
      }
    }
    out.i32(s.faces().size());
    for (LayoutSnapshot.Face face : s.faces()) {
      out.geometry(face.geometry());
      out.f64(face.area_km2());
      out.strings(face.footprints());
    }
    out.i32(s.slots().size());
    for (LayoutSnapshot.Slot slot : s.slots()) {
      place(out, slot.place());
      out.bool(slot.observed());
      out.strings(slot.footprints());
    }
  }

  private static LayoutSnapshot layout(BinaryIn in) {
    ZoneConfig config = new ZoneConfig(in.f64(), in.bool(), in.i32(), in.i64(), in.f64(), in.i32());
    int n = in.i32();
    List<Long> placeIds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      placeIds.add(in.i64());
    }
    n = in.i32();
    Map<Long, Geometry> zones = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      zones.put(in.i64(), in.geometry());
    }
    n = in.i32();
    List<LayoutSnapshot.Shape> shapes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String key = in.str();
      long placeId = in.i64();
      long population = in.i64();
      Geometry geometry = in.bool() ? zones.get(placeId) : in.geometry();
      shapes.add(new LayoutSnapshot.Shape(key, placeId, population, geometry));
    }
    n = in.i32();
    List<LayoutSnapshot.Face> faces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      faces.add(new LayoutSnapshot.Face((Polygon) in.geometry(), in.f64(), in.strings()));
    }
    n = in.i32();
    List<LayoutSnapshot.Slot> slots = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      slots.add(new LayoutSnapshot.Slot(place(in), in.bool(), in.strings()));
    }
    return new LayoutSnapshot(config, placeIds, zones, shapes, faces, slots);
  }

  /** Writes numbers, byte strings, and strings as their numbers in a table that sections share. */
  private static final class BinaryOut {
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 16);
    private final java.io.DataOutputStream data = new java.io.DataOutputStream(buffer);
    private final Map<String, Integer> table;
    private final WKBWriter wkb = new WKBWriter(2);

    BinaryOut(Map<String, Integer> table) {
      this.table = table;
    }

    /** The string table, the number and lengths of the sections, then the sections. */
    static byte[] assemble(Map<String, Integer> table, List<BinaryOut> sections) {
      BinaryOut head = new BinaryOut(Map.of());
      head.i32(table.size());
      table.keySet().forEach(s -> head.bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      head.i32(sections.size());
      sections.forEach(section -> head.i32(section.buffer.size()));
      sections.forEach(section -> head.run(() -> section.buffer.writeTo(head.data)));
      return head.buffer.toByteArray();
    }

    void i32(int v) {
      run(() -> data.writeInt(v));
    }

    void i64(long v) {
      run(() -> data.writeLong(v));
    }

    void f64(double v) {
      run(() -> data.writeLong(Double.doubleToRawLongBits(v)));
    }

    void bool(boolean v) {
      run(() -> data.writeBoolean(v));
    }

    void bytes(byte[] v) {
      i32(v.length);
      run(() -> data.write(v));
    }

    void geometry(Geometry g) {
      bytes(wkb.write(g));
    }

    /** A string as its number in the table, -1 for null. */
    void str(String s) {
      i32(s == null ? -1 : table.computeIfAbsent(s, k -> table.size()));
    }

    void strings(List<String> list) {
      i32(list.size());
      list.forEach(this::str);
    }

    private interface Write {
      void run() throws java.io.IOException;
    }

    private static void run(Write write) {
      try {
        write.run();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Reads one section that {@link BinaryOut} wrote; a truncated or malformed form is an IllegalArgumentException. */
  private static final class BinaryIn {
    private final java.nio.ByteBuffer buffer;
    private final String[] table;
    private final WKBReader wkb = new WKBReader(Geometries.FACTORY);

    private BinaryIn(java.nio.ByteBuffer buffer, String[] table) {
      this.buffer = buffer;
      this.table = table;
    }

    /** The sections of an assembled form, each reading its own bytes and the shared table. */
    static List<BinaryIn> sections(byte[] bytes) {
      BinaryIn head = new BinaryIn(java.nio.ByteBuffer.wrap(bytes), new String[0]);
      String[] table = new String[head.count(head.i32())];
      for (int i = 0; i < table.length; i++) {
        table[i] = new String(head.bytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      int[] lengths = new int[head.count(head.i32())];
      for (int i = 0; i < lengths.length; i++) {
        lengths[i] = head.count(head.i32());
      }
      List<BinaryIn> sections = new ArrayList<>();
      for (int length : lengths) {
        java.nio.ByteBuffer section = head.buffer.slice(head.buffer.position(), head.count(length));
        head.buffer.position(head.buffer.position() + length);
        sections.add(new BinaryIn(section, table));
      }
      head.checkEnd();
      if (sections.size() < 2) {
        throw new IllegalArgumentException("malformed index cache: " + sections.size() + " sections");
      }
      return sections;
    }

    int i32() {
      return buffer.getInt();
    }

    long i64() {
      return buffer.getLong();
    }

    double f64() {
      return Double.longBitsToDouble(buffer.getLong());
    }

    boolean bool() {
      return buffer.get() != 0;
    }

    byte[] bytes() {
      byte[] out = new byte[count(i32())];
      buffer.get(out);
      return out;
    }

    Geometry geometry() {
      try {
        return wkb.read(bytes());
      } catch (ParseException e) {
        throw new IllegalArgumentException("malformed geometry in the index cache: " + e.getMessage(), e);
      }
    }

    String str() {
      int i = i32();
      return i == -1 ? null : table[i];
    }

    List<String> strings() {
      int n = count(i32());
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = str();
      }
      return List.of(out);
    }

    void checkEnd() {
      if (buffer.hasRemaining()) {
        throw new IllegalArgumentException(buffer.remaining() + " bytes left over in the index cache");
      }
    }

    private int count(int n) {
      if (n < 0 || n > buffer.remaining()) {
        throw new IllegalArgumentException("malformed index cache: a count of " + n + " with "
            + buffer.remaining() + " bytes left");
      }
      return n;
    }
  }
}
