package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The web app's pictures for docs/gallery (tools/gallery.sh): the two-date view of 1 February 2016 and 5 June 2017
 * side by side, and a point's pop-up on ground that rests on an old report. Runs only when -Dfrontline.gallery names
 * the folder to write them to.
 */
@EnabledIfSystemProperty(named = "frontline.gallery", matches = ".+")
class GalleryBrowserTest extends BrowserTest {
  static final Path GALLERY = Path.of(System.getProperty("frontline.gallery", "target/gallery"));

  @Test
  void theTwoDateViewSideBySide() throws IOException {
    open("date=2016-02-01&b=2017-06-05&mode=compare&lang=en", 1600, 900);
    browser.waitFor("document.getElementById('map-b').offsetWidth > 300");
    browser.waitFor("document.querySelectorAll('#map-b .labels .label').length > 3");
    browser.waitFor("document.body.dataset.mapDate === '2016-02-01'");
    browser.waitFor(
        "document.getElementById('legend').textContent.includes('Turkish-backed Syrian opposition')");
    pause(1500);
    assertThat(text("#legend"))
        .contains("Islamic State", "Government of Iraq", "Kurdistan Regional Government");
    save("web-2016-2017-compare");
  }

  @Test
  void aPointOnStaleGround() throws IOException {
    open("date=2016-06-01&lang=en&view=43.05,36.30,9", 1280, 800);
    new org.openqa.selenium.interactions.Actions(browser.driver())
        .moveToElement(browser.driver().findElement(By.id("map-a")), 60, 40)
        .click()
        .perform();
    browser.waitFor("document.querySelector('.maplibregl-popup-content .age') !== null");
    assertThat(text(".maplibregl-popup-content")).contains("before this date", "over a year old");
    save("web-2016-06-01-stale-point");
  }

  private void save(String name) throws IOException {
    Files.createDirectories(GALLERY);
    Files.copy(
        browser.screenshot(name),
        GALLERY.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
