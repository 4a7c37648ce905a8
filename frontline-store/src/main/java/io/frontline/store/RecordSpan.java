package io.frontline.store;

/**
 * The record times around an "as of" time: the last observation row recorded at or before it and the first recorded
 * after it (null when there is none). Every "as of" time between the two, in a store that has not changed, reads the
 * same observations.
 */
public record RecordSpan(String lastAtOrBefore, String firstAfter) {
  @Override
  public String toString() {
    return "[" + lastAtOrBefore + ", " + firstAfter + ")";
  }
}
