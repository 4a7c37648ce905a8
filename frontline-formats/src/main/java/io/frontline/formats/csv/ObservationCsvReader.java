package io.frontline.formats.csv;

import io.frontline.formats.FindingCode;
import io.frontline.formats.TextEncoding;
import io.frontline.formats.text.Quoted;
import io.frontline.observations.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an observation CSV (UTF-8 decoded strictly, or text the caller decoded; a byte-order mark allowed, RFC 4180 quoting, CRLF or LF) in either
 * {@link CsvLayout}, chosen by the header. Problems with the file as a whole (no header, unknown or missing columns,
 * broken quoting) throw a {@link io.frontline.formats.FormatException}; a row with the wrong number of fields becomes
 * a finding and the other rows are still read. Blank lines and rows whose fields are all blank are skipped.
 */
public final class ObservationCsvReader {
  private static final Pattern LINE = Pattern.compile("(?:startline |line: )(\\d+)");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private ObservationCsvReader() {}

  public static CsvRows read(InputStream in) throws IOException {
    List<CsvRow> rows = new ArrayList<>();
    CsvRows read = read(in, rows::add);
    return new CsvRows(read.layout(), read.records(), rows, read.findings());
  }

  /**
   * Reads the file row by row, handing each readable row to {@code each} as soon as it is read and keeping none (the
   * answer has the layout, the count and the findings, and no rows): a large file is never all in memory as rows.
   */
  public static CsvRows read(InputStream in, Consumer<CsvRow> each) throws IOException {
    return read(TextEncoding.reader(in, StandardCharsets.UTF_8), each);
  }

  /** As {@link #read(InputStream, Consumer)}, from text already decoded (a byte-order mark is skipped). */
  public static CsvRows read(Reader in, Consumer<CsvRow> each) throws IOException {
    try (CSVParser parser = CSVParser.parse(withoutBom(in), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = header(records);
      CsvLayout layout = CsvLayout.detect(header);
      checkColumns(header, layout);
      return rows(parser, records, header, layout, each);
    } catch (UncheckedIOException e) {
      String message = rootMessage(e);
      Matcher line = LINE.matcher(message);
      String location = line.find() ? "line " + line.group(1) : "file";
      throw FindingCode.CSV_MALFORMED.exception(location, "malformed CSV: " + message);
    }
  }

  private static CsvRows rows(
      CSVParser parser,
      Iterator<CSVRecord> records,
      List<String> header,
      CsvLayout layout,
      Consumer<CsvRow> each) {
    List<Finding> findings = new ArrayList<>();
    int count = 0;
    while (records.hasNext()) {
      CSVRecord record = records.next();
      int line = startLine(parser.getCurrentLineNumber(), record);
      if (allBlank(record)) {
        continue;
      }
      count++;
      if (record.size() != header.size()) {
        findings.add(FindingCode.CSV_FIELD_COUNT.finding(
            "line " + line,
            "row has " + record.size() + " fields, the header has " + header.size()));
      } else {
        each.accept(new CsvRow(line, fields(record, header, layout)));
      }
    }
    return new CsvRows(layout, count, List.of(), findings);
  }

  private static List<String> header(Iterator<CSVRecord> records) {
    if (!records.hasNext()) {
      throw FindingCode.CSV_NO_HEADER.exception(
          "header", "empty file: a header line naming the columns is required");
    }
    List<String> header = new ArrayList<>();
    records.next().forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
    return header;
  }

  private static void checkColumns(List<String> header, CsvLayout layout) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String name : header) {
      if (!seen.add(name)) {
        throw FindingCode.CSV_DUPLICATE_COLUMN.exception(
            "header", "column " + Quoted.of(name) + " appears twice");
      }
      if (!layout.columns().contains(name)) {
        unknown.add(Quoted.of(name));
      }
    }
    if (!unknown.isEmpty()) {
      throw FindingCode.CSV_UNKNOWN_COLUMN.exception(
          "header",
          "unknown column" + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown) + "; the " + layout.formatName() + " columns are: "
              + String.join(",", layout.columns()));
    }
    List<String> missing =
        layout.required().stream().filter(c -> !seen.contains(c)).sorted().toList();
    if (!missing.isEmpty()) {
      throw FindingCode.CSV_MISSING_COLUMN.exception(
          "header", "missing required column(s): " + String.join(", ", missing));
    }
  }

  private static Map<String, String> fields(
      CSVRecord record, List<String> header, CsvLayout layout) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String value = record.get(i).strip();
      if (!value.isEmpty()) {
        fields.put(header.get(i), value);
      }
    }
    return layout == CsvLayout.CONTROL_CHANGES ? controlChange(fields) : fields;
  }

  /**
   * A control-changes row under observation names: the new holder is the actor, "captured" and "held" mean controls
   * ("held": the source states the holding, not a capture), "contested" contested and "raided" presence (a raid that
   * did not take the place: control is unchanged). "ends" is a region-wide end: the actor is from_actor (the party
   * whose holding ends; to_actor, the party stating it, is named in the note) and the subject the region named by
   * place and country. Any other change stays under "change" for the import to report. The sources are news URLs of
   * medium confidence, as this layout has no confidence column; grade becomes the source's grade.
   */
  private static final Map<String, String> CHANGES = Map.of(
      "captured",
      "controls",
      "held",
      "controls",
      "contested",
      "contested",
      "raided",
      "presence",
      "ends",
      "ends");

  private static Map<String, String> controlChange(Map<String, String> row) {
    Map<String, String> fields = new LinkedHashMap<>(row);
    String change = fields.getOrDefault("change", "").toLowerCase(Locale.ROOT);
    if (change.equals("ends")) {
      fields.remove("to_actor");
      move(fields, "from_actor", "actor");
    } else {
      move(fields, "to_actor", "actor");
    }
    String status = CHANGES.get(change);
    if (status != null) {
      fields.remove("change");
      fields.put("status", status);
    }
    move(fields, "sources", "source_url");
    move(fields, "grade", "source_grade");
    fields.put("source_kind", "news");
    fields.put("confidence", "medium");
    return fields;
  }

  private static void move(Map<String, String> fields, String from, String to) {
    String value = fields.remove(from);
    if (value != null) {
      fields.put(to, value);
    }
  }

  private static boolean allBlank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }

  /** The first line of a record: the parser's line after it, less the line breaks inside quoted values. */
  private static int startLine(long endLine, CSVRecord record) {
    long breaks = record.stream().mapToLong(ObservationCsvReader::lineBreaks).sum();
    return (int) (endLine - breaks);
  }

  /** Line breaks in a value: CR LF, LF or CR each count once (no garbage: this runs for every field). */
  private static long lineBreaks(String value) {
    long breaks = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
        breaks++;
      }
    }
    return breaks;
  }

  private static Reader withoutBom(Reader in) throws IOException {
    PushbackReader reader = new PushbackReader(in, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
