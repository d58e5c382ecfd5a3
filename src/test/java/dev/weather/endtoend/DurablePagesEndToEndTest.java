package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.weather.MovableClock;
import dev.weather.TestTemporal;
import dev.weather.demo.NwsFixtures;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The durable behaviour a person sees, through real parts: real HTTP in, Temporal's dev server in
 * real time, WireMock as NWS answering {@code Cache-Control: max-age=300}. Pages wait 1 s for a
 * run, the retry budget is 10 s, and the app's clock can be moved forward so cached reports expire.
 * Reports are cached per point, so each test asks for a point of its own (a point near a fixture
 * gets that fixture's answers).
 */
@EndToEnd(
    properties = {
      // The crowd below is 250 people, from one address here.
      "weather.web.max-connections-per-address=0",
      "weather.web.wait=1s",
      "weather.retry.total=10s",
      "weather.retry.initial-interval=500ms",
      "spring.main.allow-bean-definition-overriding=true"
    })
class DurablePagesEndToEndTest {

  private static final String BOX_FORECAST = "/gridpoints/BOX/70,82/forecast";

  /**
   * What a page shows once Norton's grid forecast is on it (the points around Norton have other
   * names).
   */
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";

  private static final String DENVER_FORECAST = "/gridpoints/BOU/63,62/forecast";

  @TestConfiguration(proxyBeanMethods = false)
  static class Time {
    @Bean
    @Primary
    MovableClock clock() {
      return new MovableClock();
    }
  }

  private final WireMockServer nws;
  private final App app;

  DurablePagesEndToEndTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.app = app;
  }

  @Autowired private MovableClock clock;

  @Test
  void fiftyConcurrentFirstViewsMakeOneRequestPerNwsEndpointAndRepeatsMakeNone() {
    String page = "/weather?lat=41.95&lon=-71.2";
    List<CompletableFuture<HttpResponse<String>>> views = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      views.add(
          app.client().sendAsync(app.request(page).build(), HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> pages = views.stream().map(CompletableFuture::join).toList();

    assertThat(pages).allSatisfy(p -> assertThat(p.statusCode()).isEqualTo(200));
    assertThat(pages).anySatisfy(p -> assertThat(p.body()).contains(NORTON_FORECAST));
    assertOneRequestEach(
        "/points/41.95,-71.2", BOX_FORECAST, BOX_FORECAST + "/hourly", "/alerts/active");

    for (int i = 0; i < 20; i++) {
      assertThat(app.open(page).body()).contains(NORTON_FORECAST);
    }
    clock.advance(Duration.ofMinutes(3));
    assertThat(app.open("/api/forecast?lat=41.95&lon=-71.2").body())
        .contains("\"state\":\"fresh\"");
    assertOneRequestEach(
        "/points/41.95,-71.2", BOX_FORECAST, BOX_FORECAST + "/hourly", "/alerts/active");

    clock.advance(Duration.ofMinutes(3)); // past NWS's max-age=300: the report is asked for again
    assertThat(app.open(page).statusCode()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                nws.findAll(getRequestedFor(urlPathEqualTo(BOX_FORECAST + "/hourly"))).size() == 2);
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo(BOX_FORECAST)))).hasSize(2);
  }

  @Test
  void aViewInAReportsLastQuarterRefreshesItInTheBackgroundForTheNextViewer() {
    String api = "/api/forecast?lat=41.86&lon=-71.29";
    String before = asOf(app.open(api).body());
    int fetched = nws.findAll(getRequestedFor(urlPathEqualTo(BOX_FORECAST))).size();
    nws.stubFor(
        get(urlPathEqualTo(BOX_FORECAST))
            .atPriority(0)
            .willReturn(
                okJson(NwsFixtures.body(BOX_FORECAST, Instant.now())).withFixedDelay(3000)));
    clock.advance(Duration.ofMinutes(4)); // a minute left of NWS's max-age=300

    String near = app.open(api).body();

    assertThat(near)
        .as("answered with the report it had, not after the 3 s refresh")
        .contains("\"state\":\"fresh\"");
    assertThat(asOf(near)).isEqualTo(before);
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !asOf(app.open(api).body()).equals(before));
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo(BOX_FORECAST))))
        .as("one refresh")
        .hasSize(fetched + 1);
  }

  /**
   * Views a place until its forecast is in: an app's first run may take longer than the page's 1 s
   * wait on a busy machine (classes loading, the JIT cold), which is not what these tests are
   * about.
   */
  private void warm(String page) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> app.open(page).body().contains(NORTON_FORECAST));
  }

  private static String asOf(String json) {
    Matcher m = Pattern.compile("\"asOf\":\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as("asOf in %s", json).isTrue();
    return m.group(1);
  }

  @Test
  void slowNwsGetsAProgressPageWithinTheWaitThatTurnsIntoTheForecast() {
    nws.stubFor(
        get(urlPathEqualTo(BOX_FORECAST))
            .atPriority(0)
            .willReturn(
                okJson(NwsFixtures.body(BOX_FORECAST, Instant.now())).withFixedDelay(3000)));
    long start = System.nanoTime();

    HttpResponse<String> first = app.open("/weather?lat=41.94&lon=-71.21");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    assertThat(first.statusCode()).isEqualTo(200);
    String run = "/weather/runs/forecast-41.94,-71.21-us";
    assertThat(first.body())
        .contains(
            "Fetching the forecast for", "7-day forecast", "asking the National Weather Service")
        .contains("<meta http-equiv=\"refresh\" content=\"3;url=" + run + "\">")
        .contains("data-poll=\"/api/runs/forecast-41.94,-71.21-us\"");

    HttpResponse<String> accepted = app.open("/api/runs/forecast-41.94,-71.21-us");
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(accepted.headers().firstValue("Retry-After")).contains("1");
    assertThat(accepted.body()).contains("\"state\":\"fetching\"", "\"step\":\"forecast\"");

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> app.open(run).body().contains(NORTON_FORECAST));
    HttpResponse<String> done = app.open("/api/runs/forecast-41.94,-71.21-us");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("\"state\":\"fresh\"", "\"stale\":false");
  }

  @Test
  void theJsonApiAnswers202WithTheRunsAddressWhenNwsIsSlow() {
    nws.stubFor(
        get(urlPathEqualTo(BOX_FORECAST))
            .atPriority(0)
            .willReturn(
                okJson(NwsFixtures.body(BOX_FORECAST, Instant.now())).withFixedDelay(2500)));

    HttpResponse<String> accepted = app.open("/api/forecast?lat=41.93&lon=-71.22");

    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(accepted.headers().firstValue("Location"))
        .contains("/api/runs/forecast-41.93,-71.22-us");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> app.open("/api/runs/forecast-41.93,-71.22-us").statusCode() == 200);
  }

  @Test
  void showsTheLastForecastMarkedWhileNwsFailsAndRestsThePlace() {
    String page = "/weather?lat=41.92&lon=-71.23";
    assertThat(app.open(page).body()).contains(NORTON_FORECAST).doesNotContain("class=\"notice\"");
    nws.stubFor(
        get(urlPathEqualTo(BOX_FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    clock.advance(Duration.ofMinutes(6));

    HttpResponse<String> updating = app.open(page);

    assertThat(updating.statusCode()).isEqualTo(200);
    assertThat(updating.body())
        .contains(
            NORTON_FORECAST,
            "; checking for a newer one",
            "/weather/runs/forecast-41.92,-71.23-us");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> app.open(page).body().contains("is not answering right now"));
    int asked = nws.findAll(getRequestedFor(urlPathEqualTo(BOX_FORECAST))).size();

    HttpResponse<String> stale = app.open(page);
    HttpResponse<String> api = app.open("/api/forecast?lat=41.92&lon=-71.23");

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains(NORTON_FORECAST, "the National Weather Service is not answering right now");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("\"stale\":true", "\"asOf\":\"", "\"state\":\"not-answering\"");
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo(BOX_FORECAST))))
        .as("the place rests for the failure backoff")
        .hasSize(asked);
  }

  @Test
  void aCrowdAskingForAFailingPlaceDoesNotSlowOtherPagesOrTheProbes() {
    warm("/weather?lat=41.89&lon=-71.26");
    nws.stubFor(
        get(urlPathEqualTo(DENVER_FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "Expired.")));
    List<CompletableFuture<HttpResponse<String>>> crowd = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      crowd.add(
          app.client()
              .sendAsync(
                  app.request("/weather?lat=39.7392&lon=-104.9903").build(),
                  HttpResponse.BodyHandlers.ofString()));
    }

    long start = System.nanoTime();
    HttpResponse<String> other = app.open("/weather?lat=41.91&lon=-71.24");
    HttpResponse<String> liveness = app.open("/actuator/health/liveness");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(other.body()).contains(NORTON_FORECAST);
    assertThat(liveness.statusCode()).isEqualTo(200);
    // Generous for a noisy machine: before, every view of the failing place held a server thread
    // for the whole
    // 10 s retry budget, and the other page queued behind them.
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    List<HttpResponse<String>> answers = crowd.stream().map(CompletableFuture::join).toList();
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.statusCode()).isEqualTo(200);
              assertThat(a.body()).contains("Fetching the forecast for");
            });
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo(DENVER_FORECAST))).size())
        .as("one run retried for the whole crowd")
        .isBetween(1, 8);
  }

  @Test
  void sendsAnOutdatedRunsPageOnToThePlaceByPathWhateverHostTheRequestNames() throws Exception {
    warm("/weather?lat=41.89&lon=-71.26");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.open("/api/runs/forecast-41.89,-71.26-us").statusCode() == 200);
    clock.advance(Duration.ofMinutes(6)); // past NWS's max-age=300: the run's report is out of date
    // Once the app has seen so (a look at Temporal that outlasts its deadline on a busy machine
    // shows the cached report
    // instead, as it should).
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> app.open("/api/runs/forecast-41.89,-71.26-us").statusCode() == 303);

    String response;
    try (Socket socket = new Socket("localhost", app.port())) {
      socket
          .getOutputStream()
          .write(
              ("GET /weather/runs/forecast-41.89,-71.26-us HTTP/1.1\r\nHost: evil.example\r\n"
                      + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }

    assertThat(response)
        .startsWith("HTTP/1.1 302")
        .contains("\r\nLocation: /weather?")
        .doesNotContain("evil.example");
  }

  @Test
  void healthAndPrometheusShowTemporalAndNws() {
    HttpResponse<String> health = app.open("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains(
            "\"temporal\":{",
            "\"reachable\":true",
            "\"workersStarted\":true",
            "\"server\":\"" + TestTemporal.target() + "\"",
            "\"namespace\":\"durablepagesendtoendtest-");
    assertThat(app.open("/actuator/health/liveness").body()).doesNotContain("temporal");

    String nwsForecasts =
        "weather_nws_requests_seconds_count\\{endpoint=\"forecast\",outcome=\"ok\",status=\"200\"\\}";
    String workflowsCompleted =
        "temporal_workflow_completed_total\\{[^}]*workflow_type=\"WeatherWorkflow\"[^}]*\\}";
    String before = app.open("/actuator/prometheus", "Accept", "text/plain").body();
    assertThat(app.open("/weather?lat=41.90&lon=-71.25").body()).contains(NORTON_FORECAST);

    // The page shows the forecast as soon as it is in; the run completes once the hourly forecast
    // and alerts are too.
    // Runs of the tests before may still be retrying in the background, so at least this one is
    // counted.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String metrics = app.open("/actuator/prometheus", "Accept", "text/plain").body();
              assertThat(counter(metrics, nwsForecasts))
                  .isGreaterThanOrEqualTo(counter(before, nwsForecasts) + 1);
              assertThat(counter(metrics, workflowsCompleted))
                  .isGreaterThanOrEqualTo(counter(before, workflowsCompleted) + 1);
            });
    String metrics = app.open("/actuator/prometheus", "Accept", "text/plain").body();
    assertThat(metrics)
        .contains(
            "temporal_",
            "weather_cache_lookups_total{result=\"miss\"}",
            "weather_runs_total{how=\"started\"}");
    // Started eagerly: the run's first workflow task came with the start, not from a poll, so it
    // has no
    // schedule-to-start latency (every task has one when no start is eager).
    String tasks = "temporal_workflow_task_execution_latency_seconds_count\\{[^}]*\\}";
    String polled = "temporal_workflow_task_schedule_to_start_latency_seconds_count\\{[^}]*\\}";
    assertThat(counter(metrics, tasks) - counter(before, tasks))
        .isGreaterThan(counter(metrics, polled) - counter(before, polled));
  }

  /** The sum of every sample of the series (a regular expression of its name and labels). */
  private static double counter(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return sum;
  }

  private void assertOneRequestEach(String... paths) {
    for (String path : paths) {
      assertThat(nws.findAll(getRequestedFor(urlPathEqualTo(path)))).as(path).hasSize(1);
    }
  }
}
