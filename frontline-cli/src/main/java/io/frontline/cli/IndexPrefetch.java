package io.frontline.cli;

import io.frontline.store.IndexCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Starts reading a store's cached control index as the process starts, for the commands that answer from it: the
 * store is found in the arguments before the command line is set up, and {@link IndexCache#prefetch} decodes the
 * entry used last on a thread of its own while the command line is read, the store opened and the key worked out
 * ({@link IndexLoad} then takes it if its key is the right one). A short query's start-up and its reading of the
 * index overlap instead of following each other.
 */
final class IndexPrefetch {
  /** The commands that read the control index of their store. */
  static final Set<String> READERS = Set.of(
      "figures", "changes", "series", "history", "map", "chart", "animate", "export", "events");

  private IndexPrefetch() {}

  static void start(String[] args) {
    if (IndexLoad.enabled()) {
      store(args).filter(Files::isRegularFile).ifPresent(s -> IndexCache.beside(s)
          .prefetch());
    }
  }

  /**
   * The store a command line reads its control index from ({@code --store FILE}, {@code --store=FILE} or the
   * default), if its command is one that does; empty for anything else, help included.
   */
  static Optional<Path> store(String[] args) {
    if (args.length == 0 || !READERS.contains(args[0])) {
      return Optional.empty();
    }
    String store = StoreOptions.DEFAULT_STORE;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h") || a.equals("import") && i == 1) {
        return Optional.empty();
      }
      if (a.equals("--store") && i + 1 < args.length) {
        store = args[++i];
      } else if (a.startsWith("--store=")) {
        store = a.substring("--store=".length());
      }
    }
    try {
      return Optional.of(Path.of(store));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
