package io.frontline.server.engine;

import io.frontline.store.GeoPackageStore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The server's one open store, with its revision kept in memory: read again after every write made here and at most
 * once a second otherwise (another process may write the file), so a read request costs no SQL to find its cache key.
 */
public final class StoreGate {
  private static final long RECHECK_NS = 1_000_000_000L;
  private final GeoPackageStore store;
  private final AtomicLong revision = new AtomicLong();
  private volatile long checkedAt;

  public StoreGate(GeoPackageStore store) {
    this.store = store;
    refresh();
  }

  public GeoPackageStore store() {
    return store;
  }

  public long revision() {
    if (System.nanoTime() - checkedAt > RECHECK_NS) {
      refresh();
    }
    return revision.get();
  }

  /** Runs a write and reads the new revision at once, so the next read sees it. */
  public <T> T write(Function<GeoPackageStore, T> work) {
    try {
      return work.apply(store);
    } finally {
      refresh();
    }
  }

  private void refresh() {
    revision.set(store.revision());
    checkedAt = System.nanoTime();
  }
}
