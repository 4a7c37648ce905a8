package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The interface texts in French and German, chosen by the link's lang, in headless Chromium; each saves a screenshot. */
class LanguageBrowserTest extends BrowserTest {
  @Test
  void theInterfaceSpeaksFrenchAndGerman() {
    open("date=2016-02-01&lang=fr", 1280, 800);
    browser.waitFor("document.getElementById('tab-figures').textContent.includes('Chiffres au')");
    browser.screenshot("30-interface-fr");
    assertThat(text("#tab-figures")).contains("Chiffres au 1 février 2016", "Superficie", "Localités", "× Belgique",
        "superficie proche : Lettonie");
    assertThat(text("[data-tab=changes]")).isEqualTo("Changements");
    assertThat(text("#tabs")).contains("Chiffres", "Lieu", "Changements", "Modifier", "Données");
    assertThat(browser.js("return document.documentElement.lang;")).isEqualTo("fr");
    assertThat(browser.driver().getCurrentUrl()).contains("lang=fr");

    open("date=2016-02-01&lang=de", 1280, 800);
    browser.waitFor("document.getElementById('tab-figures').textContent.includes('Zahlen zum')");
    browser.screenshot("31-interface-de");
    assertThat(text("#tab-figures")).contains("Zahlen zum 1. Februar 2016", "Fläche", "Ortschaften", "× Belgien",
        "etwa so groß wie Lettland");
    assertThat(text("[data-tab=changes]")).isEqualTo("Änderungen");
    assertThat(text("#tabs")).contains("Zahlen", "Ort", "Änderungen", "Bearbeiten", "Daten");
    assertThat(browser.js("return document.documentElement.lang;")).isEqualTo("de");
    assertThat(browser.driver().getCurrentUrl()).contains("lang=de");
  }
}
