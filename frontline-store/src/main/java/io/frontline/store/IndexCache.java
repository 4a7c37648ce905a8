package io.frontline.store;

import io.frontline.control.ControlIndex;
import io.frontline.control.ZoneConfig;
import io.frontline.timeline.RecordTime;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Control indexes kept in files beside the store ({@code STORE.cache/}) so that the next process starts from one
 * instead of reading every observation and building the index again. An entry is found by a {@link #key} made of
 * everything the build depends on: this format, the engine's build, the store's {@link StoreStamp} (so any committed write, by any
 * program, changes it), the {@link RecordSpan} of the "as of" time and the zone configuration. An entry is never
 * updated, only replaced by one under a new key (so an entry is read in place, mapped into memory, and its
 * observations only when a query asks for them); the newest {@value #KEEP} are kept. A cache that cannot be read or
 * written is no cache: every failure reads as a miss.
 */
public final class IndexCache {
  /** Raise when the binary form or what goes into an entry changes. */
  static final int FORMAT = 6;

  static final int KEEP = 4;
  private static final byte[] MAGIC = "FRONTLINE-INDEX\n".getBytes(StandardCharsets.US_ASCII);

  private final Path dir;

  private IndexCache(Path dir) {
    this.dir = dir;
  }

  /** The cache of the store at {@code store}: the directory {@code STORE.cache} beside it. */
  public static IndexCache beside(Path store) {
    Path file = store.toAbsolutePath();
    return new IndexCache(file.resolveSibling(file.getFileName() + ".cache"));
  }

  public Path dir() {
    return dir;
  }

  /**
   * The key of the index of {@code store} as of {@code asOf} with {@code zones}, built by the engine {@code engine};
   * empty when the store is not settled or changed while the key was read (then nothing may be cached).
   */
  public static Optional<String> key(
      GeoPackageStore store, RecordTime asOf, ZoneConfig zones, String engine) {
    StoreStamp before = store.stamp();
    RecordSpan span = store.recordSpan(asOf);
    StoreStamp after = store.stamp();
    if (!before.settled() || !before.equals(after)) {
      return Optional.empty();
    }
    return Optional.of("format " + FORMAT + "; engine " + engine + "; " + before + "; span " + span
        + "; " + zones);
  }

  /** The index stored under {@code key}, if there is one and it reads whole. */
  public Optional<ControlIndex> load(String key) {
    Optional<ControlIndex> prefetched = takePrefetched(key);
    if (prefetched.isPresent()) {
      touch(file(key));
      return prefetched;
    }
    Path file = file(key);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Entry entry = read(file, true);
      if (!entry.key().equals(key)) {
        return Optional.empty();
      }
      ControlIndex index = entry.index().get();
      touch(file);
      return Optional.of(index);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** An entry as read: its key, and its index, decoded when first asked for. */
  private record Entry(String key, java.util.function.Supplier<ControlIndex> index) {}

  /**
   * The entry in {@code file}: its key read now, its index mapped in place and decoded when asked for, in parallel
   * or on the asking thread alone.
   */
  private static Entry read(Path file, boolean parallel) throws IOException {
    ByteBuffer bytes;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
    String key = readHeader(bytes);
    ByteBuffer body = bytes.slice();
    return new Entry(key, () -> IndexCodec.read(body, parallel));
  }

  /** Reads of the entry used last, started before their key is known ({@link #prefetch}), by cache directory. */
  private static final Map<Path, Prefetch> PREFETCHES = new ConcurrentHashMap<>();

  /** A read on a thread of its own: the entry's key as soon as the header is read, then its index. */
  private record Prefetch(CompletableFuture<String> key, CompletableFuture<ControlIndex> index) {}

  /**
   * Starts reading, on a thread of its own, the entry of this cache that was used last, so that a command that has
   * just started can decode it while it opens the store and works out the key (on that thread alone, so that the
   * command's own start keeps the other core). {@link #load} takes the index when
   * its key is the one asked for, and otherwise leaves it and reads as it would have. A process should start at most
   * one read per cache, before its first load (a read not taken stays in memory).
   */
  public void prefetch() {
    PREFETCHES.computeIfAbsent(dir, d -> {
      Prefetch p = new Prefetch(new CompletableFuture<>(), new CompletableFuture<>());
      Thread thread = new Thread(() -> prefetch(p), "index-cache-prefetch");
      thread.setDaemon(true);
      thread.start();
      return p;
    });
  }

  private void prefetch(Prefetch p) {
    try {
      Optional<Path> last = lastUsed();
      if (last.isEmpty()) {
        p.key().complete("");
        return;
      }
      Entry entry = read(last.get(), false);
      p.key().complete(entry.key());
      p.index().complete(entry.index().get());
    } catch (IOException | RuntimeException e) {
      p.key().complete("");
      p.index().completeExceptionally(e);
    }
  }

  /** The prefetched index if its key is {@code key}; waits for the decoding only then. */
  private Optional<ControlIndex> takePrefetched(String key) {
    Prefetch p = PREFETCHES.remove(dir);
    if (p == null) {
      return Optional.empty();
    }
    try {
      return p.key().get().equals(key) ? Optional.of(p.index().get()) : Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  /** The entry used (or written) last. */
  private Optional<Path> lastUsed() throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".idx"))
          .max(Comparator.comparing(IndexCache::modified));
    }
  }

  /** Stores the index under {@code key} (written whole, then moved into place); returns whether it was stored. */
  public boolean save(String key, ControlIndex index) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "entry", ".tmp");
      try {
        byte[] header = header(key);
        byte[] body = IndexCodec.write(index);
        Files.write(
            temp,
            ByteBuffer.allocate(header.length + body.length)
                .put(header)
                .put(body)
                .array());
        Files.move(
            temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
      prune();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Removes every entry (the directory stays). */
  public void clear() throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** Marks an entry as just used, for pruning; an entry in a read-only directory stays as it is. */
  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // pruning then goes by when the entry was written
    }
  }

  Path file(String key) {
    return dir.resolve(digest(key).substring(0, 32) + ".idx");
  }

  private void prune() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> entries = files
          .filter(f -> f.getFileName().toString().endsWith(".idx"))
          .sorted(Comparator.comparing(IndexCache::modified).reversed())
          .toList();
      for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
        Files.deleteIfExists(old);
      }
    }
  }

  private static FileTime modified(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static byte[] header(String key) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(MAGIC.length + 4 + text.length)
        .put(MAGIC)
        .putInt(text.length)
        .put(text)
        .array();
  }

  private static String readHeader(ByteBuffer bytes) {
    byte[] magic = new byte[MAGIC.length];
    bytes.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IllegalArgumentException("not an index cache entry");
    }
    byte[] text = new byte[bytes.getInt()];
    bytes.get(text);
    return new String(text, StandardCharsets.UTF_8);
  }

  static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
