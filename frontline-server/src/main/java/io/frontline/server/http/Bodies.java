package io.frontline.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reading request bodies within a size limit: a larger body is a 413 problem, read no further than the limit. */
public final class Bodies {
  private Bodies() {}

  /** The body, at most {@code limit_bytes} long. */
  public static byte[] read(Context ctx, long limit_bytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit_bytes) {
      throw ApiException.tooLarge(limit_bytes);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit_bytes + 1));
      if (body.length > limit_bytes) {
        throw ApiException.tooLarge(limit_bytes);
      }
      return body;
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  /** A JSON body: Content-Type application/json (else 415), within the limit, well-formed (else 400). */
  public static JsonNode json(Context ctx, long limit_bytes) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(
          415,
          "media-type",
          "Unsupported media type",
          "the body must be JSON sent with" + " Content-Type: application/json, was "
              + (type == null ? "none" : "'" + type + "'"),
          List.of(),
          null);
    }
    return ServerJson.parse(read(ctx, limit_bytes));
  }
}
