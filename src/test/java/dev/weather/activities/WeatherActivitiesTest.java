package dev.weather.activities;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.Fresh;
import dev.weather.forecast.GridForecast;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Measure;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.PointInfo;
import dev.weather.forecast.Units;
import dev.weather.nws.TestNws;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The activities through Temporal's activity test environment, against WireMock playing NWS. */
class WeatherActivitiesTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  /** 19:30 in Norton (-04:00): "This Afternoon" (14:00 to 18:00) is over, "Tonight" is not. */
  private static final Clock EVENING =
      Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"), ZoneOffset.UTC);

  private static final GridPoint BOX = new GridPoint("BOX", 70, 82);

  private TestActivityEnvironment environment;
  private TestNws test;
  private WeatherActivities activities;

  @BeforeEach
  void setUp() {
    NwsFixtures.serve(nws, EVENING);
    test = TestNws.at(nws.baseUrl(), EVENING);
    environment = TestActivityEnvironment.newInstance();
    environment.registerActivitiesImplementations(
        new WeatherActivitiesImpl(test.client(), EVENING));
    activities = environment.newActivityStub(WeatherActivities.class);
  }

  @AfterEach
  void tearDown() throws Exception {
    environment.close();
    test.close();
  }

  @Test
  void resolvesAPointToItsGridAndPlace() {
    PointInfo point = activities.resolvePoint(new Coordinates(41.967, -71.189)).value();

    assertThat(point.grid()).isEqualTo(BOX);
    assertThat(point.label()).isEqualTo("Norton, MA");
  }

  @Test
  void dropsPeriodsThatHaveEnded() {
    GridForecast forecast = activities.getForecast(BOX, Units.US).value();

    assertThat(forecast.periods()).hasSize(13);
    assertThat(forecast.periods().get(0).name()).isEqualTo("Tonight");
    assertThat(forecast.periods()).noneMatch(p -> p.hasEndedBy(EVENING.instant()));
  }

  @Test
  void keepsAMissingChanceOfPrecipitationAsNull() {
    GridForecast forecast = activities.getForecast(BOX, Units.US).value();

    ForecastPeriod tonight = forecast.periods().get(0);
    assertThat(tonight.probabilityOfPrecipitation()).isNull();
    assertThat(forecast.periods())
        .extracting(ForecastPeriod::probabilityOfPrecipitation)
        .contains(30, 60);
  }

  @Test
  void keepsTheNext48HoursOfTheHourlyForecast() {
    List<HourlyPeriod> hours = activities.getHourlyForecast(BOX, Units.US).value();

    assertThat(hours).hasSize(WeatherActivities.HOURS);
    assertThat(hours.get(0).startTime().toInstant())
        .isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
  }

  @Test
  void keepsTheRawGridFromTheHourUnderWay() {
    GridHours detail = activities.getGridDetail(BOX).value();

    // The demo grid has the 156 hours of the hourly forecast from 18:00Z; 23:00Z is under way.
    assertThat(detail.hours().get(0).start()).isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
    assertThat(detail.hours()).hasSize(156 - 5);
  }

  @Test
  void asksForTheStationsLastDayAndKeepsAReadingAnHour() {
    List<PastHour> hours = activities.getStationHistory("KOWD", Units.SI).value();

    nws.verify(
        getRequestedFor(urlPathEqualTo("/stations/KOWD/observations"))
            .withQueryParam("start", equalTo("2026-03-09T23:30:00Z")));
    assertThat(hours).hasSize(WeatherActivities.HISTORY_HOURS);
    assertThat(hours.get(0).observedAt().toInstant())
        .isAfterOrEqualTo(Instant.parse("2026-03-09T23:30:00Z"));
    assertThat(hours.get(hours.size() - 1).temperature().unit()).isEqualTo("°C");
  }

  @Test
  void fetchesTheAlertsForThePoint() {
    List<Alert> alerts = activities.getAlerts(new Coordinates(41.967, -71.189)).value();

    assertThat(alerts).hasSize(2).allMatch(a -> a.event().equals("Air Quality Alert"));
  }

  @Test
  void identifiesItselfToNws() {
    activities.getForecast(BOX, Units.US);

    nws.verify(
        getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .withHeader("User-Agent", equalTo(TestNws.USER_AGENT))
            .withHeader("Accept", equalTo("application/geo+json")));
  }

  @Test
  void failsAsNotFoundWithTheNwsProblemWhenThePointIsNotCovered() {
    assertThatThrownBy(() -> activities.resolvePoint(new Coordinates(51.5074, -0.1278)))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause();
              assertThat(failure.getType()).isEqualTo(NwsFault.NOT_FOUND.type());
              NwsProblem problem = NwsFailures.problemOf(failure);
              assertThat(problem.status()).isEqualTo(404);
              assertThat(problem.code()).isEqualTo("InvalidPoint");
              assertThat(problem.correlationId()).startsWith("fixture-");
            });
  }

  @Test
  void failsRetryablyOnAnUnexpectedProblem() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Try again.")));

    assertThatThrownBy(() -> activities.getForecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause();
              assertThat(failure.getType()).isEqualTo(NwsFault.UNAVAILABLE.type());
              assertThat(failure.isNonRetryable()).isFalse();
              assertThat(NwsFailures.problemOf(failure).title()).isEqualTo("Unexpected Problem");
            });
  }

  @Test
  void passesRetryAfterOnAsTheNextRetryDelay() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(429, "RateLimited", "Too Many Requests", "Slow down.")
                    .withHeader("Retry-After", "6")));

    assertThatThrownBy(() -> activities.getForecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e ->
                assertThat(((ApplicationFailure) e.getCause()).getNextRetryDelay())
                    .isEqualTo(Duration.ofSeconds(6)));
  }

  @Test
  void failsAsRejectedWhenNwsRejectsTheRequest() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(NwsFixtures.problem(400, "BadRequest", "Bad Request", "Invalid grid.")));

    assertThatThrownBy(() -> activities.getForecast(BOX, Units.US))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause();
              assertThat(failure.getType()).isEqualTo(NwsFault.REJECTED.type());
            });
  }

  // Current conditions. Norton's grid lists Taunton (KTAN), Norwood (KOWD) and Providence (KPVD),
  // nearest first.

  private static final Coordinates NORTON = new Coordinates(41.967, -71.189);

  @Test
  void takesTheNearestStationThatReportsATemperature() {
    CurrentConditions now = activities.getCurrentConditions(BOX, NORTON, Units.US).value();

    assertThat(now.station().id()).as("Taunton reports no temperature").isEqualTo("KOWD");
    assertThat(now.station().name()).isEqualTo("Norwood Memorial Airport");
    assertThat(now.distance()).isEqualTo(new Measure(15.5, "mi"));
    // The demo's stations report the hourly forecast at the hour they observed: 19:02 in Norton,
    // the first hour left.
    assertThat(now.observation().temperature().unit()).isEqualTo("°F");
    assertThat(Math.round(now.observation().temperature().value()))
        .isEqualTo(
            activities.getHourlyForecast(BOX, Units.US).value().get(0).temperature().longValue());
    Instant observed = EVENING.instant().minusSeconds(27 * 60 + 11);
    assertThat(now.observation().observedAt().toInstant())
        .as(
            "27 min 11 s before the clock, as the fixture was before its recording; the stub's clock runs on from the"
                + " test's setup, so a slow first test sees it a few seconds later")
        .isBetween(observed, observed.plusSeconds(5));
    nws.verify(
        1,
        getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/stations"))
            .withQueryParam("limit", equalTo(String.valueOf(WeatherActivities.STATIONS))));
    nws.verify(1, getRequestedFor(urlPathEqualTo(latest("KTAN"))));
    nws.verify(1, getRequestedFor(urlPathEqualTo(latest("KOWD"))));
    nws.verify(0, getRequestedFor(urlPathEqualTo(latest("KPVD"))));
  }

  @Test
  void passesAStaleObservationByForTheThirdStation() {
    observe("KOWD", EVENING.instant().minus(Duration.ofHours(2)).minusSeconds(60), 8.3);
    observe("KPVD", EVENING.instant().minus(Duration.ofMinutes(50)), 9.0);

    Fresh<CurrentConditions> now = activities.getCurrentConditions(BOX, NORTON, Units.SI);

    assertThat(now.value().station().id()).isEqualTo("KPVD");
    assertThat(now.value().observation().temperature()).isEqualTo(new Measure(9.0, "°C"));
    assertThat(now.value().distance()).isEqualTo(new Measure(33.9, "km"));
    assertThat(now.until()).as("as long as NWS said").isEqualTo(EVENING.instant().plusSeconds(300));
  }

  @Test
  void takesAnObservationJustUnderTwoHoursOld() {
    observe("KOWD", EVENING.instant().minus(Duration.ofHours(2)).plusSeconds(60), 8.3);

    Fresh<CurrentConditions> now = activities.getCurrentConditions(BOX, NORTON, Units.US);

    assertThat(now.value().station().id()).isEqualTo("KOWD");
    assertThat(now.until())
        .as("fresh no longer than the observation stays current, though NWS said 5 minutes")
        .isEqualTo(EVENING.instant().plusSeconds(60));
  }

  @Test
  void failsAsNotFoundWhenNoStationHasACurrentObservation() {
    observe("KOWD", EVENING.instant().minus(Duration.ofHours(3)), 8.3);
    // KPVD has no fixture: the demo's NWS answers 404 for it.

    assertThatThrownBy(() -> activities.getCurrentConditions(BOX, NORTON, Units.US))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause();
              assertThat(failure.getType()).isEqualTo(NwsFault.NOT_FOUND.type());
            });
    nws.verify(1, getRequestedFor(urlPathEqualTo(latest("KPVD"))));
  }

  @Test
  void failsRetryablyWhenAStationThatMightHaveHelpedFailedOnTheWay() {
    nws.stubFor(
        get(urlPathEqualTo(latest("KTAN")))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Try again.")));
    observe("KOWD", EVENING.instant().minus(Duration.ofHours(3)), 8.3);

    assertThatThrownBy(() -> activities.getCurrentConditions(BOX, NORTON, Units.US))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause();
              assertThat(failure.getType()).isEqualTo(NwsFault.UNAVAILABLE.type());
              assertThat(failure.isNonRetryable()).isFalse();
            });
  }

  @Test
  void asksForAGridsStationsOnceWhileNwsSaysTheyAreFresh() {
    activities.getCurrentConditions(BOX, NORTON, Units.US);
    activities.getCurrentConditions(BOX, NORTON, Units.SI);

    nws.verify(1, getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/stations")));
    nws.verify(2, getRequestedFor(urlPathEqualTo(latest("KOWD"))));
  }

  @Test
  void givesItsStationsTheAttemptsTimeTogetherAndAsksNoMoreOnceItIsUp() {
    // Each answer takes 1.2 s; the attempt has 2 s (less a tenth to report in): KTAN answers, KOWD
    // is cut short,
    // KPVD is never asked.
    for (String station : List.of("KTAN", "KOWD", "KPVD")) {
      nws.stubFor(
          get(urlPathEqualTo(latest(station)))
              .atPriority(0)
              .willReturn(
                  NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Slow.")
                      .withFixedDelay(1200)));
    }
    WeatherActivities brief =
        environment.newActivityStub(
            WeatherActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(2)).build());

    assertThatThrownBy(() -> brief.getCurrentConditions(BOX, NORTON, Units.US))
        .isInstanceOfSatisfying(
            ActivityFailure.class,
            e -> {
              ApplicationFailure failure = (ApplicationFailure) e.getCause();
              assertThat(failure.getType()).isEqualTo(NwsFault.UNAVAILABLE.type());
              assertThat(failure.getOriginalMessage()).contains("Timed out", "1800 ms");
            });
    nws.verify(1, getRequestedFor(urlPathEqualTo(latest("KTAN"))));
    nws.verify(1, getRequestedFor(urlPathEqualTo(latest("KOWD"))));
    nws.verify(0, getRequestedFor(urlPathEqualTo(latest("KPVD"))));
  }

  @Test
  void heartbeatsBeforeItsCallsAndStopsWhenCancelled() {
    List<String> heartbeats = new java.util.concurrent.CopyOnWriteArrayList<>();
    environment.setActivityHeartbeatListener(
        String.class,
        details -> {
          heartbeats.add(details);
          environment.requestCancelActivity();
        });

    assertThatThrownBy(() -> activities.getCurrentConditions(BOX, NORTON, Units.US))
        .isInstanceOf(CanceledFailure.class);
    assertThat(heartbeats).first().isEqualTo("BOX 70,82");
    nws.verify(0, getRequestedFor(urlPathEqualTo(latest("KTAN"))));
  }

  @Test
  void givesNoDistanceForABareGridCell() {
    assertThat(activities.getCurrentConditions(BOX, null, Units.US).value().distance()).isNull();
  }

  private static String latest(String station) {
    return "/stations/" + station + "/observations/latest";
  }

  /** {@code station}'s latest observation: {@code celsius} at {@code at}, as NWS words it. */
  private static void observe(String station, Instant at, double celsius) {
    nws.stubFor(
        get(urlPathEqualTo(latest(station)))
            .atPriority(0)
            .willReturn(
                okJson(
                        """
        {"type": "Feature", "properties": {"timestamp": "%s", "textDescription": "Clear",
          "temperature": {"unitCode": "wmoUnit:degC", "value": %s, "qualityControl": "V"}}}"""
                            .formatted(at.atOffset(ZoneOffset.UTC), celsius))
                    .withHeader("Cache-Control", "public, max-age=300")));
  }
}
