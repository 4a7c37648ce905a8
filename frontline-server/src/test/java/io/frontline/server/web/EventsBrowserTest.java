package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.server.DemoEvents;
import io.frontline.server.FrontlineServer;
import io.frontline.server.ServerConfig;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The events layer in a real browser on the demo store with the bundled events: off by default, switched on, filtered
 * by side, an event's pop-up read, the density view; waiting on what the page signals (body data-events-shown).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsBrowserTest {
  private FrontlineServer server;
  private Browser browser;

  @BeforeAll
  void start() throws Exception {
    browser = Browser.open(1280, 800);
    server = FrontlineServer.start(
        ServerConfig.local(DemoEvents.copy(Files.createTempDirectory("frontline-events-web")), 0));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theLayerIsSwitchedOnFilteredAndAnEventReadInItsPopup() {
    browser.driver().get(server.url() + "?date=2016-06-01&view=43.130,36.340,9.50&lang=en");
    browser.waitFor(
        "window.frontline && window.frontline.ready", java.time.Duration.ofSeconds(120));
    assertThat(browser.driver().findElement(By.id("events-on")).isSelected())
        .as("off by default")
        .isFalse();
    assertThat(browser.js("return document.body.dataset.eventsShown || null")).isNull();

    browser.driver().findElement(By.id("events-on")).click();
    browser.waitFor("document.body.dataset.eventsShown === '2016-05-03|2016-06-01|||points'");
    assertThat(browser.driver().findElement(By.id("events-legend")).getText())
        .contains("Events from 3 May 2016 to 1 June 2016", "only to a year");
    browser.waitFor("window.frontline.events.firstEventAt() !== null");
    browser.waitFor(
        "[...document.getElementById('events-type').options].some(o => o.value === 'ucdp-ged')");

    new Select(browser.driver().findElement(By.id("events-side"))).selectByValue("islamic-state");
    browser.waitFor(
        "document.body.dataset.eventsShown === '2016-05-03|2016-06-01||islamic-state|points'");
    browser.waitFor("window.frontline.events.firstEventAt() !== null");
    assertThat(browser.driver().findElement(By.id("events-legend")).getText())
        .contains("with Islamic State");

    @SuppressWarnings("unchecked")
    Map<String, Object> at =
        (Map<String, Object>) browser.js("return window.frontline.events.firstEventAt();");
    WebElement map = browser.driver().findElement(By.id("map-a"));
    int x =
        (int) Math.round(((Number) at.get("x")).doubleValue() - map.getSize().getWidth() / 2.0);
    int y =
        (int) Math.round(((Number) at.get("y")).doubleValue() - map.getSize().getHeight() / 2.0);
    new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
    browser.screenshot("events-popup");
    browser.waitFor("document.querySelector('.maplibregl-popup-content .event-popup') !== null");
    String popup = browser
        .driver()
        .findElement(By.cssSelector(".maplibregl-popup-content .event-popup"))
        .getText();
    assertThat(popup)
        .containsAnyOf(
            "On ground held by",
            "On ground that changed hands",
            "On ground nobody held",
            "Outside the observed ground",
            "Located too roughly")
        .contains("Source:", "Data:");
    assertThat(popup).contains("IS");

    new Select(browser.driver().findElement(By.id("events-view"))).selectByValue("density");
    browser.waitFor(
        "document.body.dataset.eventsShown === '2016-05-03|2016-06-01||islamic-state|density'");
    assertThat(browser.driver().findElement(By.id("events-legend")).getText())
        .contains("Darker red");
    browser.screenshot("events-density");

    new Select(browser.driver().findElement(By.id("events-view"))).selectByValue("points");
    new Select(browser.driver().findElement(By.id("events-side"))).selectByValue("");
    browser.js("window.frontline.events.map.jumpTo({center: [40.5, 35.2], zoom: 6});");
    browser.waitFor("document.body.dataset.eventsShown === '2016-05-03|2016-06-01|||points'");
    browser.waitFor("document.querySelectorAll('#map-a .event-count').length > 0");
    browser.screenshot("events-clusters");
    browser.driver().findElement(By.id("events-on")).click();
    browser.waitFor("document.body.dataset.eventsShown === undefined");
    Object violations = browser.js("return window.frontline.policyViolations;");
    assertThat((java.util.List<?>) violations)
        .as("content security policy violations")
        .isEmpty();
  }
}
