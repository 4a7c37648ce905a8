package io.frontline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One step of the schema: the SQL script {@code V<version>__<name>.sql}, applied once and never edited. */
record Migration(int version, String name, String sql) {
  private static final Pattern FILE_NAME = Pattern.compile("V([1-9]\\d*)__(\\w+)\\.sql");

  Migration {
    if (version < 1 || name == null || name.isBlank() || sql == null || sql.isBlank()) {
      throw new IllegalArgumentException(
          "a migration needs a version >= 1, a name and SQL, was V" + version + " " + name);
    }
  }

  /** Loads a bundled script from the {@code migrations} resource folder beside this class. */
  static Migration load(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "migration file name must look like V1__name.sql, was " + fileName);
    }
    try (InputStream in = Migration.class.getResourceAsStream("migrations/" + fileName)) {
      if (in == null) {
        throw new IllegalStateException(
            "migration " + fileName + " is missing from the Frontline jar");
      }
      return new Migration(
          Integer.parseInt(m.group(1)),
          m.group(2),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + fileName, e);
    }
  }
}
