package io.frontline.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.formats.text.Quoted;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the OpenAPI document ({@code /web/openapi.json}) promises, enforced: a query parameter an operation does not
 * declare is refused with 400 (a misspelt {@code dry_run} must not be ignored while a write goes through), and the
 * methods of a path are what a 405 names in {@code Allow}. The document is the one source, so it cannot drift from
 * what the server accepts.
 */
public final class ApiContract {
  private static final String DOCUMENT = "/web/openapi.json";
  private final Map<String, Path> paths;

  private ApiContract(Map<String, Path> paths) {
    this.paths = paths;
  }

  /** A path of the document: its template as a pattern and the query parameters of each method. */
  record Path(String template, Pattern pattern, Map<String, Set<String>> queryByMethod) {}

  /** Reads the server's OpenAPI document. */
  public static ApiContract load() {
    try (InputStream in = ApiContract.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(
            "the OpenAPI document " + DOCUMENT + " is missing from the server");
      }
      return of(ServerJson.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DOCUMENT, e);
    }
  }

  static ApiContract of(JsonNode document) {
    Map<String, Path> paths = new LinkedHashMap<>();
    JsonNode shared = document.path("components").path("parameters");
    document.path("paths").fields().forEachRemaining(p -> {
      Map<String, Set<String>> byMethod = new LinkedHashMap<>();
      p.getValue()
          .fields()
          .forEachRemaining(op -> byMethod.put(
              op.getKey().toUpperCase(Locale.ROOT),
              queryNames(op.getValue().path("parameters"), shared)));
      paths.put(p.getKey(), new Path(p.getKey(), pattern(p.getKey()), byMethod));
    });
    return new ApiContract(paths);
  }

  private static Set<String> queryNames(JsonNode parameters, JsonNode shared) {
    Set<String> names = new TreeSet<>();
    for (JsonNode p : parameters) {
      JsonNode resolved =
          p.has("$ref") ? shared.path(p.get("$ref").asText().replaceFirst(".*/", "")) : p;
      if ("query".equals(resolved.path("in").asText())) {
        names.add(resolved.path("name").asText());
      }
    }
    return names;
  }

  private static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }

  /** The path of the document a request path falls under. */
  Optional<Path> find(String requestPath) {
    String path = requestPath.length() > 1 && requestPath.endsWith("/")
        ? requestPath.substring(0, requestPath.length() - 1)
        : requestPath;
    Path exact = paths.get(path);
    if (exact != null) {
      return Optional.of(exact);
    }
    return paths.values().stream()
        .filter(p -> p.pattern().matcher(path).matches())
        .findFirst();
  }

  /** The methods a path answers to (with HEAD for GET, and OPTIONS), or empty for a path the document lacks. */
  public Optional<List<String>> methods(String requestPath) {
    return find(requestPath).map(p -> {
      List<String> methods = new ArrayList<>(p.queryByMethod().keySet());
      if (methods.contains("GET")) {
        methods.add(methods.indexOf("GET") + 1, "HEAD");
      }
      return methods;
    });
  }

  /** A before-handler: refuses query parameters the operation does not declare, naming them and those it takes. */
  public void check(Context ctx) {
    Optional<Set<String>> known =
        find(ctx.path()).map(p -> p.queryByMethod().get(ctx.method().name()));
    if (known.isEmpty() || known.get() == null) {
      return;
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    for (String name : new TreeSet<>(ctx.queryParamMap().keySet())) {
      if (!known.get().contains(name)) {
        errors.add(new Problem.FieldError(
            name,
            "unknown-parameter",
            Quoted.of(name) + " is not a parameter of " + ctx.method().name() + " " + ctx.path()));
      }
    }
    if (!errors.isEmpty()) {
      String takes = known.get().isEmpty() ? "no query parameters" : String.join(", ", known.get());
      throw new ApiException(
          400,
          "unknown-parameter",
          "Unknown parameter",
          errors.size() == 1
              ? errors.get(0).message() + "; it takes " + takes
              : errors.size() + " parameters are unknown here; it takes " + takes,
          errors,
          null);
    }
  }
}
