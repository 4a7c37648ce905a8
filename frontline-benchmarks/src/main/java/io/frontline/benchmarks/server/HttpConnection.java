package io.frontline.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One keep-alive HTTP/1.1 connection for the load generator: GET a path, read the whole answer, return its status. */
final class HttpConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String host;

  HttpConnection(String host, int port) throws IOException {
    this.socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    this.host = host + ":" + port;
  }

  /** Sends a GET and reads the answer (Content-Length bodies); returns the status code. */
  int get(String path) throws IOException {
    out.write(
        ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Encoding: identity\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String status = line();
    long length = 0;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Long.parseLong(header.substring(15).strip());
      } else if (header.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
        chunked = header.toLowerCase(java.util.Locale.ROOT).contains("chunked");
      }
    }
    if (chunked) {
      skipChunks();
    } else {
      in.skipNBytes(length);
    }
    return Integer.parseInt(status.substring(9, 12));
  }

  private void skipChunks() throws IOException {
    for (long size = Long.parseLong(line().split(";")[0].strip(), 16);
        size > 0;
        size = Long.parseLong(line().split(";")[0].strip(), 16)) {
      in.skipNBytes(size);
      line();
    }
    line();
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
