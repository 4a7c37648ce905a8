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

  /** A click on the map answers who held the point, and who contested it, in the interface's language. */
  @Test
  void theMapsAnswerToAClickNamesThePartiesInTheInterfacesLanguage() {
    open("date=2016-02-01&lang=de&view=40.14,35.33,9", 1280, 800);
    org.openqa.selenium.WebElement map = browser.driver().findElement(org.openqa.selenium.By.id("map-a"));
    // beside the city, not on its marker (a marker opens the place panel)
    new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(map, 60, 40).click().perform();
    browser.waitFor("document.querySelector('.maplibregl-popup-content') !== null");
    browser.screenshot("32-point-popup-de");
    assertThat(text(".maplibregl-popup-content")).contains("1. Februar 2016",
        "Islamischer Staat (umkämpft mit Syrische Regierung)");
  }
}
