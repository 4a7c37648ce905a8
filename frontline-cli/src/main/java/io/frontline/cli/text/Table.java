package io.frontline.cli.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table: left-aligned text columns, right-aligned number columns. */
public final class Table {
  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... headers) {
    this.headers = List.of(headers);
    this.numeric = new boolean[headers.length];
  }

  /** Marks columns (0-based) as numbers: right-aligned. */
  public Table numeric(int... columns) {
    for (int c : columns) {
      numeric[c] = true;
    }
    return this;
  }

  public Table row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(c == null ? "" : c.toString());
    }
    rows.add(row);
    return this;
  }

  public void print(PrintWriter out, String indent) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> r : rows) {
        widths[c] = Math.max(widths[c], r.get(c).length());
      }
    }
    out.println(indent + line(headers, widths));
    for (List<String> r : rows) {
      out.println(indent + line(r, widths));
    }
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      sb.append(numeric[c] ? pad + cell : cell + pad).append(c + 1 < cells.size() ? "  " : "");
    }
    return sb.toString().stripTrailing();
  }

  public static String km2(double value) {
    return String.format(Locale.US, "%,.0f", value);
  }

  public static String count(long value) {
    return String.format(Locale.US, "%,d", value);
  }
}
