package io.frontline.control;

import io.frontline.basemap.Basemap;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.kdtree.KdNode;
import org.locationtech.jts.index.kdtree.KdTree;

/**
 * Turns observations into a {@link ControlIndex}: groups them by footprint (a place's zone or a drawn area), derives
 * candidates, builds the arrangement of footprints into atoms and collects the settlements they cover.
 */
public final class ControlIndexBuilder {
  private final Gazetteer gazetteer;
  private final Basemap basemap;
  private final ZoneConfig config;
  private final LayoutMemo memo;

  public ControlIndexBuilder(Gazetteer gazetteer, Basemap basemap, ZoneConfig config) {
    this(gazetteer, basemap, config, new LayoutMemo());
  }

  /** A builder that reuses the zones and layout {@code memo} keeps from an earlier build where they still hold. */
  public ControlIndexBuilder(Gazetteer gazetteer, Basemap basemap, ZoneConfig config, LayoutMemo memo) {
    this.gazetteer = gazetteer;
    this.basemap = basemap;
    this.config = config;
    this.memo = memo;
  }

  public ControlIndex build(List<Observation> observations) {
    List<Footprint> footprints = footprints(observations);
    Layout layout = memo.layout(footprints, () -> Layout.of(gazetteer, footprints));
    return new ControlIndex(observations, footprints, layout.atoms(footprints), layout.sites(footprints), config,
        ObservationStats.of(observations, footprints));
  }

  List<Footprint> footprints(List<Observation> observations) {
    Map<Long, List<Observation>> byPlace = new LinkedHashMap<>();
    List<Footprint> footprints = new ArrayList<>();
    for (Observation o : observations) {
      Subject subject = o.statement().subject();
      if (subject instanceof Subject.PlaceRef ref) {
        byPlace.computeIfAbsent(ref.placeId(), k -> new ArrayList<>()).add(o);
      } else if (subject instanceof Subject.Area area && o.statement().status() != Status.PRESENCE) {
        footprints.add(new Footprint("area:" + o.lineage(), 0, 0,
            Densifier.densify(area.geometry(), ZoneOp.MAX_SEGMENT_DEG),
            candidates(List.of(o), config.impliedDays())));
      }
    }
    Map<Long, Place> places = new LinkedHashMap<>();
    byPlace.keySet().forEach(id -> gazetteer.findPlace(id).ifPresent(p -> places.put(id, p)));
    Map<Long, Geometry> zones = memo.zones(config, List.copyOf(places.keySet()),
        () -> new ZoneOp(basemap, config).zones(places.values(), anchors(places)));
    List<Footprint> zoneFootprints = new ArrayList<>();
    zones.forEach((id, zone) -> zoneFootprints.add(new Footprint("place:" + id, id, places.get(id).population(), zone,
        candidates(byPlace.get(id), config.impliedDays()))));
    zoneFootprints.addAll(footprints);
    return zoneFootprints;
  }

  /** Unobserved cities near the observed places and farther than the anchor distance from all of them. */
  List<Place> anchors(Map<Long, Place> observed) {
    if (observed.isEmpty()) {
      return List.of();
    }
    Envelope around = new Envelope();
    observed.values().forEach(p -> around.expandToInclude(p.lon(), p.lat()));
    around.expandBy(config.radius_km() / 50.0);
    KdTree tree = new KdTree();
    observed.values().forEach(p -> tree.insert(new Coordinate(p.lon(), p.lat()), p));
    List<Place> anchors = new ArrayList<>();
    for (Place city : gazetteer.placesWithin(around)) {
      if (city.isSettlement() && city.population() >= config.anchorPopulation() && !observed.containsKey(city.id())
          && farFromAll(tree, city)) {
        anchors.add(city);
      }
    }
    return anchors;
  }

  private boolean farFromAll(KdTree tree, Place city) {
    double deg = config.anchorDistance_km() / 80.0;
    Envelope near = new Envelope(city.lon() - deg * 2, city.lon() + deg * 2, city.lat() - deg, city.lat() + deg);
    for (Object o : tree.query(near)) {
      Place p = (Place) ((KdNode) o).getData();
      if (GeodesicCircle.distance_m(city.lat(), city.lon(), p.lat(), p.lon())
          < config.anchorDistance_km() * 1000) {
        return false;
      }
    }
    return true;
  }

  /** Candidates of one footprint's observations, plus the holder implied by its earliest capture. */
  static List<Candidate> candidates(List<Observation> observations, int impliedDays) {
    List<Candidate> out = new ArrayList<>();
    for (Observation o : observations) {
      if (o.statement().status() != Status.PRESENCE) {
        out.add(Candidate.of(o));
      }
    }
    Optional<Candidate> earliest = out.stream().min(Candidate.PRIORITY);
    earliest.filter(c -> c.statement().fromActorId() != null)
        .ifPresent(c -> out.add(Candidate.impliedBefore(c.observation(), impliedDays)));
    return out;
  }

  /** The envelope of all footprints, or null when there are none. */
  static Envelope extent(List<Footprint> footprints) {
    return footprints.stream().map(f -> f.geometry().getEnvelopeInternal())
        .reduce((a, b) -> {
          Envelope e = new Envelope(a);
          e.expandToInclude(b);
          return e;
        }).orElse(null);
  }

  static Comparator<Footprint> byKey() {
    return Comparator.comparing(Footprint::key);
  }
}
