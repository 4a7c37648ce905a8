package io.frontline.server.web;

import static io.frontline.contract.StoreFixtures.battle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.DemoStore;
import io.frontline.server.FrontlineServer;
import io.frontline.server.Http;
import io.frontline.server.ServerConfig;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The review panel: pending suggestions with their evidence; accept and reject in the browser. */
@Tag("browser")
class SuggestionsBrowserTest {
  @TempDir
  Path dir;

  @Test
  void aReviewerAcceptsOneSuggestionAndRejectsAnother() {
    Path file = DemoStore.copy(dir);
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      store.addEvents(List.of(
          battle("1", "2015-03-02", 43.13, 36.34), battle("2", "2015-03-04", 43.13, 36.34)));
    }
    try (FrontlineServer server = FrontlineServer.start(ServerConfig.local(file, 0));
        Browser browser = Browser.open(1280, 800)) {
      Http http = new Http(server.url());
      assertThat(http.postJson("/api/v1/suggestions", "{}", server.token()).status())
          .isEqualTo(201);
      int pending = http.get("/api/v1/suggestions?review=pending")
          .json()
          .get("suggestions")
          .size();
      assertThat(pending).isGreaterThanOrEqualTo(2);
      browser.driver().get(server.url() + "?date=2015-03-10&lang=en&tab=suggestions");
      browser.waitFor("window.frontline && window.frontline.ready");
      browser.waitFor(
          "document.querySelectorAll('#tab-suggestions li.suggestion').length === " + pending);
      assertThat(
              browser.driver().findElement(By.cssSelector("#tab-suggestions")).getText())
          .contains("Suggestions from events")
          .contains("Mosul")
          .contains("the map said islamic-state:controls");
      browser.screenshot("60-suggestions");
      String mosul = (String)
          browser.js("return [...document.querySelectorAll('#tab-suggestions li.suggestion')]"
              + ".find(li => li.textContent.includes('Mosul')).dataset.id;");
      browser
          .driver()
          .findElement(By.cssSelector("button[data-accept='" + mosul + "']"))
          .click();
      browser.waitFor("document.getElementById('toast').textContent.includes('accepted')");
      browser.waitFor("document.querySelectorAll('#tab-suggestions li.suggestion').length === "
          + (pending - 1));
      String other = (String)
          browser.js("return document.querySelector('#tab-suggestions li.suggestion').dataset.id;");
      browser
          .driver()
          .findElement(By.cssSelector("button[data-reject='" + other + "']"))
          .click();
      browser.waitFor("document.getElementById('toast').textContent.includes('reason')");
      browser
          .driver()
          .findElement(By.cssSelector("input[data-reason='" + other + "']"))
          .sendKeys("too far away");
      browser
          .driver()
          .findElement(By.cssSelector("button[data-reject='" + other + "']"))
          .click();
      browser.waitFor("document.querySelectorAll('#tab-suggestions li.suggestion').length === "
          + (pending - 2));
      JsonNode rejected = http.get("/api/v1/suggestions?review=rejected").json().get("suggestions");
      assertThat(rejected.get(0).get("reason").asText()).isEqualTo("too far away");
      JsonNode accepted = http.get("/api/v1/suggestions?review=accepted").json().get("suggestions");
      assertThat(accepted.get(0).get("place").asText()).isEqualTo("Mosul");
      Object violations =
          browser.js("return window.frontline ? window.frontline.policyViolations : [];");
      assertThat((List<?>) violations).as("content security policy violations").isEmpty();
    }
  }
}
