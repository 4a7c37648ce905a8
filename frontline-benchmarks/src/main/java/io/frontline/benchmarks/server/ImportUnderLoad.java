package io.frontline.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads while a large import runs: point queries open-loop at a fixed rate for the whole run, and meanwhile a CSV
 * file of {@code rows} observations (the scenario's settlements, its actors, random dates 2014-2019) is posted to
 * {@code /api/v1/imports}. Latencies are reported for the requests due while the import ran (upload, checking every
 * row, the write, the new control index) and for the whole run. The import changes the store: run it on a copy.
 */
final class ImportUnderLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ServerBench bench;
  private final URI base;
  private final String token;
  private final HttpClient client = HttpClient.newHttpClient();

  ImportUnderLoad(ServerBench bench, URI base, String token) {
    this.bench = bench;
    this.base = base;
    this.token = token;
  }

  void run(int rate, int rows) throws IOException, InterruptedException {
    String csv = csv(rows);
    Latencies latencies = new Latencies();
    AtomicLong importStart = new AtomicLong();
    AtomicLong importEnd = new AtomicLong();
    String[] outcome = new String[1];
    Thread importer = new Thread(
        () -> {
          try {
            Thread.sleep(2_000);
            importStart.set(System.nanoTime());
            HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/imports?filename=bench.csv"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
            importEnd.set(System.nanoTime());
            outcome[0] =
                r.statusCode() + " " + JSON.readTree(r.body()).path("summary").asText(r.body());
          } catch (IOException e) {
            outcome[0] = "failed: " + e.getMessage();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        "frontline-bench-import");
    importer.start();
    int seconds = 30;
    String all = bench.openLoop(rate, seconds, 8, i -> bench.pointPath(), latencies);
    importer.join();
    System.out.printf(
        Locale.ROOT,
        "import of %,d rows (%,d bytes) while point queries run at %d req/s: %s in %.1f s%n",
        rows,
        csv.length(),
        rate,
        outcome[0],
        (importEnd.get() - importStart.get()) / 1e9);
    System.out.println("  point queries due while the import ran: "
        + latencies
            .within(importStart.get(), importEnd.get() == 0 ? Long.MAX_VALUE : importEnd.get())
            .summary());
    System.out.println("  point queries over the whole " + seconds + " s: " + all);
  }

  /**
   * Writes the import file of the scenario for another load generator (benchmarks/wrk/run.sh):
   * {@code ImportUnderLoad http://127.0.0.1:PORT ROWS FILE}.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: ImportUnderLoad http://127.0.0.1:PORT ROWS FILE");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String csv =
        new ImportUnderLoad(new ServerBench(base), base, "").csv(Integer.parseInt(args[1]));
    Files.writeString(Path.of(args[2]), csv);
  }

  private String csv(int rows) throws IOException, InterruptedException {
    List<Long> places = new ArrayList<>();
    for (JsonNode f : get("/api/v1/settlements?date=2015-06-01").path("features")) {
      places.add(f.path("properties").path("id").asLong());
    }
    List<String> actors = new ArrayList<>();
    for (JsonNode a : get("/api/v1/actors")) {
      actors.add(a.path("id").asText());
    }
    if (places.isEmpty() || actors.isEmpty()) {
      throw new IOException("the server has no settlements or actors to import observations of");
    }
    SplittableRandom random = new SplittableRandom(20261125L);
    StringBuilder b =
        new StringBuilder("geonames_id,actor,status,date,precision,source_url,confidence,note\n");
    for (int i = 0; i < rows; i++) {
      LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(2000));
      b.append(places.get(random.nextInt(places.size())))
          .append(',')
          .append(actors.get(random.nextInt(actors.size())))
          .append(",controls,")
          .append(date)
          .append(",day,")
          .append("https://example.org/bench/")
          .append(i)
          .append(",medium,benchmark row ")
          .append(i)
          .append('\n');
    }
    return b.toString();
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(path + " answered " + r.statusCode());
    }
    return JSON.readTree(r.body());
  }
}
