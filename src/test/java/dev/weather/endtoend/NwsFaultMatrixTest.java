package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Coordinates;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What NWS can do wrong, at each endpoint the app calls, and what a person then sees: every case
 * runs a real workflow in the app against WireMock playing NWS, for a place of its own, and asserts
 * the page's status and words and how many requests NWS received. The points and the forecast are
 * needed for a page; the hourly forecast, the alerts, the raw grid, the station's last day and the
 * discussion are not, and a page without them says so. Retry timings are shortened; their shapes
 * are the app's.
 */
@EndToEnd(
    properties = {
      "weather.retry.total=4s",
      "weather.retry.initial-interval=200ms",
      "weather.retry.maximum-interval=1s",
      "weather.retry.attempt-timeout=2s",
      "weather.nws.read-timeout=1s",
      "weather.web.wait=20s"
    })
class NwsFaultMatrixTest {

  /** Another host: a redirect must never reach it. */
  @RegisterExtension static WireMockExtension elsewhere = NwsStub.extension();

  /** Norton, MA: each case's point and grid answer as this point and its grid do. */
  private static final String NORTON = "/points/41.967,-71.189";

  private static final String NORTON_GRID = "/gridpoints/BOX/70,82";

  /** Norton's stations: Taunton reports no temperature, so Norwood's day is the one asked for. */
  private static final List<String> NORTON_STATIONS = List.of("KTAN", "KOWD");

  /**
   * Each case asks for a point, an office, a grid cell and stations of its own, so no run, cache or
   * request count is shared: a run that ended early (its forecast failed) may still have a call in
   * flight that reaches NWS during the next case.
   */
  private static final AtomicInteger CASES = new AtomicInteger();

  private static final byte[] BOMB = gzippedSpaces(64);

  private static byte[] gzippedSpaces(int megabytes) {
    java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i < megabytes; i++) {
        gzip.write(spaces);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return packed.toByteArray();
  }

  /**
   * The endpoints; {@code spotChecked} ones meet only {@link #SPOT_CHECKS}: they share their
   * transport, limits and reading of errors with the others, so what is theirs alone is how the
   * page goes on without them.
   */
  enum Endpoint {
    POINTS(true, false, null, null),
    FORECAST(true, false, null, null),
    HOURLY(false, false, "<figure class=\"chart\"", "The hourly forecast could not be loaded"),
    ALERTS(false, false, "Air Quality Alert", "Alerts could not be loaded"),
    DETAIL(
        false,
        false,
        "Hour by hour: feels like",
        "Rain and snow amounts and the hour-by-hour detail could not be loaded"),
    HISTORY(
        false,
        true,
        "Last 24 hours at Norwood Memorial Airport",
        "The station's last 24 hours could not be loaded"),
    DISCUSSION(
        false,
        true,
        "href=\"/weather/discussion?",
        "The forecaster's discussion could not be loaded");

    final boolean required;
    final boolean spotChecked;
    final String shownWhenAnswered;
    final String noteWhenNot;

    Endpoint(boolean required, boolean spotChecked, String shownWhenAnswered, String noteWhenNot) {
      this.required = required;
      this.spotChecked = spotChecked;
      this.shownWhenAnswered = shownWhenAnswered;
      this.noteWhenNot = noteWhenNot;
    }

    String path(Place place) {
      return switch (this) {
        case POINTS -> "/points/" + place.point();
        case FORECAST -> place.grid() + "/forecast";
        case HOURLY -> place.grid() + "/forecast/hourly";
        case ALERTS -> "/alerts/active";
        case DETAIL -> place.grid();
        case HISTORY -> "/stations/" + place.station("KOWD") + "/observations";
        case DISCUSSION -> "/products/types/AFD/locations/" + place.office();
      };
    }

    /** The requests of this endpoint for this case's place only. */
    RequestPatternBuilder requested(Place place) {
      RequestPatternBuilder requests = getRequestedFor(urlPathEqualTo(path(place)));
      return this == ALERTS ? requests.withQueryParam("point", equalTo(place.point())) : requests;
    }

    MappingBuilder stub(Place place) {
      MappingBuilder stub = get(urlPathEqualTo(path(place)));
      return this == ALERTS ? stub.withQueryParam("point", equalTo(place.point())) : stub;
    }
  }

  /**
   * Case {@code n}'s point near Norton, MA ("41.9011,-71.2"), its office ("QAB", three letters as
   * NWS's are) and the grid cell NWS gives it ("/gridpoints/QAB/101,82").
   */
  record Place(int n, String point, String office, String grid) {

    static Place of(int n) {
      String office = "Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
      return new Place(
          n,
          Coordinates.degrees(41.9 + n * 0.0011) + ",-71.2",
          office,
          "/gridpoints/" + office + "/" + (100 + n) + ",82");
    }

    /** The case's own id for one of Norton's stations: "KOWD" becomes "KOWD101". */
    String station(String norton) {
      return norton + (100 + n);
    }

    String gridShown() {
      return "<span class=\"grid\">"
          + grid.substring("/gridpoints/".length()).replace('/', ' ')
          + "</span>";
    }
  }

  /** What the person is shown. */
  enum Outcome {
    FORECAST(200, null),
    NOT_ANSWERING(503, "The National Weather Service is not answering"),
    CANNOT_USE(502, "The National Weather Service sent an answer this app cannot use"),
    NO_FORECAST(404, "No forecast for this place");

    final int status;
    final String words;

    Outcome(int status, String words) {
      this.status = status;
      this.words = words;
    }
  }

  /**
   * A way NWS fails, the endpoints it applies to, the outcome, and the requests NWS then receives
   * ({@code AT_LEAST_3}: retried until the budget is spent). {@code once}: the next request is
   * answered normally.
   */
  enum Failure {
    ERROR_500_ONCE(
        true,
        Outcome.FORECAST,
        2,
        (e, p) ->
            NwsFixtures.problem(
                500, "UnexpectedProblem", "Unexpected Problem", "An unexpected problem.")),
    FORBIDDEN_HTML_ONCE(
        true,
        Outcome.FORECAST,
        2,
        (e, p) ->
            aResponse()
                .withStatus(403)
                .withHeader("Content-Type", "text/html")
                .withBody(
                    "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference #18.1</BODY></HTML>")),
    TOO_MANY_REQUESTS_ONCE(
        true,
        Outcome.FORECAST,
        2,
        (e, p) ->
            NwsFixtures.problem(429, "RateLimitExceeded", "Rate limit exceeded", "Slow down.")
                .withHeader("Retry-After", "2")),
    CONNECTION_RESET_ONCE(
        true, Outcome.FORECAST, 2, (e, p) -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    EMPTY_RESPONSE_ONCE(
        true, Outcome.FORECAST, 2, (e, p) -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
    MALFORMED_CHUNK_ONCE(
        true, Outcome.FORECAST, 2, (e, p) -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
    RANDOM_DATA_ONCE(
        true, Outcome.FORECAST, 2, (e, p) -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
    SLOWER_THAN_READ_TIMEOUT_ONCE(
        true, Outcome.FORECAST, 2, (e, p) -> okJson("{}").withFixedDelay(2_500)),
    GRID_EXPIRED_ALWAYS(
        false,
        Outcome.NOT_ANSWERING,
        Failure.AT_LEAST_3,
        (e, p) ->
            NwsFixtures.problem(
                503,
                "ForecastGridExpired",
                "Forecast Grid Expired",
                "The requested forecast grid was issued 2026-03-10T12:00:00+00:00 and has expired.")),
    MALFORMED_JSON(
        false, Outcome.CANNOT_USE, 3, (e, p) -> okJson("{\"properties\": {\"periods\": [")),
    HTML_WITH_200(
        false,
        Outcome.CANNOT_USE,
        3,
        (e, p) ->
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html>hi</html>")),
    REDIRECT_TO_ANOTHER_HOST(
        false,
        Outcome.CANNOT_USE,
        1,
        (e, p) ->
            aResponse().withStatus(302).withHeader("Location", elsewhere.baseUrl() + e.path(p))),
    NOT_FOUND(false, Outcome.NO_FORECAST, 1, Failure::notFound),
    NO_PERIODS(
        false,
        Outcome.CANNOT_USE,
        3,
        (e, p) -> okJson("{\"properties\": {\"periods\": []}}"),
        Endpoint.FORECAST,
        Endpoint.HOURLY),
    ONLY_ENDED_PERIODS(
        false,
        Outcome.CANNOT_USE,
        3,
        (e, p) -> okJson(endedPeriods()),
        Endpoint.FORECAST,
        Endpoint.HOURLY),
    /** Longer than the app reads (2 MB): JSON that would parse, after 3 MB of white space. */
    TOO_LARGE(false, Outcome.CANNOT_USE, 3, (e, p) -> okJson(" ".repeat(3 << 20) + "{}")),
    /** 64 MB of spaces gzipped to 64 KB: unpacked only as far as the 2 MB the app reads. */
    GZIP_BOMB(
        false,
        Outcome.CANNOT_USE,
        3,
        (e, p) ->
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/geo+json")
                .withHeader("Content-Encoding", "gzip")
                .withBody(BOMB)),
    MOVED_TO_THE_ROUNDED_POINT(
        false,
        Outcome.FORECAST,
        1,
        (e, p) ->
            aResponse()
                .withStatus(301)
                .withHeader("Location", nwsUrl() + "/points/" + rounded(p.point())),
        Endpoint.POINTS);

    static final int AT_LEAST_3 = -1;

    final boolean once;
    final Outcome outcome;
    final int requests;
    final BiFunction<Endpoint, Place, ResponseDefinitionBuilder> answer;
    final List<Endpoint> endpoints;

    Failure(
        boolean once,
        Outcome outcome,
        int requests,
        BiFunction<Endpoint, Place, ResponseDefinitionBuilder> answer,
        Endpoint... endpoints) {
      this.once = once;
      this.outcome = outcome;
      this.requests = requests;
      this.answer = answer;
      this.endpoints = endpoints.length == 0 ? List.of(Endpoint.values()) : List.of(endpoints);
    }

    /** NWS's 404s: a point outside coverage; a marine grid cell; anything else not found. */
    private static ResponseDefinitionBuilder notFound(Endpoint endpoint, Place place) {
      return switch (endpoint) {
        case POINTS ->
            NwsFixtures.problem(
                404,
                "InvalidPoint",
                "Data Unavailable For Requested Point",
                "Unable to provide data for requested point " + place.point());
        case FORECAST, HOURLY, DETAIL ->
            NwsFixtures.problem(
                404,
                "MarineForecastNotSupported",
                "Marine Forecast Not Supported",
                "Forecasts for marine areas are not supported on this endpoint.");
        case ALERTS, HISTORY, DISCUSSION ->
            NwsFixtures.problem(404, "NotFound", "Not Found", "Not found.");
      };
    }
  }

  /** One failure of each kind of outcome and of each way of retrying. */
  private static final Set<Failure> SPOT_CHECKS =
      EnumSet.of(
          Failure.ERROR_500_ONCE,
          Failure.GRID_EXPIRED_ALWAYS,
          Failure.MALFORMED_JSON,
          Failure.REDIRECT_TO_ANOTHER_HOST,
          Failure.NOT_FOUND);

  static Stream<Arguments> cases() {
    return Arrays.stream(Failure.values())
        .flatMap(
            failure ->
                failure.endpoints.stream()
                    .filter(endpoint -> !endpoint.spotChecked || SPOT_CHECKS.contains(failure))
                    .map(endpoint -> Arguments.of(endpoint, failure)));
  }

  /** The stub's address, for an answer that names it (the cases are built before a test runs). */
  private static String nwsUrl() {
    return WholeApp.nws(NwsFaultMatrixTest.class).baseUrl();
  }

  private final WireMockServer nws;
  private final App app;

  NwsFaultMatrixTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.app = app;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void showsWhatNwsLeavesUsWith(Endpoint endpoint, Failure failure) throws Exception {
    Place place = Place.of(CASES.incrementAndGet());
    playNortonAt(place);
    MappingBuilder request = endpoint.stub(place).atPriority(0);
    if (failure.once) {
      request =
          request
              .inScenario(failure.name())
              .whenScenarioStateIs(STARTED)
              .willSetStateTo("answered");
    }
    nws.stubFor(request.willReturn(failure.answer.apply(endpoint, place)));

    String[] point = place.point().split(",");
    HttpResponse<String> page = app.open("/weather?lat=" + point[0] + "&lon=" + point[1]);

    if (failure.outcome == Outcome.FORECAST) {
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(place.gridShown()).doesNotContain("could not be loaded");
      if (endpoint.shownWhenAnswered != null) {
        assertThat(page.body()).contains(endpoint.shownWhenAnswered);
      }
    } else if (endpoint.required) {
      assertThat(page.statusCode()).isEqualTo(failure.outcome.status);
      assertThat(page.body()).contains(failure.outcome.words).doesNotContain(place.gridShown());
    } else {
      assertThat(page.statusCode()).as("the page, without the optional part").isEqualTo(200);
      assertThat(page.body()).contains(place.gridShown(), endpoint.noteWhenNot);
    }
    List<LoggedRequest> received = nws.findAll(endpoint.requested(place));
    if (failure.requests == Failure.AT_LEAST_3) {
      assertThat(received).as("retried until the budget is spent").hasSizeGreaterThanOrEqualTo(3);
    } else {
      assertThat(received).hasSize(failure.requests);
    }
    if (failure == Failure.TOO_MANY_REQUESTS_ONCE) {
      long waited =
          received.get(1).getLoggedDate().getTime() - received.get(0).getLoggedDate().getTime();
      assertThat(waited).as("ms waited, as Retry-After says").isGreaterThanOrEqualTo(2_000);
    }
    if (failure == Failure.MOVED_TO_THE_ROUNDED_POINT) {
      assertThat(nws.findAll(getRequestedFor(urlPathEqualTo("/points/" + rounded(place.point())))))
          .hasSize(1);
    }
    assertThat(elsewhere.getAllServeEvents()).as("another host is never contacted").isEmpty();
  }

  /**
   * The case's point (and the point its 301 leads to) answer as Norton's does, but with the case's
   * own office and grid cell, whose raw grid, forecasts, stations (under the case's ids), station
   * observations and products are Norton's.
   */
  private void playNortonAt(Place place) {
    Instant now = Instant.now();
    String points =
        NwsFixtures.body(NORTON, now)
            .replace(NORTON_GRID, place.grid())
            .replaceFirst("\"gridId\"\\s*:\\s*\"BOX\"", "\"gridId\":\"" + place.office() + "\"")
            .replaceFirst("\"gridX\"\\s*:\\s*70", "\"gridX\":" + (100 + place.n()));
    for (String point : List.of(place.point(), rounded(place.point()))) {
      nws.stubFor(get(urlPathEqualTo("/points/" + point)).atPriority(1).willReturn(okJson(points)));
    }
    for (String part : List.of("", "/forecast", "/forecast/hourly")) {
      serveAs(place.grid() + part, NwsFixtures.body(NORTON_GRID + part, now));
    }
    String stations = NwsFixtures.body(NORTON_GRID + "/stations", now);
    for (String station : NORTON_STATIONS) {
      stations = stations.replace("/" + station + "\"", "/" + place.station(station) + "\"");
      stations = stations.replace("\"" + station + "\"", "\"" + place.station(station) + "\"");
      String observations = "/stations/" + station + "/observations";
      serveAs(
          "/stations/" + place.station(station) + "/observations/latest",
          NwsFixtures.body(observations + "/latest", now));
      serveAs(
          "/stations/" + place.station(station) + "/observations",
          NwsFixtures.body(observations, now));
    }
    serveAs(place.grid() + "/stations", stations);
    for (String kind : List.of("AFD", "HWO")) {
      serveAs(
          "/products/types/" + kind + "/locations/" + place.office(),
          NwsFixtures.body("/products/types/" + kind + "/locations/BOX", now));
    }
  }

  private void serveAs(String path, String body) {
    nws.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(okJson(body)));
  }

  /** The point with 2 decimals, as NWS redirects an over-precise one. */
  private static String rounded(String point) {
    String[] parts = point.split(",");
    return String.format(
        Locale.ROOT, "%.2f,%.2f", Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
  }

  /** A forecast whose only period ended yesterday: what a cache that missed an update may serve. */
  private static String endedPeriods() {
    OffsetDateTime yesterday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
    return """
        {"properties": {"updateTime": "%s", "periods": [{"number": 1, "name": "Tonight", "startTime": "%s",
          "endTime": "%s", "isDaytime": false, "temperature": 40, "temperatureUnit": "F", "windSpeed": "5 mph",
          "windDirection": "N", "shortForecast": "Clear", "detailedForecast": "Clear."}]}}"""
        .formatted(yesterday.minusHours(12), yesterday.minusHours(12), yesterday);
  }
}
