package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The interface texts in French, German and Arabic, chosen by the link's lang, in headless Chromium; each saves a
 * screenshot.
 */
class LanguageBrowserTest extends BrowserTest {
  @Test
  void theInterfaceSpeaksFrenchAndGerman() {
    speaks(
        "fr",
        "30-interface-fr",
        "Changements",
        new String[] {"Chiffres", "Lieu", "Changements", "Modifier", "Données"},
        "Chiffres au 1er février 2016",
        "Superficie",
        "Localités",
        "× Belgique",
        "superficie proche : Émirats arabes unis",
        "Mossoul");
    speaks(
        "de",
        "31-interface-de",
        "Änderungen",
        new String[] {"Zahlen", "Ort", "Änderungen", "Bearbeiten", "Daten"},
        "Zahlen zum 1. Februar 2016",
        "Fläche",
        "Ortschaften",
        "× Belgien",
        "etwa so groß wie Vereinigte Arabische Emirate");
  }

  @Test
  void theInterfaceSpeaksArabicRightToLeftWithTimeLeftToRight() {
    speaks(
        "ar",
        "33-interface-ar",
        "التغيرات",
        new String[] {"الأرقام", "المكان", "التغيرات", "تحرير", "البيانات"},
        "الأرقام في 1 فبراير 2016",
        "المساحة",
        "التجمعات السكنية",
        "ضعف مساحة بلجيكا؛ تقارب مساحة الإمارات العربية المتحدة",
        "(الموصل، ");
    assertThat(browser.js("return document.documentElement.dir;")).isEqualTo("rtl");
    assertThat(browser.js("return getComputedStyle(document.getElementById('timebar')).direction;"))
        .isEqualTo("ltr");
    // the panel sits on the left of the map, where a right-to-left reader starts
    assertThat((Boolean)
            browser.js("return document.getElementById('panel').getBoundingClientRect().right"
                + " <= document.getElementById('maps').getBoundingClientRect().left + 1;"))
        .isTrue();
  }

  /** Opens the app in {@code lang}; the figures panel starts with {@code figures[0]} and holds the rest. */
  private void speaks(
      String lang, String screenshot, String changesTab, String[] tabs, String... figures) {
    open("date=2016-02-01&lang=" + lang, 1280, 800);
    browser.waitFor(
        "document.getElementById('tab-figures').textContent.includes('" + figures[0] + "')");
    browser.screenshot(screenshot);
    assertThat(text("#tab-figures")).contains(figures);
    assertThat(text("[data-tab=changes]")).isEqualTo(changesTab);
    assertThat(text("#tabs")).contains(tabs);
    assertThat(browser.js("return document.documentElement.lang;")).isEqualTo(lang);
    assertThat(browser.waitForUrl("lang=" + lang)).contains("lang=" + lang);
  }

  /** A click on the map answers who held the point, and who contested it, in the interface's language. */
  @Test
  void theMapsAnswerToAClickNamesThePartiesInTheInterfacesLanguage() {
    open("date=2016-02-01&lang=de&view=40.14,35.33,9", 1280, 800);
    org.openqa.selenium.WebElement map =
        browser.driver().findElement(org.openqa.selenium.By.id("map-a"));
    // beside the city, not on its marker (a marker opens the place panel)
    new org.openqa.selenium.interactions.Actions(browser.driver())
        .moveToElement(map, 60, 40)
        .click()
        .perform();
    browser.waitFor("document.querySelector('.maplibregl-popup-content') !== null");
    browser.screenshot("32-point-popup-de");
    assertThat(text(".maplibregl-popup-content"))
        .contains(
            "1. Februar 2016", "Islamischer Staat", "gemeldet am ", "Monate vor diesem Datum");
  }

  /** The server's field errors are worded in the interface's language, the server's own message kept as the title. */
  @Test
  void theFormsErrorsSpeakTheInterfacesLanguage() {
    open("date=2016-07-01&lang=nl&place=163808&tab=place", 1280, 800);
    browser.waitFor("document.getElementById('tab-place').textContent.includes('Tadmur')");
    browser
        .driver()
        .findElement(org.openqa.selenium.By.cssSelector("[data-tab=edit]"))
        .click();
    browser.waitFor(
        "document.querySelector('#observation-form input[name=place_id]').value === '163808'");
    browser.driver().findElement(org.openqa.selenium.By.id("save")).click();
    String box = ".error[data-for=\"source.title\"]";
    browser.waitFor("document.querySelector('" + box + "').textContent.length > 0");
    browser.screenshot("34-edit-validation-nl");
    assertThat(text(box))
        .isEqualTo(
            "Elke waarneming heeft een bron nodig: een titel, een link of een bronvermelding");
    assertThat(browser.js("return document.querySelector('" + box + "').title;"))
        .asString()
        .contains("source");
  }

  /** A rejected import's report says what happened in the interface's language; each finding keeps its code. */
  @Test
  void aRejectedImportsReportSpeaksTheInterfacesLanguage() throws java.io.IOException {
    open("date=2016-02-01&lang=de&tab=data", 1280, 800);
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("schlechter-import", ".csv");
    csv.toFile().deleteOnExit();
    java.nio.file.Files.writeString(
        csv,
        "place,actor,status,date,source_url\n"
            + "Mosul,ISIS-K,controls,2016-01-01,https://e.org/a\nRaqqa,iraq,controls,2016-01-01,\n");
    browser
        .driver()
        .findElement(org.openqa.selenium.By.id("import-file"))
        .sendKeys(csv.toAbsolutePath().toString());
    browser
        .driver()
        .findElement(org.openqa.selenium.By.cssSelector("#import-form button[type=submit]"))
        .click();
    browser.waitFor("document.querySelector('.report.rejected')");
    browser.screenshot("35-bad-import-de");
    assertThat(text("#import-report"))
        .contains(
            "2 Datensätze: 0 angenommen, 2 abgelehnt, 0 repariert",
            "Nichts wurde geschrieben",
            "unknown-actor",
            "no-source",
            "Fehler",
            "Zeile 2");
  }
}
