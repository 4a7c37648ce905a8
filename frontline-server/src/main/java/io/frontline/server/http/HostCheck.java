package io.frontline.server.http;

import io.frontline.formats.text.Quoted;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which {@code Host} headers the server answers to. A page of another site can make a browser send requests to
 * 127.0.0.1 under the site's own name (DNS rebinding); the server tells them apart by the name in the Host header. The
 * header is parsed (name, optional port) and its name compared exactly: a loopback server answers only to
 * {@code localhost}, an IPv4 literal in 127.0.0.0/8, {@code [::1]} and the names it was configured with; a server on
 * the network answers to any name unless names were configured. A missing or malformed Host is refused.
 */
public final class HostCheck {
  private static final Pattern NAME_PORT =
      Pattern.compile("([a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\\d{1,5}))?");
  private static final Pattern IPV6_PORT = Pattern.compile("\\[([0-9a-f:.]+)\\](?::(\\d{1,5}))?");
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private final boolean loopbackOnly;
  private final Set<String> names;

  /** {@code names}: further host names to answer to (a reverse proxy's public name), compared case-insensitively. */
  public HostCheck(boolean loopbackOnly, List<String> names) {
    this.loopbackOnly = loopbackOnly;
    this.names = names.stream()
        .map(n -> n.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A before-handler for every request. */
  public void check(Context ctx) {
    String host = ctx.header("Host");
    if (!allows(host)) {
      throw new ApiException(
          403,
          "host",
          "Forbidden",
          "this server does not answer to the host name "
              + (host == null ? "(none)" : Quoted.of(host)) + "; it answers to " + answersTo(),
          List.of(),
          null);
    }
  }

  /** True when a request with this Host header is answered. */
  public boolean allows(String header) {
    Optional<String> name = hostName(header);
    if (name.isEmpty()) {
      return false;
    }
    if (isLoopbackName(name.get()) || names.contains(name.get())) {
      return true;
    }
    return !loopbackOnly && names.isEmpty();
  }

  private String answersTo() {
    String configured = names.isEmpty()
        ? ""
        : " and " + String.join(", ", names.stream().sorted().toList());
    return loopbackOnly || !names.isEmpty()
        ? "localhost, 127.0.0.1 or [::1]" + configured
        : "any name";
  }

  /** The host name of a Host header (lower case, IPv6 without brackets), or empty when the header is malformed. */
  static Optional<String> hostName(String header) {
    if (header == null || header.isEmpty() || header.length() > 255) {
      return Optional.empty();
    }
    String h = header.toLowerCase(Locale.ROOT);
    Matcher v6 = IPV6_PORT.matcher(h);
    if (v6.matches()) {
      return validPort(v6.group(2)) ? Optional.of(v6.group(1)) : Optional.empty();
    }
    Matcher m = NAME_PORT.matcher(h);
    if (!m.matches() || !validPort(m.group(2)) || m.group(1).contains("..")) {
      return Optional.empty();
    }
    return Optional.of(m.group(1));
  }

  private static boolean validPort(String port) {
    return port == null || Integer.parseInt(port) <= 65535;
  }

  /** {@code localhost}, {@code ::1} or a dotted-quad IPv4 address in 127.0.0.0/8. */
  static boolean isLoopbackName(String name) {
    if (name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    Matcher m = IPV4.matcher(name);
    if (!m.matches() || !m.group(1).equals("127")) {
      return false;
    }
    for (int i = 2; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }
}
