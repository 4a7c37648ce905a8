package io.frontline.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Points the SQLite driver at a copy of its native library kept beside the runnable jar ({@code native/}), made on
 * the first run. Otherwise the driver writes the library to the temporary directory and compares it byte by byte
 * with the one in the jar on every start (a tenth of a short command's time). Any failure leaves the driver to do as
 * it always does.
 */
final class NativeSqlite {
  private NativeSqlite() {}

  static void useCopyBesideJar() {
    if (System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    try {
      Path jar =
          Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return;
      }
      String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
      String name = System.mapLibraryName("sqlitejdbc");
      String build = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
      Path dir = jar.resolveSibling("native").resolve(build).resolve(folder);
      if (!Files.isRegularFile(dir.resolve(name))
          && !extract("/org/sqlite/native/" + folder + "/" + name, dir, name)) {
        return;
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
    } catch (Exception | LinkageError e) {
      // the driver extracts its own copy
    }
  }

  private static boolean extract(String resource, Path dir, String name)
      throws java.io.IOException {
    try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, name, ".tmp");
      try {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            temp,
            dir.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
      return true;
    }
  }
}
