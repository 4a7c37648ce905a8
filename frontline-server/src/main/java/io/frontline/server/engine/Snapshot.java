package io.frontline.server.engine;

import io.frontline.actors.Actors;
import io.frontline.app.View;
import io.frontline.app.control.ControlArea;
import io.frontline.app.control.ControlAreas;
import io.frontline.basemap.Basemap;
import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.figures.ChangesOp;
import io.frontline.figures.Figures;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One built state of the engine: the control index for a {@link SnapshotKey}, the actors, and per-date answers
 * (figures, dissolved control areas) cached as they are asked for. Immutable apart from its caches; thread-safe.
 */
public final class Snapshot implements View {
  /** The age after which a deciding observation counts as stale on the map. */
  public static final int STALE_AFTER_DAYS = FiguresConfig.DEFAULT.staleAfterDays();

  private final SnapshotKey key;
  private final GeoPackageStore store;
  private final ControlIndex index;
  private final Actors actors;
  private final FiguresOp figuresOp;
  private final Lru<LocalDate, Figures> figures = new Lru<>(512);
  private final Lru<LocalDate, List<ControlArea>> areas = new Lru<>(64);
  private final Lru<List<Integer>, Geometry> unions = new Lru<>(256);
  private final Map<String, Observation> byLineage;
  private volatile PointIndex points;

  public Snapshot(
      SnapshotKey key, GeoPackageStore store, ControlIndex index, Actors actors, Basemap basemap) {
    this.key = key;
    this.store = store;
    this.index = index;
    this.actors = actors;
    this.figuresOp = new FiguresOp(index, actors, basemap, FiguresConfig.DEFAULT, key.asOf());
    this.byLineage = new HashMap<>(index.observations().size() * 4 / 3 + 1);
    index.observations().forEach(o -> byLineage.put(o.lineage(), o));
  }

  public SnapshotKey key() {
    return key;
  }

  @Override
  public GeoPackageStore store() {
    return store;
  }

  @Override
  public long revision() {
    return key.revision();
  }

  @Override
  public io.frontline.timeline.RecordTime asOf() {
    return key.asOf();
  }

  @Override
  public ControlIndex index() {
    return index;
  }

  @Override
  public Actors actors() {
    return actors;
  }

  @Override
  public Figures figures(LocalDate date) {
    return figures.get(date, figuresOp::figures);
  }

  @Override
  public ChangesOp changes() {
    return new ChangesOp(index, figuresOp);
  }

  /** The current version (as of the snapshot) of an observation, if it counts. */
  public Optional<Observation> observation(String lineage) {
    return Optional.ofNullable(byLineage.get(lineage));
  }

  /** First and last day an observation starts on; empty for an empty store. */
  public Optional<LocalDate[]> dateRange() {
    return index.dateRange();
  }

  /** The control map of a date, dissolved per holding, largest first (cached). */
  @Override
  public List<ControlArea> areas(LocalDate date) {
    return areas.get(date, this::dissolve);
  }

  public PointIndex points() {
    PointIndex p = points;
    if (p == null) {
      synchronized (this) {
        if (points == null) {
          points = new PointIndex(index.atoms());
        }
        p = points;
      }
    }
    return p;
  }

  private List<ControlArea> dissolve(LocalDate date) {
    return ControlAreas.dissolve(
        index,
        date,
        STALE_AFTER_DAYS,
        atoms -> unions.get(
            atoms.stream().map(Atom::id).sorted().toList(),
            k -> Geometries.dissolveCoverage(atoms.stream().map(Atom::geometry).toList())));
  }
}
