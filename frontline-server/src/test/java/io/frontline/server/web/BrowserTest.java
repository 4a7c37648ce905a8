package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** A test class with one headless browser and one server on a fresh copy of the demo store, shared by its tests. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
  ServerFixture fixture;
  Browser browser;

  @BeforeAll
  void start() {
    browser = Browser.open(1280, 800);
    fixture = ServerFixture.start();
  }

  /** The page broke none of the server's content security policy (no inline script or style, no other origin). */
  @AfterEach
  void keptThePolicy() {
    Object violations =
        browser.js("return window.frontline ? window.frontline.policyViolations : [];");
    assertThat((java.util.List<?>) violations)
        .as("content security policy violations")
        .isEmpty();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  Browser open(String query, int width, int height) {
    browser.viewport(width, height);
    browser.driver().get(fixture.server().url() + "?" + query);
    browser.waitFor("window.frontline && window.frontline.ready");
    return browser;
  }

  String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }
}
