package io.frontline.benchmarks.render;

import java.util.Optional;

/** What the GeoPandas + matplotlib peer measured: versions, median wall-clock and CPU times, or why it did not run. */
record PeerResult(
    String version,
    Optional<Double> oneDate_ms,
    Optional<Double> twoDates_ms,
    Optional<Double> oneDateCpu_ms,
    Optional<Double> twoDatesCpu_ms,
    String note) {
  static PeerResult skipped(String why) {
    return new PeerResult(
        "not measured",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        why);
  }
}
