package io.frontline.app.observations;

import io.frontline.store.GeoPackageStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a write use case reaches the store: reads go straight to it, writes through the adapter's gate (the server's
 * publishes a new revision to its readers; the command line writes directly).
 */
public interface StoreAccess {
  GeoPackageStore store();

  <T> T write(Function<GeoPackageStore, T> work);

  /** The store's revision now (after a write: the one it made). */
  default long revision() {
    return store().revision();
  }

  /** Writes straight to {@code store}. */
  static StoreAccess direct(GeoPackageStore store) {
    return direct(store, Runnable::run);
  }

  /** Writes straight to {@code store}, each write run by {@code around} (which shows a progress bar, say). */
  static StoreAccess direct(GeoPackageStore store, Consumer<Runnable> around) {
    return new StoreAccess() {
      @Override
      public GeoPackageStore store() {
        return store;
      }

      @Override
      public <T> T write(Function<GeoPackageStore, T> work) {
        List<T> written = new ArrayList<>(1);
        around.accept(() -> written.add(work.apply(store)));
        return written.get(0);
      }
    };
  }
}
