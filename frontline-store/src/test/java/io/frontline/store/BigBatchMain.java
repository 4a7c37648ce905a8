package io.frontline.store;

import io.frontline.contract.StoreFixtures;
import io.frontline.observations.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The child process of {@link KillSafetyTest}: opens the store named by the first argument and records as many
 * statements as the second argument says in one transaction, printing "started" just before the transaction and
 * "committed" after it.
 */
public final class BigBatchMain {
  private BigBatchMain() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    List<Statement> batch = IntStream.range(0, count)
        .mapToObj(i -> i % 2 == 0 ? StoreFixtures.mosulFalls() : StoreFixtures.sinjarContested())
        .toList();
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      System.out.println("started");
      System.out.flush();
      store.record(batch, "kill-test");
      System.out.println("committed");
    }
  }
}
