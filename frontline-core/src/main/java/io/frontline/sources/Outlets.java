package io.frontline.sources;

import io.frontline.observations.Source;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table of outlets by host. A URL's host is looked up as it is (without "www."), then by its parent domains, so
 * "in.reuters.com" finds "reuters.com"; a host the table does not know is an {@link Outlet#unknown} outlet.
 */
public final class Outlets {
  private static final Outlets NONE = new Outlets(List.of());
  private final Map<String, Outlet> byHost;

  public Outlets(List<Outlet> outlets) {
    this.byHost = outlets.stream()
        .collect(Collectors.toUnmodifiableMap(Outlet::host, Function.identity(), (a, b) -> {
          throw new IllegalArgumentException("outlet host " + a.host() + " appears twice");
        }));
  }

  /** A table that knows no outlet. */
  public static Outlets none() {
    return NONE;
  }

  public boolean isEmpty() {
    return byHost.isEmpty();
  }

  public List<Outlet> all() {
    return byHost.values().stream()
        .sorted(java.util.Comparator.comparing(Outlet::host))
        .toList();
  }

  /** The outlet of a host or URL, if the table knows it or one of its parent domains. */
  public Optional<Outlet> find(String hostOrUrl) {
    String host = host(hostOrUrl);
    for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
      Outlet outlet = byHost.get(h);
      if (outlet != null) {
        return Optional.of(outlet);
      }
    }
    return Optional.empty();
  }

  /** The outlet of a host or URL; an unknown outlet under the host when the table does not know it. */
  public Outlet of(String hostOrUrl) {
    return find(hostOrUrl).orElseGet(() -> Outlet.unknown(host(hostOrUrl)));
  }

  /**
   * The outlets of the source's URLs when every one of them is flagged (state, partisan, mirror, forum, blog); empty
   * when the source has no URL or any URL is on an outlet that is not flagged or not known.
   */
  public List<Outlet> onlyFlagged(Source source) {
    List<Outlet> outlets = source.urls().stream().map(this::of).distinct().toList();
    return !outlets.isEmpty() && outlets.stream().allMatch(o -> o.kind().flagged())
        ? outlets
        : List.of();
  }

  /** A URL's host, or a host as given, lower case, without "www." and a trailing dot. */
  public static String host(String hostOrUrl) {
    String text = hostOrUrl.strip();
    String host = text.contains("://") ? URI.create(text.replace(" ", "%20")).getHost() : text;
    host = host == null ? text : host.toLowerCase(Locale.ROOT);
    host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
