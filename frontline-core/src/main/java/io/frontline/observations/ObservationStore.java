package io.frontline.observations;

import io.frontline.timeline.RecordTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The append-only record of observations. Every write adds versions; none changes or deletes a stored row. Reads
 * take a {@link RecordTime} so that any past state can be reproduced.
 */
public interface ObservationStore {
  /** Records new observations (version 1 of new lineages), all or nothing, in the order given. */
  List<Observation> record(List<Statement> statements, String recordedBy);

  /** Adds a corrected version of the observation; the old version stays in the history. */
  Observation supersede(String lineage, Statement corrected, String recordedBy);

  /** Adds a retraction version: the observation no longer counts from now on, but stays in the history. */
  Observation retract(String lineage, String reason, String recordedBy);

  /** The latest version of every lineage as recorded at {@code asOf}, retracted ones left out. */
  List<Observation> observations(RecordTime asOf);

  /** Every version of one observation, oldest first; empty when unknown. */
  List<Observation> versions(String lineage);

  /**
   * The statements among {@code statements} whose {@link Statement#claim() claim} a current observation (the latest
   * version of a lineage, not retracted) already makes, in the order given: how an import tells what is already
   * recorded. A store may answer from an index; this default reads the current observations once.
   */
  default List<Statement> findRecorded(Collection<Statement> statements) {
    if (statements.isEmpty()) {
      return List.of();
    }
    Set<Statement.Claim> recorded = observations(RecordTime.now()).stream()
        .map(o -> o.statement().claim())
        .collect(Collectors.toSet());
    return statements.stream().filter(s -> recorded.contains(s.claim())).toList();
  }

  /** Grows with every write: identifies a state of the store (for caches, ETags and provenance). */
  long revision();
}
