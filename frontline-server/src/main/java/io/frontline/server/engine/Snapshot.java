package io.frontline.server.engine;

import io.frontline.actors.Actors;
import io.frontline.app.View;
import io.frontline.basemap.Basemap;
import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.figures.ChangesOp;
import io.frontline.figures.Figures;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  public Snapshot(SnapshotKey key, GeoPackageStore store, ControlIndex index, Actors actors, Basemap basemap) {
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

  /** The control map of a date, dissolved per holding, largest first. */
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
    Map<String, List<ControlIndex.ControlMap.Piece>> groups = new LinkedHashMap<>();
    for (ControlIndex.ControlMap.Piece p : index.mapAt(date).pieces()) {
      Holding h = p.holding();
      String k = h.holder() + "|" + h.status() + "|" + h.other() + "|" + p.basis(date, STALE_AFTER_DAYS);
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
    }
    List<ControlArea> out = new ArrayList<>();
    groups.values().forEach(pieces -> out.add(area(pieces, date)));
    out.sort(Comparator.comparingDouble(ControlArea::area_km2).reversed());
    return List.copyOf(out);
  }

  /** One holding's area; the union of a set of atoms is cached, as most groups stay the same from day to day. */
  private ControlArea area(List<ControlIndex.ControlMap.Piece> pieces, LocalDate date) {
    List<Atom> atoms = pieces.stream().map(ControlIndex.ControlMap.Piece::atom).toList();
    List<Integer> ids = atoms.stream().map(Atom::id).sorted().toList();
    Geometry union = unions.get(ids, k -> Geometries.dissolveCoverage(atoms.stream().map(Atom::geometry).toList()));
    double km2 = atoms.stream().mapToDouble(Atom::area_km2).sum();
    double implied = pieces.stream().filter(p -> p.holding().decidedBy().implied())
        .mapToDouble(p -> p.atom().area_km2()).sum();
    Holding h = pieces.get(0).holding();
    boolean one = pieces.stream().map(p -> p.holding().decidedBy().observation().id()).distinct().count() == 1;
    Long age = one ? pieces.get(0).ageDays(date) : null;
    long oldest = pieces.stream().mapToLong(p -> p.ageDays(date)).max().orElse(0);
    return new ControlArea(h.holder(), h.status(), h.other(), union, round(km2), round(implied),
        pieces.get(0).basis(date, STALE_AFTER_DAYS), age, oldest);
  }

  private static double round(double km2) {
    return Math.round(km2 * 10) / 10.0;
  }
}
