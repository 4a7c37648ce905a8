package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSqliteTest {
  @TempDir
  Path dir;

  private Path jar() throws Exception {
    Path jar = Files.writeString(dir.resolve("frontline.jar"), "a jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
    return jar;
  }

  private static Path base(Path jar) {
    return jar.resolveSibling("native").resolve("5-1767323045000");
  }

  @Test
  void copiesTheLibraryOnceAndRemembersItsFolder() throws Exception {
    Path jar = jar();
    Path first = NativeSqlite.copyBeside(jar);
    String folder = Files.readString(base(jar).resolve("folder"));

    assertThat(first).isEqualTo(base(jar).resolve(folder));
    assertThat(first.resolve(System.mapLibraryName("sqlitejdbc"))).isNotEmptyFile();
    assertThat(NativeSqlite.copyBeside(jar)).isEqualTo(first);
  }

  @Test
  void aRememberedFolderWithoutTheLibraryIsAskedAgain() throws Exception {
    Path jar = jar();
    Path first = NativeSqlite.copyBeside(jar);
    Files.writeString(base(jar).resolve("folder"), "Elsewhere/none");

    assertThat(NativeSqlite.copyBeside(jar)).isEqualTo(first);
    assertThat(base(jar).resolve("folder")).content().isNotEqualTo("Elsewhere/none");
  }

  @Test
  void aRememberedFolderOutsideTheCopyIsNotFollowed() throws Exception {
    Path jar = jar();
    Path first = NativeSqlite.copyBeside(jar);
    Path outside = dir.resolve("outside");
    Files.createDirectories(outside);
    Files.copy(
        first.resolve(System.mapLibraryName("sqlitejdbc")),
        outside.resolve(System.mapLibraryName("sqlitejdbc")));
    Files.writeString(base(jar).resolve("folder"), "../../outside");

    assertThat(NativeSqlite.copyBeside(jar)).isEqualTo(first);
  }
}
