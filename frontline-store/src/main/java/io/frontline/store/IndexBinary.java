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
  private IndexBinary() {}

  /** Writes numbers, byte strings, and strings as their numbers in a table that sections share. */
  static final class BinaryOut {
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 16);
    private final java.io.DataOutputStream data = new java.io.DataOutputStream(buffer);
    private final Map<String, Integer> table;
    private final WKBWriter wkb = new WKBWriter(2);

    BinaryOut(Map<String, Integer> table) {
      this.table = table;
    }

    Map<String, Integer> table() {
      return table;
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

    /** Bytes written so far. */
    int size() {
      return buffer.size();
    }

    /** Appends what {@code other} wrote (its strings are numbered in the same table). */
    void append(BinaryOut other) {
      run(() -> other.buffer.writeTo(data));
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

    void u8(int v) {
      run(() -> data.writeByte(v));
    }

    /** A non-negative int in 1 to 5 bytes, 7 bits a byte, low bits first. */
    void varint(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("varint must be non-negative, was " + v);
      }
      while (v >= 0x80) {
        u8(v & 0x7f | 0x80);
        v >>>= 7;
      }
      u8(v);
    }

    /** A long of either sign in 1 to 10 bytes (zigzag, then 7 bits a byte). */
    void varlong(long v) {
      long z = v << 1 ^ v >> 63;
      while ((z & ~0x7fL) != 0) {
        u8((int) (z & 0x7f | 0x80));
        z >>>= 7;
      }
      u8((int) z);
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

  /** The shared string table as read: each string decoded when first asked for. */
  static final class Strings {
    private final java.nio.ByteBuffer bytes;
    private final int[] offsets;
    private final String[] made;

    Strings(java.nio.ByteBuffer bytes, int[] offsets) {
      this.bytes = bytes;
      this.offsets = offsets;
      this.made = new String[offsets.length - 1];
    }

    String get(int i) {
      if (i < 0 || i >= made.length) {
        throw new IllegalArgumentException(
            "malformed index cache: string " + i + " of " + made.length);
      }
      String s = made[i];
      if (s == null) {
        byte[] utf8 = new byte[offsets[i + 1] - offsets[i] - 4];
        bytes.get(offsets[i] + 4, utf8);
        s = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        made[i] = s;
      }
      return s;
    }
  }

  /** Reads one section that {@link BinaryOut} wrote; a truncated or malformed form is an IllegalArgumentException. */
  static final class BinaryIn {
    private final java.nio.ByteBuffer buffer;
    private final Strings table;
    private final WKBReader wkb = new WKBReader(Geometries.FACTORY);

    BinaryIn(java.nio.ByteBuffer buffer, Strings table) {
      this.buffer = buffer;
      this.table = table;
    }

    /** The sections of an assembled form, each reading its own bytes and the shared table. */
    static List<BinaryIn> sections(java.nio.ByteBuffer bytes) {
      BinaryIn head = new BinaryIn(bytes.slice(), null);
      int[] offsets = new int[head.count(head.i32()) + 1];
      int tableStart = head.buffer.position();
      for (int i = 0; i + 1 < offsets.length; i++) {
        offsets[i] = head.buffer.position() - tableStart;
        int length = head.count(head.i32());
        head.buffer.position(head.buffer.position() + length);
      }
      offsets[offsets.length - 1] = head.buffer.position() - tableStart;
      Strings table =
          new Strings(head.buffer.slice(tableStart, head.buffer.position() - tableStart), offsets);
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
        throw new IllegalArgumentException(
            "malformed index cache: " + sections.size() + " sections");
      }
      return sections;
    }

    /** A reader of bytes {@code from} (inclusive) to {@code to} of what is left, which this reader skips. */
    BinaryIn part(int from, int to) {
      if (from < 0 || to < from || to > buffer.remaining()) {
        throw new IllegalArgumentException("malformed index cache: part " + from + ".." + to
            + " of " + buffer.remaining() + " bytes");
      }
      return new BinaryIn(buffer.slice(buffer.position() + from, to - from), table);
    }

    /** Bytes left to read. */
    int remaining() {
      return buffer.remaining();
    }

    /** Skips what is left. */
    void skipRest() {
      buffer.position(buffer.limit());
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

    int u8() {
      return buffer.get() & 0xff;
    }

    int varint() {
      int v = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        int b = buffer.get();
        v |= (b & 0x7f) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("malformed varint in the index cache");
    }

    long varlong() {
      long z = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        long b = buffer.get();
        z |= (b & 0x7f) << shift;
        if (b >= 0) {
          return z >>> 1 ^ -(z & 1);
        }
      }
      throw new IllegalArgumentException("malformed varint in the index cache");
    }

    byte[] bytes() {
      byte[] out = new byte[count(i32())];
      buffer.get(out);
      return out;
    }

    /** Skips what {@link #bytes()} would read. */
    void skipBytes() {
      int n = count(i32());
      buffer.position(buffer.position() + n);
    }

    Geometry geometry() {
      try {
        return wkb.read(bytes());
      } catch (ParseException e) {
        throw new IllegalArgumentException(
            "malformed geometry in the index cache: " + e.getMessage(), e);
      }
    }

    /** A geometry, read when first asked for (from these bytes, which must stay as they are). */
    java.util.function.Supplier<Geometry> geometryLater() {
      int length = count(i32());
      java.nio.ByteBuffer wkb = buffer.slice(buffer.position(), length);
      buffer.position(buffer.position() + length);
      return () -> {
        byte[] bytes = new byte[length];
        wkb.get(0, bytes);
        try {
          return new WKBReader(Geometries.FACTORY).read(bytes);
        } catch (ParseException e) {
          throw new IllegalArgumentException(
              "malformed geometry in the index cache: " + e.getMessage(), e);
        }
      };
    }

    String str() {
      int i = i32();
      return i == -1 ? null : table.get(i);
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
        throw new IllegalArgumentException(
            buffer.remaining() + " bytes left over in the index cache");
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
