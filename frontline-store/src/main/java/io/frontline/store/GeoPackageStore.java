package io.frontline.store;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorStore;
import io.frontline.events.Event;
import io.frontline.events.EventStore;
import io.frontline.events.StoredSuggestion;
import io.frontline.events.Suggestion;
import io.frontline.events.SuggestionStore;
import io.frontline.gazetteer.GazetteerStore;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.ObservationStore;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.refusals.Refusal;
import io.frontline.timeline.FuzzyDate;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Envelope;

/**
 * The embedded store: one OGC GeoPackage 1.3 file (SQLite) holding observations, actors and the gazetteer, which
 * QGIS and GDAL open as it is ({@code observations} and {@code places} are feature layers, {@code actors} an
 * attributes table).
 *
 * <p>Invariants: observations are append-only (every change adds a version); every write is one transaction, all or
 * nothing, and survives or vanishes whole if the process is killed; record times come from the clock and strictly
 * increase; {@link #revision()} grows with every write. Calls are serialised, so one store may be shared by threads.
 * Opening migrates an older store and refuses a newer one or a file that is not a Frontline store.
 */
public final class GeoPackageStore
    implements ObservationStore,
        ActorStore,
        GazetteerStore,
        EventStore,
        SuggestionStore,
        AutoCloseable {
  private final StoreConnection db;
  private final RecordClock times;
  private final MetaTable meta;
  private final PlaceTable places;
  private final ActorTable actors;
  private final ObservationTable observations;
  private final EventTable events;
  private final SuggestionTable suggestions;
  private boolean closed;

  private GeoPackageStore(StoreConnection db, RecordClock times) {
    this.db = db;
    this.times = times;
    this.meta = new MetaTable(db);
    this.places = new PlaceTable(db);
    this.actors = new ActorTable(db);
    this.observations = new ObservationTable(db, places);
    this.events = new EventTable(db);
    this.suggestions = new SuggestionTable(db);
  }

  /** Opens (creating if missing) the store at {@code file}, with record times from the system UTC clock. */
  public static GeoPackageStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** Opens (creating if missing) the store at {@code file}, with record times from {@code clock}. */
  public static GeoPackageStore open(Path file, Clock clock) {
    return open(file, clock, Migrations.bundled());
  }

  static GeoPackageStore open(Path file, Clock clock, Migrations migrations) {
    if (file == null) {
      throw new IllegalArgumentException("a store needs a file path");
    }
    RecordClock times = new RecordClock(clock);
    StoreConnection db = StoreConnection.open(file);
    try {
      db.read("register the GeoPackage SQL functions", () -> {
        Gpkg.registerFunctions(db.jdbc());
        return null;
      });
      migrations.apply(db);
      return new GeoPackageStore(db, times);
    } catch (RuntimeException e) {
      closeAfter(db, e);
      throw e;
    }
  }

  public Path file() {
    return db.file();
  }

  /**
   * Loads the SQLite driver's native library on a thread of its own, so that a program that has just started does
   * other work meanwhile (the load, with the logging set-up it starts, takes a tenth of a short command). The first
   * store opened waits for it; a failure here is left for that store's opening to meet and report.
   */
  public static void loadDriverInBackground() {
    Thread thread = new Thread(GeoPackageStore::loadDriver, "sqlite-load");
    thread.setDaemon(true);
    thread.start();
  }

  private static void loadDriver() {
    try {
      org.sqlite.SQLiteJDBCLoader.initialize();
    } catch (Exception | LinkageError e) {
      // the store's connection loads it again and reports what fails
    }
  }

  /** The number of the last schema migration applied to this store. */
  public synchronized int schemaVersion() {
    return read("read the schema version", () ->
        (int) db.queryLong("SELECT max(version) FROM frontline_migrations"));
  }

  @Override
  public synchronized List<Observation> record(List<Statement> statements, String recordedBy) {
    List<Statement> batch = checkBatch(statements);
    checkRecorder(recordedBy);
    if (batch.isEmpty()) {
      return List.of();
    }
    return remembered(
        writeObservations("record observations", at -> observations.addNew(batch, recordedBy, at)));
  }

  @Override
  public synchronized Observation supersede(
      String lineage, Statement corrected, String recordedBy) {
    if (corrected == null) {
      throw new IllegalArgumentException("a correction needs a statement");
    }
    checkRecorder(recordedBy);
    return rememberedOne(writeObservations("supersede an observation", at -> {
      Observation previous = current(lineage);
      if (previous.retracted()) {
        throw Refusal.conflict("observation " + lineage + " is retracted and cannot be superseded");
      }
      return observations.addVersion(previous, corrected, recordedBy, at, false);
    }));
  }

  @Override
  public synchronized Observation retract(String lineage, String reason, String recordedBy) {
    return retract(lineage, null, reason, recordedBy);
  }

  /**
   * Records a retraction whose version names the source that shows the observation wrong; a null source keeps the
   * previous version's.
   */
  public synchronized Observation retract(
      String lineage, Source source, String reason, String recordedBy) {
    checkRecorder(recordedBy);
    return rememberedOne(writeObservations("retract an observation", at -> {
      Observation previous = current(lineage);
      if (previous.retracted()) {
        throw Refusal.conflict("observation " + lineage + " is already retracted");
      }
      Statement s = previous.statement();
      Statement retraction = new Statement(
          s.subject(),
          s.actorId(),
          s.status(),
          s.fromActorId(),
          s.date(),
          source == null ? s.source() : source,
          s.confidence(),
          reason,
          s.share());
      return observations.addVersion(previous, retraction, recordedBy, at, true);
    }));
  }

  @Override
  public synchronized List<Observation> observations(RecordTime asOf) {
    RecordTime time = asOf == null ? RecordTime.now() : asOf;
    return read("read observations", () -> observations.asOf(time));
  }

  @Override
  public synchronized List<Observation> versions(String lineage) {
    return read(
        "read the versions of an observation",
        () -> observations.versions(Objects.toString(lineage, "")));
  }

  /** Lineage ids that start with {@code prefix} (retracted ones included), at most {@code limit}, in order. */
  public synchronized List<String> lineagesStartingWith(String prefix, int limit) {
    if (prefix == null || prefix.isEmpty() || limit < 1) {
      throw new IllegalArgumentException(
          "a lineage prefix must not be empty and the limit at least 1, were '" + prefix + "' and "
              + limit);
    }
    return read("find lineages by prefix", () -> observations.lineagesStartingWith(prefix, limit));
  }

  /** When the first observation was recorded; empty for a store without observations. */
  public synchronized Optional<Instant> firstRecordedAt() {
    return read("read the first record time", observations::firstRecordedAt);
  }

  /**
   * Adds events in one transaction. Events do not change control, but what is served from the store does (tiles,
   * answers cached by revision), so the revision grows when any event is added, as with every other write.
   */
  @Override
  public synchronized int addEvents(List<Event> list, LongConsumer progress) {
    List<Event> batch = checkElements(list, "events");
    if (batch.isEmpty()) {
      return 0;
    }
    checkOpen();
    return db.write("add events", () -> {
      Envelope extent = new Envelope();
      int added = events.add(batch, progress == null ? n -> {} : progress, extent);
      Gpkg.touch(db, "events", times.now(), extent);
      if (added > 0) {
        meta.bumpRevision();
      }
      return added;
    });
  }

  @Override
  public synchronized List<Event> findEvents(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "an event range needs from <= to, was " + from + " to " + to);
    }
    return read("read events", () -> events.between(from, to));
  }

  /** Adds suggestions as pending in one transaction. Suggestions do not change control: the revision stays. */
  @Override
  public synchronized int addSuggestions(List<Suggestion> list, Instant at) {
    List<Suggestion> batch = checkElements(list, "suggestions");
    checkOpen();
    return batch.isEmpty() ? 0 : db.write("add suggestions", () -> suggestions.add(batch, at));
  }

  @Override
  public synchronized List<StoredSuggestion> suggestions(Optional<StoredSuggestion.Review> review) {
    return read("read suggestions", () -> suggestions.list(review));
  }

  @Override
  public synchronized Optional<StoredSuggestion> findSuggestion(long id) {
    return read("read a suggestion", () -> suggestions.find(id));
  }

  @Override
  public synchronized StoredSuggestion editSuggestion(
      long id,
      String actorId,
      Status status,
      String otherActorId,
      FuzzyDate date,
      String by,
      Instant at) {
    checkOpen();
    return db.write(
        "edit a suggestion",
        () -> suggestions.edit(id, actorId, status, otherActorId, date, by, at));
  }

  @Override
  public synchronized StoredSuggestion reviewSuggestion(
      long id,
      StoredSuggestion.Review review,
      String by,
      Instant at,
      String reason,
      Long observationId) {
    checkOpen();
    return db.write(
        "review a suggestion", () -> suggestions.review(id, review, by, at, reason, observationId));
  }

  @Override
  public synchronized long eventCount() {
    return read("count events", events::count);
  }

  @Override
  public synchronized long revision() {
    return read("read the revision", meta::revision);
  }

  @Override
  public synchronized List<Actor> actors() {
    return read("read actors", actors::all);
  }

  @Override
  public synchronized void putActors(Collection<Actor> list) {
    List<Actor> batch = checkElements(list, "actors");
    if (!batch.isEmpty()) {
      write("put actors", () -> {
        actors.put(batch);
        Gpkg.touch(db, "actors", times.now(), null);
      });
    }
  }

  @Override
  public synchronized void putPlaces(Collection<Place> list) {
    List<Place> batch = checkElements(list, "places");
    if (!batch.isEmpty()) {
      write("put places", () -> Gpkg.touch(db, "places", times.now(), places.put(batch)));
    }
  }

  @Override
  public synchronized long placeCount() {
    return read("count places", places::count);
  }

  @Override
  public synchronized Optional<Place> findPlace(long id) {
    return read("find a place", () -> places.find(id));
  }

  @Override
  public synchronized List<Place> search(String query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("search limit must be at least 1, was " + limit);
    }
    return read("search places", () -> places.search(query, limit));
  }

  @Override
  public synchronized List<Place> placesWithin(Envelope lonLat) {
    if (lonLat == null || lonLat.isNull()) {
      return List.of();
    }
    return read("find places in an envelope", () -> places.within(lonLat));
  }

  /** The state of the file now: changes with every committed write, whoever writes (see {@link StoreStamp}). */
  public synchronized StoreStamp stamp() {
    return StoreStamp.of(db.file(), revision());
  }

  /** The record times that bound {@code asOf}: every time between them reads the same observations. */
  public synchronized RecordSpan recordSpan(RecordTime asOf) {
    RecordTime time = asOf == null ? RecordTime.now() : asOf;
    return read("read the record times around " + time, () -> observations.span(time));
  }

  /** A value other modules keep in the store's {@code frontline_meta} table. */
  public synchronized Optional<String> meta(String key) {
    return read("read metadata", () -> meta.get(checkKey(key)));
  }

  /** Sets a metadata value; a write, so the revision grows. The key {@code revision} is the store's own. */
  public synchronized void putMeta(String key, String value) {
    if (MetaTable.REVISION.equals(checkKey(key))) {
      throw new IllegalArgumentException(
          "metadata key '" + key + "' is reserved for the store's revision");
    }
    if (value == null) {
      throw new IllegalArgumentException("metadata value for '" + key + "' must not be null");
    }
    write("write metadata", () -> meta.put(key, value));
  }

  /** Writes a consistent copy of the whole store to a new file (SQLite VACUUM INTO); an existing file is refused. */
  public synchronized void copyTo(Path target) {
    if (java.nio.file.Files.exists(target)) {
      throw new IllegalArgumentException("will not overwrite " + target + "; remove it first");
    }
    read("copy the store to " + target, () -> {
      try (java.sql.PreparedStatement vacuum = db.prepare("VACUUM INTO ?")) {
        vacuum.setString(1, target.toAbsolutePath().toString());
        vacuum.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      db.close();
    }
  }

  /** Work that needs the record time of its write. */
  @FunctionalInterface
  private interface TimedWork<T> {
    T run(Instant recordedAt) throws SQLException;
  }

  /** Work that writes and returns nothing. */
  @FunctionalInterface
  private interface WriteWork {
    void run() throws SQLException;
  }

  private <T> T writeObservations(String action, TimedWork<T> work) {
    checkOpen();
    return db.write(action, () -> {
      Instant at = times.next(observations.lastRecordedAt().orElse(null));
      T result = work.run(at);
      meta.bumpRevision();
      return result;
    });
  }

  /** What a committed write recorded, noted so that reads reuse it rather than make it again from its row. */
  private List<Observation> remembered(List<Observation> written) {
    observations.remember(written);
    return written;
  }

  private Observation rememberedOne(Observation written) {
    observations.remember(List.of(written));
    return written;
  }

  private void write(String action, WriteWork work) {
    checkOpen();
    db.write(action, () -> {
      work.run();
      meta.bumpRevision();
      return null;
    });
  }

  private <T> T read(String action, StoreConnection.SqlWork<T> work) {
    checkOpen();
    return db.read(action, work);
  }

  private Observation current(String lineage) throws SQLException {
    return observations
        .latest(Objects.toString(lineage, ""))
        .orElseThrow(() -> Refusal.notFound("no observation with lineage " + lineage));
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("store " + db.file() + " is closed");
    }
  }

  private static List<Statement> checkBatch(List<Statement> statements) {
    return checkElements(statements, "statements");
  }

  private static <T> List<T> checkElements(Collection<T> items, String what) {
    if (items == null || items.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(what + " must be a collection without nulls");
    }
    return List.copyOf(items);
  }

  private static void checkRecorder(String recordedBy) {
    if (recordedBy == null || recordedBy.isBlank()) {
      throw new IllegalArgumentException(
          "recordedBy must name who records, was '" + recordedBy + "'");
    }
  }

  private static String checkKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("metadata key must not be blank, was '" + key + "'");
    }
    return key;
  }

  private static void closeAfter(StoreConnection db, RuntimeException failure) {
    try {
      db.close();
    } catch (StoreException e) {
      failure.addSuppressed(e);
    }
  }
}
