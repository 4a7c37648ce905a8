package io.frontline.app.suggestions;

import io.frontline.events.StoredSuggestion;
import io.frontline.events.Suggestion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The observation fields an accepted suggestion becomes: its place, actor, status, other party and date, and as the
 * source the events it rests on (their datasets in the title, the event keys in the citation). The grade comes from
 * the evidence: a UCDP GED event is B (a usually reliable dataset) and 3 (its date in this subset is only a year), a
 * strike release C3 (a party's own statement, saying presence rather than control); the best of the evidence counts.
 * Confidence is low below 0.5 and medium from it: a suggestion is never high.
 */
final class SuggestionSource {
  private SuggestionSource() {}

  static Map<String, String> fields(StoredSuggestion stored) {
    Suggestion s = stored.suggestion();
    Map<String, String> f = new HashMap<>();
    f.put("geonames_id", Long.toString(s.placeId()));
    f.put("actor", s.actorId());
    f.put("status", s.status().code());
    if (s.otherActorId() != null) {
      f.put("from_actor", s.otherActorId());
    }
    f.put("date", s.date().toString());
    TreeSet<String> datasets = new TreeSet<>();
    s.evidence().forEach(key -> datasets.add(key.substring(0, Math.max(0, key.indexOf(':')))));
    f.put(
        "source_title",
        "events " + String.join(", ", datasets) + " (suggestion " + stored.id() + ", "
            + s.evidenceCount() + " events)");
    f.put("source_citation", String.join(" ", s.evidence()));
    f.put(
        "source_kind",
        datasets.stream().allMatch(d -> d.startsWith("ucdp")) ? "reference" : "official_statement");
    f.put("source_grade", datasets.stream().anyMatch(d -> d.startsWith("ucdp")) ? "B3" : "C3");
    f.put("confidence", s.confidence() >= 0.5 ? "medium" : "low");
    f.put(
        "note",
        String.format(
            Locale.ROOT,
            "from events (%s rule; the map said %s; confidence %.2f)",
            s.kind(),
            s.mapSaid(),
            s.confidence()));
    return f;
  }
}
