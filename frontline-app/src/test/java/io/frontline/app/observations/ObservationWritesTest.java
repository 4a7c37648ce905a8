package io.frontline.app.observations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.actors.Actors;
import io.frontline.app.AppJson;
import io.frontline.contract.StoreFixtures;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ObservationImport;
import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record, correct and retract through the one check, against a real store in a temporary folder. */
class ObservationWritesTest {
  static final String MOSUL_FALLS =
      """
      {"place_id": 99072, "actor": "ISIS", "status": "controls", "from_actor": "iraq", "date": "2014-06-10",
       "source": {"title": "Reuters", "urls": ["https://www.reuters.com/article/mosul"]}, "confidence": "high",
       "note": "city fell overnight"}""";

  @TempDir
  Path dir;

  GeoPackageStore store;
  ObservationWrites writes;

  @BeforeEach
  void open() {
    store = GeoPackageStore.open(dir.resolve("store.gpkg"));
    store.putPlaces(StoreFixtures.places());
    store.putActors(StoreFixtures.actors());
    writes = new ObservationWrites(StoreAccess.direct(store), new Actors(store.actors()), List::of);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static ObservationInput json(String body) throws Exception {
    return ObservationInput.fromJson(AppJson.MAPPER.readTree(body));
  }

  @Test
  void aBodyIsCheckedAndRecorded() throws Exception {
    RecordedVersion recorded = writes.record(json(MOSUL_FALLS), "desk");

    Observation o = recorded.observation();
    assertThat(o.version()).isEqualTo(1);
    assertThat(o.statement().actorId()).isEqualTo("isis");
    assertThat(o.statement().fromActorId()).isEqualTo("iraq");
    assertThat(o.recordedBy()).isEqualTo("desk");
    assertThat(recorded.previous()).isEmpty();
    JsonNode node = recorded.toJson();
    assertThat(node.get("store_revision").asLong()).isEqualTo(store.revision());
    assertThat(node.get("place_id").asLong()).isEqualTo(StoreFixtures.MOSUL);
  }

  @Test
  void everyFieldErrorComesBackAtItsFieldAndNothingIsWritten() throws Exception {
    long revision = store.revision();
    String body =
        """
        {"place_id": 99072, "actor": "Nobody", "status": "owns", "date": "2099-01-01", "source": {"grade": "B9"},
         "share": 0.5}""";

    Refusal refusal = refused(() -> writes.record(json(body), "desk"));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.REJECTED);
    assertThat(refusal.findings())
        .extracting(Finding::location)
        .containsExactlyInAnyOrder("actor", "status", "date", "source");
    assertThat(refusal.findings())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder("unknown-actor", "bad-status", "future-date", "no-source");
    assertThat(refusal.getMessage())
        .startsWith("4 field(s) to fix: actor, status, date, source (unknown actor 'Nobody'");
    assertThat(refusal.detail(name -> "--" + name)).contains("--actor, --status, --date");
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void aFaultHasTheSameCodeAndMessageInAFileAsInABody() throws Exception {
    Path csv = Files.writeString(
        dir.resolve("bad.csv"),
        "geonames_id,actor,status,date,source_url,source_grade,share\n"
            + "99072,Nobody,controls,2016-02-30,ftp://x,B9,0.5\n");
    String body =
        """
        {"place_id": 99072, "actor": "Nobody", "status": "controls", "date": "2016-02-30",
         "source": {"urls": ["ftp://x"], "grade": "B9"}, "share": 0.5}""";

    List<Finding> fromFile = ObservationImport.read(
            csv,
            ObservationWrites.context(store, new Actors(store.actors()), List::of),
            ImportOptions.defaults())
        .findings();
    List<Finding> fromBody = refused(() -> writes.record(json(body), "desk")).findings();

    assertThat(fromFile).extracting(Finding::location).containsOnly("line 2");
    assertThat(fromBody)
        .extracting(Finding::location)
        .containsExactlyInAnyOrder("actor", "date", "source.urls", "source.grade", "share");
    assertThat(fromBody)
        .extracting(f -> f.code() + ": " + f.message())
        .containsExactlyInAnyOrderElementsOf(
            fromFile.stream().map(f -> f.code() + ": " + f.message()).toList())
        .contains(
            "bad-share: a share is given only for a contested place or area, the status was controls");
  }

  @Test
  void aBodyThatIsNoObjectIsABadRequest() throws Exception {
    assertThat(refused(() -> json("[1, 2]")).kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
  }

  @Test
  void aCorrectionKeepsWhatItDoesNotChangeAndItsReasonEndsTheNote() throws Exception {
    Observation first = writes.record(json(MOSUL_FALLS), "desk").observation();

    RecordedVersion v2 = writes.correct(
        first.lineage().substring(0, ObservationWrites.MIN_PREFIX),
        latest -> latest.with(Map.of("status", "contested", "share", "0.4", "source_title", "AP")),
        "fighting went on",
        "editor");

    Observation o = v2.observation();
    assertThat(o.lineage()).isEqualTo(first.lineage());
    assertThat(o.version()).isEqualTo(2);
    assertThat(o.statement().status()).isEqualTo(Status.CONTESTED);
    assertThat(o.statement().share()).isEqualTo(0.4);
    assertThat(o.statement().confidence()).isEqualTo(Confidence.HIGH);
    assertThat(o.statement().date()).isEqualTo(first.statement().date());
    assertThat(o.statement().subject()).isEqualTo(first.statement().subject());
    assertThat(o.statement().note())
        .isEqualTo("city fell overnight [correction: fighting went on]");
    assertThat(v2.previous()).contains(first);
  }

  @Test
  void aCorrectionIsCheckedAsANewObservationIs() throws Exception {
    Observation first = writes.record(json(MOSUL_FALLS), "desk").observation();

    Refusal refusal = refused(() -> writes.correct(
        first.lineage(), latest -> latest.with(Map.of("date", "2014-13")), "typo", "desk"));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.REJECTED);
    assertThat(refusal.findings()).extracting(Finding::code).containsExactly("impossible-date");
    assertThat(store.versions(first.lineage())).hasSize(1);
  }

  @Test
  void aRetractionNeedsAReasonAndARetractedObservationTakesNoFurtherVersion() throws Exception {
    Observation first = writes.record(json(MOSUL_FALLS), "desk").observation();

    Refusal noReason = refused(() -> writes.retract(first.lineage(), null, " ", "desk"));
    RecordedVersion retraction = writes.retract(
        first.lineage(),
        ObservationInput.of(Map.of("source_title", "Reuters, 12 June 2014")),
        "wrong city",
        "desk");
    Refusal again = refused(() -> writes.retract(first.lineage(), null, "again", "desk"));
    Refusal correction =
        refused(() -> writes.correct(first.lineage(), latest -> latest, null, "desk"));

    assertThat(noReason.kind()).isEqualTo(Refusal.Kind.REJECTED);
    assertThat(noReason.findings())
        .extracting(Finding::location, Finding::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "missing-field"));
    assertThat(retraction.observation().retracted()).isTrue();
    assertThat(retraction.observation().statement().source().title())
        .isEqualTo("Reuters, 12 June 2014");
    assertThat(again.kind()).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(again.getMessage())
        .startsWith("observation " + first.lineage() + " was retracted at ")
        .endsWith("a retracted observation cannot be corrected or retracted again");
    assertThat(correction.kind()).isEqualTo(Refusal.Kind.CONFLICT);
  }

  @Test
  void aRetractionsSourceIsCheckedAsAnyOther() throws Exception {
    Observation first = writes.record(json(MOSUL_FALLS), "desk").observation();

    Refusal refusal = refused(() -> writes.retract(
        first.lineage(), ObservationInput.of(Map.of("source_url", "ftp://x")), "wrong", "desk"));

    assertThat(refusal.findings()).extracting(Finding::code).containsExactly("bad-source");
  }

  @Test
  void anUnknownLineageIsNotFound() {
    assertThat(refused(() -> writes.retract("no-such-lineage", null, "why", "desk"))
            .kind())
        .isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(refused(() -> writes.record(ObservationInput.of(Map.of()), " ")).kind())
        .isEqualTo(Refusal.Kind.BAD_INPUT);
  }

  interface Work {
    Object run() throws Exception;
  }

  static Refusal refused(Work work) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(work::run);
    assertThat(thrown).isInstanceOf(Refusal.class);
    return (Refusal) thrown;
  }
}
