package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GeoNames dump, zipped as geonames.org serves it, loads into a new store; bad lines are reported, not fatal. */
class GazetteerCommandTest {
  static final String DUMP = String.join(
      "\n",
      "703448\tKyiv\tKyiv\tKiev,Kijev,Kiew,Kyjiw,Київ\t50.45466\t30.5238\tP\tPPLC\tUA\t\t12\t\t\t\t2797553\t\t187\tEurope/Kyiv\t2024-01-01",
      "706483\tKharkiv\tKharkiv\tCharkiw,Kharkov,Харків\t49.98081\t36.25272\tP\tPPLA\tUA\t\t07\t\t\t\t1430885\t\t152\tEurope/Kyiv\t2024-01-01",
      "this line is not a GeoNames row",
      "");

  @TempDir
  Path dir;

  @Test
  void loadsAZippedDumpAndFindsPlacesByForeignNames() throws Exception {
    Path zip = dir.resolve("UA.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("UA.txt"));
      z.write(DUMP.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    String store = dir.resolve("ua.gpkg").toString();
    Cli.Run run = Cli.run("gazetteer", "import", zip.toString(), "--store", store);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("3 lines read, 2 places loaded, 1 malformed lines skipped")
        .contains("line 3");
    Cli.Run search = Cli.run("gazetteer", "search", "Charkiw", "--store", store);
    assertThat(search.out()).contains("706483  Kharkiv  UA");
    assertThat(Cli.run("gazetteer", "search", "Київ", "--store", store).out())
        .contains("703448  Kyiv");
  }
}
