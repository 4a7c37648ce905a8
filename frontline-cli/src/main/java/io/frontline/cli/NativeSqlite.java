package io.frontline.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Points the SQLite driver at a copy of its native library kept beside the runnable jar ({@code native/}), made on
 * the first run. Otherwise the driver writes the library to the temporary directory and compares it byte by byte
 * with the one in the jar on every start (a tenth of a short command's time). The folder that suits this machine is
 * remembered beside the copy. Any failure leaves the driver to do as it always does.
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
      Path dir = Files.isRegularFile(jar) ? copyBeside(jar) : null;
      if (dir != null) {
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", LIBRARY);
      }
    } catch (Exception | LinkageError e) {
      // the driver extracts its own copy
    }
  }

  private static final String LIBRARY = System.mapLibraryName("sqlitejdbc");

  /** The folder holding the copy of the library for {@code jar} (made if missing), or null if none can be made. */
  static Path copyBeside(Path jar) throws java.io.IOException {
    String build = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
    Path base = jar.resolveSibling("native").resolve(build);
    Path dir = remembered(base, LIBRARY);
    if (dir != null) {
      return dir;
    }
    String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
    dir = base.resolve(folder);
    if (!Files.isRegularFile(dir.resolve(LIBRARY))
        && !extract("/org/sqlite/native/" + folder + "/" + LIBRARY, dir, LIBRARY)) {
      return null;
    }
    remember(base, folder);
    return dir;
  }

  /** The file naming the library's folder under {@code base}, written once it was found for this machine. */
  private static final String FOLDER_FILE = "folder";

  /**
   * The folder the library was found in by an earlier run, if its file is there: the driver's own answer asks the
   * system by starting a process ({@code uname}), about 20 ms.
   */
  private static Path remembered(Path base, String name) {
    try {
      Path dir = base.resolve(Files.readString(base.resolve(FOLDER_FILE)).strip());
      return dir.normalize().startsWith(base) && Files.isRegularFile(dir.resolve(name))
          ? dir
          : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static void remember(Path base, String folder) throws java.io.IOException {
    Path temp = Files.createTempFile(base, FOLDER_FILE, ".tmp");
    try {
      Files.writeString(temp, folder);
      Files.move(
          temp,
          base.resolve(FOLDER_FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
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
