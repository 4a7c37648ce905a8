package io.frontline.render.text;

import io.frontline.figures.ActorFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures written for captions, in a language: an area or a population rounded to three significant figures with
 * its low-high range when the range is not a single value ("about 64,700 km² (52,000–81,000)"), the share of the
 * area that rests on each source grade, grouped by letter ("B 78%, C 20%, ungraded 2%"), and the shares of contested
 * cities ("Mosul: 50% held").
 */
public final class FigureTexts {
  /** The key of ground whose deciding source gives no grade. */
  public static final String UNGRADED = "ungraded";
  /** Ground held only by a holder implied by a later report: it rests on no source of its own. */
  public static final String IMPLIED = "implied";

  private FigureTexts() {}

  /** "about 64,700 km²", with " (52,000–81,000)" when the rounded low and high differ. */
  public static String area(MapLanguage l, double km2, double lowKm2, double highKm2) {
    String about = l.approximateArea(km2);
    return about + range(l, AreaRounding.round(lowKm2), AreaRounding.round(highKm2));
  }

  /** "population about 3,160,000", with " (2,800,000–3,500,000)" when the rounded low and high differ. */
  public static String population(MapLanguage l, long people, long low, long high) {
    return l.text("caption.population", l.count(AreaRounding.round(people)))
        + range(l, AreaRounding.round(low), AreaRounding.round(high));
  }

  /** The caption lines of an actor's figures after its name: area, then population, grades and city shares. */
  public static List<String> lines(MapLanguage l, String name, ActorFigures a) {
    List<String> out = new ArrayList<>();
    if (a.area_km2() <= 0) {
      out.add(l.text("caption.none", name));
      return out;
    }
    out.add(
        l.text("caption.area", name, area(l, a.area_km2(), a.area_low_km2(), a.area_high_km2())));
    if (a.population() > 0) {
      out.add(
          capitalised(l, population(l, a.population(), a.population_low(), a.population_high())));
    }
    grades(l, a.area_by_grade_km2()).ifPresent(out::add);
    if (!a.city_shares().isEmpty()) {
      out.add(shares(l, a.city_shares()));
    }
    return out;
  }

  /** "Area by source grade: B 78%, C 20%, ungraded 2%" (letters in order, ungraded last); empty without grades. */
  public static java.util.Optional<String> grades(MapLanguage l, Map<String, Double> byGrade) {
    Map<String, Double> byLetter =
        new TreeMap<>(Comparator.comparing((String k) -> k.equals(UNGRADED))
            .thenComparing((String k) -> k.equals(IMPLIED))
            .thenComparing(Comparator.naturalOrder()));
    byGrade.forEach((grade, km2) -> byLetter.merge(letter(grade), km2, Double::sum));
    double total = byLetter.values().stream().mapToDouble(Double::doubleValue).sum();
    if (!(total > 0)) {
      return java.util.Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    byLetter.forEach((letter, km2) -> {
      if (km2 > 0) {
        String label = letter.equals(UNGRADED)
            ? l.text("grade.ungraded")
            : letter.equals(IMPLIED) ? l.text("grade.implied") : letter;
        parts.add(label + " " + percent(l, km2 / total));
      }
    });
    return java.util.Optional.of(
        l.text("caption.grades", String.join(l.text("list.comma"), parts)));
  }

  /** "Mosul: 50% held; Aleppo: 20% held". */
  public static String shares(MapLanguage l, List<ActorFigures.CityShare> shares) {
    return String.join(
        l.text("list.semicolon"),
        shares.stream()
            .map(s -> l.text("caption.share", s.name(), percent(l, s.share())))
            .toList());
  }

  /** A share (0-1) as a whole percentage: "78%", "78 %" in French; "<1%" for a share that rounds to nothing. */
  static String percent(MapLanguage l, double share) {
    long p = Math.round(share * 100);
    return p == 0 && share > 0
        ? "<" + l.text("percent", l.count(1))
        : l.text("percent", l.count(p));
  }

  /** A grade's letter: "B2" is B, "c" is C; "ungraded", blank or anything without a leading letter is ungraded. */
  static String letter(String grade) {
    if (IMPLIED.equalsIgnoreCase(grade == null ? "" : grade.strip())) {
      return IMPLIED;
    }
    if (grade == null
        || grade.isBlank()
        || grade.equalsIgnoreCase(UNGRADED)
        || !Character.isLetter(grade.strip().charAt(0))) {
      return UNGRADED;
    }
    return grade.strip().substring(0, 1).toUpperCase(Locale.ROOT);
  }

  private static String range(MapLanguage l, long low, long high) {
    return low == high ? "" : " " + l.text("range", l.count(low), l.count(high));
  }

  private static String capitalised(MapLanguage l, String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(l.locale()) + s.substring(1);
  }
}
