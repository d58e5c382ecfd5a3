package dev.weather.nws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.demo.LongAnswers;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Daylight;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.DiscussionSection;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Measure;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.Observation;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NwsClientTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
  private static final GridPoint BOX = new GridPoint("BOX", 70, 82);

  private TestNws test;

  @BeforeEach
  void connect() {
    NwsFixtures.serve(nws, CLOCK);
    test = TestNws.at(nws.baseUrl(), CLOCK);
  }

  @AfterEach
  void close() throws Exception {
    test.close();
  }

  @ParameterizedTest
  @CsvSource({
    "47.6062, 47.6062",
    "47.60620, 47.6062",
    "-71.18900, -71.189",
    "45.4580, 45.458",
    "47.6552999, 47.6553",
    "39.0, 39",
    "-0.00001, 0",
    "-122.33214, -122.3321"
  })
  void roundsCoordinatesAsNwsWantsThem(double degrees, String expected) {
    assertThat(Coordinates.degrees(degrees)).isEqualTo(expected);
  }

  @Test
  void readsGridPlaceAndTimeZoneOfAPoint() {
    nws.stubFor(
        get("/points/41.967,-71.189")
            .willReturn(
                okJson(NwsFixtures.body("/points/41.967,-71.189", NwsFixtures.RECORDED_AT))));

    PointInfo point = test.client().point(new Coordinates(41.967, -71.189)).value();

    assertThat(point.grid()).isEqualTo(BOX);
    assertThat(point.label()).isEqualTo("Norton, MA");
    assertThat(point.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void readsTheRawGridHourByHourFreshAsNwsSays() {
    Fresh<GridHours> grid = test.client().grid(BOX);

    // The demo's grid for Norton, made from its hourly forecast: an hour of every layer for each
    // of its hours, amounts in 6-hour totals spread over their hours.
    List<GridHour> hours = grid.value().hours();
    assertThat(hours).hasSize(156);
    assertThat(hours.get(0).relativeHumidity()).isNotNull();
    assertThat(hours.get(0).skyCover()).isBetween(0, 100);
    assertThat(hours.get(0).amounts().precipitation()).isNotNull();
    assertThat(hours.get(hours.size() - 1).amounts().precipitation())
        .as("amounts reach 3 days ahead")
        .isNull();
    assertThat(grid.until()).isEqualTo(CLOCK.instant().plusSeconds(300));
    nws.verify(getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82")));
  }

  @Test
  void readsAnOfficesNewestDiscussionFromItsListThenTheProduct() {
    Optional<String> id = test.client().newestProduct(Discussion.Kind.AFD, "BOX").value();
    Discussion afd = test.client().product(Discussion.Kind.AFD, id.orElseThrow()).value();

    assertThat(afd.title()).isEqualTo("Area Forecast Discussion");
    assertThat(afd.office()).isEqualTo("National Weather Service Boston/Norton MA");
    assertThat(afd.issued().toInstant()).isEqualTo(Instant.parse("2026-03-10T19:05:00Z"));
    assertThat(afd.sections()).extracting(DiscussionSection::heading).startsWith("SYNOPSIS");
    nws.verify(getRequestedFor(urlPathEqualTo("/products/types/AFD/locations/BOX")));
  }

  @Test
  void asksAnchorageForAlaskasAerAndAluGridsAndRefusesAnIdUnfitForAPath() {
    nws.stubFor(
        get(urlPathEqualTo("/products/types/HWO/locations/AFC"))
            .willReturn(okJson("{\"@graph\": []}")));

    assertThat(test.client().newestProduct(Discussion.Kind.HWO, "AER").value()).isEmpty();
    assertThat(test.client().newestProduct(Discussion.Kind.HWO, "ALU").value()).isEmpty();
    assertThatThrownBy(() -> test.client().product(Discussion.Kind.AFD, "../points"))
        .isInstanceOf(IllegalArgumentException.class);
    nws.verify(2, getRequestedFor(urlPathEqualTo("/products/types/HWO/locations/AFC")));
  }

  @Test
  void treatsAGridWithoutPropertiesAsMalformed() {
    nws.stubFor(get(urlPathEqualTo("/gridpoints/BOX/70,82")).willReturn(okJson("{}")));

    assertThatThrownBy(() -> test.client().grid(BOX))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED));
  }

  @Test
  void toleratesEmptyTemperatureTrendAndMissingChanceOfRain() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(okJson(forecastFixture())));

    GridForecast forecast = test.client().forecast(BOX, Units.US).value();

    assertThat(forecast.periods()).hasSize(14);
    assertThat(forecast.periods().get(0).name()).isEqualTo("This Afternoon");
    assertThat(forecast.periods().get(0).probabilityOfPrecipitation()).isNull();
    assertThat(forecast.periods().get(4).probabilityOfPrecipitation()).isEqualTo(30);
    assertThat(forecast.generatedAt()).isEqualTo("2026-03-10T19:42:11Z");
  }

  @Test
  void followsRedirectsAndKeepsTheResponseOffsets() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", "/gridpoints/BOX/70,82/forecast/moved")));
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast/moved"))
            .willReturn(okJson(forecastFixture())));

    GridForecast forecast = test.client().forecast(BOX, Units.US).value();

    assertThat(forecast.periods().get(0).startTime().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
  }

  @Test
  void sendsUserAgentAndGeoJsonAccept() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(okJson(forecastFixture())));

    test.client().forecast(BOX, Units.US);

    nws.verify(
        getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .withHeader("User-Agent", equalTo(TestNws.USER_AGENT))
            .withHeader("Accept", equalTo("application/geo+json")));
  }

  @Test
  void turnsProblemJsonIntoATypedError() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "The grid expired.")));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(503);
              assertThat(e.problem().code()).isEqualTo("ForecastGridExpired");
              assertThat(e.problem().correlationId()).startsWith("fixture-");
              assertThat(e.kind()).isEqualTo(NwsFault.UNAVAILABLE);
            });
  }

  @Test
  void keepsNoControlCharactersOrLengthyTextFromAnErrorBody() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"title\":\"Oops\\r\\n2026-11-25 WARN forged line\",\"status\":500,"
                            + "\"correlationId\":\"c\\u001b[31m1\",\"detail\":\""
                            + "x".repeat(500)
                            + "\"}")));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.problem().title()).isEqualTo("Oops 2026-11-25 WARN forged line");
              assertThat(e.problem().correlationId()).isEqualTo("c [31m1");
              assertThat(e.problem().detail()).hasSize(201).endsWith("x…");
            });
  }

  @Test
  void turnsAnHtmlErrorPageIntoATypedErrorWithTheHeaderCorrelationId() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "text/html")
                    .withHeader("X-Correlation-ID", "cdn-77")
                    .withBody(
                        "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1></body></html>")));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(403);
              assertThat(e.problem().detail()).isEqualTo("Access Denied Access Denied");
              assertThat(e.problem().correlationId()).isEqualTo("cdn-77");
              assertThat(e.kind())
                  .as("the CDN's 403 is throttling, which passes")
                  .isEqualTo(NwsFault.UNAVAILABLE);
            });
  }

  @Test
  void treatsAnInvalidPointAsFinal() {
    nws.stubFor(
        get("/points/51.5,-0.12")
            .willReturn(
                NwsFixtures.problem(
                    404, "InvalidPoint", "Data Unavailable For Requested Point", "No data.")));

    assertThatThrownBy(() -> test.client().point(new Coordinates(51.5, -0.12)))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.NOT_FOUND));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"properties\": {\"periods\": [",
        "<html>not json</html>",
        "''",
        "null",
        "{\"properties\": {}}",
        "{\"properties\": {\"periods\": []}}"
      })
  void treatsABodyItCannotUseAsMalformed(String body) {
    nws.stubFor(get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast")).willReturn(okJson(body)));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.problem().title()).isEqualTo("Malformed response");
              assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED);
              assertThat(e.problem().detail())
                  .as("no parser internals")
                  .doesNotContain("Unexpected", "token", "class ");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"gridId\": \"../../points\", \"gridX\": 70, \"gridY\": 82 | office must be three letters",
        "\"gridId\": \"box\", \"gridX\": 70, \"gridY\": 82 | office must be three letters",
        "\"gridId\": \"BOX\", \"gridX\": -5, \"gridY\": 82 | gridX and gridY must be zero or more",
        "\"gridId\": \"BOX\", \"gridX\": 1099511627776, \"gridY\": 82 | a number out of range at line 1, column",
        "\"gridId\": \"BOX\", \"gridX\": 70, \"gridY\": 82, \"timeZone\": \"Mars/Olympus\" | Mars/Olympus"
      })
  void refusesIdsAndTimeZonesThatAreNotValidAsMalformed(String properties, String detail) {
    nws.stubFor(
        get("/points/41.967,-71.189").willReturn(okJson("{\"properties\": {" + properties + "}}")));

    assertThatThrownBy(() -> test.client().point(new Coordinates(41.967, -71.189)))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED);
              assertThat(e.problem().detail()).contains(detail);
            });
    nws.verify(1, getRequestedFor(urlPathEqualTo("/points/41.967,-71.189")));
  }

  @ParameterizedTest
  @CsvSource({"204", "202", "304"})
  void treatsAnotherSuccessOrNotModifiedAsMalformed(int status) {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED));
  }

  @ParameterizedTest
  @CsvSource({"301", "302", "307", "308"})
  void followsARedirectWithinNws(int status) {
    nws.stubFor(
        get("/points/41.9671,-71.189")
            .willReturn(
                aResponse().withStatus(status).withHeader("Location", "/points/41.967,-71.189")));
    nws.stubFor(
        get("/points/41.967,-71.189")
            .willReturn(
                okJson(NwsFixtures.body("/points/41.967,-71.189", NwsFixtures.RECORDED_AT))));

    PointInfo point = test.client().point(new Coordinates(41.9671, -71.189)).value();

    assertThat(point.grid()).isEqualTo(BOX);
    nws.verify(1, getRequestedFor(urlPathEqualTo("/points/41.967,-71.189")));
  }

  @ParameterizedTest
  @CsvSource({
    "http://example.com/points/41.967,-71.189",
    "https://localhost/points/41.967,-71.189",
    "//evil.example/points/41.967,-71.189",
    "http://localhost:1/points/41.967,-71.189"
  })
  void refusesARedirectOutsideNws(String location) {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", location)));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(NwsFault.MISDIRECTED);
              assertThat(e.problem().title()).isEqualTo("Redirect not followed");
            });
    assertThat(nws.getAllServeEvents()).hasSize(1);
  }

  @Test
  void refusesRedirectsInCircles() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", "/gridpoints/BOX/70,82/forecast?units=us")));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(NwsFault.MISDIRECTED);
              assertThat(e.problem().detail())
                  .isEqualTo("more than " + NwsHttp.MAX_REDIRECTS + " redirects");
            });
    nws.verify(
        1 + NwsHttp.MAX_REDIRECTS,
        getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/forecast")));
  }

  @Test
  void readsRetryAfterInSecondsOrAsADate() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    assertThat(NwsErrors.retryAfter("Tue, 10 Mar 2026 20:00:30 GMT", CLOCK))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(NwsErrors.retryAfter("soon", CLOCK)).isNull();
  }

  @Test
  void reportsNoAnswerWhenNothingListens() throws Exception {
    try (TestNws nowhere = TestNws.at("http://127.0.0.1:1", CLOCK)) {
      assertThatThrownBy(() -> nowhere.client().forecast(BOX, Units.US))
          .isInstanceOfSatisfying(
              NwsException.class,
              e -> {
                assertThat(e.problem().status()).isZero();
                assertThat(e.kind()).isEqualTo(NwsFault.UNAVAILABLE);
              });
    }
  }

  @Test
  void cutsACallShortAtItsDeadlineThoughTheAnswerKeepsComing() throws Exception {
    // 8 chunks over 8 s: each arrives well within the read timeout, the whole well after the call's
    // 1 s.
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(
                okJson(NwsFixtures.body("/gridpoints/BOX/70,82/forecast", CLOCK.instant()))
                    .withChunkedDribbleDelay(8, 8000)));
    try (TestNws brief = TestNws.at(nws.baseUrl(), CLOCK, Duration.ofSeconds(1))) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> brief.client().forecast(BOX, Units.US))
          .isInstanceOfSatisfying(
              NwsException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(NwsFault.UNAVAILABLE);
                assertThat(e.problem().title()).isEqualTo("Timed out");
                assertThat(e.problem().detail()).isEqualTo("no complete answer within 1000 ms");
              });
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("not the 8 s of the whole answer")
          .isLessThan(Duration.ofSeconds(5));
      assertThat(brief.client().forecast(new GridPoint("BOX", 71, 90), Units.US).value().periods())
          .as("the next call is not cut short")
          .isNotEmpty();
    }
  }

  @Test
  void givesCallsMadeWithinATimeNoMoreThanItAndSendsNoneOnceItIsUp() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(
                okJson(NwsFixtures.body("/gridpoints/BOX/70,82/forecast", CLOCK.instant()))
                    .withFixedDelay(3000)));

    assertThatThrownBy(
            () ->
                test.client()
                    .within(Duration.ofMillis(500), () -> test.client().forecast(BOX, Units.US)))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> assertThat(e.problem().detail()).isEqualTo("no complete answer within 500 ms"));
    assertThatThrownBy(
            () ->
                test.client()
                    .within(
                        Duration.ofMillis(100),
                        () -> {
                          try {
                            Thread.sleep(200);
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          return test.client().hourly(BOX, Units.US);
                        }))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.problem().title()).isEqualTo("Timed out"));
    nws.verify(0, getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/forecast/hourly")));
    assertThat(
            test.client()
                .within(Duration.ofSeconds(10), () -> test.client().hourly(BOX, Units.US))
                .value())
        .isNotEmpty();
  }

  @Test
  void refusesAnAnswerLongerThanItReadsWithoutReadingIt() {
    // A forecast that would be valid, but for 3 MB of words: NWS's own are under 20 KB.
    String body =
        NwsFixtures.body("/gridpoints/BOX/70,82/forecast", CLOCK.instant())
            .replaceFirst(
                "\"detailedForecast\"\\s*:\\s*\"",
                "\"detailedForecast\": \"" + "Rain. ".repeat(500_000));
    assertThat(body.length()).as("the answer as sent").isGreaterThan(3_000_000);
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(okJson(body)));

    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED);
              assertThat(e.problem().title()).isEqualTo("Answer too large");
              assertThat(e.problem().detail()).isEqualTo("longer than the 2048 KB read at most");
            });
  }

  @Test
  void stopsReadingACompressedAnswerOnceItUnpacksPastTheLimit() throws Exception {
    // 64 MB of spaces, gzipped to about 64 KB: a bomb, unpacked only as far as the limit.
    java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i < 64; i++) {
        gzip.write(spaces);
      }
    }
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast/hourly"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/geo+json")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(packed.toByteArray())));

    assertThatThrownBy(() -> test.client().hourly(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED);
              assertThat(e.problem().title()).isEqualTo("Answer too large");
            });
    assertThat(packed.size()).as("sent well under the limit").isLessThan(1 << 20);
  }

  @Test
  void keepsAWeekOfPeriodsAndHoursAndCutsLongTexts() {
    OffsetDateTime start = OffsetDateTime.parse("2026-03-10T18:00:00-04:00");
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.forecast(40, Duration.ofHours(12), start, 100))));
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast/hourly"))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.forecast(300, Duration.ofHours(1), start, 30))));

    List<dev.weather.forecast.ForecastPeriod> periods =
        test.client().forecast(BOX, Units.US).value().periods();
    List<HourlyPeriod> hours = test.client().hourly(BOX, Units.US).value();

    assertThat(periods).hasSize(AnswerLimits.PERIODS);
    assertThat(periods.get(0).startTime()).as("the first ones").isEqualTo(start);
    assertThat(periods.get(0).name()).hasSize(AnswerLimits.SHORT_TEXT).endsWith(AnswerLimits.CUT);
    assertThat(periods.get(0).shortForecast()).hasSize(AnswerLimits.SHORT_TEXT).startsWith("Rain");
    assertThat(periods.get(0).detailedForecast())
        .hasSize(AnswerLimits.MEDIUM_TEXT)
        .endsWith("Rain." + AnswerLimits.CUT);
    assertThat(hours).hasSize(AnswerLimits.HOURS);
    assertThat(hours.get(AnswerLimits.HOURS - 1).startTime())
        .isEqualTo(start.plusHours(AnswerLimits.HOURS - 1));
    assertThat(hours.get(0).windSpeed()).hasSize(AnswerLimits.SHORT_TEXT);
  }

  @Test
  void keepsTheFirstAlertsAndCutsTheirLongTexts() {
    nws.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(0)
            .willReturn(
                okJson(LongAnswers.alerts(30, OffsetDateTime.parse("2026-03-11T12:00:00Z"), 200))));

    List<Alert> alerts = test.client().alerts(new Coordinates(41.967, -71.189)).value();

    assertThat(alerts).hasSize(AnswerLimits.ALERTS);
    assertThat(alerts)
        .extracting(Alert::id)
        .startsWith("urn:oid:0", "urn:oid:1")
        .endsWith("urn:oid:19");
    assertThat(alerts.get(0).description())
        .hasSize(AnswerLimits.LONG_TEXT)
        .endsWith(AnswerLimits.CUT);
    assertThat(alerts.get(0).instruction()).hasSize(AnswerLimits.LONG_TEXT);
    assertThat(alerts.get(0).headline()).hasSize(AnswerLimits.MEDIUM_TEXT);
    assertThat(alerts.get(0).areaDesc()).hasSize(AnswerLimits.MEDIUM_TEXT);
    assertThat(alerts.get(0).event()).isEqualTo("Flood Warning");
  }

  @Test
  void cutsATextBetweenCharactersNeverInsideOne() {
    String text = "a".repeat(196) + "\uD83C\uDF27" + "rain";

    String cut = AnswerLimits.text(text, 200);

    assertThat(cut)
        .as("the cloud with rain left out whole")
        .isEqualTo("a".repeat(196) + AnswerLimits.CUT);
    assertThat(AnswerLimits.text("a".repeat(200), 200))
        .as("as long as allowed")
        .hasSize(200)
        .doesNotContain(".");
    assertThat(AnswerLimits.text("a".repeat(201), 200)).isEqualTo("a".repeat(197) + "...");
    assertThat(AnswerLimits.text(null, 200)).isNull();
  }

  @Test
  void knowsWhetherNwsWasEverReached() throws Exception {
    try (TestNws nowhere = TestNws.at("http://127.0.0.1:1", CLOCK)) {
      assertThat(nowhere.client().neverReached()).as("nothing tried yet").isFalse();
      assertThatThrownBy(() -> nowhere.client().forecast(BOX, Units.US))
          .isInstanceOf(NwsException.class);
      assertThat(nowhere.client().neverReached()).as("refused").isTrue();
      assertThat(nowhere.client().host()).isEqualTo("127.0.0.1");
    }
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> test.client().forecast(BOX, Units.US))
        .isInstanceOf(NwsException.class);
    assertThat(test.client().neverReached()).as("a 500 is an answer").isFalse();
  }

  @Test
  void readsTheSunTimesOfThePointsAnswer() {
    nws.stubFor(
        get("/points/41.967,-71.189")
            .atPriority(0)
            .willReturn(
                okJson(
                    """
        {"properties": {"gridId": "BOX", "gridX": 70, "gridY": 82, "timeZone": "America/New_York",
          "astronomicalData": {"sunrise": "2026-07-15T05:21:16-04:00", "sunset": "2026-07-15T20:20:19-04:00",
            "transit": "2026-07-15T12:50:47-04:00"}}}""")));

    PointInfo point = test.client().point(new Coordinates(41.967, -71.189)).value();

    assertThat(point.daylight())
        .isEqualTo(
            new Daylight(
                OffsetDateTime.parse("2026-07-15T05:21:16-04:00"),
                OffsetDateTime.parse("2026-07-15T20:20:19-04:00")));
  }

  @Test
  void asksForSiUnitsWhenTold() {
    GridForecast forecast = test.client().forecast(BOX, Units.SI).value();

    assertThat(forecast.periods().get(0).temperatureUnit()).isEqualTo("C");
    assertThat(forecast.periods().get(0).windSpeed()).endsWith("km/h");
    nws.verify(
        getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .withQueryParam("units", equalTo("si")));
  }

  @Test
  void readsTheHourlyForecast() {
    List<HourlyPeriod> hours = test.client().hourly(BOX, Units.US).value();

    assertThat(hours).as("156 hours, less the two that ended by 20:00Z").hasSize(154);
    assertThat(hours.get(0).startTime())
        .isEqualTo(OffsetDateTime.parse("2026-03-10T16:00:00-04:00"));
    assertThat(hours.get(0).temperature()).isEqualTo(48);
    assertThat(hours.get(0).endTime()).isEqualTo(hours.get(0).startTime().plusHours(1));
  }

  @Test
  void treatsAForecastWhosePeriodsHaveAllEndedAsMalformed() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast/hourly"))
            .willReturn(
                okJson(
                    """
        {"properties": {"periods": [
          {"startTime": "2026-03-10T14:00:00-04:00", "endTime": "2026-03-10T15:00:00-04:00", "temperature": 48},
          {"startTime": "2026-03-10T15:00:00-04:00", "endTime": "2026-03-10T16:00:00-04:00", "temperature": 47}
        ]}}""")));

    assertThatThrownBy(() -> test.client().hourly(BOX, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED);
              assertThat(e.problem().detail()).isEqualTo("every period of the forecast has ended");
            });
  }

  @Test
  void readsActiveAlertsForAPointWithNullEnds() {
    List<Alert> alerts = test.client().alerts(new Coordinates(41.967, -71.189)).value();

    assertThat(alerts).extracting(Alert::event).containsOnly("Air Quality Alert");
    assertThat(alerts.get(0).ends()).isNull();
    assertThat(alerts.get(0).until()).isEqualTo(alerts.get(0).expires());
    nws.verify(
        getRequestedFor(urlPathEqualTo("/alerts/active"))
            .withQueryParam("point", equalTo("41.967,-71.189")));
  }

  @Test
  void readsAnEmptyAlertCollection() {
    assertThat(test.client().alerts(new Coordinates(47.6062, -122.3321)).value()).isEmpty();
  }

  @Test
  void readsAGridsStationsNearestFirstLeavingOutOnesItCannotAskAbout() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/ILN/82,68/stations"))
            .willReturn(
                okJson(
                    """
        {"type": "FeatureCollection", "features": [
          {"geometry": {"type": "Point", "coordinates": [-82.87691, 39.9906999]},
           "properties": {"stationIdentifier": "KCMH", "name": "John Glenn Columbus International Airport"}},
          {"geometry": {"type": "Point", "coordinates": [-83.0, 40.0]},
           "properties": {"stationIdentifier": "../../points/1,1", "name": "Not a station"}},
          {"geometry": null, "properties": {"stationIdentifier": "KXXX", "name": "Nowhere"}},
          {"geometry": {"type": "Point", "coordinates": [-83.0780599, 40.07806]},
           "properties": {"stationIdentifier": "KOSU", "name": " "}}
        ]}""")));

    List<Station> stations = test.client().stations(new GridPoint("ILN", 82, 68), 3).value();

    assertThat(stations)
        .containsExactly(
            new Station(
                "KCMH",
                "John Glenn Columbus International Airport",
                new Coordinates(39.9906999, -82.87691)),
            new Station("KOSU", "KOSU", new Coordinates(40.07806, -83.0780599)));
    nws.verify(
        getRequestedFor(urlPathEqualTo("/gridpoints/ILN/82,68/stations"))
            .withQueryParam("limit", equalTo("3")));
  }

  @Test
  void readsTheLatestObservationInTheUnitsAsked() {
    nws.stubFor(
        get(urlPathEqualTo("/stations/KFLL/observations/latest"))
            .willReturn(
                okJson(
                    """
        {"type": "Feature", "properties": {
          "station": "https://elsewhere.example/stations/KFLL",
          "timestamp": "2022-03-02T23:53:00+00:00",
          "textDescription": "Mostly Cloudy",
          "icon": "https://api.weather.gov/icons/land/night/bkn?size=medium",
          "temperature": {"unitCode": "wmoUnit:degC", "value": 22.8, "qualityControl": "V"},
          "dewpoint": {"unitCode": "wmoUnit:degC", "value": 18.3, "qualityControl": "V"},
          "windDirection": {"unitCode": "wmoUnit:degree_(angle)", "value": 20, "qualityControl": "V"},
          "windSpeed": {"unitCode": "wmoUnit:km_h-1", "value": 7.56, "qualityControl": "V"},
          "windGust": {"unitCode": "wmoUnit:km_h-1", "value": null, "qualityControl": "Z"},
          "barometricPressure": {"unitCode": "wmoUnit:Pa", "value": 101860, "qualityControl": "V"},
          "visibility": {"unitCode": "wmoUnit:m", "value": 16090, "qualityControl": "C"},
          "relativeHumidity": {"unitCode": "wmoUnit:percent", "value": 75.770935807607, "qualityControl": "V"},
          "windChill": {"unitCode": "wmoUnit:degC", "value": null, "qualityControl": "V"},
          "heatIndex": {"unitCode": "wmoUnit:degC", "value": 23.11401887942111, "qualityControl": "V"}}}""")));

    Observation o = test.client().latestObservation("KFLL", Units.US).value();

    assertThat(o)
        .isEqualTo(
            new Observation(
                OffsetDateTime.parse("2022-03-02T23:53:00Z"),
                "Mostly Cloudy",
                "https://api.weather.gov/icons/land/night/bkn?size=medium",
                new Measure(73.0, "°F"),
                null,
                new Measure(64.9, "°F"),
                76,
                new Measure(4.7, "mph"),
                "NNE",
                null,
                new Measure(30.08, "inHg"),
                new Measure(10.0, "mi")));
    nws.verify(1, getRequestedFor(urlPathEqualTo("/stations/KFLL/observations/latest")));
  }

  @Test
  void readsAStationsLastHoursAnHourlyReadingEachOldestFirst() {
    // Newest first, as NWS lists them: five-minute readings without text among the hourly ones.
    nws.stubFor(
        get(urlPathEqualTo("/stations/KBOS/observations"))
            .willReturn(
                okJson(
                    """
        {"type": "FeatureCollection", "features": [
          {"properties": {"timestamp": "2026-03-10T19:55:00+00:00", "textDescription": "",
            "temperature": {"unitCode": "wmoUnit:degC", "value": 10.0}}},
          {"properties": {"timestamp": "2026-03-10T19:53:00+00:00", "textDescription": "Light Rain",
            "temperature": {"unitCode": "wmoUnit:degC", "value": 9.4},
            "windSpeed": {"unitCode": "wmoUnit:km_h-1", "value": 19.3},
            "windDirection": {"unitCode": "wmoUnit:degree_(angle)", "value": 200},
            "windGust": {"unitCode": "wmoUnit:km_h-1", "value": 40.2},
            "precipitationLastHour": {"unitCode": "wmoUnit:mm", "value": 1.27}}},
          {"properties": {"timestamp": "2026-03-10T19:05:00+00:00", "textDescription": null,
            "temperature": {"unitCode": "wmoUnit:degC", "value": 9.0}}},
          null,
          {"properties": null},
          {"properties": {"timestamp": "2026-03-10T18:53:00+00:00", "textDescription": "Rain",
            "temperature": {"unitCode": "wmoUnit:degC", "value": null}}},
          {"properties": {"timestamp": "2026-03-10T18:40:00+00:00",
            "temperature": {"unitCode": "wmoUnit:degC", "value": 8.5},
            "precipitationLastHour": {"unitCode": "wmoUnit:m", "value": 0.000254}}},
          {"properties": {"timestamp": "2026-03-10T17:53:00+00:00", "textDescription": "Cloudy",
            "temperature": {"unitCode": "unit:degF", "value": 46.4},
            "windSpeed": {"unitCode": "wmoUnit:km_h-1", "value": 0},
            "windDirection": {"unitCode": "wmoUnit:degree_(angle)", "value": 0},
            "precipitationLastHour": {"unitCode": "wmoUnit:furlong", "value": 1}}},
          {"properties": {"timestamp": "2026-03-10T17:20:00+00:00",
            "temperature": {"unitCode": "wmoUnit:candela", "value": 8.0}}},
          {"properties": {"timestamp": "2026-03-10T16:53:00+00:00", "textDescription": "Fair",
            "temperature": {"unitCode": "wmoUnit:degC", "value": 7.0}}}
        ]}""")));

    List<PastHour> hours =
        test.client().history("KBOS", Instant.parse("2026-03-10T17:00:00.250Z"), Units.US).value();

    assertThat(hours)
        .containsExactly(
            new PastHour(
                OffsetDateTime.parse("2026-03-10T17:53:00Z"),
                "Cloudy",
                new Measure(46.4, "°F"),
                new Measure(0.0, "mph"),
                null,
                null,
                null),
            new PastHour(
                OffsetDateTime.parse("2026-03-10T18:40:00Z"),
                null,
                new Measure(47.3, "°F"),
                null,
                null,
                null,
                new Measure(0.01, "in")),
            new PastHour(
                OffsetDateTime.parse("2026-03-10T19:53:00Z"),
                "Light Rain",
                new Measure(48.9, "°F"),
                new Measure(12.0, "mph"),
                "SSW",
                new Measure(25.0, "mph"),
                new Measure(0.05, "in")));
    nws.verify(
        getRequestedFor(urlPathEqualTo("/stations/KBOS/observations"))
            .withQueryParam("start", equalTo("2026-03-10T17:00:00Z"))
            .withQueryParam("limit", equalTo("400")));
  }

  @Test
  void keepsADayAndAnHourOfAStationsHoursAndRefusesAnIdUnfitForAPath() {
    StringBuilder features = new StringBuilder();
    Instant last = Instant.parse("2026-03-10T19:53:00Z");
    for (int h = 0; h < 40; h++) {
      features
          .append(h == 0 ? "" : ",")
          .append("{\"properties\": {\"timestamp\": \"")
          .append(last.minusSeconds(3600L * h))
          .append("\", \"temperature\": {\"unitCode\": \"wmoUnit:degC\", \"value\": 5}}}");
    }
    nws.stubFor(
        get(urlPathEqualTo("/stations/KBOS/observations"))
            .willReturn(okJson("{\"features\": [" + features + "]}")));

    List<PastHour> hours =
        test.client().history("KBOS", last.minusSeconds(3600L * 48), Units.SI).value();

    assertThat(hours).hasSize(25);
    assertThat(hours.get(24).observedAt().toInstant()).isEqualTo(last);
    assertThat(hours.get(0).observedAt().toInstant()).isEqualTo(last.minusSeconds(3600L * 24));
    assertThatThrownBy(() -> test.client().history("KBOS/../x", last, Units.US))
        .isInstanceOf(IllegalArgumentException.class);
    nws.stubFor(
        get(urlPathEqualTo("/stations/KBOS/observations")).willReturn(okJson("{\"type\": 1}")));
    assertThatThrownBy(() -> test.client().history("KBOS", last, Units.US))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED));
  }

  @Test
  void treatsAnObservationWithoutPropertiesAsMalformed() {
    nws.stubFor(
        get(urlPathEqualTo("/stations/KFLL/observations/latest"))
            .willReturn(okJson("{\"type\": \"Feature\"}")));

    assertThatThrownBy(() -> test.client().latestObservation("KFLL", Units.US))
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED));
  }

  private static String forecastFixture() {
    return NwsFixtures.body("/gridpoints/BOX/70,82/forecast", NwsFixtures.RECORDED_AT);
  }
}
