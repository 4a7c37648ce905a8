package io.frontline.server.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes as they are, as an attacker's client would (no URI normalising, any Host), and reads the answer. */
final class Raw {
  private Raw() {}

  /** The answer's status line, headers and body as text. */
  static String send(int port, String request) {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  static String send(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (java.net.SocketException e) {
      // the server closed after answering a request it refused; what arrived is the answer
    }
    return out.toByteArray();
  }

  static String get(int port, String target, String host, String... headers) {
    StringBuilder b = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String h : headers) {
      b.append(h).append("\r\n");
    }
    return send(port, b.append("Connection: close\r\n\r\n").toString());
  }

  static int status(String answer) {
    return Integer.parseInt(answer.substring(9, 12));
  }

  static String body(String answer) {
    int i = answer.indexOf("\r\n\r\n");
    return i < 0 ? "" : answer.substring(i + 4);
  }
}
