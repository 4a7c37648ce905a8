package io.frontline.server.tiles;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The few Protocol Buffers wire encodings a vector tile needs, into a growable byte array. Not thread-safe. */
final class Protobuf {
  private static final int VARINT = 0;
  private static final int FIXED64 = 1;
  private static final int LENGTH = 2;
  private byte[] bytes = new byte[1024];
  private int size;

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void uint(int field, long value) {
    tag(field, VARINT);
    varint(value);
  }

  void sint(int field, long value) {
    tag(field, VARINT);
    varint((value << 1) ^ (value >> 63));
  }

  void bool(int field, boolean value) {
    uint(field, value ? 1 : 0);
  }

  void fixedDouble(int field, double value) {
    tag(field, FIXED64);
    long bits = Double.doubleToLongBits(value);
    ensure(8);
    for (int i = 0; i < 8; i++) {
      bytes[size++] = (byte) (bits >>> (8 * i));
    }
  }

  void string(int field, String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    tag(field, LENGTH);
    varint(utf8.length);
    raw(utf8, utf8.length);
  }

  void message(int field, Protobuf message) {
    tag(field, LENGTH);
    varint(message.size);
    raw(message.bytes, message.size);
  }

  /** A packed repeated uint32 field; nothing when empty (as proto3 writes it, and some readers expect). */
  void packed(int field, int[] values) {
    if (values.length == 0) {
      return;
    }
    int length = 0;
    for (int v : values) {
      length += varintSize(v & 0xFFFFFFFFL);
    }
    tag(field, LENGTH);
    varint(length);
    for (int v : values) {
      varint(v & 0xFFFFFFFFL);
    }
  }

  private void tag(int field, int wireType) {
    varint(((long) field << 3) | wireType);
  }

  private void varint(long value) {
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  private static int varintSize(long value) {
    int n = 1;
    long v = value;
    while ((v & ~0x7FL) != 0) {
      n++;
      v >>>= 7;
    }
    return n;
  }

  private void raw(byte[] source, int length) {
    ensure(length);
    System.arraycopy(source, 0, bytes, size, length);
    size += length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
