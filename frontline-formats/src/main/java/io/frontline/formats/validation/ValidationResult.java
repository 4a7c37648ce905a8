package io.frontline.formats.validation;

import io.frontline.observations.Finding;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The outcome of validating one geometry: the accepted geometry (possibly repaired) or none when it was refused, and
 * the findings (errors, repairs and warnings) that explain it.
 */
public record ValidationResult(Optional<Geometry> geometry, List<Finding> findings) {
  public ValidationResult {
    geometry = geometry == null ? Optional.empty() : geometry;
    findings = List.copyOf(findings);
  }

  public boolean accepted() {
    return geometry.isPresent();
  }
}
