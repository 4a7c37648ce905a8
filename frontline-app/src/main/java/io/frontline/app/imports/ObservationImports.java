package io.frontline.app.imports;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.observations.StoreAccess;
import io.frontline.basemap.Basemap;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ImportResult;
import io.frontline.imports.ObservationImport;
import io.frontline.observations.Statement;
import io.frontline.refusals.Refusal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The import use case: check every record of a file (GeoJSON, KML, KMZ or CSV) as any observation is checked, report
 * every finding, and write all or nothing (or the valid records, {@link ImportOptions#acceptValid}); records already
 * recorded or repeated in the file are skipped; a dry run writes nothing. Actors new with the file are written only
 * with its observations. A file with errors, all or nothing, is refused with its report ({@link ImportRejected}).
 */
public final class ObservationImports {
  private final StoreAccess access;
  private final Basemap basemap;

  public ObservationImports(StoreAccess access, Basemap basemap) {
    this.access = access;
    this.basemap = basemap;
  }

  /** What to import and how. */
  public record Request(Path file, ImportOptions options, boolean dryRun, String recordedBy) {
    public Request {
      if (file == null || options == null) {
        throw new IllegalArgumentException("an import request needs a file and options");
      }
    }
  }

  /** Imports {@code request.file()} checked against {@code actors} and {@code newActors}, written with them. */
  public ImportOutcome run(Request request, Actors actors, List<Actor> newActors) {
    if (!Files.isRegularFile(request.file())) {
      throw Refusal.notFound("no file at " + request.file().toAbsolutePath());
    }
    List<Actor> known = new ArrayList<>(actors.all());
    known.addAll(newActors);
    ImportContext context = ObservationWrites.context(access.store(), new Actors(known), basemap)
        .withStore(access.store());
    ImportResult result = ObservationImport.read(request.file(), context, request.options());
    boolean acceptValid = request.options().acceptValid();
    List<Statement> toRecord = result.toRecord(acceptValid);
    boolean write = !request.dryRun() && !toRecord.isEmpty();
    if (write) {
      String by = ObservationWrites.recorder(request.recordedBy());
      access.write(store -> {
        store.putActors(newActors);
        return store.record(toRecord, by);
      });
    }
    ImportOutcome outcome = new ImportOutcome(
        result, write ? toRecord.size() : 0, request.dryRun(), acceptValid, access.revision());
    if (outcome.rejected()) {
      throw new ImportRejected(outcome);
    }
    return outcome;
  }
}
