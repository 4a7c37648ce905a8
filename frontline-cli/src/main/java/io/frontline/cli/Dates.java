package io.frontline.cli;

import io.frontline.refusals.Refusal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of command-line dates, with messages that say what to fix. */
final class Dates {
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private Dates() {}

  static LocalDate parse(String option, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.badInput(
          null, option + " must be a date YYYY-MM-DD that exists, was '" + text + "'");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw Refusal.badInput(
          null, option + " must be between " + EARLIEST + " and " + LATEST + ", was " + date);
    }
    return date;
  }
}
