package io.frontline.server.engine;

import io.frontline.store.GeoPackageStore;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one open store and the revision that reads are answered at. A read never touches the store to find
 * its cache key: the revision is kept in memory, read again after every write made here and once a second by a
 * background thread (another process may write the file). A new revision is <em>published</em> only once whatever
 * {@link #onNewRevision} prepares for it (the latest control index) is ready: until then reads keep being answered
 * from the previous revision, so a large import or a rebuild never stalls them, and the writer, whose answer waits
 * for the publication, reads its own write at once.
 */
public final class StoreGate implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreGate.class);
  private final GeoPackageStore store;
  private final AtomicLong revision = new AtomicLong();
  private final ScheduledExecutorService checker;
  private volatile LongConsumer prepare = r -> {};

  public StoreGate(GeoPackageStore store) {
    this.store = store;
    revision.set(store.revision());
    checker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "frontline-revision-check");
      t.setDaemon(true);
      return t;
    });
    checker.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
  }

  public GeoPackageStore store() {
    return store;
  }

  /** What to make ready for a revision before reads see it (called on the writing or the checking thread). */
  public void onNewRevision(LongConsumer work) {
    this.prepare = work;
  }

  /** The published revision: what reads are answered at. */
  public long revision() {
    return revision.get();
  }

  /** Runs a write, prepares its revision and publishes it before returning, so the next read sees it. */
  public <T> T write(Function<GeoPackageStore, T> work) {
    try {
      return work.apply(store);
    } finally {
      publish(store.revision());
    }
  }

  private void check() {
    try {
      long current = store.revision();
      if (current != revision.get()) {
        publish(current);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not read the store's revision: {}", e.getMessage());
    }
  }

  private void publish(long next) {
    try {
      prepare.accept(next);
    } catch (RuntimeException e) {
      LOG.warn(
          "could not prepare revision {}; requests will build what they need: {}",
          next,
          e.getMessage());
    }
    revision.accumulateAndGet(next, Math::max);
  }

  @Override
  public void close() {
    checker.shutdownNow();
  }
}
