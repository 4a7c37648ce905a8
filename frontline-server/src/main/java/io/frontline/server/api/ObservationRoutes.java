package io.frontline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.observations.ObservationInput;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.observations.RecordedVersion;
import io.frontline.app.observations.StoreAccess;
import io.frontline.formats.json.ObservationJson;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Bodies;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.frontline.server.http.ServerJson;
import io.frontline.store.GeoPackageStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Observations: list with filters and paging, one lineage with all its versions, and the writes, each adding a
 * version and never changing one ({@link ObservationWrites}): create, correct (a new version: the body is the whole
 * corrected observation), retract (a retraction version; the body gives the reason).
 */
public final class ObservationRoutes {
  static final String PATH = CatalogRoutes.BASE + "/observations";
  private final Backend backend;
  private final long maxBody_bytes;

  public ObservationRoutes(Backend backend, long maxBody_bytes) {
    this.backend = backend;
    this.maxBody_bytes = maxBody_bytes;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::list);
    routes.post(PATH, this::create);
    routes.get(PATH + "/{lineage}", this::get);
    routes.post(PATH + "/{lineage}/corrections", this::correct);
    routes.post(PATH + "/{lineage}/retraction", this::retract);
  }

  void list(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    Predicate<Observation> filter = filter(s, ctx);
    int limit = Params.integer(ctx, "limit", 100, 1, 1000);
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    List<Observation> all = s.index().observations().stream()
        .filter(filter)
        .sorted(Comparator.comparing((Observation o) -> o.statement().date())
            .thenComparing(Observation::lineage))
        .toList();
    ArrayNode items = ServerJson.MAPPER.createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(o -> items.add(ObservationJson.of(o)));
    ObjectNode n = ServerJson.object();
    n.put("total", all.size()).put("limit", limit).put("offset", offset);
    n.put("next", offset + limit < all.size() ? nextLink(ctx, offset + limit) : null);
    n.put("store_revision", s.key().revision());
    n.set("items", items);
    Responses.json(ctx, n);
  }

  private static Predicate<Observation> filter(Snapshot s, Context ctx) {
    Optional<String> actor = s.actorId(Params.text(ctx, "actor"));
    Optional<String> status = Params.text(ctx, "status");
    Optional<Long> place =
        Params.text(ctx, "place_id").map(t -> CatalogRoutes.placeId(t, "place_id"));
    Optional<LocalDate> from = Params.optionalDate(ctx, "from");
    Optional<LocalDate> to = Params.optionalDate(ctx, "to");
    return o -> actor
            .map(
                a -> a.equals(o.statement().actorId()) || a.equals(o.statement().fromActorId()))
            .orElse(true)
        && status.map(x -> x.equalsIgnoreCase(o.statement().status().code())).orElse(true)
        && place
            .map(p -> o.statement().subject() instanceof Subject.PlaceRef r && r.placeId() == p)
            .orElse(true)
        && from.map(d -> !o.statement().date().end().isBefore(d)).orElse(true)
        && to.map(d -> !o.statement().date().start().isAfter(d)).orElse(true);
  }

  private static String nextLink(Context ctx, int offset) {
    String q =
        ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)offset=[^&]*", "");
    q = q.startsWith("&") ? q.substring(1) : q;
    return ctx.path() + "?" + (q.isEmpty() ? "" : q + "&") + "offset=" + offset;
  }

  void get(Context ctx) {
    String lineage = ctx.pathParam("lineage");
    List<Observation> versions = backend.store().versions(lineage);
    if (versions.isEmpty()) {
      throw ApiException.notFound("no observation with lineage '" + lineage + "'");
    }
    ObjectNode n = ServerJson.object();
    n.put("lineage", lineage);
    ArrayNode array = n.putArray("versions");
    versions.forEach(v -> array.add(ObservationJson.of(v)));
    n.put("store_revision", backend.gate().revision());
    Responses.json(ctx, n);
  }

  void create(Context ctx) {
    ObservationInput input = ObservationInput.fromJson(Bodies.json(ctx, maxBody_bytes));
    created(ctx, writes().record(input, backend.user()));
  }

  void correct(Context ctx) {
    ObservationInput input = ObservationInput.fromJson(Bodies.json(ctx, maxBody_bytes));
    created(ctx, writes().correct(ctx.pathParam("lineage"), latest -> input, null, backend.user()));
  }

  void retract(Context ctx) {
    JsonNode body = Bodies.json(ctx, maxBody_bytes);
    JsonNode given = body.path("reason");
    String reason = given.isValueNode() && !given.isNull() ? given.asText() : "";
    created(ctx, writes().retract(ctx.pathParam("lineage"), null, reason, backend.user()));
  }

  /** The write use cases, checked against the latest actors, writing through the gate. */
  private ObservationWrites writes() {
    return new ObservationWrites(gate(backend), backend.latest().actors(), backend.basemap());
  }

  /** The store as the write use cases reach it: writes through the gate, which publishes each new revision. */
  static StoreAccess gate(Backend backend) {
    return new StoreAccess() {
      @Override
      public GeoPackageStore store() {
        return backend.store();
      }

      @Override
      public <T> T write(Function<GeoPackageStore, T> work) {
        return backend.gate().write(work);
      }

      @Override
      public long revision() {
        return backend.gate().revision();
      }
    };
  }

  private void created(Context ctx, RecordedVersion recorded) {
    ctx.status(201).header("Location", PATH + "/" + recorded.observation().lineage());
    Responses.json(ctx, recorded.toJson());
  }
}
