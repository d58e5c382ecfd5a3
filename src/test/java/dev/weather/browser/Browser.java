package dev.weather.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.devtools.CdpVersionFinder;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its chromedriver, never downloading anything: a fresh
 * profile, the background networking this machine's closed network would refuse switched off, and
 * axe-core to check pages.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Debian's Chromium is newer than any version of the DevTools protocol this Selenium has bindings
   * for, which these two warn of as each browser starts; the tests need none, as they send DevTools
   * commands through chromedriver. Held here: java.util.logging keeps its loggers, and with them
   * their levels, only while someone does.
   */
  private static final List<Logger> DEVTOOLS_VERSION_LOGS =
      List.of(
          Logger.getLogger(CdpVersionFinder.class.getName()),
          Logger.getLogger(ChromiumDriver.class.getName()));

  static {
    DEVTOOLS_VERSION_LOGS.forEach(log -> log.setLevel(Level.SEVERE));
  }

  final ChromeDriver driver;
  private final Path profile;

  Browser() throws IOException {
    this(true);
  }

  /** Without JavaScript when {@code javascript} is false, as some people browse. */
  Browser(boolean javascript) throws IOException {
    assertThat(new File(CHROMIUM).canExecute())
        .as("Chromium at %s (apt-get install chromium; .ci/run does)", CHROMIUM)
        .isTrue();
    assertThat(new File(CHROMEDRIVER).canExecute())
        .as("chromedriver at %s (apt-get install chromium-driver)", CHROMEDRIVER)
        .isTrue();
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /**
   * Fails with every WCAG 2.1 A and AA violation axe finds on the current page, colour contrast
   * included.
   */
  void assertAccessible(String state) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    assertThat(results.isErrored())
        .as("axe ran on %s: %s", state, results.getErrorMessage())
        .isFalse();
    assertThat(results.getViolations())
        .as("WCAG 2.1 A/AA violations on %s:%n%s", state, describe(results))
        .isEmpty();
    assertThat(results.getPasses()).as("axe checked something on %s", state).isNotEmpty();
  }

  /**
   * Renders the page as if the system asked for dark mode (prefers-color-scheme: dark), or back to
   * light.
   */
  void darkMode(boolean dark) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }

  /**
   * A phone's viewport, 390 x 844 CSS px as an iPhone 12 to 14 has, with touch; or back to the
   * desktop window.
   */
  void phone(boolean phone) {
    if (phone) {
      viewport(390, 844, true);
    } else {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /**
   * A viewport of this size in CSS px, a phone's (with touch) when {@code mobile}; {@link #phone}
   * false undoes it.
   */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  private static String describe(Results results) {
    return results.getViolations().stream()
        .map(Browser::describe)
        .collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "));
  }

  @Override
  public void close() {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
