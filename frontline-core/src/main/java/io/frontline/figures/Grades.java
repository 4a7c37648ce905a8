package io.frontline.figures;

import io.frontline.control.Holding;

/** The reliability grade of the source that decided a holding, as figures group area by it. */
final class Grades {
  static final String UNGRADED = "ungraded";

  private Grades() {}

  static String of(Holding h) {
    if (h.decidedBy().implied()) {
      return "implied";
    }
    String code = h.decidedBy().facts().gradeCode();
    return code.isEmpty() ? UNGRADED : code;
  }
}
