package io.frontline.formats;

import io.frontline.observations.Finding;
import java.util.List;

/**
 * The features of one file, read leniently: a feature whose geometry could not be read is kept with a null geometry
 * and its problem is in {@code findings} at its location ({@code unit} and index: "feature 3", "placemark 2").
 */
public record FeatureSet(String unit, List<Feature> features, List<Finding> findings) {
  public FeatureSet {
    features = List.copyOf(features);
    findings = List.copyOf(findings);
  }

  /** The location of the feature with this 1-based index, as findings name it. */
  public String location(int index) {
    return unit + " " + index;
  }

  /** The findings about one feature. */
  public List<Finding> findingsAt(int index) {
    String location = location(index);
    return findings.stream().filter(f -> f.location().equals(location)).toList();
  }
}
