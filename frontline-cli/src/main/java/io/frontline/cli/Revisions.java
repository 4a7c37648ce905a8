package io.frontline.cli;

/** The checks a correction and a retraction share. */
final class Revisions {
  private Revisions() {
  }

  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw UserError.usage("--reason must say why, was empty");
    }
    return reason.strip();
  }

  static String recorder(String recordedBy) {
    if (recordedBy == null || recordedBy.isBlank()) {
      throw UserError.usage("--by must name who records, was empty");
    }
    return recordedBy.strip();
  }
}
