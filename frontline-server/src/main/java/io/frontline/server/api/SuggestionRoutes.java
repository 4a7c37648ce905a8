package io.frontline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.suggestions.SuggestionList;
import io.frontline.app.suggestions.Suggestions;
import io.frontline.events.SuggestionRule;
import io.frontline.server.engine.Backend;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Bodies;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.frontline.server.http.ServerJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Suggestions from events ({@link Suggestions}): list them with their evidence, and the writes (generate
 * from the store's events against the latest map, edit, accept as an observation, reject with a reason), which need
 * the token like every write.
 */
public final class SuggestionRoutes {
  static final String PATH = CatalogRoutes.BASE + "/suggestions";
  private final Backend backend;
  private final long maxBody_bytes;

  public SuggestionRoutes(Backend backend, long maxBody_bytes) {
    this.backend = backend;
    this.maxBody_bytes = maxBody_bytes;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::list);
    routes.post(PATH, this::generate);
    routes.post(PATH + "/{id}/edit", this::edit);
    routes.post(PATH + "/{id}/accept", this::accept);
    routes.post(PATH + "/{id}/reject", this::reject);
  }

  private Suggestions suggestions() {
    return new Suggestions(
        ObservationRoutes.gate(backend),
        new ObservationWrites(
            ObservationRoutes.gate(backend), backend.latest().actors(), backend.basemap()),
        Clock.systemUTC());
  }

  void list(Context ctx) {
    Responses.json(ctx, suggestions().list(Params.text(ctx, "review")).toJson());
  }

  void generate(Context ctx) {
    JsonNode body = Bodies.json(ctx, maxBody_bytes);
    LocalDate from = Params.date("from", text(body, "from", Params.EARLIEST.toString()));
    LocalDate to = Params.date("to", text(body, "to", Params.LATEST.toString()));
    Suggestions.Generated g =
        suggestions().generate(backend.latest(), SuggestionRule.DEFAULT, from, to);
    ObjectNode n = ServerJson.object();
    n.put("events", g.events()).put("made", g.made()).put("added", g.added()).put("rule", g.rule());
    ctx.status(201);
    Responses.json(ctx, n);
  }

  void edit(Context ctx) {
    JsonNode body = Bodies.json(ctx, maxBody_bytes);
    Responses.json(
        ctx,
        SuggestionList.json(suggestions()
            .edit(
                id(ctx),
                text(body, "actor", null),
                text(body, "status", null),
                text(body, "other_actor", null),
                text(body, "date", null),
                backend.user())));
  }

  void accept(Context ctx) {
    Suggestions.Accepted a = suggestions().accept(id(ctx), backend.user());
    ObjectNode n = SuggestionList.json(a.suggestion());
    n.set("observation", a.observation().toJson());
    ctx.status(201);
    Responses.json(ctx, n);
  }

  void reject(Context ctx) {
    JsonNode body = Bodies.json(ctx, maxBody_bytes);
    Responses.json(
        ctx,
        SuggestionList.json(
            suggestions().reject(id(ctx), text(body, "reason", ""), backend.user())));
  }

  private static String text(JsonNode body, String field, String fallback) {
    JsonNode v = body.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText() : fallback;
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no suggestion '" + ctx.pathParam("id") + "'");
    }
  }
}
