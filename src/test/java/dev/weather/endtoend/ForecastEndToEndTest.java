package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

/**
 * The whole app as it runs: real HTTP in, Temporal's dev server in real time, the worker, the
 * activities and WireMock playing NWS. The retry budget is cut to 4 s so that giving up is quick to
 * watch, and pages wait for the whole run. Reports are cached per point, so each test that needs
 * NWS to be asked uses a point of its own near Norton (any point near a fixture gets that fixture's
 * answers).
 */
@EndToEnd(
    properties = {
      "weather.retry.total=4s",
      "weather.retry.initial-interval=1s",
      "weather.web.wait=8s"
    })
class ForecastEndToEndTest {

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";

  private final WireMockServer nws;
  private final App app;

  ForecastEndToEndTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.app = app;
  }

  @Test
  void showsTheForecastPeriodsForNorton() throws Exception {
    HttpResponse<String> page = app.open("/weather?lat=41.967&lon=-71.189");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "<h1>Norton, MA</h1>",
            "BOX 70,82",
            "Eastern Time",
            "Air Quality Alert",
            "<svg role=\"img\"",
            "Temperature from",
            "<summary>Hour by hour: feels like",
            "<th scope=\"col\">Sky cover</th>",
            "<h2 id=\"history-heading\">Last 24 hours at Norwood Memorial Airport</h2>")
        .containsPattern("High -?\\d+°F \\(\\w{3} \\d+ [AP]M\\), low -?\\d+°F")
        .containsPattern("Next 3 days: \\d+\\.\\d\\d in of precipitation")
        .containsPattern("Precipitation \\d+\\.\\d\\d in</span>")
        .doesNotContain("could not be loaded");
    assertThat(page.body().split("<li class=\"day\"")).hasSizeGreaterThan(6);
  }

  @Test
  void retriesATransient500WithRealBackoffIntoAForecast() throws Exception {
    NwsStub.failOnceThenServe(nws, FORECAST, Clock.systemUTC());

    HttpResponse<String> page = app.open("/weather?lat=41.97&lon=-71.19");

    assertThat(page.statusCode()).isEqualTo(200);
    List<LoggedRequest> calls = nws.findAll(getRequestedFor(urlPathEqualTo(FORECAST)));
    assertThat(calls).hasSize(2);
    Duration pause =
        Duration.between(
            calls.get(0).getLoggedDate().toInstant(), calls.get(1).getLoggedDate().toInstant());
    assertThat(pause)
        .as("the embedded server keeps real time, so backoff is real")
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void answersAReadable503WithinTheBudgetWhenTheGridStaysExpired() throws Exception {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "Expired.")));
    long start = System.nanoTime();

    HttpResponse<String> page = app.open("/weather?lat=41.96&lon=-71.18");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body())
        .contains("The National Weather Service is not answering, try again shortly.", "fixture-")
        .doesNotContain("Exception", "Whitelabel");
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo(FORECAST)))).hasSizeGreaterThan(1);
  }

  /**
   * The real server sets a retrying step's next attempt time (Temporal's in-memory test server does
   * not), so the progress says when it comes.
   */
  @Test
  void saysWhenARetryingStepTriesAgain() throws Exception {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "Expired.")));
    app.client()
        .sendAsync(
            app.request("/api/forecast?lat=41.95&lon=-71.17").build(),
            HttpResponse.BodyHandlers.discarding());
    Pattern retrying =
        Pattern.compile(
            "attempt \\d+ in \\d+ s; last time the National Weather Service answered 503 \\(Forecast Grid Expired\\)");

    await()
        .atMost(Duration.ofSeconds(4))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> retrying.matcher(app.open("/api/runs/forecast-41.95,-71.17-us").body()).find());
  }

  @Test
  void findsPlacesByNameZipAndPoint() throws Exception {
    assertThat(app.open("/weather?q=Boston,%20MA"))
        .satisfies(ok("<h1>Boston, MA</h1>", "BOX 71,90"));
    assertThat(app.open("/weather?q=02134"))
        .satisfies(ok("<h1>Allston, MA</h1>", "ZIP code 02134"));
    assertThat(app.open("/weather?q=42.36,%20-71.06")).satisfies(ok("<h1>Boston, MA</h1>"));
    assertThat(app.open("/weather?q=Springfield")).satisfies(ok("Which Springfield?"));
  }

  @Test
  void answersInCelsiusWhenAsked() throws Exception {
    HttpResponse<String> page = app.open("/weather?q=Boston,%20MA&units=si");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("°C</span>", "km/h").doesNotContain("°F</span>", "mph;");
    assertThat(page.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("units=si"));
  }

  @Test
  void sendsPagesStylesAndScriptsCompressedToClientsThatAcceptIt() throws Exception {
    HttpResponse<byte[]> page =
        app.send(
            app.request("/weather?lat=41.969&lon=-71.187", "Accept", "text/html")
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(page.headers().firstValue("ETag"))
        .hasValueSatisfying(etag -> assertThat(etag).startsWith("W/"));
    String html =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(), UTF_8);
    assertThat(html).contains("<h1>Norton, MA</h1>");
    assertThat(page.body().length)
        .as("bytes sent for %d of HTML", html.length())
        .isLessThan(html.length() / 3);
    Matcher css = Pattern.compile("href=\"(/assets/css/weather-[0-9a-f]+\\.css)\"").matcher(html);
    assertThat(css.find()).isTrue();
    HttpResponse<byte[]> style =
        app.send(
            app.request(css.group(1), "Accept", "text/css")
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(style.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(
            app.open(css.group(1), "Accept", "text/css").headers().firstValue("Content-Encoding"))
        .as("not to a client that does not say it accepts gzip")
        .isEmpty();
  }

  @Test
  void describesEachPageAndLeadsFaviconIcoToTheAppsIcon() throws Exception {
    assertThat(app.open("/weather?q=Boston,%20MA").body())
        .contains(
            "<meta name=\"description\" content=\"The National Weather Service forecast for Boston, MA:",
            "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/icons/favicon-");
    assertThat(app.open("/").body())
        .contains("<meta name=\"description\" content=\"National Weather Service forecasts");

    HttpResponse<String> favicon = app.open("/favicon.ico", "Accept", "image/*");
    assertThat(favicon.statusCode()).isEqualTo(301);
    String icon = favicon.headers().firstValue("Location").orElseThrow();
    assertThat(icon).matches("/assets/icons/favicon-[0-9a-f]+\\.svg");
    HttpResponse<String> svg = app.open(icon, "Accept", "image/*");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
  }

  @Test
  void answersABrowserThatHasTheForecastAlready304WithoutIt() throws Exception {
    String norton = "/weather?lat=41.968&lon=-71.188";
    HttpResponse<String> page = app.open(norton);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache, private");

    // The page prints the time ("27 minutes ago", the chart's now): retried in case it moved
    // between the two.
    HttpResponse<String> again = page;
    for (int i = 0; i < 3 && again.statusCode() != 304; i++) {
      String etag = app.open(norton).headers().firstValue("ETag").orElseThrow();
      again =
          app.send(
              app.request(norton, "Accept", "text/html").header("If-None-Match", etag).build(),
              HttpResponse.BodyHandlers.ofString());
    }
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> other =
        app.send(
            app.request(norton, "Accept", "text/html").header("If-None-Match", "\"0123\"").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).contains("<h1>Norton, MA</h1>");
  }

  @Test
  void isReadyForTraffic() throws Exception {
    assertThat(app.open("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  @Test
  void answersAReadable404ForAPointOutsideCoverage() throws Exception {
    HttpResponse<String> page = app.open("/weather?lat=51.5074&lon=-0.1278");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("covers the United States and its territories");
  }

  @Test
  void answersAReadable400ForGarbage() throws Exception {
    HttpResponse<String> page = app.open("/weather?lat=banana&lon=-71.189");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("latitude (lat) must be a number").doesNotContain("banana");
  }

  @Test
  void showsItsOwnPageForAnUnknownAddress() throws Exception {
    HttpResponse<String> page = app.open("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("There is no page here", "Find another place")
        .doesNotContain("Whitelabel");
  }

  private static ThrowingConsumer<HttpResponse<String>> ok(String... words) {
    return page -> {
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(words);
    };
  }
}
