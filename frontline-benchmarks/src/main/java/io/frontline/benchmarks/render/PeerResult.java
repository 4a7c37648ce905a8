package io.frontline.benchmarks.render;

import java.util.Optional;

/** What the GeoPandas + matplotlib peer measured: its versions and median times, or why it did not run. */
record PeerResult(String version, Optional<Double> oneDate_ms, Optional<Double> twoDates_ms, String note) {
  static PeerResult skipped(String why) {
    return new PeerResult("not measured", Optional.empty(), Optional.empty(), why);
  }
}
