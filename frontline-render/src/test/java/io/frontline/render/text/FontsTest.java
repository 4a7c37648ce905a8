package io.frontline.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FontsTest {
  @Test
  void theBundledFamiliesAreRegisteredAndHaveTheGlyphs() {
    assertThat(Fonts.latin(false, 12).canDisplayUpTo("Mosoel Diyarbakır Şanlıurfa Jérusalem km² »"))
        .isEqualTo(-1);
    assertThat(Fonts.arabic(true, 12).canDisplayUpTo("الموصل الدولة الإسلامية ٩٨٬٦٠٠"))
        .isEqualTo(-1);
    assertThat(Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()))
        .contains(Fonts.LATIN, Fonts.ARABIC);
  }

  @Test
  void mixedTextGetsAFacePerScriptAndSignsTheFaceThatHasThem() {
    String text = "حوالي ٩٨٬٦٠٠ كم²";
    AttributedCharacterIterator it = Fonts.runs(text, false, 12, 0).getIterator();
    it.setIndex(0);
    assertThat(((java.awt.Font) it.getAttribute(TextAttribute.FONT)).getFamily())
        .isEqualTo(Fonts.ARABIC);
    it.setIndex(text.length() - 1);
    assertThat(((java.awt.Font) it.getAttribute(TextAttribute.FONT)).getFamily())
        .isEqualTo(Fonts.LATIN);
  }
}
