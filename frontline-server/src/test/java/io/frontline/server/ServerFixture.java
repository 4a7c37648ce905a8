package io.frontline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A running server on a copy of the demo store, on a free loopback port. */
public final class ServerFixture implements AutoCloseable {
  private final FrontlineServer server;
  private final Http http;
  private final Path dir;

  private ServerFixture(FrontlineServer server, Path dir) {
    this.server = server;
    this.dir = dir;
    this.http = new Http(server.url());
  }

  public static ServerFixture start() {
    try {
      Path dir = Files.createTempDirectory("frontline-server-test");
      return new ServerFixture(
          FrontlineServer.start(ServerConfig.local(DemoStore.copy(dir), 0)), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Http http() {
    return http;
  }

  public FrontlineServer server() {
    return server;
  }

  public String token() {
    return server.token();
  }

  @Override
  public void close() {
    server.close();
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete the test store in " + dir + ": " + e.getMessage());
    }
  }
}
