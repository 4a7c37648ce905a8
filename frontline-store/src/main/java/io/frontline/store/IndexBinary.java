package io.frontline.store;

import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** The binary form's reader and writer: numbers, byte strings, WKB, and strings numbered in a shared table. */
final class IndexBinary {
  private IndexBinary() {
  }

  /** Writes numbers, byte strings, and strings as their numbers in a table that sections share. */
  static final class BinaryOut {
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 16);
    private final java.io.DataOutputStream data = new java.io.DataOutputStream(buffer);
    private final Map<String, Integer> table;
    private final WKBWriter wkb = new WKBWriter(2);

    BinaryOut(Map<String, Integer> table) {
      this.table = table;
    }

    /** The string table, the number and lengths of the sections, then the sections. */
    static byte[] assemble(Map<String, Integer> table, List<BinaryOut> sections) {
      BinaryOut head = new BinaryOut(Map.of());
      head.i32(table.size());
      table.keySet().forEach(s -> head.bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      head.i32(sections.size());
      sections.forEach(section -> head.i32(section.buffer.size()));
      sections.forEach(section -> BinaryOut.run(() -> section.buffer.writeTo(head.data)));
      return head.buffer.toByteArray();
    }

    void i32(int v) {
      run(() -> data.writeInt(v));
    }

    void i64(long v) {
      run(() -> data.writeLong(v));
    }

    void f64(double v) {
      run(() -> data.writeLong(Double.doubleToRawLongBits(v)));
    }

    void bool(boolean v) {
      run(() -> data.writeBoolean(v));
    }

    void bytes(byte[] v) {
      i32(v.length);
      run(() -> data.write(v));
    }

    void geometry(Geometry g) {
      bytes(wkb.write(g));
    }

    /** A string as its number in the table, -1 for null. */
    void str(String s) {
      i32(s == null ? -1 : table.computeIfAbsent(s, k -> table.size()));
    }

    void strings(List<String> list) {
      i32(list.size());
      list.forEach(this::str);
    }

    private interface Write {
      void run() throws java.io.IOException;
    }

    private static void run(Write write) {
      try {
        write.run();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Reads one section that {@link BinaryOut} wrote; a truncated or malformed form is an IllegalArgumentException. */
  static final class BinaryIn {
    private final java.nio.ByteBuffer buffer;
    private final String[] table;
    private final WKBReader wkb = new WKBReader(Geometries.FACTORY);

    BinaryIn(java.nio.ByteBuffer buffer, String[] table) {
      this.buffer = buffer;
      this.table = table;
    }

    /** The sections of an assembled form, each reading its own bytes and the shared table. */
    static List<BinaryIn> sections(byte[] bytes) {
      BinaryIn head = new BinaryIn(java.nio.ByteBuffer.wrap(bytes), new String[0]);
      String[] table = new String[head.count(head.i32())];
      for (int i = 0; i < table.length; i++) {
        table[i] = new String(head.bytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      int[] lengths = new int[head.count(head.i32())];
      for (int i = 0; i < lengths.length; i++) {
        lengths[i] = head.count(head.i32());
      }
      List<BinaryIn> sections = new ArrayList<>();
      for (int length : lengths) {
        java.nio.ByteBuffer section = head.buffer.slice(head.buffer.position(), head.count(length));
        head.buffer.position(head.buffer.position() + length);
        sections.add(new BinaryIn(section, table));
      }
      head.checkEnd();
      if (sections.size() < 2) {
        throw new IllegalArgumentException("malformed index cache: " + sections.size() + " sections");
      }
      return sections;
    }

    int i32() {
      return buffer.getInt();
    }

    long i64() {
      return buffer.getLong();
    }

    double f64() {
      return Double.longBitsToDouble(buffer.getLong());
    }

    boolean bool() {
      return buffer.get() != 0;
    }

    byte[] bytes() {
      byte[] out = new byte[count(i32())];
      buffer.get(out);
      return out;
    }

    Geometry geometry() {
      try {
        return wkb.read(bytes());
      } catch (ParseException e) {
        throw new IllegalArgumentException("malformed geometry in the index cache: " + e.getMessage(), e);
      }
    }

    String str() {
      int i = i32();
      return i == -1 ? null : table[i];
    }

    List<String> strings() {
      int n = count(i32());
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = str();
      }
      return List.of(out);
    }

    void checkEnd() {
      if (buffer.hasRemaining()) {
        throw new IllegalArgumentException(buffer.remaining() + " bytes left over in the index cache");
      }
    }

    int count(int n) {
      if (n < 0 || n > buffer.remaining()) {
        throw new IllegalArgumentException("malformed index cache: a count of " + n + " with "
            + buffer.remaining() + " bytes left");
      }
      return n;
    }
  }
}
