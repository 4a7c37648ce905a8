package io.frontline.render.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A language maps and charts can be written in: its locale (dates as "1 februari 2016", numbers as "78.000"), the
 * fixed texts ({@code messages_xx.properties}) and the column of the labelled cities.
 */
public enum MapLanguage {
  EN("en", Locale.UK),
  NL("nl", Locale.forLanguageTag("nl-NL")),
  FR("fr", Locale.FRANCE),
  DE("de", Locale.GERMANY),
  AR("ar", Locale.forLanguageTag("ar"));

  private final String code;
  private final Locale locale;
  private final ResourceBundle messages;

  MapLanguage(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
    this.messages = ResourceBundle.getBundle(
        "io.frontline.render.text.messages",
        Locale.forLanguageTag(code),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** A language by its ISO 639-1 code, case ignored. */
  public static Optional<MapLanguage> find(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(MapLanguage::code).toList();
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  public boolean rightToLeft() {
    return this == AR;
  }

  /** A date written out: "1 February 2016", "1 februari 2016", "1. Februar 2016". */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(date);
  }

  /** A date, short: "10 Jul 2017"; a month-precise date ("2017-02") as its month. */
  public String shortDate(String isoDateOrMonth) {
    if (isoDateOrMonth.length() == 7) {
      return month(LocalDate.parse(isoDateOrMonth + "-01"));
    }
    if (isoDateOrMonth.length() == 4) {
      return isoDateOrMonth;
    }
    return DateTimeFormatter.ofPattern("d MMM yyyy", locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(LocalDate.parse(isoDateOrMonth));
  }

  /** A month and year, short: "Feb 2016". */
  public String month(LocalDate date) {
    return DateTimeFormatter.ofPattern("MMM yyyy", locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(date);
  }

  /** A whole number in the locale's format: "78,000", "78.000", "78 000". */
  public String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** An area rounded for a caption, with the locale's "about": "ca. 78.000 km²". */
  public String approximateArea(double km2) {
    return text("area.about", count(AreaRounding.round(km2)));
  }

  /** A fixed text with its arguments filled in. */
  public String text(String key, Object... args) {
    String pattern = messages.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
