package io.frontline.store;

import io.frontline.control.Atom;
import io.frontline.control.Candidate;
import io.frontline.control.ControlIndex;
import io.frontline.control.DeferredList;
import io.frontline.control.Footprint;
import io.frontline.control.ObservationList;
import io.frontline.control.ObservationStats;
import io.frontline.control.Resolution;
import io.frontline.control.Site;
import io.frontline.control.ZoneConfig;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Confidence;
import io.frontline.observations.Grade;
import io.frontline.observations.Observation;
import io.frontline.observations.ObservationFacts;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.store.IndexBinary.BinaryIn;
import io.frontline.store.IndexBinary.BinaryOut;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The binary form of a {@link ControlIndex}: its observations (in chunks), the table of their candidates, the
 * footprints, atoms and sites with their candidates by number, the zone configuration and the counts. Doubles are
 * written as their bits and geometries as WKB, so what is read back is equal to what was written; an area
 * observation's geometry goes through the same GeoPackage blob as the store's own row. Candidates keep their order,
 * so every resolution sorts them as the build did. Sections are read in parallel, the footprints (which figures and
 * changes never read) only when first asked for.
 */
final class IndexCodec {
  /** Observations per section. */
  private static final int CHUNK = 16_384;
  /** Atoms per section. */
  private static final int ATOM_CHUNK = 4_096;
  /** Sections besides the layout and the chunks: candidates, footprints, sites, the tail. */
  private static final int TAIL = 4;

  private IndexCodec() {}

  static byte[] write(ControlIndex index) {
    Map<String, Integer> table = new LinkedHashMap<>();
    List<BinaryOut> observationChunks = new ArrayList<>();
    List<Observation> observations = index.observations();
    for (int from = 0; from < observations.size(); from += CHUNK) {
      List<Observation> chunk =
          observations.subList(from, Math.min(observations.size(), from + CHUNK));
      observationChunks.add(section(table, out -> observations(out, chunk)));
    }
    Map<Candidate, Integer> candidates = new IdentityHashMap<>();
    BinaryOut candidateRows = section(table, out -> candidates(out, index, candidates));
    List<BinaryOut> atomChunks = new ArrayList<>();
    List<Atom> atoms = index.atoms();
    for (int from = 0; from < atoms.size(); from += ATOM_CHUNK) {
      List<Atom> chunk = atoms.subList(from, Math.min(atoms.size(), from + ATOM_CHUNK));
      atomChunks.add(section(table, out -> atoms(out, chunk, candidates)));
    }
    List<BinaryOut> sections = new ArrayList<>();
    sections.add(section(table, out -> {
      out.i32(observationChunks.size());
      out.i32(atomChunks.size());
    }));
    sections.addAll(observationChunks);
    sections.add(candidateRows);
    sections.add(section(table, out -> footprints(out, index.footprints(), candidates)));
    sections.addAll(atomChunks);
    sections.add(section(table, out -> sites(out, index.sites(), candidates)));
    sections.add(
        section(table, out -> tail(out, index.zones(), index.stats(), index.populationMethod())));
    return BinaryOut.assemble(table, sections);
  }

  static ControlIndex read(byte[] bytes) {
    return read(java.nio.ByteBuffer.wrap(bytes));
  }

  /** The index in {@code bytes} (which must not change while the index is in use: observations are read late). */
  static ControlIndex read(java.nio.ByteBuffer bytes) {
    return read(bytes, true);
  }

  /**
   * The index in {@code bytes}, its sections read in parallel or, for a read beside other work (a prefetch that a
   * starting process overlaps with its own start), one after the other.
   */
  static ControlIndex read(java.nio.ByteBuffer bytes, boolean parallel) {
    List<BinaryIn> sections = BinaryIn.sections(bytes);
    BinaryIn layout = sections.get(0);
    int chunks = layout.i32();
    int atomChunks = layout.i32();
    if (chunks < 0 || atomChunks < 0 || sections.size() != 1 + chunks + atomChunks + TAIL) {
      throw new IllegalArgumentException("malformed index cache: " + sections.size() + " sections");
    }
    List<ObservationChunk> read = new ArrayList<>(Collections.nCopies(chunks, null));
    List<List<Pending<Atom>>> atoms = new ArrayList<>(Collections.nCopies(atomChunks, null));
    Object[] parts = new Object[5];
    List<Runnable> tasks = new ArrayList<>();
    int candidatesAt = 1 + chunks;
    int atomsAt = candidatesAt + 2;
    int sitesAt = atomsAt + atomChunks;
    for (int i = 0; i < atomChunks; i++) {
      int chunk = i;
      tasks.add(() -> atoms.set(chunk, pending(sections.get(atomsAt + chunk), IndexCodec::atom)));
    }
    for (int i = 0; i < chunks; i++) {
      int chunk = i;
      tasks.add(() -> read.set(chunk, ObservationChunk.of(sections.get(1 + chunk))));
    }
    tasks.add(() -> parts[0] = candidateRows(sections.get(candidatesAt)));
    BinaryIn footprintRows = sections.get(candidatesAt + 1);
    parts[1] = footprintRows.part(0, footprintRows.remaining());
    footprintRows.skipRest();
    tasks.add(() -> parts[3] = pending(sections.get(sitesAt), IndexCodec::site));
    tasks.add(() -> parts[4] = tail(sections.get(sitesAt + 1)));
    (parallel ? tasks.parallelStream() : tasks.stream()).forEach(Runnable::run);
    sections.forEach(BinaryIn::checkEnd);
    List<Observation> observations = new LazyObservations(read);
    List<Pending<Atom>> allAtoms = new ArrayList<>();
    atoms.forEach(allAtoms::addAll);
    parts[2] = allAtoms;
    return assemble(observations, parts, parallel);
  }

  @SuppressWarnings("unchecked")
  private static ControlIndex assemble(
      List<Observation> observations, Object[] parts, boolean parallel) {
    List<Candidate> candidates = ((List<CandidateRow>) parts[0])
        .stream().map(r -> r.candidate(observations)).toList();
    Candidate[] byNumber = candidates.toArray(Candidate[]::new);
    BinaryIn footprintRows = (BinaryIn) parts[1];
    List<Footprint> footprints = new DeferredList<>(() -> {
      List<Footprint> made =
          IndexCodec.<Footprint>pending(footprintRows, IndexCodec::footprint).stream()
              .map(p -> p.make(byNumber))
              .toList();
      footprintRows.checkEnd();
      return made;
    });
    List<Pending<Atom>> pendingAtoms = (List<Pending<Atom>>) parts[2];
    List<Atom> atoms = (parallel ? pendingAtoms.parallelStream() : pendingAtoms.stream())
        .map(p -> p.make(byNumber))
        .toList();
    List<Site> sites =
        ((List<Pending<Site>>) parts[3]).stream().map(p -> p.make(byNumber)).toList();
    Tail tail = (Tail) parts[4];
    return new ControlIndex(
        observations,
        footprints,
        atoms,
        sites,
        tail.zones(),
        tail.stats(),
        tail.populationMethod());
  }

  private static BinaryOut section(
      Map<String, Integer> table, java.util.function.Consumer<BinaryOut> write) {
    BinaryOut out = new BinaryOut(table);
    write.accept(out);
    return out;
  }

  /** A candidate as written: its observation by number. */
  private record CandidateRow(
      int observation, long startDay, String holder, Status status, String other, boolean implied) {
    Candidate candidate(List<Observation> observations) {
      return Candidate.listed(observations, observation, startDay, holder, status, other, implied);
    }
  }

  /** A value read but for its candidates, which are made once the observations are. */
  private interface Pending<T> {
    T make(Candidate[] byNumber);
  }

  static List<Candidate> candidates(Candidate[] byNumber, int[] numbers) {
    Candidate[] out = new Candidate[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      out[i] = byNumber[numbers[i]];
    }
    return List.of(out);
  }

  private record Tail(ZoneConfig zones, ObservationStats stats, String populationMethod) {}

  /** The candidates of every footprint and resolution, each once, in order; the rest refer to them by number. */
  private static void candidates(
      BinaryOut out, ControlIndex index, Map<Candidate, Integer> numbers) {
    Map<Observation, Integer> observations = new IdentityHashMap<>();
    index.observations().forEach(o -> observations.put(o, observations.size()));
    List<Candidate> all = new ArrayList<>();
    java.util.function.Consumer<Candidate> add = c -> {
      if (c != null && numbers.putIfAbsent(c, numbers.size()) == null) {
        all.add(c);
      }
    };
    index.footprints().forEach(f -> f.candidates().forEach(add));
    index.atoms().forEach(a -> candidatesOf(a.resolution(), add));
    index.sites().forEach(s -> candidatesOf(s.resolution(), add));
    out.i32(all.size());
    for (Candidate c : all) {
      Integer observation = observations.get(c.observation());
      if (observation == null) {
        throw new IllegalArgumentException(
            "a candidate's observation is not among the index's observations");
      }
      out.i32(observation);
      out.i64(c.startDay());
      out.str(c.holder());
      out.str(c.status().name());
      out.str(c.other());
      out.bool(c.implied());
    }
  }

  private static void candidatesOf(Resolution r, java.util.function.Consumer<Candidate> add) {
    r.candidates().forEach(add);
    for (int i = 0; i < r.size(); i++) {
      if (r.holding(i) != null) {
        add.accept(r.holding(i).decidedBy());
      }
    }
  }

  private static List<CandidateRow> candidateRows(BinaryIn in) {
    int n = in.count(in.i32());
    List<CandidateRow> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(new CandidateRow(
          in.i32(), in.i64(), in.str(), Status.valueOf(in.str()), in.str(), in.bool()));
    }
    return rows;
  }

  private static void numbers(
      BinaryOut out, List<Candidate> candidates, Map<Candidate, Integer> numbers) {
    out.i32(candidates.size());
    for (Candidate c : candidates) {
      Integer n = numbers.get(c);
      if (n == null) {
        throw new IllegalArgumentException(
            "a candidate of an atom or site belongs to no footprint");
      }
      out.i32(n);
    }
  }

  private static int[] numbers(BinaryIn in) {
    int[] out = new int[in.count(in.i32())];
    for (int i = 0; i < out.length; i++) {
      out[i] = in.i32();
    }
    return out;
  }

  private static <T> List<Pending<T>> pending(BinaryIn in, Function<BinaryIn, Pending<T>> one) {
    int n = in.count(in.i32());
    List<Pending<T>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(one.apply(in));
    }
    return out;
  }

  private static void footprints(
      BinaryOut out, List<Footprint> footprints, Map<Candidate, Integer> numbers) {
    out.i32(footprints.size());
    for (Footprint f : footprints) {
      out.str(f.key());
      out.i64(f.placeId());
      out.i64(f.population());
      out.geometry(f.geometry());
      numbers(out, f.candidates(), numbers);
    }
  }

  private static Pending<Footprint> footprint(BinaryIn in) {
    String key = in.str();
    long placeId = in.i64();
    long population = in.i64();
    org.locationtech.jts.geom.Geometry geometry = in.geometry();
    int[] candidates = numbers(in);
    return c -> new Footprint(key, placeId, population, geometry, candidates(c, candidates));
  }

  private static void atoms(BinaryOut out, List<Atom> atoms, Map<Candidate, Integer> numbers) {
    out.i32(atoms.size());
    for (Atom a : atoms) {
      out.i32(a.id());
      out.geometry(a.geometry());
      out.f64(a.area_km2());
      SpanCodec.write(out, a.resolution(), numbers);
    }
  }

  private static Pending<Atom> atom(BinaryIn in) {
    int id = in.i32();
    java.util.function.Supplier<org.locationtech.jts.geom.Geometry> geometry = in.geometryLater();
    double area = in.f64();
    SpanCodec.Pending resolution = SpanCodec.read(in);
    return c -> Atom.deferred(id, geometry, area, resolution.make(c));
  }

  private static void sites(BinaryOut out, List<Site> sites, Map<Candidate, Integer> numbers) {
    out.i32(sites.size());
    for (Site s : sites) {
      place(out, s.place());
      out.bool(s.observed());
      out.i64(s.population());
      SpanCodec.write(out, s.resolution(), numbers);
    }
  }

  private static Pending<Site> site(BinaryIn in) {
    Place place = place(in);
    boolean observed = in.bool();
    long population = in.i64();
    SpanCodec.Pending resolution = SpanCodec.read(in);
    return c -> new Site(place, observed, resolution.make(c), population);
  }

  private static void tail(
      BinaryOut out, ZoneConfig c, ObservationStats stats, String populationMethod) {
    out.f64(c.radius_km());
    out.bool(c.clipToCountry());
    out.i32(c.circleSegments());
    out.i64(c.anchorPopulation());
    out.f64(c.anchorDistance_km());
    out.i32(c.impliedDays());
    out.f64(c.cellSpacing_km());
    out.f64(c.inferReach_km());
    out.str(populationMethod);
    out.i32(stats.startDays().length);
    for (long day : stats.startDays()) {
      out.i64(day);
    }
    out.i32(stats.observedPlaces());
    out.i32(stats.areaObservations());
    out.i32(stats.placesWithoutZone());
  }

  private static Tail tail(BinaryIn in) {
    ZoneConfig zones = new ZoneConfig(
        in.f64(), in.bool(), in.i32(), in.i64(), in.f64(), in.i32(), in.f64(), in.f64());
    String populationMethod = in.str();
    long[] days = new long[in.count(in.i32())];
    for (int i = 0; i < days.length; i++) {
      days[i] = in.i64();
    }
    return new Tail(
        zones, new ObservationStats(days, in.i32(), in.i32(), in.i32()), populationMethod);
  }

  /** A chunk of observations: their number, where each begins, then each. */
  private static void observations(BinaryOut out, List<Observation> observations) {
    BinaryOut rows = new BinaryOut(out.table());
    out.i32(observations.size());
    for (Observation o : observations) {
      out.i32(rows.size());
      observation(rows, o);
    }
    out.append(rows);
  }

  private static void observation(BinaryOut out, Observation o) {
    out.i64(o.id());
    out.str(o.lineage());
    out.i32(o.version());
    statement(out, o.statement());
    out.str(o.recordedBy());
    out.i64(o.recordedAt().getEpochSecond());
    out.i32(o.recordedAt().getNano());
    out.bool(o.retracted());
  }

  /** One observation, read whole. */
  private static Observation observation(BinaryIn in) {
    Observation o = new Observation(
        in.i64(),
        in.str(),
        in.i32(),
        statement(in),
        in.str(),
        Instant.ofEpochSecond(in.i64(), in.i32()),
        in.bool());
    in.checkEnd();
    return o;
  }

  /** A chunk of observations as read: where each begins; each is read when first asked for. */
  private record ObservationChunk(BinaryIn rows, int[] starts) {
    static ObservationChunk of(BinaryIn in) {
      int[] starts = new int[in.count(in.i32()) + 1];
      for (int i = 0; i + 1 < starts.length; i++) {
        starts[i] = in.i32();
      }
      starts[starts.length - 1] = in.remaining();
      for (int i = 0; i + 1 < starts.length; i++) {
        if (starts[i] < 0 || starts[i] >= starts[i + 1]) {
          throw new IllegalArgumentException(
              "malformed index cache: observation " + i + " at " + starts[i]);
        }
      }
      BinaryIn rows = in.part(0, in.remaining());
      in.skipRest();
      return new ObservationChunk(rows, starts);
    }

    int size() {
      return starts.length - 1;
    }

    Observation get(int i) {
      return observation(rows.part(starts[i], starts[i + 1]));
    }

    ObservationFacts facts(int i) {
      return IndexCodec.facts(rows.part(starts[i], starts[i + 1]));
    }
  }

  /** The observations of every chunk, in order, each read when first asked for. */
  private static final class LazyObservations extends ObservationList {
    private final List<ObservationChunk> chunks;

    LazyObservations(List<ObservationChunk> chunks) {
      super(chunks.stream().mapToInt(ObservationChunk::size).sum());
      this.chunks = chunks;
      for (int i = 0; i + 1 < chunks.size(); i++) {
        if (chunks.get(i).size() != CHUNK) {
          throw new IllegalArgumentException(
              "malformed index cache: a chunk of " + chunks.get(i).size() + " observations");
        }
      }
    }

    @Override
    protected Observation make(int i) {
      return chunks.get(i / CHUNK).get(i % CHUNK);
    }

    @Override
    protected ObservationFacts makeFacts(int i) {
      return chunks.get(i / CHUNK).facts(i % CHUNK);
    }
  }

  /**
   * What figures count of one observation, read from its row past the fields before its source (as
   * {@link #observation(BinaryOut, Observation)} and {@link #statement(BinaryOut, Statement)} write them), without
   * making the observation: the same as {@link ObservationFacts#of} of the observation read whole.
   */
  private static ObservationFacts facts(BinaryIn in) {
    in.i64(); // id
    in.str(); // lineage
    in.i32(); // version
    Long placeId = null;
    if (in.bool()) {
      in.skipBytes(); // an area's geometry
      in.str(); // its label
    } else {
      placeId = in.i64();
    }
    in.str(); // actor
    in.str(); // status
    in.str(); // from actor
    in.i64(); // date
    in.str(); // precision
    String title = in.str();
    List<String> urls = in.strings();
    String citation = in.str();
    SourceKind kind = SourceKind.valueOf(in.str());
    Confidence confidence = Confidence.valueOf(in.str());
    in.str(); // note
    String grade = in.str();
    boolean hasShare = in.bool();
    double share = in.f64();
    return new ObservationFacts(
        placeId,
        Source.key(title, urls, citation),
        kind,
        grade == null ? "" : grade,
        confidence,
        hasShare ? share : null);
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
    out.str(source.grade() == null ? null : source.gradeCode());
    out.bool(s.share() != null);
    out.f64(s.share() == null ? 0 : s.share());
  }

  private static Statement statement(BinaryIn in) {
    Subject subject = in.bool()
        ? new Subject.Area(GpkgGeometry.decode(in.bytes()), in.str())
        : new Subject.PlaceRef(in.i64());
    String actor = in.str();
    Status status = Status.valueOf(in.str());
    String from = in.str();
    FuzzyDate date = new FuzzyDate(LocalDate.ofEpochDay(in.i64()), DatePrecision.valueOf(in.str()));
    String title = in.str();
    List<String> urls = in.strings();
    String citation = in.str();
    SourceKind kind = SourceKind.valueOf(in.str());
    Confidence confidence = Confidence.valueOf(in.str());
    String note = in.str();
    String grade = in.str();
    boolean hasShare = in.bool();
    double share = in.f64();
    return new Statement(
        subject,
        actor,
        status,
        from,
        date,
        new Source(title, urls, citation, kind, grade == null ? null : Grade.parse(grade)),
        confidence,
        note,
        hasShare ? share : null);
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
    return new Place(
        id,
        name,
        alternates,
        names,
        in.f64(),
        in.f64(),
        in.str(),
        in.str(),
        in.str(),
        in.str(),
        in.i64());
  }
}
