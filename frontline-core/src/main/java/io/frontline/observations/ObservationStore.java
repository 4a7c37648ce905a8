package io.frontline.observations;

import io.frontline.timeline.RecordTime;
import java.util.List;

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

  /** Grows with every write: identifies a state of the store (for caches, ETags and provenance). */
  long revision();
}
