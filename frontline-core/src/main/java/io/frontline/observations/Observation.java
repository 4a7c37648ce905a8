package io.frontline.observations;

import java.time.Instant;

/**
 * One recorded version of an observation. Versions of the same observation share a {@code lineage}; a correction is
 * a new version, a retraction a version with {@code retracted} set. Nothing is overwritten: {@code recordedAt} is
 * the transaction time that "as recorded" queries filter on.
 */
public record Observation(
    long id,
    String lineage,
    int version,
    Statement statement,
    String recordedBy,
    Instant recordedAt,
    boolean retracted) {

  public Observation {
    if (lineage == null || lineage.isBlank()) {
      throw new IllegalArgumentException("an observation needs a lineage id");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    if (recordedBy == null || recordedBy.isBlank()) {
      throw new IllegalArgumentException("an observation records who entered it");
    }
    if (statement == null || recordedAt == null) {
      throw new IllegalArgumentException("an observation needs a statement and a record time");
    }
  }
}
