package io.frontline.control;

import io.frontline.observations.Confidence;

/**
 * Which holdings a figure counts, by how far their ground lies from the observed place that decides it and how well
 * that rests: ground within {@code zone_km} of the place; ground up to {@code infer_km} from it when the next nearest
 * place with a known holding, also within {@code infer_km}, has the same holder (ground between towns); holders only
 * implied by a later capture when {@code implied}; observations of low confidence when {@code lowConfidence}. The
 * index's own reach gives the central figure; a cautious and a generous reach give its range.
 */
public record Reach(double zone_km, double infer_km, boolean implied, boolean lowConfidence) {
  /** Counts every holding the index holds. */
  public static final Reach ALL = new Reach(Double.MAX_VALUE, Double.MAX_VALUE, true, true);

  public boolean counts(Holding h) {
    if (h == null || !implied && h.decidedBy().implied()) {
      return false;
    }
    if (h.distance_km() > zone_km && !infers(h)) {
      return false;
    }
    return lowConfidence
        || h.decidedBy().implied()
        || h.decidedBy().facts().confidence() != Confidence.LOW;
  }

  /** True when the holding counts only through the rule for ground between towns. */
  public boolean infers(Holding h) {
    return h.distance_km() > zone_km && h.distance_km() <= infer_km && h.agreeing_km() <= infer_km;
  }
}
