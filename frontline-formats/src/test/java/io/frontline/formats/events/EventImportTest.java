package io.frontline.formats.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.testing.MemoryEventStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventImportTest {
  @TempDir
  Path dir;

  @Test
  void aFileWithAnErrorStoresNothingAndAGoodOneStoresOnce() throws IOException {
    MemoryEventStore store = new MemoryEventStore();
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        EventCsvReaderTest.UCDP + "1,2015,Syria,IS,x,x,35,38,1,0,0,0,0\n"
            + "2,1980,Syria,IS,x,x,35,38,1,0,0,0,0\n");
    EventImport.Outcome refused = EventImport.run(bad, EventCsvReaderTest.OPTIONS, store, n -> {});
    assertThat(refused.added()).isZero();
    assertThat(refused.read().summary()).endsWith("nothing imported");
    assertThat(store.eventCount()).isZero();

    Path good = dir.resolve("good.csv");
    Files.writeString(
        good,
        EventCsvReaderTest.UCDP + "1,2015,Syria,IS,x,x,35,38,1,0,0,0,0\n"
            + "2,2016,Syria,IS,x,x,35,38,1,0,0,0,0\n");
    assertThat(EventImport.run(good, EventCsvReaderTest.OPTIONS, store, n -> {}).added())
        .isEqualTo(2);
    assertThat(EventImport.run(good, EventCsvReaderTest.OPTIONS, store, n -> {}).added())
        .isZero();
    assertThat(store.eventCount()).isEqualTo(2);
  }
}
