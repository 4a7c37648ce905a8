package io.frontline.observations;

/**
 * What queries count of an observation: the place it speaks of ({@code placeId}; null for a drawn area), its source's
 * {@link Source#key() key} (to count distinct sources), kind and grade code ("" when not graded), its confidence and
 * the share it states of a contested place (null when none). A cached index tells them without making the whole
 * observation.
 */
public record ObservationFacts(
    Long placeId,
    String sourceKey,
    SourceKind sourceKind,
    String gradeCode,
    Confidence confidence,
    Double share) {
  public static ObservationFacts of(Statement statement) {
    Source source = statement.source();
    Long placeId = statement.subject() instanceof Subject.PlaceRef place ? place.placeId() : null;
    return new ObservationFacts(
        placeId,
        source.key(),
        source.kind(),
        source.gradeCode(),
        statement.confidence(),
        statement.share());
  }
}
