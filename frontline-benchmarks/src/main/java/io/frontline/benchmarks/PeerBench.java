package io.frontline.benchmarks;

import io.frontline.benchmarks.peer.PostgisPeer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the PostGIS peer on the loaded scenario, warm: the figures query for a few dates (each run several times
 * after warm-up runs), and the daily series as a loop of that query over every day of the range, or over a sample
 * of spread days whose mean is extrapolated to the range.
 */
public final class PeerBench {
  /** A daily series timing: its total over the range, and the days it was measured on. */
  public record SeriesTiming(double total_ms, int daysTimed, long daysInRange, Timing perDay) {
    public boolean extrapolated() {
      return daysTimed < daysInRange;
    }
  }

  private final PostgisPeer peer;
  private final Scenario scenario;

  public PeerBench(PostgisPeer peer, Scenario scenario) {
    this.peer = peer;
    this.scenario = scenario;
  }

  /** Each date: {@code warmups} untimed runs, then {@code runs} timed runs; all samples pooled. */
  public Timing oneDate(List<LocalDate> dates, int warmups, int runs) {
    List<Double> samples = new ArrayList<>();
    for (LocalDate d : dates) {
      Timing t = Stopwatch.measure("peer " + d, warmups, runs, () -> peer.figures(d));
      for (double s : t.samples_ms()) {
        samples.add(s);
      }
    }
    return Timing.of("peer figures", samples);
  }

  /** The series loop over {@code sampleDays} spread days (all days when it is at least the range). */
  public SeriesTiming series(int sampleDays) {
    long days = scenario.seriesDays();
    List<LocalDate> dates =
        sampleDays >= days ? scenario.spreadDates((int) days) : scenario.spreadDates(sampleDays);
    peer.figures(dates.get(0));
    List<Double> samples = new ArrayList<>();
    for (LocalDate d : dates) {
      samples.add(Stopwatch.time(() -> peer.figures(d)));
    }
    Timing perDay = Timing.of("peer series day", samples);
    double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return new SeriesTiming(mean * days, dates.size(), days, perDay);
  }
}
