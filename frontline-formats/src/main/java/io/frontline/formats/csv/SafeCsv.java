package io.frontline.formats.csv;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV cells a spreadsheet cannot run. A text cell that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula ({@code =HYPERLINK(...)}
 * sends the reader's data away); such a cell is written with a leading apostrophe, which spreadsheets show as text.
 * Numbers are written as they are, so a negative longitude stays a number.
 */
public final class SafeCsv {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private SafeCsv() {}

  /** Prints one record, each value through {@link #cell}. */
  public static void printRecord(CSVPrinter printer, Object... values) throws IOException {
    printer.printRecord(Arrays.stream(values).map(SafeCsv::cell).toArray());
  }

  /** Prints one record of text values, each through {@link #cell}. */
  public static void printRecord(CSVPrinter printer, Iterable<?> values) throws IOException {
    java.util.List<Object> cells = new java.util.ArrayList<>();
    values.forEach(v -> cells.add(cell(v)));
    printer.printRecord(cells);
  }

  /** The value to write: a text that a spreadsheet would take for a formula gets a leading apostrophe. */
  public static Object cell(Object value) {
    if (!(value instanceof CharSequence text) || text.isEmpty()) {
      return value;
    }
    String s = text.toString();
    return formulaLike(s) ? "'" + s : s;
  }

  /** True for a text that begins as a formula and is not a plain number. */
  public static boolean formulaLike(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return trigger && !NUMBER.matcher(s).matches();
  }
}
