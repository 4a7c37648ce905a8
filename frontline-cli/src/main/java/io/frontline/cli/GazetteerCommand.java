package io.frontline.cli;

import io.frontline.formats.geonames.GeoNamesReader;
import io.frontline.formats.geonames.GeoNamesSummary;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import io.frontline.refusals.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Gazetteer commands. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Manage the gazetteer of places.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Search.class})
final class GazetteerCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Loads a GeoNames dump. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Load a GeoNames dump (cities500.txt, cities1000.zip, allCountries.zip, ...; plain, .gz or .zip)"
              + " into the store, so places anywhere can be observed. Contains data from GeoNames (CC BY 4.0).")
  static final class Import implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The GeoNames dump.")
    Path file;

    @Option(
        names = "--country",
        split = ",",
        paramLabel = "CC",
        description = "Only these countries (ISO alpha-2).")
    List<String> countries;

    @Option(names = "--batch", defaultValue = "50000", hidden = true)
    int batch;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw Refusal.notFound("no file at " + file.toAbsolutePath());
      }
      List<Finding> problems = new ArrayList<>();
      try (Workspace ws = Workspace.create(store)) {
        GeoNamesSummary[] result = new GeoNamesSummary[1];
        Progress.run("Loading " + file.getFileName(), () -> result[0] = load(ws, problems));
        GeoNamesSummary summary = result[0];
        var out = spec.commandLine().getOut();
        out.printf(
            "%,d lines read, %,d places loaded, %,d malformed lines skipped; the store now has %,d places.%n",
            summary.lines(), summary.places(), summary.malformed(), ws.store().placeCount());
        problems.stream().limit(20).forEach(f -> out.println("  " + f));
      }
      return ExitCode.OK;
    }

    private GeoNamesSummary load(Workspace ws, List<Finding> problems) {
      List<Place> buffer = new ArrayList<>();
      Predicate<Place> filter = countries == null
          ? p -> true
          : GeoNamesReader.inCountries(countries.toArray(String[]::new));
      try {
        GeoNamesSummary summary = GeoNamesReader.read(
            file,
            filter,
            p -> {
              buffer.add(p);
              if (buffer.size() >= batch) {
                ws.store().putPlaces(buffer);
                buffer.clear();
              }
            },
            problems::add);
        ws.store().putPlaces(buffer);
        return summary;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Finds places by name in any language. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Find places by a name in any language.")
  static final class Search implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--limit", defaultValue = "10")
    int limit;

    @Override
    public Integer call() {
      try (Workspace ws = Workspace.open(store)) {
        for (Place p : ws.store().search(name, limit)) {
          spec.commandLine()
              .getOut()
              .printf(
                  "%d  %s  %s  %.5f,%.5f  population %,d%n",
                  p.id(), p.name(), p.country(), p.lat(), p.lon(), p.population());
        }
      }
      return ExitCode.OK;
    }
  }
}
