package io.frontline.formats.events;

import io.frontline.events.Event;
import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.TextEncoding;
import io.frontline.formats.text.Quoted;
import io.frontline.observations.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an event file (UCDP GED, ACLED or the strike releases, told by the header; UTF-8 decoded strictly, RFC 4180
 * quoting) into events and findings. The file is refused whole (no events) on any error: bytes that are not UTF-8
 * (with line and byte offset), a header no format knows or with unknown, missing or repeated columns, a row that
 * cannot be read, an impossible date or one before 1989 or after today, coordinates out of range or swapped, a
 * repeated event id. Unmapped sides are a warning; the names are kept. Rows are handed to the progress hook as read.
 */
public final class EventCsvReader {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final int LISTED_PER_CODE = 100;

  private EventCsvReader() {}

  public static EventReadResult read(Path file, EventReadOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(TextEncoding.reader(in, StandardCharsets.UTF_8), options);
    } catch (NotText e) {
      try (InputStream again = Files.newInputStream(file)) {
        TextEncoding.check(again, StandardCharsets.UTF_8);
      } catch (FormatException located) {
        return refused(null, e.records, located.toFinding());
      }
      return refused(
          null, e.records, FindingCode.NOT_UTF8.finding("line " + e.line, "not valid UTF-8"));
    }
  }

  private static EventReadResult read(Reader text, EventReadOptions options) throws IOException {
    Read read = new Read(options);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      try {
        return read.all(parser, records);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw new NotText(parser.getCurrentLineNumber() + 1, read.rows);
        }
        return refused(
            read.format,
            read.rows,
            FindingCode.CSV_MALFORMED.finding(
                "line " + (parser.getCurrentLineNumber() + 1), "malformed CSV: " + rootMessage(e)));
      }
    }
  }

  private static EventReadResult refused(EventFormat format, int records, Finding finding) {
    return new EventReadResult(format, records, List.of(), List.of(finding));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return Quoted.capped(t.getMessage());
  }

  /** One read's state: the format, the rows, the events, the findings (at most a hundred listed per code). */
  private static final class Read {
    private final EventReadOptions options;
    private final SideMapper sides;
    private final CountryCheck countries;
    private final List<Event> events = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> perCode = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private EventFormat format;
    private int rows;

    Read(EventReadOptions options) {
      this.options = options;
      this.sides = new SideMapper(options.actors());
      this.countries = new CountryCheck(options.basemap());
    }

    EventReadResult all(CSVParser parser, Iterator<CSVRecord> records) {
      if (!records.hasNext()) {
        return refused(
            null,
            0,
            FindingCode.CSV_NO_HEADER.finding("line 1", "the file is empty: a header is needed"));
      }
      List<String> header = new ArrayList<>();
      records.next().forEach(h -> header.add(h.strip().toLowerCase(java.util.Locale.ROOT)));
      Optional<Finding> bad = header(header);
      if (bad.isPresent()) {
        return refused(format, 0, bad.get());
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i), i);
      }
      RowConverter converter = converter();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = (int) parser.getCurrentLineNumber() - newlines(record);
        row(
            new EventRow(record, columns, line, countries),
            record.size(),
            header.size(),
            converter);
      }
      options.progress().accept(rows);
      converter.closing().forEach(this::add);
      sides.warning().ifPresent(this::add);
      perCode.forEach((code, count) -> {
        if (count > LISTED_PER_CODE) {
          findings.add(EventFindingCode.TOO_MANY_FINDINGS.finding(
              "file",
              count + " findings of code " + code + "; the first " + LISTED_PER_CODE
                  + " are listed"));
        }
      });
      boolean errors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
      return new EventReadResult(format, rows, errors ? List.of() : events, findings);
    }

    /** Line breaks inside the record's quoted fields: the row starts that many lines before the parser's line. */
    private static int newlines(CSVRecord record) {
      int n = 0;
      for (String value : record) {
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
          n++;
        }
      }
      return n;
    }

    private Optional<Finding> header(List<String> header) {
      format = EventFormat.detect(header).orElse(null);
      if (format == null) {
        return Optional.of(FindingCode.UNKNOWN_FORMAT.finding(
            "line 1",
            "the header names no event format Frontline"
                + " reads (UCDP GED: id, year, side_a, side_b, latitude, longitude, where_prec; ACLED: event_id_cnty, ...;"
                + " strike releases: date, country, location, number, line); it has "
                + Quoted.of(String.join(",", header))));
      }
      Set<String> once = new HashSet<>();
      List<String> unknown = new ArrayList<>();
      for (String h : header) {
        if (!once.add(h)) {
          return Optional.of(FindingCode.CSV_DUPLICATE_COLUMN.finding(
              "line 1", "column " + Quoted.of(h) + " is named twice"));
        }
        if (!format.knows(h)) {
          unknown.add(h);
        }
      }
      if (!unknown.isEmpty()) {
        return Optional.of(FindingCode.CSV_UNKNOWN_COLUMN.finding(
            "line 1",
            format.dataset() + " files have no column "
                + String.join(", ", unknown.stream().map(Quoted::of).toList())));
      }
      List<String> missing =
          format.required().stream().filter(c -> !header.contains(c)).toList();
      return missing.isEmpty()
          ? Optional.empty()
          : Optional.of(FindingCode.CSV_MISSING_COLUMN.finding(
              "line 1",
              format.dataset() + " files need the columns " + String.join(", ", missing)));
    }

    private RowConverter converter() {
      return switch (format) {
        case UCDP_GED -> new UcdpRows(sides);
        case ACLED -> new AcledRows(sides);
        case STRIKE_RELEASES -> new StrikeRows(sides, options.gazetteer());
      };
    }

    private void row(EventRow row, int fields, int expected, RowConverter converter) {
      rows++;
      if (rows % EventReadOptions.PROGRESS_EVERY == 0) {
        options.progress().accept(rows);
      }
      String at = "line " + row.line();
      if (fields != expected) {
        add(FindingCode.CSV_FIELD_COUNT.finding(
            at, fields + " fields where the header has " + expected));
        return;
      }
      try {
        Event event = checked(converter.event(row));
        if (!ids.add(event.eventId())) {
          add(EventFindingCode.DUPLICATE_EVENT_ID.finding(
              at, "event id " + Quoted.of(event.eventId()) + " is used by an earlier row"));
          return;
        }
        events.add(event);
      } catch (RowConverter.Skipped e) {
        // counted by the converter, reported once at the end
      } catch (FormatException e) {
        add(e.at(at).toFinding());
      } catch (IllegalArgumentException e) {
        add(FindingCode.INVALID_OBSERVATION.finding(at, Quoted.endQuoteCapped(e.getMessage())));
      }
    }

    /** The date check every format shares: within 1989..today (the point is checked as it is read). */
    private Event checked(Event e) {
      if (e.date().start().getYear() < 1989) {
        throw EventFindingCode.DATE_BEFORE_1989.exception(
            "", "date " + e.date() + " is before 1989");
      }
      if (e.date().start().isAfter(options.today())) {
        throw FindingCode.FUTURE_DATE.exception(
            "", "date " + e.date() + " is after today (" + options.today() + ")");
      }
      return e;
    }

    private void add(Finding f) {
      int n = perCode.merge(f.code(), 1, Integer::sum);
      if (n <= LISTED_PER_CODE) {
        findings.add(f);
      }
    }
  }

  /** The text stopped decoding; the file is read again to say where. */
  private static final class NotText extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final int records;

    NotText(long line, int records) {
      super(null, null, false, false);
      this.line = line;
      this.records = records;
    }
  }
}
