package io.frontline.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the server runs, parsed once at start-up. {@code host} defaults to 127.0.0.1; any other address needs a write
 * {@code token} (the server refuses to start without one). On loopback without a token the server makes a random one
 * for the session and gives it to the app it serves. {@code user} is recorded as who made every write.
 * {@code maxBody_bytes} bounds JSON bodies, {@code maxUpload_bytes} imported files; {@code cacheSize} is the number
 * of control indexes kept (per store revision, "as recorded" time and zone radius). {@code allowedHosts} are the
 * host names, besides the loopback ones, that the server answers to (a reverse proxy's public name); on the network
 * without them it answers to any name.
 */
public record ServerConfig(
    Path store,
    String host,
    int port,
    Optional<String> token,
    String user,
    double zoneRadius_km,
    long maxBody_bytes,
    long maxUpload_bytes,
    int cacheSize,
    List<String> allowedHosts) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;
  public static final int MIN_TOKEN_LENGTH = 16;
  private static final java.util.regex.Pattern HOST_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

  public ServerConfig {
    if (store == null) {
      throw new IllegalArgumentException("the server needs a store file");
    }
    host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
    }
    token = token == null ? Optional.empty() : token.map(String::strip);
    token.filter(t -> t.length() < MIN_TOKEN_LENGTH).ifPresent(t -> {
      throw new IllegalArgumentException("the write token must have at least " + MIN_TOKEN_LENGTH
          + " characters, had " + t.length());
    });
    if (token.isEmpty() && !isLoopback(host)) {
      throw new IllegalArgumentException("listening on " + host
          + " (not loopback) needs a write token:" + " give --token or --token-file");
    }
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("the server needs a user name to record writes under");
    }
    if (!(zoneRadius_km >= 1 && zoneRadius_km <= 500)) {
      throw new IllegalArgumentException(
          "zone radius must be between 1 and 500 km, was " + zoneRadius_km);
    }
    allowedHosts = List.copyOf(allowedHosts == null ? List.of() : allowedHosts);
    allowedHosts.stream()
        .filter(h -> !HOST_NAME.matcher(h).matches())
        .findFirst()
        .ifPresent(h -> {
          throw new IllegalArgumentException(
              "an allowed host must be a plain host name such as monitor.example.org," + " was '"
                  + h + "'");
        });
    if (maxBody_bytes < 1024 || maxUpload_bytes < maxBody_bytes || cacheSize < 1) {
      throw new IllegalArgumentException(
          "body limit must be >= 1 KiB, upload limit >= body limit, cache >= 1");
    }
  }

  /** Loopback, the default port, a generated token, 30 km zones, 1 MiB bodies, 64 MiB uploads, 4 indexes. */
  public static ServerConfig local(Path store, int port) {
    return new ServerConfig(
        store,
        DEFAULT_HOST,
        port,
        Optional.empty(),
        System.getProperty("user.name", "analyst"),
        io.frontline.control.ZoneConfig.DEFAULT.radius_km(),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_UPLOAD_BYTES,
        4,
        List.of());
  }

  public ServerConfig withToken(String newToken) {
    return new ServerConfig(
        store,
        host,
        port,
        Optional.ofNullable(newToken),
        user,
        zoneRadius_km,
        maxBody_bytes,
        maxUpload_bytes,
        cacheSize,
        allowedHosts);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(
        store,
        newHost,
        port,
        token,
        user,
        zoneRadius_km,
        maxBody_bytes,
        maxUpload_bytes,
        cacheSize,
        allowedHosts);
  }

  public ServerConfig withAllowedHosts(List<String> names) {
    return new ServerConfig(
        store,
        host,
        port,
        token,
        user,
        zoneRadius_km,
        maxBody_bytes,
        maxUpload_bytes,
        cacheSize,
        names);
  }

  public boolean loopback() {
    return isLoopback(host);
  }

  static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve the address to listen on: '" + host + "'");
    }
  }

  /** The start-up log line. */
  public String describe() {
    return "store " + store.toAbsolutePath() + ", listening on " + host + ":" + port + ", writes "
        + (token.isPresent() ? "need the given token" : "need the session token") + ", recorded as "
        + user
        + ", zones " + zoneRadius_km + " km, JSON bodies up to " + maxBody_bytes
        + " bytes, uploads up to "
        + maxUpload_bytes + " bytes"
        + (allowedHosts.isEmpty() ? "" : ", also answering to " + String.join(", ", allowedHosts));
  }
}
