package io.frontline.server.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through /usr/bin/chromedriver, with a fresh profile; skipped (by an
 * assumption) where either is missing. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser open(int width, int height) {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromedriver are needed");
    try {
      Path profile = Files.createTempDirectory("frontline-chromium");
      ChromeOptions o = new ChromeOptions();
      o.setBinary(CHROMIUM.toFile());
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--lang=en-GB",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height,
          // Headless Chromium 156 otherwise loads its omnibox pop-up pages
          // (chrome://omnibox-popup...) in a renderer
          // of their own while the app loads: seconds of CPU on a 2-core machine, in no window
          // anyone sees.
          "--disable-features="
              + String.join(
                  ",",
                  "WebUIOmniboxPopup",
                  "WebUIOmniboxFullPopup",
                  "WebUIOmniboxAimPopup",
                  "PreloadTopChromeWebUI"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(DRIVER.toFile())
          .build();
      ChromeDriver driver = new ChromeDriver(service, o);
      driver.manage().window().setSize(new Dimension(width, height));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the page's viewport to exactly this size (a phone when narrow). */
  public void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until a JavaScript expression is true. */
  public void waitFor(String expression, Duration timeout) {
    new WebDriverWait(driver, timeout)
        .until(d -> Boolean.TRUE.equals(js("return Boolean(" + expression + ");")));
  }

  public void waitFor(String expression) {
    waitFor(expression, Duration.ofSeconds(30));
  }

  /**
   * Waits until the page's address contains {@code fragment} and returns the address. The app updates its address
   * after it renders, so a test reads it only once the page has signalled the change.
   */
  public String waitForUrl(String fragment) {
    String quoted = "'" + fragment.replace("\\", "\\\\").replace("'", "\\'") + "'";
    try {
      waitFor("location.href.includes(" + quoted + ")");
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "the address never came to contain " + fragment + "; it is " + driver.getCurrentUrl(), e);
    }
    return driver.getCurrentUrl();
  }

  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path out = dir.resolve(name + ".png");
      Files.copy(shot.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
