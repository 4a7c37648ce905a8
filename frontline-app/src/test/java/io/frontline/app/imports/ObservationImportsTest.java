package io.frontline.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.Actors;
import io.frontline.app.observations.StoreAccess;
import io.frontline.contract.StoreFixtures;
import io.frontline.imports.ImportOptions;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import use case against a real store: check, report, write all or nothing, skip what is recorded. */
class ObservationImportsTest {
  static final String HEADER = "geonames_id,actor,status,from_actor,date,source_url\n";
  static final String GOOD = "99072,isis,controls,iraq,2014-06-10,https://example.org/mosul\n";
  static final String BAD = "99072,Nobody,controls,,2014-06-10,https://example.org/a\n";

  @TempDir
  Path dir;

  GeoPackageStore store;
  ObservationImports imports;

  @BeforeEach
  void open() {
    store = GeoPackageStore.open(dir.resolve("store.gpkg"));
    store.putPlaces(StoreFixtures.places());
    store.putActors(StoreFixtures.actors());
    imports = new ObservationImports(StoreAccess.direct(store), List::of);
  }

  @AfterEach
  void close() {
    store.close();
  }

  ImportOutcome run(String csv, boolean acceptValid, boolean dryRun) throws Exception {
    Path file = Files.writeString(dir.resolve("obs.csv"), HEADER + csv);
    ImportOptions options = ImportOptions.defaults().withAcceptValid(acceptValid);
    return imports.run(
        new ObservationImports.Request(file, options, dryRun, "desk"),
        new Actors(store.actors()),
        List.of());
  }

  @Test
  void aGoodFileIsRecordedOnceAndItsReportIsTheSchemasDocument() throws Exception {
    ImportOutcome first = run(GOOD, false, false);
    ImportOutcome second = run(GOOD, false, false);

    assertThat(first.recorded()).isEqualTo(1);
    JsonNode json = first.toJson();
    assertThat(json.get("format").asText()).isEqualTo("csv");
    assertThat(json.get("summary").asText())
        .isEqualTo("1 records: 1 accepted, 0 rejected, 0 repaired");
    assertThat(json.get("dry_run").asBoolean()).isFalse();
    assertThat(json.get("store_revision").asLong()).isEqualTo(store.revision());
    assertThat(first.text()).endsWith("Recorded 1 observations.");
    assertThat(second.recorded()).isZero();
    assertThat(second.toJson().get("already_recorded").asInt()).isEqualTo(1);
    assertThat(second.text())
        .endsWith("Nothing was written: every valid record is already recorded.");
    assertThat(store.observations(RecordTime.now())).hasSize(1);
  }

  @Test
  void aFileWithAnErrorIsRefusedWithItsReportAndNothingIsWritten() {
    long revision = store.revision();

    Throwable thrown = catchThrowable(() -> run(GOOD + BAD, false, false));

    assertThat(thrown).isInstanceOf(ImportRejected.class);
    ImportRejected rejected = (ImportRejected) thrown;
    assertThat(rejected.kind()).isEqualTo(Refusal.Kind.REJECTED);
    assertThat(rejected.detail(name -> "--" + name.replace('_', '-')))
        .isEqualTo(
            "2 records: 1 accepted, 1 rejected,"
                + " 0 repaired; nothing was written: fix the rejected records, or accept the valid ones (--accept-valid)");
    assertThat(rejected.outcome().recorded()).isZero();
    assertThat(rejected.outcome().text())
        .contains("line 3: error [unknown-actor] unknown actor 'Nobody'");
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> members = (Map<String, JsonNode>) rejected.report().orElseThrow();
    assertThat(members.get("report").get("rejected").asInt()).isEqualTo(1);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void acceptValidRecordsTheValidRecordsAndADryRunNothing() throws Exception {
    ImportOutcome dry = run(GOOD, false, true);
    ImportOutcome valid = run(GOOD + BAD, true, false);

    assertThat(dry.recorded()).isZero();
    assertThat(dry.toJson().get("dry_run").asBoolean()).isTrue();
    assertThat(valid.recorded()).isEqualTo(1);
    assertThat(valid.rejected()).isFalse();
    assertThat(store.observations(RecordTime.now())).hasSize(1);
  }

  @Test
  void actorsNewWithTheFileAreWrittenWithItsObservations() throws Exception {
    Actor sdf = new Actor(
        "sdf",
        "Syrian Democratic Forces",
        ActorKind.NON_STATE_GROUP,
        "#ffcc00",
        List.of(),
        Map.of());
    Path file = Files.writeString(
        dir.resolve("sdf.csv"),
        HEADER + "163915,sdf,controls,isis,2017-10-17," + "https://example.org/raqqa\n");

    ImportOutcome outcome = imports.run(
        new ObservationImports.Request(file, ImportOptions.defaults(), false, "desk"),
        new Actors(store.actors()),
        List.of(sdf));

    assertThat(outcome.recorded()).isEqualTo(1);
    assertThat(store.actors()).extracting(Actor::id).contains("sdf");
  }

  @Test
  void aMissingFileIsNotFound() {
    Throwable thrown = catchThrowable(() -> imports.run(
        new ObservationImports.Request(
            dir.resolve("none.csv"), ImportOptions.defaults(), false, "desk"),
        new Actors(store.actors()),
        List.of()));
    assertThat(((Refusal) thrown).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }
}
