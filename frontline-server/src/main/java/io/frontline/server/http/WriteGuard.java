package io.frontline.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards writes: every POST, PUT, PATCH or DELETE needs {@code Authorization: Bearer <token>} (a header, never a
 * cookie, so another site cannot make a browser write: no CSRF). The Host header is checked before, for every request
 * ({@link HostCheck}). Every accepted write is logged with who, from where and when.
 */
public final class WriteGuard {
  private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);
  private static final Set<HandlerType> WRITES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
  private final byte[] token;
  private final String user;

  public WriteGuard(String token, String user) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.user = user;
  }

  /** A before-handler for every path. */
  public void check(Context ctx) {
    if (!WRITES.contains(ctx.method())) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.unauthorized("writes need the header 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw ApiException.unauthorized("the write token is not the server's");
    }
    LOG.info("write {} {} by {} from {}", ctx.method(), ctx.path(), user, ctx.ip());
  }

  /** Who writes are recorded under. */
  public String user() {
    return user;
  }
}
