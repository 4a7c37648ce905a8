package io.frontline.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The state of a store file, as a value that changes with every committed write: the store's revision, which every
 * Frontline write raises, and for writes by other programs (QGIS, GDAL, sqlite3) SQLite's file change counter (bytes
 * 24-27 of the header, raised by every commit in the rollback-journal mode the store uses), the file's size and its
 * modification time. {@code settled} is false while a write-ahead log lies beside the file: then another program has
 * the store open in WAL mode, its commits need not reach the file, and no stamp vouches for the content.
 */
public record StoreStamp(
    long revision, long changeCounter, long size_bytes, long modified_ns, boolean settled) {
  private static final int CHANGE_COUNTER_OFFSET = 24;

  static StoreStamp of(Path file, long revision) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
      Path wal = file.resolveSibling(file.getFileName() + "-wal");
      return new StoreStamp(
          revision, changeCounter(file), attributes.size(), modified, !Files.exists(wal));
    } catch (IOException e) {
      return new StoreStamp(revision, -1, -1, -1, false);
    }
  }

  private static long changeCounter(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate(4);
      if (channel.read(header, CHANGE_COUNTER_OFFSET) != 4) {
        throw new IOException("store " + file + " is shorter than an SQLite header");
      }
      return Integer.toUnsignedLong(header.getInt(0));
    }
  }
}
