package io.frontline.formats.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.formats.FeatureSet;
import io.frontline.formats.FormatException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmzReaderTest {
  private static final String ONE_POINT = "<kml><Placemark><name>%s</name>"
      + "<Point><coordinates>43.11889,36.335</coordinates></Point></Placemark></kml>";

  @TempDir
  Path dir;

  private Path zip(String name, String... entries) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entries[i]));
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static void assertRefused(Path kmz, KmzLimits limits, String code) {
    assertThatThrownBy(() -> KmlReader.readKmz(kmz, limits))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.location()).isEqualTo("file");
        });
  }

  @Test
  void readsDocKmlInPreferenceToOtherKml() throws Exception {
    Path kmz = zip(
        "good.kmz",
        "files/other.kml",
        ONE_POINT.formatted("other"),
        "images/a.png",
        "png",
        "doc.kml",
        ONE_POINT.formatted("doc"));

    FeatureSet set = KmlReader.readKmz(kmz, KmzLimits.defaults());

    assertThat(set.features()).singleElement().satisfies(f -> assertThat(f.properties())
        .containsEntry("name", "doc"));
  }

  @Test
  void readsTheFirstKmlWhenThereIsNoDocKml() throws Exception {
    Path kmz = zip(
        "first.kmz",
        "a.txt",
        "x",
        "first.kml",
        ONE_POINT.formatted("first"),
        "second.kml",
        ONE_POINT.formatted("second"));

    assertThat(KmlReader.readKmz(kmz, KmzLimits.defaults()).features().get(0).properties())
        .containsEntry("name", "first");
  }

  @Test
  void refusesAZipBombQuicklyWithoutRunningOutOfMemory() throws Exception {
    Path bomb = dir.resolve("bomb.kmz");
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(bomb)))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("doc.kml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).as("1 GiB of zeros deflated").isLessThan(2L << 20);

    long start = System.nanoTime();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> assertRefused(bomb, KmzLimits.defaults(), "kmz-compression-ratio"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void refusesAnEntryInflatingBeyondTheByteLimit() throws Exception {
    Path big = dir.resolve("big.kmz");
    Random random = new Random(42);
    try (OutputStream file = Files.newOutputStream(big);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write("<kml><Document><description>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 60_000; i++) {
        zip.write(Integer.toString(random.nextInt()).getBytes(StandardCharsets.UTF_8));
      }
      zip.write("</description></Document></kml>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertRefused(big, KmzLimits.defaults().withMaxUncompressedBytes(512 * 1024), "kmz-too-large");
    assertThat(KmlReader.readKmz(big, KmzLimits.defaults()).features()).isEmpty();
  }

  @Test
  void refusesPathTraversalEntryNames() throws Exception {
    assertRefused(
        zip("traversal.kmz", "doc.kml", ONE_POINT.formatted("a"), "../../evil.kml", "x"),
        KmzLimits.defaults(),
        "kmz-unsafe-entry-name");
    assertRefused(
        zip("nested.kmz", "files/../../evil.kml", "x"),
        KmzLimits.defaults(),
        "kmz-unsafe-entry-name");
  }

  @Test
  void refusesAbsoluteEntryNames() throws Exception {
    assertRefused(
        zip("absolute.kmz", "/etc/doc.kml", "x"), KmzLimits.defaults(), "kmz-unsafe-entry-name");
    assertRefused(
        zip("drive.kmz", "C:\\temp\\doc.kml", "x"), KmzLimits.defaults(), "kmz-unsafe-entry-name");
  }

  @Test
  void refusesTooManyEntries() throws Exception {
    String[] entries = new String[2 * 11];
    for (int i = 0; i < 11; i++) {
      entries[2 * i] = "f" + i + ".kml";
      entries[2 * i + 1] = ONE_POINT.formatted(i);
    }

    assertRefused(
        zip("many.kmz", entries), KmzLimits.defaults().withMaxEntries(10), "kmz-too-many-entries");
    assertThat(KmlReader.readKmz(dir.resolve("many.kmz"), KmzLimits.defaults()).features())
        .hasSize(1);
  }

  @Test
  void refusesAnArchiveWithoutKml() throws Exception {
    assertRefused(zip("nokml.kmz", "doc.txt", "hello"), KmzLimits.defaults(), "kmz-no-kml");
  }

  @Test
  void refusesAFileThatIsNotAZip() throws Exception {
    Path notZip = Files.writeString(dir.resolve("fake.kmz"), "<kml/>");

    assertRefused(notZip, KmzLimits.defaults(), "kmz-malformed");
  }
}
