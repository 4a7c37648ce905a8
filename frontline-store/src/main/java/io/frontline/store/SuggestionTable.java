package io.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.events.StoredSuggestion;
import io.frontline.events.StoredSuggestion.Review;
import io.frontline.events.Suggestion;
import io.frontline.observations.Status;
import io.frontline.timeline.FuzzyDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code suggestions} table (migration V6): suggestions from events and their review, never deleted. */
final class SuggestionTable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> KEYS = new TypeReference<>() {};
  private static final String INSERT =
      "INSERT OR IGNORE INTO suggestions (place_id, place_name, actor, status,"
          + " other_actor, date, date_precision, actor_suggested, status_suggested, other_actor_suggested, date_suggested,"
          + " kind, map_said, confirms, evidence, evidence_count, confidence, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT =
      "SELECT id, place_id, place_name, actor, status, other_actor, date,"
          + " date_precision, actor_suggested, status_suggested, other_actor_suggested, date_suggested, kind, map_said,"
          + " confirms, evidence, evidence_count, confidence, created_at, review, reviewed_by, reviewed_at, reason,"
          + " observation_id, edited_by, edited_at FROM suggestions";
  private final StoreConnection db;

  SuggestionTable(StoreConnection db) {
    this.db = db;
  }

  int add(List<Suggestion> suggestions, Instant at) throws SQLException {
    int added = 0;
    try (PreparedStatement s = db.prepare(INSERT)) {
      for (Suggestion g : suggestions) {
        s.setLong(1, g.placeId());
        s.setString(2, g.placeName());
        s.setString(3, g.actorId());
        s.setString(4, g.status().code());
        s.setString(5, g.otherActorId());
        s.setString(6, g.date().toString());
        s.setString(7, g.date().precision().code());
        s.setString(8, g.actorId());
        s.setString(9, g.status().code());
        s.setString(10, g.otherActorId() == null ? "" : g.otherActorId());
        s.setString(11, g.date().toString());
        s.setString(12, g.kind());
        s.setString(13, g.mapSaid());
        s.setInt(14, g.confirms() ? 1 : 0);
        s.setString(15, json(g.evidence()));
        s.setInt(16, g.evidenceCount());
        s.setDouble(17, g.confidence());
        s.setString(18, at.toString());
        added += s.executeUpdate();
      }
    }
    return added;
  }

  List<StoredSuggestion> list(Optional<Review> review) throws SQLException {
    String sql = SELECT + (review.isPresent() ? " WHERE review = ?" : "") + " ORDER BY id DESC";
    try (PreparedStatement s = db.prepare(sql)) {
      if (review.isPresent()) {
        s.setString(1, review.get().code());
      }
      return rows(s);
    }
  }

  Optional<StoredSuggestion> find(long id) throws SQLException {
    try (PreparedStatement s = db.prepare(SELECT + " WHERE id = ?")) {
      s.setLong(1, id);
      return rows(s).stream().findFirst();
    }
  }

  StoredSuggestion edit(
      long id, String actor, Status status, String other, FuzzyDate date, String by, Instant at)
      throws SQLException {
    pending(id);
    try (PreparedStatement s =
        db.prepare("UPDATE suggestions SET actor = ?, status = ?, other_actor = ?, date = ?,"
            + " date_precision = ?, edited_by = ?, edited_at = ? WHERE id = ?")) {
      s.setString(1, actor);
      s.setString(2, status.code());
      s.setString(3, other);
      s.setString(4, date.toString());
      s.setString(5, date.precision().code());
      s.setString(6, by);
      s.setString(7, at.toString());
      s.setLong(8, id);
      s.executeUpdate();
    }
    return find(id).orElseThrow();
  }

  StoredSuggestion review(
      long id, Review review, String by, Instant at, String reason, Long observationId)
      throws SQLException {
    pending(id);
    if (review == Review.PENDING) {
      throw new IllegalArgumentException("a review accepts or rejects, was pending");
    }
    try (PreparedStatement s =
        db.prepare("UPDATE suggestions SET review = ?, reviewed_by = ?, reviewed_at = ?,"
            + " reason = ?, observation_id = ? WHERE id = ?")) {
      s.setString(1, review.code());
      s.setString(2, by);
      s.setString(3, at.toString());
      s.setString(4, reason == null ? "" : reason);
      if (observationId == null) {
        s.setNull(5, Types.INTEGER);
      } else {
        s.setLong(5, observationId);
      }
      s.setLong(6, id);
      s.executeUpdate();
    }
    return find(id).orElseThrow();
  }

  private void pending(long id) throws SQLException {
    StoredSuggestion s =
        find(id).orElseThrow(() -> new IllegalArgumentException("no suggestion " + id));
    if (s.review() != Review.PENDING) {
      throw new IllegalStateException("suggestion " + id + " is already "
          + s.review().code() + " by " + s.reviewedBy() + " at " + s.reviewedAt());
    }
  }

  private static List<StoredSuggestion> rows(PreparedStatement s) throws SQLException {
    List<StoredSuggestion> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(row(r));
      }
    }
    return out;
  }

  private static StoredSuggestion row(ResultSet r) throws SQLException {
    List<String> evidence = keys(r.getString("evidence"));
    int count = r.getInt("evidence_count");
    double confidence = r.getDouble("confidence");
    boolean confirms = r.getInt("confirms") == 1;
    Suggestion now = new Suggestion(
        r.getLong("place_id"),
        r.getString("place_name"),
        r.getString("actor"),
        Status.parse(r.getString("status")),
        r.getString("other_actor"),
        FuzzyDate.parse(r.getString("date"), r.getString("date_precision")),
        r.getString("kind"),
        r.getString("map_said"),
        confirms,
        evidence,
        count,
        confidence);
    String otherSuggested = r.getString("other_actor_suggested");
    Suggestion suggested = new Suggestion(
        now.placeId(),
        now.placeName(),
        r.getString("actor_suggested"),
        Status.parse(r.getString("status_suggested")),
        otherSuggested.isEmpty() ? null : otherSuggested,
        FuzzyDate.parse(r.getString("date_suggested")),
        now.kind(),
        now.mapSaid(),
        confirms,
        evidence,
        count,
        confidence);
    long observation = r.getLong("observation_id");
    Long observationId = r.wasNull() ? null : observation;
    return new StoredSuggestion(
        r.getLong("id"),
        now,
        suggested,
        Instant.parse(r.getString("created_at")),
        Review.parse(r.getString("review")),
        r.getString("reviewed_by"),
        instant(r.getString("reviewed_at")),
        r.getString("reason"),
        observationId,
        r.getString("edited_by"),
        instant(r.getString("edited_at")));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static String json(List<String> keys) {
    try {
      return MAPPER.writeValueAsString(keys);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write evidence keys as JSON", e);
    }
  }

  private static List<String> keys(String json) throws SQLException {
    try {
      return MAPPER.readValue(json, KEYS);
    } catch (JsonProcessingException e) {
      throw new SQLException("suggestion evidence is not a JSON array of keys: " + json, e);
    }
  }
}
