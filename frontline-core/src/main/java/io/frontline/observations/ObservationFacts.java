package io.frontline.observations;

/**
 * What figures count of an observation: its source's {@link Source#key() key} (to count distinct sources), kind and
 * grade code ("" when not graded), and its confidence. A cached index tells them without making the whole
 * observation.
 */
public record ObservationFacts(
    String sourceKey, SourceKind sourceKind, String gradeCode, Confidence confidence) {
  public static ObservationFacts of(Statement statement) {
    Source source = statement.source();
    return new ObservationFacts(
        source.key(), source.kind(), source.gradeCode(), statement.confidence());
  }
}
