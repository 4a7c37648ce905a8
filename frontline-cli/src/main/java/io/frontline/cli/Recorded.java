package io.frontline.cli;

import io.frontline.app.observations.Reasons;
import io.frontline.app.observations.RecordedVersion;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Prints what a correction or a retraction recorded: lineage, version, record time, what changed and why. */
final class Recorded {
  private final Workspace ws;
  private final PrintWriter out;

  Recorded(Workspace ws, PrintWriter out) {
    this.ws = ws;
    this.out = out;
  }

  void text(String verb, RecordedVersion version, String reason) {
    Observation recorded = version.observation();
    Observation previous = version.previous().orElseThrow();
    out.printf(
        "%s observation %s: version %d, recorded %s by %s.%n",
        verb, recorded.lineage(), recorded.version(), recorded.recordedAt(), recorded.recordedBy());
    out.printf("  %s: %s%n", subject(recorded.statement()), claim(recorded.statement()));
    List<String> changed = changes(previous.statement(), recorded.statement());
    out.println(
        recorded.retracted()
            ? "  It no longer counts in figures, changes, histories and maps."
            : "  changed: " + (changed.isEmpty() ? "the source only" : String.join("; ", changed)));
    out.println("  source: " + label(recorded.statement().source()));
    out.println("  reason: " + reason);
    out.printf(
        "  Version %d stays in the history; --as-of %s shows the store as it was before.%n",
        previous.version(), recorded.recordedAt().minusMillis(1));
  }

  private String subject(Statement s) {
    if (s.subject() instanceof Subject.PlaceRef ref) {
      return ws.store()
          .findPlace(ref.placeId())
          .map(p -> p.name() + " (GeoNames " + p.id() + ", " + p.country() + ")")
          .orElse((ref.placeId() > 1_000_000_000L ? "gazetteer supplement " : "GeoNames ")
              + ref.placeId());
    }
    Subject.Area area = (Subject.Area) s.subject();
    return area.label().isEmpty() ? "a drawn area" : "area '" + area.label() + "'";
  }

  private static String claim(Statement s) {
    return s.actorId() + " " + s.status().code()
        + s.fromActor().map(f -> " (other party: " + f + ")").orElse("") + ", " + s.date()
        + ", confidence " + s.confidence().code();
  }

  static List<String> changes(Statement a, Statement b) {
    List<String> out = new ArrayList<>();
    change(out, "actor", a.actorId(), b.actorId());
    change(out, "status", a.status().code(), b.status().code());
    change(out, "other party", a.fromActorId(), b.fromActorId());
    change(out, "date", a.date().toString(), b.date().toString());
    change(out, "confidence", a.confidence().code(), b.confidence().code());
    change(out, "note", Reasons.withoutReason(a.note()), Reasons.withoutReason(b.note()));
    if (!a.source().equals(b.source())) {
      out.add("source " + label(a.source()) + " -> " + label(b.source()));
    }
    return out;
  }

  private static void change(List<String> out, String field, String was, String now) {
    if (!Objects.equals(was, now)) {
      out.add(field + " " + (was == null || was.isEmpty() ? "(none)" : was) + " -> "
          + (now == null || now.isEmpty() ? "(none)" : now));
    }
  }

  private static String label(Source s) {
    return s.urls().isEmpty() ? s.label() : String.join(" ", s.urls());
  }
}
