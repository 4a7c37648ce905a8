package io.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void dropsAJoinedArabicArticle() {
    assertThat(NameKey.withoutArabicArticle("الخرطوم")).contains(NameKey.of("خرطوم"));
    assertThat(NameKey.withoutArabicArticle("الموصل")).contains("موصل");
  }

  @Test
  void leavesNamesWithoutOneOrTooShortAlone() {
    assertThat(NameKey.withoutArabicArticle("خرطوم")).isEmpty();
    assertThat(NameKey.withoutArabicArticle("الم")).isEmpty();
    assertThat(NameKey.withoutArabicArticle("Al Khartum")).isEmpty();
  }
}
