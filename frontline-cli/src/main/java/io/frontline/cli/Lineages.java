package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import java.util.List;

/** Finds the observation a user names by its lineage id, or by the first characters of it (at least 8). */
final class Lineages {
  static final int MIN_PREFIX = 8;
  private static final int LISTED = 5;

  private Lineages() {
  }

  /** The latest version of the named observation, retracted or not; exit 4 when none, 2 when a prefix is ambiguous. */
  static Observation latest(GeoPackageStore store, String lineage) {
    String id = lineage == null ? "" : lineage.strip();
    List<Observation> versions = store.versions(id);
    if (versions.isEmpty() && id.length() >= MIN_PREFIX) {
      versions = store.versions(byPrefix(store, id));
    }
    if (versions.isEmpty()) {
      throw Refusal.notFound("no observation with lineage '" + id + "'; 'frontline history PLACE' lists them");
    }
    return versions.get(versions.size() - 1);
  }

  private static String byPrefix(GeoPackageStore store, String prefix) {
    List<String> matches = store.lineagesStartingWith(prefix, LISTED + 1);
    if (matches.size() > 1) {
      throw Refusal.badInput(null, "lineage '" + prefix + "' is the start of " + (matches.size() > LISTED ? "more than "
          + LISTED : matches.size()) + " observations (" + String.join(", ", matches.stream().limit(LISTED).toList())
          + "); give more of it");
    }
    return matches.isEmpty() ? "" : matches.get(0);
  }

  /** Refuses a write to a retracted observation (exit 3): nothing is written. */
  static void checkNotRetracted(Observation latest) {
    if (latest.retracted()) {
      throw Refusal.conflict("observation " + latest.lineage() + " was retracted at "
          + AsOf.minute(latest.recordedAt()) + " by " + latest.recordedBy() + " (version " + latest.version()
          + "); a retracted observation cannot be corrected or retracted again");
    }
  }
}
