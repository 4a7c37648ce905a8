package io.frontline.server.engine;

import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.server.http.Params;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import io.javalin.http.Context;

/**
 * What every route works with: the store behind its gate, the snapshot cache, the bundled basemap, the default zone
 * radius and the name writes are recorded under.
 */
public record Backend(
    StoreGate gate,
    SnapshotCache snapshots,
    NaturalEarthBasemap basemap,
    double zoneRadius_km,
    String user) {

  public static Backend open(
      GeoPackageStore store, double zoneRadius_km, int cacheSize, String user) {
    StoreGate gate = new StoreGate(store);
    NaturalEarthBasemap basemap = NaturalEarthBasemap.shared();
    SnapshotCache snapshots = new SnapshotCache(gate, basemap, cacheSize);
    gate.onNewRevision(revision -> snapshots.prepare(revision, RecordTime.now(), zoneRadius_km));
    return new Backend(gate, snapshots, basemap, zoneRadius_km, user);
  }

  public GeoPackageStore store() {
    return gate.store();
  }

  /** The snapshot a request asks for: {@code as_of} (default latest) and {@code zone_radius} (km). */
  public Snapshot snapshot(Context ctx) {
    return snapshot(Params.asOf(ctx), radius(ctx));
  }

  public Snapshot snapshot(RecordTime asOf, double radius_km) {
    return snapshots.get(asOf, radius_km);
  }

  public Snapshot latest() {
    return snapshots.get(RecordTime.now(), zoneRadius_km);
  }

  private double radius(Context ctx) {
    return Params.text(ctx, "zone_radius").isEmpty()
        ? zoneRadius_km
        : Params.number(ctx, "zone_radius", 1, 500);
  }
}
