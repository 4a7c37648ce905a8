package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.server.FrontlineServer;
import io.frontline.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the web app and the API on 127.0.0.1 until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the analyst's web app, the JSON API (/api/v1, documented at /api), OGC API - Features"
          + " (/ogc) and vector tiles (/tiles) over the store, with no network needed. Stop with Ctrl-C.",
      "Listens on 127.0.0.1 unless --host says otherwise; any other address needs a write token (--token or"
          + " --token-file). Writes need the header 'Authorization: Bearer TOKEN'."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      defaultValue = "frontline.gpkg",
      description = "The store (default: ${DEFAULT-VALUE} in the working directory).")
  Path store;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The write token (16 characters or more).")
  String token;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "A file whose first line is the write token.")
  Path tokenFile;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "${sys:user.name}",
      description = "Who writes are recorded under (default: the user name).")
  String user;

  @Option(
      names = "--zone-radius",
      paramLabel = "KM",
      defaultValue = "30",
      description = "Default radius of a place's zone in km (default: ${DEFAULT-VALUE}).")
  double zoneRadius;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      description =
          "A host name to answer to besides localhost and 127.0.0.1 (a reverse proxy's public name);"
              + " repeat for several. On the network without it, the server answers to any name.")
  java.util.List<String> allowedHosts = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    if (!Files.isRegularFile(store)) {
      throw Refusal.notFound("no store at " + store.toAbsolutePath()
          + "; create one with 'frontline init --store FILE'"
          + " (or 'frontline demo'), or give --store FILE");
    }
    serve(config(), spec.commandLine().getOut());
    return ExitCode.OK;
  }

  ServerConfig config() {
    return config(store, host, port, readToken(), user, zoneRadius).withAllowedHosts(allowedHosts);
  }

  static ServerConfig config(
      Path store, String host, int port, Optional<String> token, String user, double km) {
    return new ServerConfig(
        store,
        host,
        port,
        token,
        user,
        km,
        ServerConfig.DEFAULT_MAX_BODY_BYTES,
        ServerConfig.DEFAULT_MAX_UPLOAD_BYTES,
        4,
        java.util.List.of());
  }

  private Optional<String> readToken() {
    if (token != null && tokenFile != null) {
      throw Refusal.badInput(null, "give --token or --token-file, not both");
    }
    if (tokenFile == null) {
      return Optional.ofNullable(token);
    }
    try {
      return Files.readAllLines(tokenFile).stream()
          .findFirst()
          .map(String::strip)
          .filter(t -> !t.isEmpty())
          .or(() -> {
            throw Refusal.badInput(null, "the token file " + tokenFile + " is empty");
          });
    } catch (IOException e) {
      throw Refusal.notFound("cannot read the token file " + tokenFile + ": " + e.getMessage());
    }
  }

  /** Starts the server; an address already in use is a usage error, not a bug. */
  private static FrontlineServer start(ServerConfig config) {
    try {
      return FrontlineServer.start(config);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.net.BindException) {
          throw Refusal.badInput(
              null,
              "cannot listen on " + config.host() + ":" + config.port() + " (" + t.getMessage()
                  + "); choose another --port, or 0 for any free port");
        }
      }
      throw e;
    }
  }

  /** Serves a demo store on 127.0.0.1:8080 with a session token ('frontline demo --serve'). */
  static void serveDemo(Path store, double zoneRadius_km, PrintWriter out) {
    serve(
        config(
            store,
            ServerConfig.DEFAULT_HOST,
            ServerConfig.DEFAULT_PORT,
            Optional.empty(),
            System.getProperty("user.name", "analyst"),
            zoneRadius_km),
        out);
  }

  /** Starts the server, prints its URL and blocks until the process is stopped. */
  static void serve(ServerConfig config, PrintWriter out) {
    FrontlineServer server = start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "frontline-stop"));
    out.println("Frontline is serving " + config.store().toAbsolutePath());
    out.println("  app:  " + server.url());
    out.println("  API:  " + server.url() + "api (OpenAPI: " + server.url() + "api/openapi.json)");
    out.println("  OGC:  " + server.url() + "ogc   tiles: " + server.url()
        + "tiles/basemap/{z}/{x}/{y}.mvt");
    if (config.token().isEmpty()) {
      out.println("  write token for this session (the app has it): " + server.token());
    }
    out.println("Stop with Ctrl-C.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
