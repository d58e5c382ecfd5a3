package dev.weather.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static java.time.temporal.ChronoUnit.MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.activities.WeatherActivities;
import dev.weather.activities.WeatherActivitiesImpl;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.nws.TestNws;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunProgress.StepState;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowException;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workflow with its real activities against WireMock, on Temporal's test server with time
 * skipping: retry backoff and the 30 s budget pass in moments, yet every NWS request really
 * happens.
 */
class WeatherWorkflowTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
  private static final Coordinates NORTON = new Coordinates(41.967, -71.189);
  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final RetryBudget BUDGET =
      new RetryBudget(
          Duration.ofSeconds(5),
          Duration.ofSeconds(1),
          2.0,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30));

  private TestWorkflowEnvironment environment;
  private TestNws test;
  private ForecastRuns runs;

  /** Runs a test leaves running; stopped after it, so the worker can shut down at once. */
  private final List<ReportKey> started = new ArrayList<>();

  @BeforeEach
  void setUp() {
    NwsFixtures.serve(nws, CLOCK);
    test = TestNws.at(nws.baseUrl(), CLOCK);
    environment = TestEnvironments.newEnvironment();
    Worker worker = environment.newWorker(TestEnvironments.TASK_QUEUE);
    worker.registerWorkflowImplementationTypes(WeatherWorkflowImpl.class);
    worker.registerActivitiesImplementations(new WeatherActivitiesImpl(test.client(), CLOCK));
    environment.start();
    runs =
        new ForecastRuns(
            environment.getWorkflowClient(), BUDGET, RunGate.OPEN, TestEnvironments.TASK_QUEUE);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (ReportKey key : started) {
      try {
        environment
            .getWorkflowClient()
            .newUntypedWorkflowStub(key.workflowId())
            .terminate("the test is over");
      } catch (WorkflowException alreadyClosed) {
        // nothing left to stop
      }
    }
    environment.close();
    test.close();
  }

  @Test
  void resolvesThePointThenFetchesItsForecast() {
    Forecast forecast = report(Location.of(NORTON), Units.US).forecast();

    assertThat(forecast.label()).isEqualTo("Norton, MA");
    assertThat(forecast.grid()).isEqualTo(new GridPoint("BOX", 70, 82));
    assertThat(forecast.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(forecast.periods()).hasSize(14);
    assertThat(forecast.periods().get(0).isDaytime()).isTrue();
  }

  @Test
  void takesAGridWithoutAskingForAPoint() {
    Forecast forecast = report(Location.of(new GridPoint("BOX", 70, 82)), Units.US).forecast();

    assertThat(forecast.label()).isEqualTo("NWS grid BOX 70,82");
    assertThat(forecast.timeZone()).isEqualTo(ZoneOffset.ofHours(-4));
    nws.verify(0, getRequestedFor(urlPathEqualTo("/points/41.967,-71.189")));
  }

  @Test
  void retriesAfterUnexpectedProblemThenShowsForecast() {
    NwsStub.failOnceThenServe(nws, FORECAST, CLOCK);

    Forecast forecast = report(Location.of(NORTON), Units.US).forecast();

    assertThat(forecast.periods()).isNotEmpty();
    nws.verify(2, getRequestedFor(urlPathEqualTo(FORECAST)));
  }

  @Test
  void failsAtOnceAfterOneCallWhenNwsDoesNotCoverThePoint() {
    Location london = Location.of(new Coordinates(51.5074, -0.1278));

    assertThatThrownBy(() -> report(london, Units.US))
        .isInstanceOfSatisfying(
            ForecastException.class,
            e -> {
              assertThat(e.fault()).isEqualTo(NwsFault.NOT_FOUND);
              assertThat(e.problem().code()).isEqualTo("InvalidPoint");
            });
    nws.verify(1, getRequestedFor(urlPathEqualTo("/points/51.5074,-0.1278")));
  }

  /**
   * The retry policy's final types: a 400, and a redirect to another host, which is never followed.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"400, REJECTED", "302, MISDIRECTED"})
  void failsAtOnceAfterOneCallWhenNwsAnswersFinally(int status, NwsFault fault) {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                status == 302
                    ? aResponse()
                        .withStatus(302)
                        .withHeader("Location", "http://elsewhere.invalid" + FORECAST)
                    : NwsFixtures.problem(400, "BadRequest", "Bad Request", "Invalid grid.")));

    assertThatThrownBy(() -> report(Location.of(NORTON), Units.US))
        .isInstanceOfSatisfying(
            ForecastException.class, e -> assertThat(e.fault()).isEqualTo(fault));
    nws.verify(1, getRequestedFor(urlPathEqualTo(FORECAST)));
  }

  @Test
  void endsInAClearFailureWhenTheRetryBudgetIsSpent() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "Expired.")));

    assertThatThrownBy(() -> report(Location.of(NORTON), Units.US))
        .isInstanceOfSatisfying(
            ForecastException.class,
            e -> {
              assertThat(e.fault()).isEqualTo(NwsFault.UNAVAILABLE);
              assertThat(e.problem().code()).isEqualTo("ForecastGridExpired");
              assertThat(e.problem().correlationId()).startsWith("fixture-");
            });
    // Backoff 1, 2, 4, 8, then capped at 10 s: attempts at 0, 1, 3, 7, 15 and 25 s; 35 s is past
    // the budget.
    nws.verify(6, getRequestedFor(urlPathEqualTo(FORECAST)));
  }

  @Test
  void waitsAsLongAsRetryAfterAsks() {
    rateLimitTheForecast(20);

    assertThatThrownBy(() -> report(Location.of(NORTON), Units.US))
        .isInstanceOfSatisfying(
            ForecastException.class, e -> assertThat(e.fault()).isEqualTo(NwsFault.UNAVAILABLE));
    // At 0 s and 20 s; a third try at 40 s would be past the budget. Plain backoff would have made
    // 6.
    nws.verify(2, getRequestedFor(urlPathEqualTo(FORECAST)));
  }

  @Test
  void gathersHourlyForecastAndAlertsBesideTheForecast() {
    WeatherReport report = report(Location.of(NORTON), Units.SI);

    assertThat(report.units()).isEqualTo(Units.SI);
    assertThat(report.forecast().periods().get(0).temperatureUnit()).isEqualTo("C");
    assertThat(report.hourly()).hasSize(48);
    assertThat(report.alerts()).hasSize(2);
    assertThat(report.now().station().id()).isEqualTo("KOWD");
    assertThat(report.now().observation().temperature().unit()).isEqualTo("°C");
    assertThat(report.detail().hours()).isNotEmpty();
    assertThat(report.discussions())
        .extracting(Discussion::kind)
        .containsExactly(Discussion.Kind.AFD, Discussion.Kind.HWO);
    assertThat(report.detail().hours().get(0).start())
        .isEqualTo(Instant.parse("2026-03-10T20:00:00Z"));
    assertThat(report.history()).as("KOWD's last 24 hours").hasSize(24);
    assertThat(report.history().get(0).observedAt())
        .isBefore(report.history().get(23).observedAt());
    assertThat(report.history().get(23).temperature().unit()).isEqualTo("°C");
    assertThat(report.unavailable()).isEmpty();
    nws.verify(1, getRequestedFor(urlPathEqualTo("/stations/KOWD/observations")));
  }

  @Test
  void showsTheRestWhenTheStationsHistoryKeepsFailing() {
    nws.stubFor(
        get(urlPathEqualTo("/stations/KOWD/observations"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));

    WeatherReport report = report(Location.of(NORTON), Units.US);

    assertThat(report.history()).isEmpty();
    assertThat(report.unavailable()).containsExactly(Part.HISTORY);
    assertThat(report.now().station().id()).isEqualTo("KOWD");
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo("/stations/KOWD/observations"))))
        .hasSizeGreaterThan(1);
  }

  @Test
  void showsTheRestWhenTheRawGridKeepsFailing() {
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "Expired.")));

    WeatherReport report = report(Location.of(NORTON), Units.US);

    assertThat(report.detail()).isNull();
    assertThat(report.unavailable()).containsExactly(Part.DETAIL);
    assertThat(report.hourly()).hasSize(48);
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82"))))
        .hasSizeGreaterThan(1);
  }

  @Test
  void showsTheRestWhenNoStationNearHasACurrentObservation() {
    nws.stubFor(
        get(urlPathMatching("/stations/.*/observations/latest"))
            .atPriority(0)
            .willReturn(NwsFixtures.problem(404, "NotFound", "Not Found", "No observations.")));

    WeatherReport report = report(Location.of(NORTON), Units.US);

    assertThat(report.now()).isNull();
    assertThat(report.history()).as("no station to ask").isEmpty();
    assertThat(report.unavailable()).containsExactly(Part.NOW);
    assertThat(report.forecast().periods()).hasSize(14);
    nws.verify(
        WeatherActivities.STATIONS,
        getRequestedFor(urlPathMatching("/stations/.*/observations/latest")));
    nws.verify(0, getRequestedFor(urlPathMatching("/stations/.*/observations")));
  }

  @Test
  void showsWhatArrivedWhenTheHourlyForecastAndAlertsKeepFailing() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST + "/hourly"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    nws.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "UnavailableWebService", "Unavailable Resource", "Later.")));

    WeatherReport report = report(Location.of(NORTON), Units.US);

    assertThat(report.forecast().periods()).hasSize(14);
    assertThat(report.hourly()).isEmpty();
    assertThat(report.alerts()).isEmpty();
    assertThat(report.unavailable()).containsExactlyInAnyOrder(Part.HOURLY, Part.ALERTS);
    assertThat(nws.findAll(getRequestedFor(urlPathEqualTo("/alerts/active"))))
        .hasSizeGreaterThan(1);
  }

  @Test
  void treatsAFinalAlertsFailureAsAMissingPartToo() {
    nws.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(0)
            .willReturn(NwsFixtures.problem(400, "BadRequest", "Bad Request", "No.")));

    WeatherReport report = report(Location.of(NORTON), Units.US);

    assertThat(report.unavailable()).containsExactly(Part.ALERTS);
    nws.verify(1, getRequestedFor(urlPathEqualTo("/alerts/active")));
  }

  @Test
  void tellsEachStepAndTheRetriedOnesAttemptAndLastNwsAnswerWhileItRunsWorkerOrNot() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    503, "ForecastGridExpired", "Forecast Grid Expired", "Expired.")));
    ReportKey norton = new ReportKey(Location.of(NORTON), Units.US);
    start(norton);

    environment.sleep(Duration.ofSeconds(4));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(runs.state(norton))
                    .isInstanceOfSatisfying(
                        RunState.Running.class,
                        running -> {
                          assertThat(running.progress().steps())
                              .containsExactly(
                                  new StepState(Step.PLACE, Status.DONE),
                                  new StepState(Step.FORECAST, Status.RUNNING),
                                  new StepState(Step.NOW, Status.DONE),
                                  new StepState(Step.HISTORY, Status.DONE),
                                  new StepState(Step.HOURLY, Status.DONE),
                                  new StepState(Step.ALERTS, Status.DONE),
                                  new StepState(Step.DETAIL, Status.DONE),
                                  new StepState(Step.DISCUSSION, Status.DONE));
                          assertThat(running.progress().report())
                              .as("no report without the 12-hour forecast")
                              .isNull();
                          assertThat(running.retries())
                              .singleElement()
                              .satisfies(
                                  retry -> {
                                    assertThat(retry.step()).isEqualTo(Step.FORECAST);
                                    assertThat(retry.attempt())
                                        .isGreaterThanOrEqualTo(3); // attempts at 0, 1 and 3 s
                                    assertThat(retry.lastProblem().code())
                                        .isEqualTo("ForecastGridExpired");
                                    assertThat(retry.lastProblem().status()).isEqualTo(503);
                                  });
                        }));

    // With no worker left to ask, what the run published as its memo.
    environment.getWorkerFactory().shutdownNow();
    environment.getWorkerFactory().awaitTermination(5, TimeUnit.SECONDS);

    assertThat(((RunState.Running) runs.state(norton)).progress())
        .as("a describe's answer, the server's, once the query finds no worker")
        .satisfies(
            progress -> {
              assertThat(progress.steps())
                  .contains(
                      new StepState(Step.PLACE, Status.DONE),
                      new StepState(Step.FORECAST, Status.RUNNING),
                      new StepState(Step.NOW, Status.DONE));
              assertThat(progress.report()).isNull();
            });
  }

  @Test
  void showsTheReportSoFarOnceTheForecastIsInWhileTheHourlyRetries() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST + "/hourly"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    ReportKey norton = new ReportKey(Location.of(NORTON), Units.US);
    start(norton);

    environment.sleep(Duration.ofSeconds(2));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(((RunState.Running) runs.state(norton)).progress().steps())
                    .extracting(StepState::status)
                    .containsExactly(
                        Status.DONE,
                        Status.DONE,
                        Status.DONE,
                        Status.DONE,
                        Status.RUNNING,
                        Status.DONE,
                        Status.DONE,
                        Status.DONE));
    RunProgress progress = ((RunState.Running) runs.state(norton)).progress();

    assertThat(progress.report().forecast().periods()).hasSize(14);
    assertThat(progress.report().alerts()).hasSize(2);
    assertThat(progress.report().loading()).containsExactly(Part.HOURLY);
    assertThat(progress.report().unavailable()).isEmpty();
    assertThat(progress.report().complete()).isFalse();
  }

  @Test
  void skipsThePlaceAndAlertsForAGrid() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    ReportKey grid = new ReportKey(Location.of(new GridPoint("BOX", 70, 82)), Units.US);
    start(grid);

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(((RunState.Running) runs.state(grid)).progress().steps())
                    .extracting(StepState::status)
                    .containsExactly(
                        Status.SKIPPED,
                        Status.RUNNING,
                        Status.DONE,
                        Status.DONE,
                        Status.DONE,
                        Status.SKIPPED,
                        Status.DONE,
                        Status.DONE));
  }

  @Test
  void givesAFinishedRunsReportOrItsFailureAndKnowsNothingOfRunsNeverStarted() {
    ReportKey norton = new ReportKey(Location.of(NORTON), Units.US);
    ReportKey london = new ReportKey(Location.of(new Coordinates(51.5074, -0.1278)), Units.US);
    report(norton.location(), Units.US);
    assertThatThrownBy(() -> report(london.location(), Units.US))
        .isInstanceOf(ForecastException.class);

    assertThat(runs.state(norton))
        .isInstanceOfSatisfying(
            RunState.Finished.class,
            finished -> {
              assertThat(finished.report().forecast().periods()).hasSize(14);
              assertThat(finished.report().complete()).isTrue();
              assertThat(finished.report().freshUntil())
                  .isEqualTo(CLOCK.instant().plusSeconds(300));
            });
    assertThat(runs.state(london))
        .isInstanceOfSatisfying(
            RunState.Failed.class,
            failed -> assertThat(failed.failure().fault()).isEqualTo(NwsFault.NOT_FOUND));
    assertThat(runs.state(new ReportKey(Location.of(NORTON), Units.SI)))
        .isInstanceOf(RunState.Unknown.class);
  }

  @Test
  void readsTheLastClosedRunsReportOrFailureAndWhenItClosedFromItsCloseEvent() {
    ReportKey norton = new ReportKey(Location.of(NORTON), Units.US);
    ReportKey london = new ReportKey(Location.of(new Coordinates(51.5074, -0.1278)), Units.US);
    assertThat(runs.lastClosed(norton)).as("never run").isEmpty();
    report(norton.location(), Units.US);
    assertThatThrownBy(() -> report(london.location(), Units.US))
        .isInstanceOf(ForecastException.class);

    Instant nortonClosed = ((RunState.Finished) runs.state(norton)).closedAt();
    assertThat(runs.lastClosed(norton))
        .get()
        .isInstanceOfSatisfying(
            RunState.Finished.class,
            finished -> {
              assertThat(finished.report().forecast().periods()).hasSize(14);
              assertThat(finished.closedAt()).isCloseTo(nortonClosed, within(100, MILLIS));
            });
    Instant londonClosed = ((RunState.Failed) runs.state(london)).closedAt();
    assertThat(runs.lastClosed(london))
        .get()
        .isInstanceOfSatisfying(
            RunState.Failed.class,
            failed -> {
              assertThat(failed.failure().fault()).isEqualTo(NwsFault.NOT_FOUND);
              assertThat(failed.failure().problem().code()).isEqualTo("InvalidPoint");
              assertThat(failed.closedAt()).isCloseTo(londonClosed, within(100, MILLIS));
            });

    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    ReportKey si = new ReportKey(Location.of(NORTON), Units.SI);
    start(si);
    assertThat(runs.lastClosed(si)).as("open").isEmpty();
    environment
        .getWorkflowClient()
        .newUntypedWorkflowStub(si.workflowId())
        .terminate("by hand, not for want of NWS");
    assertThat(runs.lastClosed(si)).as("terminated: a new run may start").isEmpty();
  }

  @Test
  void startsOneRunForConcurrentCallersAndANewOneOnceItHasClosed() {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    ReportKey norton = new ReportKey(Location.of(NORTON), Units.US);
    String first = ((RunState.Running) startedState(norton)).runId();
    start(norton);
    start(norton);

    assertThat(((RunState.Running) runs.state(norton)).runId())
        .as("joined, not started")
        .isEqualTo(first);
    assertThatThrownBy(() -> report(norton.location(), Units.US))
        .isInstanceOf(ForecastException.class);
    nws.resetAll();
    NwsFixtures.serve(nws, CLOCK);

    assertThat(report(norton.location(), Units.US).forecast().periods()).hasSize(14);
    nws.verify(1, getRequestedFor(urlPathEqualTo(FORECAST)));
  }

  private RunState startedState(ReportKey key) {
    start(key);
    return runs.state(key);
  }

  private void start(ReportKey key) {
    started.add(key);
    runs.run(key, Runnable::run);
  }

  @Test
  void namesEachPlaceAndUnitsOneReadableWorkflowId() {
    assertThat(new ReportKey(Location.of(NORTON), Units.US).workflowId())
        .isEqualTo("forecast-41.967,-71.189-us");
    assertThat(
            new ReportKey(Location.of(new Coordinates(47.60620, -122.33214)), Units.SI)
                .workflowId())
        .isEqualTo("forecast-47.6062,-122.3321-si");
    assertThat(new ReportKey(Location.of(new GridPoint("BOX", 70, 82)), Units.US).workflowId())
        .isEqualTo("forecast-BOX-70-82-us");
  }

  // The first attempt of each step as a local activity (weather.retry.local-first-attempt).

  private static final RetryBudget LOCAL_FIRST =
      new RetryBudget(
          Duration.ofSeconds(5),
          Duration.ofSeconds(1),
          2.0,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          true);

  @Test
  void runsEachFirstAttemptInTheWorkflowTaskWithoutScheduledActivities() {
    WeatherReport report = localReport(Location.of(NORTON));

    assertThat(report.unavailable()).isEmpty();
    assertThat(report.now().station().id()).isEqualTo("KOWD");
    assertThat(events(NORTON_ID, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)).isZero();
    assertThat(events(NORTON_ID, EventType.EVENT_TYPE_MARKER_RECORDED))
        .as("eight local activities and five versions")
        .isEqualTo(13);
  }

  @Test
  void retriesAFailedLocalAttemptAsARegularActivity() {
    NwsStub.failOnceThenServe(nws, FORECAST, CLOCK);

    WeatherReport report = localReport(Location.of(NORTON));

    assertThat(report.forecast().periods()).isNotEmpty();
    nws.verify(2, getRequestedFor(urlPathEqualTo(FORECAST)));
    assertThat(events(NORTON_ID, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED))
        .as("the forecast's retry only")
        .isEqualTo(1);
  }

  @Test
  void takesAFinalAnswerToALocalAttemptAsFinal() {
    assertThatThrownBy(() -> localReport(Location.of(new Coordinates(51.5074, -0.1278))))
        .isInstanceOfSatisfying(
            ForecastException.class, e -> assertThat(e.fault()).isEqualTo(NwsFault.NOT_FOUND));
    nws.verify(1, getRequestedFor(urlPathEqualTo("/points/51.5074,-0.1278")));
  }

  /**
   * Retry-After 20: locally at 0 s, as a regular activity at 20 s; a third try at 40 s would be
   * past the 30 s budget. Retry-After 40: locally at 0 s; at 40 s nothing is left of the budget, so
   * no regular activity is scheduled.
   */
  @ParameterizedTest
  @CsvSource({"20, 2, 1", "40, 1, 0"})
  void waitsOutARetryAfterFromALocalAttemptWithinTheBudget(
      int retryAfter, int calls, long scheduled) {
    rateLimitTheForecast(retryAfter);

    assertThatThrownBy(() -> localReport(Location.of(NORTON)))
        .isInstanceOfSatisfying(
            ForecastException.class, e -> assertThat(e.fault()).isEqualTo(NwsFault.UNAVAILABLE));
    nws.verify(calls, getRequestedFor(urlPathEqualTo(FORECAST)));
    assertThat(events(NORTON_ID, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED))
        .isEqualTo(scheduled);
  }

  @Test
  void givesEachAttemptItsTimeoutOrWhatIsLeftOfTheBudgetWhenLess() {
    report(Location.of(NORTON), Units.US);
    assertThat(scheduled(NORTON_ID))
        .as("start-to-close, schedule-to-close (s) of the first step: 5 s of 30 left")
        .containsExactly(5L, 30L);

    RetryBudget fourSeconds =
        new RetryBudget(
            Duration.ofSeconds(5),
            Duration.ofSeconds(1),
            2.0,
            Duration.ofSeconds(10),
            Duration.ofSeconds(4));
    ReportKey grid = new ReportKey(Location.of(new GridPoint("BOX", 70, 82)), Units.US);
    new ForecastRuns(
            environment.getWorkflowClient(), fourSeconds, RunGate.OPEN, TestEnvironments.TASK_QUEUE)
        .run(grid, Runnable::run);
    environment
        .getWorkflowClient()
        .newUntypedWorkflowStub(grid.workflowId())
        .getResult(WeatherReport.class);
    assertThat(scheduled(grid.workflowId()))
        .as("an attempt may not outlast the budget: 4 s of 4 left")
        .containsExactly(4L, 4L);
  }

  /** NWS answers the forecast with 429 and a Retry-After of this many seconds. */
  private void rateLimitTheForecast(int seconds) {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(429, "RateLimited", "Too Many Requests", "Slow down.")
                    .withHeader("Retry-After", String.valueOf(seconds))));
  }

  /** The first scheduled activity's start-to-close and schedule-to-close timeouts, in seconds. */
  private List<Long> scheduled(String workflowId) {
    return environment.getWorkflowClient().fetchHistory(workflowId).getEvents().stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .findFirst()
        .map(event -> event.getActivityTaskScheduledEventAttributes())
        .map(
            a ->
                List.of(
                    a.getStartToCloseTimeout().getSeconds(),
                    a.getScheduleToCloseTimeout().getSeconds()))
        .orElseThrow();
  }

  private static final String NORTON_ID = "forecast-41.967,-71.189-us";

  private WeatherReport localReport(Location location) {
    ReportKey key = new ReportKey(location, Units.US);
    new ForecastRuns(
            environment.getWorkflowClient(), LOCAL_FIRST, RunGate.OPEN, TestEnvironments.TASK_QUEUE)
        .run(key, Runnable::run);
    try {
      return environment
          .getWorkflowClient()
          .newUntypedWorkflowStub(key.workflowId())
          .getResult(WeatherReport.class);
    } catch (WorkflowException e) {
      throw ForecastException.of(key, e);
    }
  }

  private long events(String workflowId, EventType type) {
    return environment.getWorkflowClient().fetchHistory(workflowId).getEvents().stream()
        .filter(event -> event.getEventType() == type)
        .count();
  }

  /**
   * Starts the place's workflow through {@link ForecastRuns}, as the web layer does, and returns
   * its report or its verdict as the app maps it. The test server skips time only while a client
   * blocks on a result (an async long poll may time out as time jumps), so the result is read that
   * way.
   */
  private WeatherReport report(Location location, Units units) {
    ReportKey key = new ReportKey(location, units);
    runs.run(key, Runnable::run);
    try {
      return environment
          .getWorkflowClient()
          .newUntypedWorkflowStub(key.workflowId())
          .getResult(WeatherReport.class);
    } catch (WorkflowException e) {
      throw ForecastException.of(key, e);
    }
  }
}
