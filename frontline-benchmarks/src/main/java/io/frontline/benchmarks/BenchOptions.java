package io.frontline.benchmarks;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Command-line options of {@link BenchMain}. Without {@code --pg-url} only Frontline is measured.
 *
 * @param pgUrl JDBC URL of the PostGIS peer ({@code --pg-url})
 * @param seed seed of the scale scenario's random generator ({@code --seed}, default 20140610)
 * @param scaleObservations place observations of the scale scenario ({@code --observations}, default 100,000)
 * @param scaleAreas area observations of the scale scenario ({@code --areas}, default 1,000)
 * @param isPeerSeriesDays days of the IS series the peer is timed on ({@code --is-peer-days}, default every day)
 * @param scalePeerSeriesDays days of the scale series the peer is timed on ({@code --scale-peer-days}, default 30)
 * @param out where to write the results as Markdown ({@code --out})
 */
public record BenchOptions(
    Optional<String> pgUrl,
    long seed,
    int scaleObservations,
    int scaleAreas,
    int isPeerSeriesDays,
    int scalePeerSeriesDays,
    Optional<Path> out) {

  public static final String USAGE =
      "usage: BenchMain [--pg-url JDBC_URL] [--seed N] [--observations N] [--areas N]"
          + " [--is-peer-days N] [--scale-peer-days N] [--out results.md]";

  public static BenchOptions parse(String... args) {
    BenchOptions o = new BenchOptions(
        Optional.empty(), 20140610L, 100_000, 1_000, Integer.MAX_VALUE, 30, Optional.empty());
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value; " + USAGE);
      }
      o = o.with(args[i], args[i + 1]);
    }
    return o;
  }

  private BenchOptions with(String option, String value) {
    return switch (option) {
      case "--pg-url" ->
        new BenchOptions(
            Optional.of(value),
            seed,
            scaleObservations,
            scaleAreas,
            isPeerSeriesDays,
            scalePeerSeriesDays,
            out);
      case "--seed" ->
        new BenchOptions(
            pgUrl,
            Long.parseLong(value),
            scaleObservations,
            scaleAreas,
            isPeerSeriesDays,
            scalePeerSeriesDays,
            out);
      case "--observations" ->
        new BenchOptions(
            pgUrl,
            seed,
            positive(option, value),
            scaleAreas,
            isPeerSeriesDays,
            scalePeerSeriesDays,
            out);
      case "--areas" ->
        new BenchOptions(
            pgUrl,
            seed,
            scaleObservations,
            positive(option, value),
            isPeerSeriesDays,
            scalePeerSeriesDays,
            out);
      case "--is-peer-days" ->
        new BenchOptions(
            pgUrl,
            seed,
            scaleObservations,
            scaleAreas,
            positive(option, value),
            scalePeerSeriesDays,
            out);
      case "--scale-peer-days" ->
        new BenchOptions(
            pgUrl,
            seed,
            scaleObservations,
            scaleAreas,
            isPeerSeriesDays,
            positive(option, value),
            out);
      case "--out" ->
        new BenchOptions(
            pgUrl,
            seed,
            scaleObservations,
            scaleAreas,
            isPeerSeriesDays,
            scalePeerSeriesDays,
            Optional.of(Path.of(value)));
      default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
    };
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be >= 1, was " + n);
    }
    return n;
  }
}
