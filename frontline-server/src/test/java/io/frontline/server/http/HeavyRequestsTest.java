package io.frontline.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeavyRequestsTest {
  @Test
  void beyondTheRunningAndTheQueuedTheAnswerIs503WithRetryAfter() throws Exception {
    HeavyRequests heavy = new HeavyRequests(2, 1, Duration.ofMillis(200), 1_000);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> {
          try {
            heavy.run("127.0.0.1", () -> {
              most.accumulateAndGet(running.incrementAndGet(), Math::max);
              await(release);
              running.decrementAndGet();
            });
            return 200;
          } catch (ApiException e) {
            assertThat(e.headers()).containsKey("Retry-After");
            return e.status();
          }
        }));
      }
      Thread.sleep(600);
      release.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : answers) {
        statuses.add(f.get(10, TimeUnit.SECONDS));
      }
      assertThat(most.get()).isEqualTo(2);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);
      assertThat(statuses).filteredOn(s -> s == 503).hasSize(6);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClientOverItsRateIs429AndOtherClientsAreNot() {
    HeavyRequests heavy = new HeavyRequests(1, 0, Duration.ofMillis(10), 3);
    for (int i = 0; i < 3; i++) {
      heavy.run("127.0.0.2", () -> {});
    }
    assertThatThrownBy(() -> heavy.run("127.0.0.2", () -> {}))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.getMessage()).contains("at most 3");
          assertThat(Long.parseLong(e.headers().get("Retry-After"))).isBetween(1L, 60L);
        });
    heavy.run("127.0.0.3", () -> {});
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new HeavyRequests(0, 1, Duration.ofSeconds(1), 1))
        .hasMessageContaining("concurrent >= 1");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
