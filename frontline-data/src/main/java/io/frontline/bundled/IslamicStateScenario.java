package io.frontline.bundled;

import io.frontline.actors.ActorStore;
import io.frontline.actors.Actors;
import io.frontline.gazetteer.GazetteerStore;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ImportResult;
import io.frontline.imports.ObservationImport;
import io.frontline.observations.ObservationStore;
import io.frontline.observations.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The Islamic State scenario, Iraq and Syria 2014-2019: sourced and graded changes of control of towns, and the
 * region-wide ends of IS holding in Iraq and Syria ({@code review/is-towns-2014-2019.csv}, which supersedes the two
 * older files kept beside it as the record of what was published before), their actors and gazetteer. Rows whose
 * place is not in the gazetteer are reported, never guessed; a region's outline comes from the Natural Earth basemap.
 */
public final class IslamicStateScenario {
  public static final String ID = "islamic-state-2014-2019";
  public static final String RECORDED_BY = "frontline-scenario";
  static final List<String> FILES = List.of("review/is-towns-2014-2019.csv");

  /** What loading found: per file, the import result (records, accepted statements, findings). */
  public record Load(List<String> files, List<ImportResult> results, int recorded) {
    public int records() {
      return results.stream().mapToInt(ImportResult::records).sum();
    }

    public int rejected() {
      return results.stream().mapToInt(ImportResult::rejected).sum();
    }
  }

  private IslamicStateScenario() {}

  /** Puts the actors and gazetteer into the store, then records every row that resolves, in one batch. */
  public static <S extends ObservationStore & ActorStore & GazetteerStore> Load load(
      S store, Clock clock) {
    store.putActors(BundledActors.islamicStateScenario());
    store.putPlaces(BundledGazetteer.places());
    Actors actors = new Actors(store.actors());
    ImportOptions options = ImportOptions.defaults().withClock(clock).withAcceptValid(true);
    List<ImportResult> results = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    ImportContext context = ImportContext.of(actors, store)
        .withBasemap(NaturalEarthBasemap.shared())
        .withOutlets(BundledOutlets.table());
    for (String file : FILES) {
      ImportResult result = read(file, context, options);
      results.add(result);
      statements.addAll(result.toRecord(true));
    }
    store.record(statements, RECORDED_BY);
    return new Load(FILES, results, statements.size());
  }

  private static ImportResult read(String file, ImportContext context, ImportOptions options) {
    Path copy = null;
    try (InputStream in = Resources.open("scenario/" + file)) {
      copy = Files.createTempFile("frontline-scenario-", ".csv");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return ObservationImport.read(copy, context, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled scenario file " + file, e);
    } finally {
      deleteQuietly(copy);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
