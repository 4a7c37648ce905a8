package io.frontline.render.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

/**
 * The bundled fonts (Noto Sans and Noto Sans Arabic, regular and bold, SIL Open Font License 1.1), registered with
 * the graphics environment on first use so that Latin and Arabic labels draw the same on any machine. Text is split
 * into runs by script: Arabic runs get the Arabic face, everything else the Latin face.
 */
public final class Fonts {
  public static final String LATIN = "Noto Sans";
  public static final String ARABIC = "Noto Sans Arabic";
  private static final Font[] FACES = load();

  private Fonts() {}

  private static Font[] load() {
    Font[] faces = {
      read("NotoSans-Regular.ttf"),
      read("NotoSans-Bold.ttf"),
      read("NotoSansArabic-Regular.ttf"),
      read("NotoSansArabic-Bold.ttf")
    };
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (Font f : faces) {
      env.registerFont(f);
    }
    return faces;
  }

  private static Font read(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/io/frontline/render/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing from the build: " + file);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + file, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font is damaged: " + file, e);
    }
  }

  /** The Latin face at a size. */
  public static Font latin(boolean bold, float size) {
    return FACES[bold ? 1 : 0].deriveFont(size);
  }

  /** The Arabic face at a size. */
  public static Font arabic(boolean bold, float size) {
    return FACES[bold ? 3 : 2].deriveFont(size);
  }

  /** The face for a whole string: Arabic when it has any Arabic letter. */
  public static Font forText(String text, boolean bold, float size) {
    return hasArabic(text) ? arabic(bold, size) : latin(bold, size);
  }

  public static boolean hasArabic(String text) {
    return text.codePoints().anyMatch(Fonts::isArabic);
  }

  /**
   * The text with a font per run, ready for a TextLayout (which then orders and shapes it): Arabic letters in the
   * Arabic face, other letters in the Latin face, and neutral characters (spaces, digits, signs) in the face of the
   * run they stand in when it has the glyph, else in the other face.
   */
  public static AttributedString runs(String text, boolean bold, float size, float tracking) {
    AttributedString as = new AttributedString(text);
    if (text.isEmpty()) {
      return as;
    }
    if (tracking > 0) {
      as.addAttribute(TextAttribute.TRACKING, tracking);
    }
    Font arabic = arabic(bold, size);
    Font latin = latin(bold, size);
    boolean current = firstStrongIsArabic(text);
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int cp = text.codePointAt(i);
      boolean useArabic = Character.isLetter(cp) ? isArabic(cp) : current;
      if (!(useArabic ? arabic : latin).canDisplay(cp)) {
        useArabic = !useArabic;
      }
      current = Character.isLetter(cp) ? useArabic : current;
      as.addAttribute(
          TextAttribute.FONT, useArabic ? arabic : latin, i, i + Character.charCount(cp));
    }
    return as;
  }

  private static boolean firstStrongIsArabic(String text) {
    return text.codePoints().filter(Character::isLetter).findFirst().stream()
        .anyMatch(Fonts::isArabic);
  }

  private static boolean isArabic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.ARABIC;
  }
}
