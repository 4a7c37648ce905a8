package io.frontline.app.observations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.json.ObservationJson;
import io.frontline.observations.Finding;
import io.frontline.observations.Observation;
import java.util.List;
import java.util.Optional;

/**
 * What a write recorded: the new version, the version it follows (none for a new observation), the store's revision
 * after the write, and the warnings of the check (a weak source recorded as low confidence). JSON:
 * docs/schema/observation.schema.json.
 */
public record RecordedVersion(
    Observation observation,
    Optional<Observation> previous,
    long storeRevision,
    List<Finding> warnings) {
  public RecordedVersion {
    warnings = List.copyOf(warnings);
  }

  public ObjectNode toJson() {
    ObjectNode node = ObservationJson.of(observation);
    node.put("store_revision", storeRevision);
    return node;
  }
}
