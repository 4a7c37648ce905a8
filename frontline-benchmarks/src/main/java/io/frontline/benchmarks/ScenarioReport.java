package io.frontline.benchmarks;

import java.util.Optional;

/** What one scenario's run measured: Frontline's timings and, when a peer was given, the peer's and the agreement. */
public record ScenarioReport(
    Scenario scenario, FrontlineBench.Results frontline, Optional<Peer> peer) {
  /**
   * The PostGIS side: load time (tables, indexes, ANALYZE), the one-date timing over {@code timedDates} dates, the
   * series, and the agreement with Frontline.
   */
  public record Peer(
      double load_ms,
      Timing oneDate,
      int timedDates,
      PeerBench.SeriesTiming series,
      Agreement agreement) {}

  public int atoms() {
    return scenario.index().atoms().size();
  }

  public int footprints() {
    return scenario.index().footprints().size();
  }

  public int sites() {
    return scenario.index().sites().size();
  }

  public int observations() {
    return scenario.index().observations().size();
  }

  /** Peer median over Frontline median for one date; empty without a peer. */
  public Optional<Double> oneDateRatio() {
    return peer.map(p -> p.oneDate().median_ms() / frontline.figures().median_ms());
  }

  /** Peer series total over Frontline's median series time; empty without a peer. */
  public Optional<Double> seriesRatio() {
    return peer.map(p -> p.series().total_ms() / frontline.series().median_ms());
  }
}
