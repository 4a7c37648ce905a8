package io.frontline.server.api;

import io.frontline.app.imports.ImportOutcome;
import io.frontline.app.imports.ObservationImports;
import io.frontline.formats.TextEncoding;
import io.frontline.formats.text.Quoted;
import io.frontline.imports.ImportOptions;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Background;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Bodies;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Imports a file of observations (GeoJSON, KML, KMZ or CSV) as the command line does: every record checked, all or
 * nothing unless {@code accept_valid}; {@code dry_run} checks only; {@code encoding} names the text encoding when it
 * is not UTF-8; {@code allow_outside_countries} accepts areas at sea with a warning. Records already in the store are
 * skipped ({@link ObservationImports}). The body is the file itself (with {@code filename} telling its type), or a
 * multipart form with a "file" part. The answer is the import report; a rejected file is a 422 problem carrying the
 * report.
 */
public final class ImportRoutes {
  private final Backend backend;
  private final long maxUpload_bytes;
  private final Background background;

  /** Imports are checked, written and indexed on {@code background}, so reads keep their pace meanwhile. */
  public ImportRoutes(Backend backend, long maxUpload_bytes, Background background) {
    this.backend = backend;
    this.maxUpload_bytes = maxUpload_bytes;
    this.background = background;
  }

  public void register(RoutesConfig routes) {
    routes.post(CatalogRoutes.BASE + "/imports", this::importFile);
  }

  void importFile(Context ctx) {
    boolean dryRun = Params.flag(ctx, "dry_run");
    ImportOptions options = ImportOptions.defaults()
        .withAcceptValid(Params.flag(ctx, "accept_valid"))
        .withAllowOutsideCountries(Params.flag(ctx, "allow_outside_countries"));
    ImportOptions decoded = Params.text(ctx, "encoding")
        .map(name -> options.withEncoding(charset(name)))
        .orElse(options);
    Path file = receive(ctx);
    try {
      ObservationImports imports =
          new ObservationImports(ObservationRoutes.gate(backend), backend.basemap());
      ObservationImports.Request request =
          new ObservationImports.Request(file, decoded, dryRun, backend.user());
      ImportOutcome outcome =
          background.run(() -> imports.run(request, backend.latest().actors(), List.of()));
      Responses.json(ctx, outcome.toJson());
    } finally {
      delete(file);
    }
  }

  private static Charset charset(String name) {
    try {
      return TextEncoding.forName(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("encoding", e.getMessage());
    }
  }

  Path receive(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    try {
      if (type.startsWith("multipart/form-data")) {
        UploadedFile upload = uploaded(ctx);
        if (upload == null) {
          throw ApiException.badParameter("file", "a multipart import needs a part named 'file'");
        }
        if (upload.size() > maxUpload_bytes) {
          throw ApiException.tooLarge(maxUpload_bytes);
        }
        try (InputStream in = upload.content()) {
          return save(in.readAllBytes(), upload.filename());
        }
      }
      String name = Params.text(ctx, "filename")
          .orElseThrow(
              () -> ApiException.badParameter(
                  "filename",
                  "give filename (such as observations.csv) so the format can be told, or send a multipart form"));
      return save(Bodies.read(ctx, maxUpload_bytes), name);
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the uploaded file: " + e.getMessage());
    }
  }

  /** The multipart form's "file" part; a body that is not a well-formed multipart form is the caller's error. */
  private static UploadedFile uploaded(Context ctx) {
    try {
      return ctx.uploadedFile("file");
    } catch (Exception e) { // Jetty throws ServletException unchecked here
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw ApiException.badRequest(
          "the multipart body is malformed: " + Quoted.of(root.getMessage()));
    }
  }

  private static Path save(byte[] content, String filename) throws IOException {
    if (content.length == 0) {
      throw ApiException.badRequest("the uploaded file is empty");
    }
    String name = filename == null
        ? "upload"
        : Path.of(filename.replace('\\', '/')).getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension =
        dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    Path file = Files.createTempFile("frontline-import-", extension);
    Files.write(file, content);
    return file;
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the uploaded copy " + file, e);
    }
  }
}
