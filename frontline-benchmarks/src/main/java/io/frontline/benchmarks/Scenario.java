package io.frontline.benchmarks;

import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.control.ControlIndex;
import io.frontline.gazetteer.Place;
import java.time.LocalDate;
import java.util.List;

/**
 * One benchmark scenario, its index built: the observations behind it (in the index), the gazetteer places the
 * peer loads as settlements, the date range of the daily series and the actor it follows, how long its observations
 * took to load and how long the index took to build. {@code description} says what the data is (real or synthetic, sizes, seed).
 */
public record Scenario(
    String name,
    String description,
    ControlIndex index,
    Actors actors,
    Basemap basemap,
    List<Place> gazetteer,
    LocalDate seriesFrom,
    LocalDate seriesTo,
    String seriesActor,
    double load_ms,
    double build_ms) {

  public Scenario {
    gazetteer = List.copyOf(gazetteer);
    if (seriesTo.isBefore(seriesFrom)) {
      throw new IllegalArgumentException(
          "series end " + seriesTo + " is before its start " + seriesFrom);
    }
  }

  public long seriesDays() {
    return seriesTo.toEpochDay() - seriesFrom.toEpochDay() + 1;
  }

  /** {@code count} dates spread evenly over the series range, both ends included. */
  public List<LocalDate> spreadDates(int count) {
    long days = seriesDays() - 1;
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(
            i -> seriesFrom.plusDays(count == 1 ? 0 : Math.round(days * (double) i / (count - 1))))
        .toList();
  }
}
