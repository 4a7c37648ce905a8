package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** Adding observations in the browser: a place picked with the keyboard alone, and an area drawn on the map. */
class EditingBrowserTest extends BrowserTest {
  static final long RUTBA = 98677;

  @Test
  void addAnObservationWithTheKeyboardOnly() {
    open("date=2016-07-01&lang=en", 1280, 800);
    assertThat(holder(RUTBA)).isEqualTo("iraq");
    tabUntil("document.activeElement.closest('#tabs [role=tab]')");
    assertThat(focused("textContent")).isEqualTo("Figures");
    press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    browser.waitFor(
        "!document.getElementById('tab-edit').hidden && document.getElementById('place-name')");
    assertThat(focused("textContent")).isEqualTo("Edit");
    assertThat(browser.driver().getCurrentUrl())
        .as("arrows choose the tab, not the date")
        .contains("date=2016-07-01");
    press(Keys.TAB);
    assertThat(focused("id")).isEqualTo("place-name");
    press("Ru");
    browser.waitFor("document.activeElement.getAttribute('aria-expanded') === 'true'");
    assertThat(focused("aria-activedescendant")).isEqualTo("place-options-0");
    press(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertThat(focused("aria-activedescendant")).isEqualTo("place-options-2");
    press(Keys.ARROW_UP);
    assertThat(focused("aria-activedescendant")).isEqualTo("place-options-1");
    assertThat(browser.js(
            "return document.getElementById('place-options-1').getAttribute('aria-selected');"))
        .isEqualTo("true");
    press(Keys.ESCAPE);
    assertThat(focused("aria-expanded")).isEqualTo("false");
    assertThat(focused("aria-activedescendant")).isNull();
    press("tba");
    browser.waitFor("document.activeElement.getAttribute('aria-expanded') === 'true'"
        + " && document.getElementById('place-options').textContent.includes('Ruţbah')");
    browser.screenshot("20-keyboard-place-list");
    press(Keys.ENTER);
    assertThat(focused("aria-expanded")).isEqualTo("false");
    assertThat(
            browser.js("return document.querySelector('#observation-form [name=place_id]').value;"))
        .isEqualTo(Long.toString(RUTBA));
    browser.waitFor("location.search.includes('view=40.2')", java.time.Duration.ofSeconds(10));
    tabUntil("document.activeElement.name === 'actor'");
    press("Islamic");
    assertThat(focused("value")).isEqualTo("islamic-state");
    tabUntil("document.activeElement.name === 'source_title'");
    press("Rutba raided again");
    press(Keys.TAB);
    press("https://example.org/rutba-raid", Keys.ENTER);
    browser.waitFor("document.getElementById('toast').textContent.includes('Saved')");
    browser.waitFor(
        "document.getElementById('legend').textContent.length > 0 && window.frontline.renders > 2");
    browser.screenshot("21-keyboard-saved");
    assertThat(holder(RUTBA)).isEqualTo("islamic-state");
    // ready for the next observation from the same report: the place is cleared, the source and
    // actor stay
    assertThat(formValue("place_id")).isEmpty();
    assertThat(formValue("place_name")).isEmpty();
    assertThat(formValue("source_title")).isEqualTo("Rutba raided again");
    assertThat(formValue("actor")).isEqualTo("islamic-state");
    assertThat(text("#edit-title")).isEqualTo("Add an observation");
    assertThat(focused("id")).isEqualTo("place-name");
    open("date=2016-07-01&lang=en&tab=place&place=" + RUTBA, 1280, 800);
    browser.waitFor(
        "document.getElementById('tab-place').textContent.includes('Rutba raided again')");
  }

  @Test
  void drawAnAreaOnTheMapForANewObservation() {
    open("date=2016-07-01&lang=en&tab=edit&view=38.650,33.450,9.00", 1280, 800);
    String point = "/api/v1/point?lat=33.45&lon=38.65&date=2016-07-01";
    assertThat(fixture.http().get(point).json().get("status").asText()).isNotEqualTo("contested");
    WebElement map = browser.driver().findElement(By.cssSelector("#map-a canvas"));
    browser.driver().findElement(By.id("draw")).click();
    clickMap(map, -90, -70);
    browser.waitFor(status("Corners: 1"));
    press(Keys.ESCAPE);
    browser.waitFor(status("") + " && document.getElementById('finish').disabled");
    browser.driver().findElement(By.id("draw")).click();
    clickMap(map, -90, -70);
    clickMap(map, 110, -60);
    clickMap(map, 100, 80);
    clickMap(map, 0, 200);
    browser.waitFor(status("Corners: 4"));
    press(Keys.BACK_SPACE);
    browser.waitFor(status("Corners: 3"));
    browser.screenshot("22-drawing");
    new Actions(browser.driver()).moveToElement(map, -100, 70).doubleClick().perform();
    browser.waitFor(status("Area drawn: 4 corners"));
    select("actor", "islamic-state");
    select("status", "contested");
    select("from_actor", "syrian-opposition");
    browser
        .driver()
        .findElement(By.cssSelector("#observation-form [name=source_url]"))
        .sendKeys("https://example.org/tanf-desert");
    browser.driver().findElement(By.id("save")).click();
    browser.waitFor("document.getElementById('toast').textContent.includes('Saved')");
    browser.waitFor("document.getElementById('area-status').textContent === ''");
    browser.screenshot("23-area-saved");
    JsonNode after = fixture.http().get(point).json();
    assertThat(after.get("status").asText()).isEqualTo("contested");
    assertThat(after.get("observation").get("source").get("urls").toString())
        .contains("tanf-desert");
    assertThat(browser.driver().getCurrentUrl())
        .as("a double-click that closes an area does not zoom")
        .contains("view=38.650%2C33.450%2C9.00");
  }

  String formValue(String name) {
    return (String) browser.js(
        "return document.querySelector('#observation-form [name=' + arguments[0] + ']').value;",
        name);
  }

  void select(String name, String value) {
    new Select(
            browser.driver().findElement(By.cssSelector("#observation-form [name=" + name + "]")))
        .selectByValue(value);
  }

  String holder(long placeId) {
    for (JsonNode f :
        fixture.http().get("/api/v1/settlements?date=2016-07-01").json().get("features")) {
      if (f.get("properties").get("id").asLong() == placeId) {
        return f.get("properties").get("holder").asText();
      }
    }
    return null;
  }

  void clickMap(WebElement map, int x, int y) {
    new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
  }

  static String status(String text) {
    return "document.getElementById('area-status').textContent.startsWith('" + text + "')"
        + (text.isEmpty() ? " && document.getElementById('area-status').textContent === ''" : "");
  }

  void press(CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  Object focused(String property) {
    return browser.js(
        "const e = document.activeElement; return e.getAttribute(arguments[0]) ?? e[arguments[0]];",
        property);
  }

  /** Presses Tab until a condition on the focused element holds; fails after 60 presses. */
  void tabUntil(String condition) {
    for (int i = 0; i < 60; i++) {
      if (Boolean.TRUE.equals(browser.js("return Boolean(" + condition + ");"))) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError(
        "Tab never reached " + condition + "; focus is on " + focused("outerHTML"));
  }
}
