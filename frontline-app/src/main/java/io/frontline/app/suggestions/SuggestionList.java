package io.frontline.app.suggestions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.events.StoredSuggestion;
import io.frontline.events.Suggestion;
import java.util.List;

/** Stored suggestions, newest first. JSON: {@code {"suggestions": [...]}}, each as {@link #json}. */
public record SuggestionList(List<StoredSuggestion> suggestions) {
  public SuggestionList {
    suggestions = List.copyOf(suggestions);
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.object();
    ArrayNode list = node.putArray("suggestions");
    suggestions.forEach(s -> list.add(json(s)));
    return node;
  }

  /** One suggestion: what it says, what the rule said, its evidence and its review. */
  public static ObjectNode json(StoredSuggestion stored) {
    Suggestion s = stored.suggestion();
    ObjectNode n = AppJson.object();
    n.put("id", stored.id());
    n.put("place_id", s.placeId());
    n.put("place", s.placeName());
    n.put("actor", s.actorId());
    n.put("status", s.status().code());
    n.put("other_actor", s.otherActorId());
    n.put("date", s.date().toString());
    n.put("precision", s.date().precision().code());
    n.put("kind", s.kind());
    n.put("map_said", s.mapSaid());
    n.put("confirms", s.confirms());
    n.put("confidence", s.confidence());
    n.put("evidence_count", s.evidenceCount());
    ArrayNode evidence = n.putArray("evidence");
    s.evidence().forEach(evidence::add);
    n.put("suggested", stored.suggested().key() + "@" + stored.suggested().date());
    n.put("created_at", stored.createdAt().toString());
    n.put("review", stored.review().code());
    n.put("reviewed_by", stored.reviewedBy());
    n.put(
        "reviewed_at", stored.reviewedAt() == null ? null : stored.reviewedAt().toString());
    n.put("reason", stored.reason());
    if (stored.observationId() == null) {
      n.putNull("observation_id");
    } else {
      n.put("observation_id", stored.observationId());
    }
    n.put("edited_by", stored.editedBy());
    return n;
  }
}
