package io.frontline.benchmarks.abuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The abuse run's load: CLIENTS clients, each from its own loopback address (127.0.0.2 and up, so each has its own
 * rate limit), each keeping one request for the worst map picture the API draws (PNG, 4096x4096 pixels, a new date
 * each time) in flight for SECONDS. A refused request (429, 503) is asked again after PAUSE ms, as a careless client
 * that ignores Retry-After would; a drawn one at once. Prints how the requests were answered and how long the drawn
 * ones took.
 * <pre>java -cp frontline-benchmarks.jar io.frontline.benchmarks.abuse.PictureFlood PORT CLIENTS SECONDS PAUSE_MS</pre>
 */
public final class PictureFlood {
  private final int port;
  private final long deadline_ms;
  private final long pause_ms;
  private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  private final List<Long> drawn_ms = java.util.Collections.synchronizedList(new ArrayList<>());

  private PictureFlood(int port, long deadline_ms, long pause_ms) {
    this.port = port;
    this.deadline_ms = deadline_ms;
    this.pause_ms = pause_ms;
  }

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args[0]);
    int clients = Integer.parseInt(args[1]);
    long seconds = Long.parseLong(args[2]);
    long pause = Long.parseLong(args[3]);
    PictureFlood flood = new PictureFlood(port, System.currentTimeMillis() + seconds * 1000, pause);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      Thread t = new Thread(() -> flood.client(client), "client-" + client);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    flood.report(clients, seconds);
  }

  private void client(int n) {
    String from = "127.0.0." + (2 + n % 250);
    int day = n;
    while (System.currentTimeMillis() < deadline_ms) {
      day = day % 28 + 1;
      long started = System.nanoTime();
      int status = request(
          from,
          "/api/v1/exports?format=png&size=4096x4096&date=2016-02-" + String.format("%02d", day));
      statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
      if (status == 200) {
        drawn_ms.add((System.nanoTime() - started) / 1_000_000);
      } else {
        sleep(pause_ms);
      }
    }
  }

  /** The answer's status, its body read to the end; 0 when the connection failed. */
  private int request(String from, String target) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
              + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      in.transferTo(OutputStream.nullOutputStream());
      return head.length == 12
          ? Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII))
          : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private void report(int clients, long seconds) {
    Map<Integer, Integer> sorted = new TreeMap<>();
    statuses.forEach((k, v) -> sorted.put(k, v.get()));
    List<Long> times = new ArrayList<>(drawn_ms);
    times.sort(null);
    String drawn = times.isEmpty()
        ? "none drawn"
        : times.size() + " drawn, median " + times.get(times.size() / 2) + " ms, max "
            + times.get(times.size() - 1) + " ms (waiting included)";
    System.out.println("picture requests by " + clients + " clients over " + seconds
        + " s, by answer: " + sorted + "; " + drawn);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
