package dev.weather.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.weather.TestTemporal;
import dev.weather.demo.NwsFixtures;
import dev.weather.endtoend.App;
import dev.weather.endtoend.EndToEnd;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person in a real browser: Chromium against the app on a random port, the embedded Temporal
 * server, and WireMock playing NWS. Every page state is checked with axe for WCAG 2.1 A and AA, and
 * saved under target/screenshots.
 */
// Tagged so mutation testing can leave it out: it drives Chromium, too slow to run once per mutant.
@Tag("browser")
@EndToEnd(properties = "logging.level.org.openqa.selenium=ERROR")
class WeatherInBrowserTest {

  private static Browser browser;

  private final WireMockServer nws;
  private final int port;

  WeatherInBrowserTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.port = app.port();
  }

  @DynamicPropertySource
  static void temporalUi(DynamicPropertyRegistry registry) {
    registry.add("weather.temporal.ui-url", TestTemporal::uiUrl);
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void freshVisit() {
    open("/");
    browser.driver.manage().deleteAllCookies();
    browser.darkMode(false);
    browser.phone(false);
  }

  @Test
  @SuppressWarnings("unchecked")
  void searchesBostonPicksASuggestionAndReadsTheWholeForecast() throws Exception {
    open("/");
    browser.assertAccessible("the search page");
    browser.screenshot("01-search");

    WebElement search = browser.driver.findElement(By.id("q"));
    search.sendKeys("Boston");
    By boston = By.xpath("//li[@role='option'][.='Boston, MA']");
    waitFor().until(ExpectedConditions.elementToBeClickable(boston));
    assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
    browser.screenshot("02-suggestions");
    browser.assertAccessible("the search with suggestions open");
    search.sendKeys(
        Keys.BACK_SPACE); // axe took the focus and the list closed; typing opens it again
    waitFor().until(ExpectedConditions.elementToBeClickable(boston));
    search.sendKeys(Keys.ESCAPE);
    waitFor().until(driver -> "false".equals(search.getAttribute("aria-expanded")));
    assertThat(search.getAttribute("value"))
        .as("Escape closes the list and keeps the text")
        .isEqualTo("Bosto");
    search.sendKeys("n");
    waitFor().until(ExpectedConditions.elementToBeClickable(boston));
    waitFor()
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              driver.findElement(boston).click();
              return true;
            });

    waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Boston, MA"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/weather?q=Boston%2C+MA");
    assertThat(texts(".alert h3")).contains("Air Quality Alert");
    assertThat(texts(".now .temperature")).singleElement().asString().matches("-?\\d+°F");
    // The fixture's reading is 48 minutes old when served; a report another test left cached is
    // older by then.
    assertThat(texts(".now .source"))
        .singleElement()
        .asString()
        .matches(
            "At Boston, Logan International Airport, 3 mi away; observed \\d+ minutes ago"
                + " \\(\\d{1,2}:\\d{2} [AP]M\\)");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("figure.chart svg title"))
                .getAttribute("textContent"))
        .startsWith("Next 48 hours");
    assertThat(browser.driver.findElements(By.cssSelector(".chart .bars rect"))).hasSize(48);
    assertThat(texts(".day h3")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(texts(".half .temperature")).allMatch(t -> t.contains("°F"));
    browser.assertAccessible("the forecast");
    assertChartContrast("light");
    browser.screenshot("03-forecast");

    browser.driver.findElement(By.cssSelector(".alert summary")).click();
    browser.driver.findElement(By.cssSelector(".hourly details summary")).click();
    assertThat(browser.driver.findElements(By.cssSelector(".hourly tbody tr"))).hasSize(48);
    browser.driver.findElement(By.cssSelector(".history details summary")).click();
    assertThat(browser.driver.findElements(By.cssSelector(".history tbody tr"))).hasSize(24);
    browser.assertAccessible(
        "the forecast with alert details, the hourly table and the last 24 hours open");

    browser.darkMode(true);
    browser.assertAccessible("the forecast in dark mode");
    assertChartContrast("dark");
    browser.screenshot("04-forecast-dark");

    browser.phone(true);
    browser.darkMode(false);
    browser.driver.navigate().refresh(); // every alert closed again
    Object overflow =
        browser.driver.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(overflow).as("the page fits a phone's width").isEqualTo(false);
    Map<String, Object> bottoms =
        (Map<String, Object>)
            browser.driver.executeScript(
                "window.scrollTo(0, 0);"
                    + " const b = s => document.querySelector(s).getBoundingClientRect().bottom;"
                    + " return {place: b('h1'), alert: b('.alert summary'), now: b('.now .temperature'), sky: b('.now .sky'),"
                    + " today: b('.today .temperature'), window: window.innerHeight};");
    assertThat(bottoms)
        .as("the place, an alert, now and today without scrolling on a phone (px from the top)")
        .allSatisfy(
            (what, bottom) ->
                assertThat(((Number) bottom).doubleValue())
                    .isBetween(1.0, ((Number) bottoms.get("window")).doubleValue()));
    Object smallestChartText =
        browser.driver.executeScript(
            "return Math.min(...[...document.querySelectorAll("
                + "'.chart text')].map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)));");
    assertThat(((Number) smallestChartText).doubleValue())
        .as("the chart's smallest text on a phone, in px")
        .isGreaterThanOrEqualTo(12);
    browser.assertAccessible("the forecast on a phone");
    browser.screenshot("04-forecast-phone");
    browser.darkMode(true);
    browser.assertAccessible("the forecast on a phone in dark mode");
    browser.screenshot("04-forecast-phone-dark");
    browser.darkMode(false);
    browser.phone(false);
  }

  @Test
  void switchesToCelsiusAndRemembersIt() throws Exception {
    open("/weather?q=Boston,%20MA");
    browser.driver.findElement(By.linkText("°C, km/h")).click();

    waitFor().until(ExpectedConditions.urlContains("units=si"));
    assertThat(texts(".half .temperature")).isNotEmpty().allMatch(t -> t.contains("°C"));
    assertThat(texts(".facts")).anyMatch(t -> t.contains("km/h"));
    assertThat(browser.driver.findElement(By.linkText("°C, km/h")).getAttribute("aria-current"))
        .isEqualTo("true");
    Cookie units = browser.driver.manage().getCookieNamed("units");
    assertThat(units.getValue()).isEqualTo("si");
    browser.assertAccessible("the forecast in °C");
    browser.screenshot("05-celsius");

    open("/weather?q=02134");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Allston, MA");
    assertThat(texts(".half .temperature")).allMatch(t -> t.contains("°C"));
  }

  @Test
  void showsNortonsAirQualityAlertsForItsPoint() throws Exception {
    search("41.967, -71.189");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Norton, MA");
    assertThat(texts(".alert h3")).containsExactly("Air Quality Alert", "Air Quality Alert");
    assertThat(texts(".alert .severity")).as("no badge for a severity NWS does not know").isEmpty();
    assertThat(texts(".alert .apart"))
        .as("two of one event, told apart on the banner")
        .hasSize(2)
        .doesNotHaveDuplicates()
        .allMatch(t -> !t.isBlank());
    browser.assertAccessible("Norton with alerts");
    browser.screenshot("06-norton-alerts");
  }

  @Test
  void watchesNortonsAlertsFromItsForecastThenEndsTheWatch() throws Exception {
    search("41.967, -71.189");
    WebElement page = browser.driver.findElement(By.tagName("html"));
    browser.driver.findElement(By.xpath("//button[text()='Watch alerts here']")).click();
    waitFor().until(driver -> gone(page));

    assertThat(browser.driver.getCurrentUrl()).matches(".*/watches/[A-Za-z0-9_-]{22}$");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Alert watch for Norton, MA");
    waitFor()
        .until(
            driver -> {
              driver.navigate().refresh();
              return texts(".watch-log strong").contains("Norton, MA: Air Quality Alert in effect");
            });
    browser.assertAccessible("an alert watch");
    browser.screenshot("21-alert-watch");

    WebElement watching = browser.driver.findElement(By.tagName("html"));
    browser.driver.findElement(By.xpath("//button[text()='End this watch']")).click();
    waitFor().until(driver -> gone(watching));
    waitFor()
        .until(
            driver -> {
              driver.navigate().refresh();
              return driver.findElement(By.className("watch-state")).getText().contains("ended");
            });
    assertThat(browser.driver.findElements(By.xpath("//button[text()='End this watch']")))
        .isEmpty();
    browser.assertAccessible("an ended watch");
  }

  @Test
  void watchesAPlanFromTheForecastPage() throws Exception {
    search("41.967, -71.189");
    String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "document.getElementById('plan-day').value = arguments[0];"
                + "document.getElementById('plan-from').value = '10:00';"
                + "document.getElementById('plan-to').value = '14:00';"
                + "document.getElementById('plan-rain').value = '40';",
            day);
    WebElement page = browser.driver.findElement(By.tagName("html"));
    browser.driver.findElement(By.xpath("//button[text()='Watch this plan']")).click();
    waitFor().until(driver -> gone(page));

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Plan watch for Norton, MA");
    assertThat(browser.driver.findElement(By.className("watch-state")).getText())
        .contains("told of a chance of rain of 40% or more");
    browser.assertAccessible("a plan watch");
    browser.screenshot("22-plan-watch");
  }

  @Test
  void showsTheForecastWithANoteForEachPartThatCouldNotBeHad() throws Exception {
    nws.stubFor(
        WireMock.get(WireMock.urlPathMatching("/stations/.*"))
            .atPriority(0)
            .willReturn(NwsFixtures.problem(404, "NotFound", "Not Found", "No observations.")));
    nws.stubFor(
        WireMock.get(WireMock.urlPathEqualTo("/gridpoints/BOU/63,62/forecast/hourly"))
            .atPriority(0)
            .willReturn(NwsFixtures.problem(404, "NotFound", "Not Found", "No hourly forecast.")));
    nws.stubFor(
        WireMock.get(WireMock.urlPathEqualTo("/alerts/active"))
            .atPriority(0)
            .willReturn(NwsFixtures.problem(400, "BadRequest", "Bad Request", "No.")));

    open("/weather?lat=39.74&lon=-104.99");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Denver, CO");
    assertThat(texts(".note"))
        .containsExactly(
            "Alerts could not be loaded from the National Weather Service right now. Check again shortly.",
            "Current conditions could not be had from a station near here right now. Check again shortly.",
            "The hourly forecast could not be loaded from the National Weather Service right now. Check again shortly.");
    assertThat(browser.driver.findElements(By.cssSelector(".now, .chart, .alert"))).isEmpty();
    // Today's high and low, or only the low once the day's period is over (which depends on when
    // the test runs).
    assertThat(texts(".today .temperature"))
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(2)
        .allMatch(t -> t.matches("(High|Low) -?\\d+°F"));
    browser.assertAccessible("a forecast without its optional parts");
    browser.screenshot("14-parts-unavailable");
  }

  @Test
  void readsTheStationsLastDayAndTheForecastersDiscussionInLightAndDarkOnAPhoneToo()
      throws Exception {
    open("/weather?lat=47.6062&lon=-122.3321");

    browser.driver.findElement(By.cssSelector(".history details summary")).click();
    assertThat(texts(".history h2")).singleElement().asString().startsWith("Last 24 hours at ");
    assertThat(texts(".history .summary"))
        .singleElement()
        .asString()
        .matches("High -?\\d+°F \\(.+\\), low -?\\d+°F \\(.+\\); .+\\.");
    assertThat(texts(".history tbody th")).hasSize(24).allMatch(t -> t.matches("\\w{3} .+ [AP]M"));
    browser.assertAccessible("the forecast with the last 24 hours open");
    browser.darkMode(true);
    browser.assertAccessible("the last 24 hours in dark mode");
    browser.darkMode(false);

    WebElement page = browser.driver.findElement(By.tagName("html"));
    browser.driver.findElement(By.cssSelector(".discussion-link a")).click();
    waitFor().until(driver -> gone(page));
    assertThat(browser.driver.getCurrentUrl()).contains("/weather/discussion");
    assertThat(texts("h2")).contains("Area Forecast Discussion", "Hazardous Weather Outlook");
    browser.assertAccessible("the discussion");
    browser.darkMode(true);
    browser.assertAccessible("the discussion in dark mode");
    browser.screenshot("07-discussion-dark");

    browser.phone(true);
    browser.driver.navigate().refresh();
    Object overflow =
        browser.driver.executeScript(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(overflow).as("the discussion fits a phone's width").isEqualTo(false);
    browser.assertAccessible("the discussion on a phone in dark mode");
    browser.darkMode(false);
    browser.assertAccessible("the discussion on a phone");
    browser.phone(false);
  }

  @Test
  void asksWhichSpringfield() throws Exception {
    search("Springfield");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Which Springfield?");
    assertThat(texts(".choices a"))
        .startsWith("Springfield, MO", "Springfield, MA", "Springfield, IL");
    browser.assertAccessible("the choice between Springfields");
    browser.screenshot("07-which-springfield");
  }

  /**
   * The forecast's link to its run opens the run in the Temporal Web UI of the tests' dev server.
   */
  @Test
  void opensTheRunInTheTemporalWebUi() {
    open("/weather?lat=41.83&lon=-71.33");
    WebElement link =
        browser.driver.findElement(By.linkText("see its history in the Temporal Web UI"));
    assertThat(link.getAttribute("href")).startsWith(TestTemporal.uiUrl() + "/namespaces/");

    link.click();

    try {
      new WebDriverWait(browser.driver, Duration.ofSeconds(20))
          .until(
              driver ->
                  driver
                      .findElement(By.tagName("body"))
                      .getText()
                      .contains("forecast-41.83,-71.33-us"));
    } catch (RuntimeException e) {
      throw new AssertionError(
          browser.driver.getCurrentUrl()
              + "\n"
              + browser.driver.findElement(By.tagName("body")).getText(),
          e);
    }
    assertThat(browser.driver.getCurrentUrl()).contains("/workflows/forecast-41.83");
  }

  @Test
  void saysThereIsNoSuchPlace() throws Exception {
    search("Bostn");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("No place called Bostn");
    assertThat(texts(".choices a")).contains("Boston, MA");
    browser.assertAccessible("no such place");
    browser.screenshot("08-no-such-place");
  }

  @Test
  void explainsAPointOutsideCoverage() throws Exception {
    search("51.5074, -0.1278");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("No forecast for this place");
    assertThat(browser.driver.findElement(By.cssSelector(".message")).getText())
        .contains("covers the United States and its territories");
    browser.assertAccessible("a point outside coverage");
    browser.screenshot("09-outside-coverage");
  }

  @Test
  void explainsBadInput() throws Exception {
    search("Boston, XX");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("That location is not valid");
    browser.assertAccessible("bad input");
    browser.screenshot("10-bad-input");
  }

  @Test
  void showsTheRunsProgressWhileNwsIsSlowThenTheForecastByItself() throws Exception {
    slowNorton();

    open("/weather?lat=41.88&lon=-71.27");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .startsWith("Fetching the forecast for");
    assertThat(texts(".steps li")).contains("7-day forecast: asking the National Weather Service");
    browser.assertAccessible("the progress page");
    browser.screenshot("11-progress");
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".grid")));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/weather/runs/forecast-41.88,-71.27-us");
    assertThat(browser.driver.findElement(By.cssSelector(".grid")).getText())
        .isEqualTo("BOX 70,82");
    browser.assertAccessible("the forecast a run turned into");
  }

  @Test
  void turnsTheProgressPageIntoTheForecastWithoutJavaScriptToo() throws Exception {
    slowNorton();
    try (Browser plain = new Browser(false)) {
      plain.driver.get("http://localhost:" + port + "/weather?lat=41.87&lon=-71.28");

      assertThat(plain.driver.findElement(By.tagName("h1")).getText())
          .startsWith("Fetching the forecast for");
      plain.screenshot("12-progress-without-javascript");
      new WebDriverWait(plain.driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".grid")));
      assertThat(plain.driver.findElement(By.cssSelector(".grid")).getText())
          .isEqualTo("BOX 70,82");
    }
  }

  /**
   * The 7-day forecast at a desktop's, a tablet's and a phone's width: every day a row of the same
   * width, nothing wider than the page, and no word of a day's name, forecast, chance or wind alone
   * on a line (as "Chance / of / precipitation / 30%" once was).
   */
  @Test
  @SuppressWarnings("unchecked")
  void readsTheSevenDayForecastAtEveryWidth() throws Exception {
    for (int width : new int[] {1280, 768, 390}) {
      for (String place : List.of("Norton, MA", "Denver, CO", "Seattle, WA", "Boston, MA")) {
        browser.viewport(width, 900, width < 500);
        open("/weather?q=" + place.replace(" ", "%20"));

        Map<String, Object> layout =
            (Map<String, Object>)
                browser.driver.executeScript(
                    """
            const days = [...document.querySelectorAll('.days > .day')];
            const widths = new Set(days.map(d => Math.round(d.getBoundingClientRect().width)));
            const overflowing = [document.documentElement, ...days, ...document.querySelectorAll('.day .half')]
                .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.className || e.tagName);
            // For each element of more than one word, the words that sit alone on a line of their own.
            const alone = [];
            for (const e of document.querySelectorAll(
                '.day h3, .day .short > span:not(.visually-hidden), .day .facts > span, .today p, .alert .times')) {
              const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
              const words = [];
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (n.parentElement.closest('.visually-hidden')) continue;
                for (const m of n.textContent.matchAll(/\\S+/g)) {
                  const r = document.createRange();
                  r.setStart(n, m.index);
                  r.setEnd(n, m.index + m[0].length);
                  const box = r.getBoundingClientRect();
                  if (box.width > 0) words.push({word: m[0], middle: (box.top + box.bottom) / 2, box});
                }
              }
              // Words share a line when one's middle lies within the other's height (sizes differ in a line).
              const lines = [];
              words.forEach(w => { const line = lines.find(l => w.middle > l.box.top && w.middle < l.box.bottom);
                if (line) line.words.push(w.word); else lines.push({box: w.box, words: [w.word]}); });
              if (words.length > 1 && lines.length > 1) {
                lines.forEach(l => { if (l.words.length === 1) alone.push(l.words[0] + ' in "' + e.textContent.trim() + '"'); });
              }
            }
            // The drops drawn at the size their markup gives them (the rule that shrinks a phone's day icons once
            // grew them to 40 px).
            const resized = [...document.querySelectorAll('.facts img, .precipitation img')]
                .filter(i => Math.round(i.getBoundingClientRect().width) !== Number(i.getAttribute('width')))
                .map(i => i.parentElement.className + ' ' + Math.round(i.getBoundingClientRect().width) + ' px');
            // The longer names NWS gives a period, on one line in the name's place (which name a row has depends on
            // the hour the test runs: "Tonight" in the evening, "This Afternoon" after noon).
            const name = document.querySelector('.days > .day h3');
            const kept = name.textContent;
            const wrapped = ['This Afternoon', 'Thanksgiving Day', 'Christmas Day', 'Independence Day'].filter(text => {
              name.textContent = text;
              const range = document.createRange();
              range.selectNodeContents(name);
              return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
            });
            name.textContent = kept;
            return {days: days.length, widths: [...widths], overflowing, alone, resized, wrapped};""");
        String at = place + " at " + width + " px";
        assertThat(((Number) layout.get("days")).intValue())
            .as("days of %s", at)
            .isGreaterThanOrEqualTo(6);
        assertThat((List<Object>) layout.get("widths"))
            .as("every day's row as wide as the others, %s", at)
            .hasSize(1);
        assertThat((List<Object>) layout.get("overflowing"))
            .as("wider than its box, %s", at)
            .isEmpty();
        assertThat((List<Object>) layout.get("alone"))
            .as("words alone on a line, %s", at)
            .isEmpty();
        assertThat((List<Object>) layout.get("resized"))
            .as("images not at their own size, %s", at)
            .isEmpty();
        assertThat((List<Object>) layout.get("wrapped"))
            .as("day names on more than one line, %s", at)
            .isEmpty();
        if (place.startsWith("Norton")) {
          browser.assertAccessible("the forecast at " + width + " px");
          browser.screenshot("15-week-" + width);
        }
      }
    }
    browser.phone(false);
  }

  /**
   * Nothing moves when "Use my location" appears: the search box and its hint sit where they do
   * without JavaScript, where the button never shows; and the placeholder fits the box on a phone.
   */
  @Test
  @SuppressWarnings("unchecked")
  void keepsThePlaceOfUseMyLocationAndThePlaceholderFitsAPhone() throws Exception {
    String where =
        "const r = s => { const b = document.querySelector(s).getBoundingClientRect();"
            + " return [Math.round(b.left), Math.round(b.top), Math.round(b.width)]; };"
            + " return {box: r('#q'), hint: r('#q-hint'), search: r('button[type=submit]')};";
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("permissions", List.of("geolocation"), "origin", "http://localhost:" + port));
    open("/");
    assertThat(browser.driver.findElement(By.id("locate")).isDisplayed()).isTrue();
    Object withScript = browser.driver.executeScript(where);
    try (Browser plain = new Browser(false)) {
      plain.driver.get("http://localhost:" + port + "/");
      assertThat(plain.driver.findElement(By.id("locate")).isDisplayed())
          .as("without JavaScript")
          .isFalse();
      assertThat(plain.driver.executeScript(where))
          .as("where the search sits with and without the button")
          .isEqualTo(withScript);
    }

    browser.viewport(390, 844, true);
    open("/");
    Map<String, Number> placeholder =
        (Map<String, Number>)
            browser.driver.executeScript(
                """
        const q = document.getElementById('q');
        const style = getComputedStyle(q);
        const context = document.createElement('canvas').getContext('2d');
        context.font = style.font;
        const room = q.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return {text: context.measureText(q.placeholder).width, room};""");
    assertThat(placeholder.get("text").doubleValue())
        .as("the placeholder's width in px on a phone")
        .isLessThanOrEqualTo(placeholder.get("room").doubleValue());
    browser.phone(false);
  }

  /**
   * WCAG's 3:1 for graphics, which axe does not check: the bars (their fill blended with the page
   * at its opacity) and the temperature line against the page.
   */
  @SuppressWarnings("unchecked")
  private void assertChartContrast(String mode) {
    Map<String, Number> ratios =
        (Map<String, Number>)
            browser.driver.executeScript(
                """
        const rgb = c => c.match(/[\\d.]+/g).map(Number).slice(0, 3);
        const lum = c => c.map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
        const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
        const page = rgb(getComputedStyle(document.body).backgroundColor);
        const bars = getComputedStyle(document.querySelector('.chart .bars rect'));
        const opacity = parseFloat(bars.fillOpacity);
        const bar = rgb(bars.fill).map((v, i) => v * opacity + page[i] * (1 - opacity));
        const line = rgb(getComputedStyle(document.querySelector('.chart .temperature')).stroke);
        return {bars: ratio(bar, page), line: ratio(line, page)};""");
    assertThat(ratios)
        .as("the chart's contrast with the page in %s mode", mode)
        .allSatisfy((part, ratio) -> assertThat(ratio.doubleValue()).isGreaterThanOrEqualTo(3.0));
  }

  /** Norton's forecast takes NWS 4 s, twice the page's wait. */
  private void slowNorton() {
    String forecast = "/gridpoints/BOX/70,82/forecast";
    nws.stubFor(
        WireMock.get(WireMock.urlPathEqualTo(forecast))
            .atPriority(0)
            .willReturn(
                WireMock.okJson(NwsFixtures.body(forecast, Instant.now())).withFixedDelay(4000)));
  }

  @Test
  void usesTheBrowsersLocationWithTheKeyboardAndRemembersRecentPlaces() throws Exception {
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("permissions", List.of("geolocation"), "origin", "http://localhost:" + port));
    browser.driver.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", 41.967, "longitude", -71.189, "accuracy", 10));
    try {
      open("/");
      WebElement locate = browser.driver.findElement(By.id("locate"));
      assertThat(locate.isDisplayed()).as("shown where the browser can locate itself").isTrue();

      locate.sendKeys(Keys.ENTER);

      waitFor().until(ExpectedConditions.urlContains("/weather?lat=41.9670&lon=-71.1890"));
      waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Norton, MA"));
      search("02134");
      open("/");
      assertThat(texts(".recent a"))
          .as("named as their pages are")
          .containsExactly("Allston, MA 02134", "Norton, MA");
      assertThat(texts(".glances h3")).containsExactly("Allston, MA 02134", "Norton, MA");
      assertThat(texts(".glances .temperature"))
          .hasSize(2)
          .allMatch(t -> t.matches("(High |Low )?-?\\d+°F"));
      browser.screenshot("13-recent-places");
      browser.assertAccessible("the search page with recent places and the location button");
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
    }
  }

  /** Types into the search box and presses Enter, as a person without the suggestions would. */
  private void search(String text) {
    WebElement page = browser.driver.findElement(By.tagName("html"));
    WebElement search = browser.driver.findElement(By.id("q"));
    search.clear();
    search.sendKeys(text, Keys.ENTER);
    waitFor().until(driver -> gone(page));
  }

  /**
   * Whether the page an element was on has been left. Chromium says so as a stale element, or,
   * caught mid-navigation, as a node that "does not belong to the document", which Selenium's
   * stalenessOf does not take for an answer.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private void open(String path) {
    browser.driver.get("http://localhost:" + port + path);
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(10));
  }

  private static List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }
}
