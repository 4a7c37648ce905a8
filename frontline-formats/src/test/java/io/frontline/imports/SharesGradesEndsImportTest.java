package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.sources.Outlet;
import io.frontline.sources.OutletKind;
import io.frontline.sources.Outlets;
import io.frontline.testing.MemoryBasemap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The control-changes CSV's grade and share columns and its held and ends changes; the weak-source rule. */
class SharesGradesEndsImportTest {
  private static final String HEADER =
      "place,geonames_id,country,date,precision,change,from_actor,to_actor,note,"
          + "sources,grade,share\n";
  private static final MemoryBasemap BASEMAP =
      new MemoryBasemap(List.of(MemoryBasemap.box("IQ", "Iraq", 38.8, 29.1, 48.6, 37.4)));
  private static final Outlets OUTLETS = new Outlets(List.of(
      new Outlet("presstv.ir", "Press TV", OutletKind.STATE, 'D', "state media (Iran)"),
      new Outlet(
          "southfront.org", "SouthFront", OutletKind.PARTISAN, 'E', "partisan (pro-Russian) site"),
      new Outlet("reuters.com", "Reuters", OutletKind.WIRE, 'B', "news agency")));

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  private ImportResult rows(String... rows) {
    Path file = fixture.write("changes.csv", HEADER + String.join("\n", rows) + "\n");
    return fixture.read(file, fixture.context().withBasemap(BASEMAP).withOutlets(OUTLETS));
  }

  @Test
  void readsGradeShareHeldAndEnds() {
    ImportResult result = rows(
        "Mosul,99072,IQ,2017-01-24,day,contested,Islamic State,Government of Iraq,east bank,https://reuters.com/a,B2,0.5",
        "Mosul,99072,IQ,2014-06-20,day,held,,Islamic State,held by then,https://reuters.com/b,C3,",
        "Iraq,,IQ,2017-12-09,day,ends,Islamic State,Government of Iraq,declared by the PM,https://reuters.com/c,B1,");

    assertThat(result.findings()).isEmpty();
    List<Statement> s = result.accepted();
    assertThat(s.get(0).share()).isEqualTo(0.5);
    assertThat(s.get(0).actorId()).isEqualTo("iraq");
    assertThat(s.get(0).source().gradeCode()).isEqualTo("B2");
    assertThat(s.get(1).status()).isEqualTo(Status.CONTROLS);
    assertThat(s.get(1).fromActorId()).isNull();
    assertThat(s.get(2).status()).isEqualTo(Status.ENDS);
    assertThat(s.get(2).actorId()).isEqualTo("islamic-state");
    assertThat(s.get(2).fromActorId()).isNull();
    assertThat(s.get(2).subject())
        .isEqualTo(new Subject.Area(BASEMAP.countries().get(0).outline(), "Iraq"));
    assertThat(s.get(2).note()).isEqualTo("declared by the PM");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "contested,B2,1.5|bad-share",
        "contested,B2,0|bad-share",
        "contested,B2,half|bad-share",
        "captured,B2,0.5|bad-share",
        "contested,G2,0.5|bad-grade",
        "contested,B7,0.5|bad-grade",
        "contested,2B,|bad-grade",
        "seized,B2,|bad-change"
      })
  void refusesABadShareGradeOrChange(String fields, String code) {
    String[] f = fields.split(",", -1);
    ImportResult result = rows("Mosul,99072,IQ,2017-01-24,day," + f[0]
        + ",Islamic State,Government of Iraq,," + "https://reuters.com/a," + f[1] + "," + f[2]);

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple(code, "line 2"));
    assertThat(result.accepted()).isEmpty();
  }

  @Test
  void anEndsRowOfACountryWithoutAnOutlineIsRefused() {
    ImportResult result =
        rows("Syria,,SY,2019-03-23,day,ends,Islamic State,SDF,,https://reuters.com/d,B1,");

    assertThat(result.findings()).extracting(Finding::code).containsExactly("unknown-region");
    assertThat(result.findings().get(0).message())
        .isEqualTo("no outline of country 'SY' in the basemap");
  }

  @Test
  void aStatementRestingOnlyOnFlaggedOutletsIsRecordedAsLowConfidence() {
    ImportResult result = rows(
        "Mosul,99072,IQ,2016-11-01,day,contested,Islamic State,Government of Iraq,,https://www.presstv.ir/x,C3,",
        "Mosul,99072,IQ,2016-11-02,day,contested,Islamic State,Government of Iraq,,"
            + "https://presstv.ir/y https://southfront.org/z,C3,",
        "Mosul,99072,IQ,2016-11-03,day,contested,Islamic State,Government of Iraq,,"
            + "https://presstv.ir/y https://in.reuters.com/z,B2,");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location, Finding::severity)
        .containsExactly(
            tuple("weak-source", "line 2", Finding.Severity.WARNING),
            tuple("weak-source", "line 3", Finding.Severity.WARNING));
    assertThat(result.findings().get(0).message())
        .isEqualTo("rests only on presstv.ir (state media, Iran): recorded "
            + "as low confidence; add an independent source");
    assertThat(result.findings().get(1).message())
        .isEqualTo(
            "rests only on presstv.ir (state media, Iran) and "
                + "southfront.org (partisan, pro-Russian): recorded as low confidence; add an independent source");
    assertThat(result.accepted())
        .extracting(Statement::confidence)
        .containsExactly(Confidence.LOW, Confidence.LOW, Confidence.MEDIUM);
  }
}
