package dev.weather.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.TestTemporal;
import dev.weather.activities.WeatherActivities;
import dev.weather.activities.WeatherActivitiesImpl;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.nws.TestNws;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Determinism. Histories of representative runs, recorded from the workflow code as it was, are
 * kept in {@code src/test/resources/histories} and replayed against the code as it is: a change
 * that would break runs in flight on a real Temporal Service fails here. The recording test writes
 * fresh ones to {@code target/histories}; docs/OPERATIONS.md says when to copy them over.
 */
class WorkflowHistoriesTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
  private static final Location NORTON = Location.of(new Coordinates(41.967, -71.189));
  private static final RetryBudget BUDGET =
      new RetryBudget(
          Duration.ofSeconds(5),
          Duration.ofSeconds(1),
          2.0,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30));

  /**
   * Local first attempts: a local activity's marker in the history for each, and a timer for a
   * Retry-After.
   */
  private static final RetryBudget LOCAL_FIRST =
      new RetryBudget(
          Duration.ofSeconds(5),
          Duration.ofSeconds(1),
          2.0,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          true);

  /** Spent after a few attempts. */
  private static final RetryBudget SHORT =
      new RetryBudget(
          Duration.ofSeconds(1),
          Duration.ofMillis(500),
          1.0,
          Duration.ofMillis(500),
          Duration.ofSeconds(2));

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final Path RECORDED = Path.of("src/test/resources/histories");
  private static final Path FRESH = Path.of("target/histories");

  /** Where the recording runs go: one namespace for all of them, each run with an ID of its own. */
  private String namespace;

  /**
   * The first six were recorded on the in-memory test server (current-conditions is the first with
   * that step; the others replay through its version marker); the rest on the real dev server, for
   * the failure paths. grid-detail is the first with the raw grid's step, discussion the first with
   * the discussion's, station-history the first with the station's last day and progress-memo the
   * first that publishes its steps as its memo; the ones before each replay through its version
   * marker.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "success",
        "retried-success",
        "hourly-failed",
        "grid",
        "shared",
        "current-conditions",
        "grid-detail",
        "discussion",
        "station-history",
        "progress-memo",
        "not-covered",
        "budget-spent",
        "local-first",
        "retry-after"
      })
  void replaysTheRecordedHistories(String name) throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        Files.readString(RECORDED.resolve(name + ".json")), WeatherWorkflowImpl.class);
  }

  @Test
  void failsReplayWhenTheWorkflowAsksForItsPartsInAnotherOrder() throws Exception {
    String success = Files.readString(RECORDED.resolve("success.json"));

    assertThatThrownBy(
            () -> WorkflowReplayer.replayWorkflowExecution(success, ForecastFirstWorkflow.class))
        .hasMessageContaining("NonDeterministicException");
  }

  /**
   * On the real dev server, so end-to-end: left out of mutation testing, where a minion timed out
   * mid-recording would leave its dev server running.
   */
  @Test
  @Tag("end-to-end")
  void recordsRepresentativeRuns() throws Exception {
    namespace = TestTemporal.newNamespace(WorkflowHistoriesTest.class);
    NwsFixtures.serve(nws, CLOCK);
    record("success", NORTON, BUDGET, report -> assertThat(report.unavailable()).isEmpty());
    record(
        "current-conditions",
        NORTON,
        BUDGET,
        report -> assertThat(report.now().station().id()).isEqualTo("KOWD"));
    record(
        "grid-detail", NORTON, BUDGET, report -> assertThat(report.detail().hours()).isNotEmpty());
    record("discussion", NORTON, BUDGET, report -> assertThat(report.discussions()).hasSize(2));
    record("station-history", NORTON, BUDGET, report -> assertThat(report.history()).hasSize(24));
    record("progress-memo", NORTON, BUDGET, report -> assertThat(report.unavailable()).isEmpty());
    assertThat(Files.readString(FRESH.resolve("progress-memo.json")))
        .as("the steps, published as the run's memo")
        .contains("EVENT_TYPE_WORKFLOW_PROPERTIES_MODIFIED");
    record(
        "grid",
        Location.of(new GridPoint("BOX", 70, 82)),
        BUDGET,
        report -> assertThat(report.alerts()).isEmpty());
    record(
        "local-first", NORTON, LOCAL_FIRST, report -> assertThat(report.unavailable()).isEmpty());
    NwsStub.failOnceThenServe(nws, FORECAST, CLOCK);
    record(
        "retried-success",
        NORTON,
        BUDGET,
        report -> assertThat(report.forecast().periods()).isNotEmpty());
    nws.resetAll();
    NwsFixtures.serve(nws, CLOCK);
    rateLimitOnce(FORECAST);
    record(
        "retry-after",
        NORTON,
        LOCAL_FIRST,
        report -> assertThat(report.forecast().periods()).isNotEmpty());
    assertThat(Files.readString(FRESH.resolve("retry-after.json")))
        .as("the local attempts' markers, and the timer that waited out the Retry-After")
        .contains("\"markerName\": \"LocalActivity\"", "EVENT_TYPE_TIMER_STARTED");
    nws.stubFor(
        get(urlPathEqualTo(FORECAST + "/hourly"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    record(
        "hourly-failed",
        NORTON,
        SHORT,
        report -> assertThat(report.unavailable()).containsExactly(Part.HOURLY));
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    recordFailure("budget-spent", NORTON, SHORT, NwsFault.UNAVAILABLE.type());
    nws.resetAll();
    NwsFixtures.serve(nws, CLOCK);
    nws.stubFor(
        get(urlPathEqualTo("/points/25,-60"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(
                    404,
                    "https://api.weather.gov/problems/InvalidPoint",
                    "Data Unavailable For Requested Point",
                    "Outside.")));
    recordFailure(
        "not-covered", Location.of(new Coordinates(25, -60)), BUDGET, NwsFault.NOT_FOUND.type());
    recordSharedRun();
  }

  private void record(
      String name, Location location, RetryBudget budget, Consumer<WeatherReport> check)
      throws Exception {
    record(
        name,
        client -> {
          check.accept(stub(client, name).report(new ForecastRequest(location, Units.US, budget)));
          return "history-" + name;
        });
  }

  /** A run that ends in a failure of {@code type}. */
  private void recordFailure(String name, Location location, RetryBudget budget, String type)
      throws Exception {
    record(
        name,
        client -> {
          assertThatThrownBy(
                  () -> stub(client, name).report(new ForecastRequest(location, Units.US, budget)))
              .isInstanceOfSatisfying(
                  WorkflowFailedException.class,
                  e -> assertThat(((ApplicationFailure) e.getCause()).getType()).isEqualTo(type));
          return "history-" + name;
        });
  }

  private static WeatherWorkflow stub(WorkflowClient client, String name) {
    return client.newWorkflowStub(
        WeatherWorkflow.class,
        WorkflowOptions.newBuilder()
            .setTaskQueue(TestEnvironments.TASK_QUEUE)
            .setWorkflowId("history-" + name)
            .build());
  }

  /** NWS's 429 at {@code path} once, asking for a second's pause, then the fixture. */
  private static void rateLimitOnce(String path) {
    nws.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(0)
            .inScenario("limited")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                NwsFixtures.problem(429, "RateLimited", "Too Many Requests", "Slow down.")
                    .withHeader("Retry-After", "1"))
            .willSetStateTo("served"));
    nws.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(0)
            .inScenario("limited")
            .whenScenarioStateIs("served")
            .willReturn(okJson(NwsFixtures.body(path, CLOCK.instant()))));
  }

  /**
   * Three requests for one place as the app makes them ({@link ForecastRuns}): they join one run,
   * and look at its progress (a query) while it works.
   */
  private void recordSharedRun() throws Exception {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(okJson(NwsFixtures.body(FORECAST, CLOCK.instant())).withFixedDelay(1000)));
    ExecutorService executor = Executors.newFixedThreadPool(3);
    try {
      record(
          "shared",
          client -> {
            ForecastRuns runs =
                new ForecastRuns(client, BUDGET, RunGate.OPEN, TestEnvironments.TASK_QUEUE);
            ReportKey key = new ReportKey(NORTON, Units.US);
            List<CompletableFuture<WeatherReport>> requests =
                Stream.generate(() -> runs.run(key, executor)).limit(3).toList();
            await()
                .atMost(Duration.ofSeconds(10))
                .until(
                    () ->
                        runs.state(key) instanceof RunState.Running running
                            && running.progress() != null);

            List<WeatherReport> reports = requests.stream().map(CompletableFuture::join).toList();
            assertThat(reports).allSatisfy(report -> assertThat(report).isEqualTo(reports.get(0)));
            nws.verify(1, getRequestedFor(urlPathEqualTo(FORECAST)));
            return key.workflowId();
          });
    } finally {
      executor.shutdown();
    }
  }

  /**
   * Runs what {@code run} starts with a fresh worker on the tests' real dev server; writes the
   * history of the run it names.
   */
  private void record(String name, Function<WorkflowClient, String> run) throws Exception {
    try (TestNws test = TestNws.at(nws.baseUrl(), CLOCK);
        TestWorkflowEnvironment environment = TestEnvironments.onDevServer(namespace)) {
      Worker worker = environment.newWorker(TestEnvironments.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(WeatherWorkflowImpl.class);
      worker.registerActivitiesImplementations(new WeatherActivitiesImpl(test.client(), CLOCK));
      environment.start();
      WorkflowClient client = environment.getWorkflowClient();

      String id = run.apply(client);

      Files.createDirectories(FRESH);
      Files.writeString(FRESH.resolve(name + ".json"), client.fetchHistory(id).toJson(true));
    }
  }

  /**
   * The workflow as a careless change might leave it: the forecast asked for before the point is
   * resolved.
   */
  public static class ForecastFirstWorkflow extends WeatherWorkflowImpl {
    @Override
    public WeatherReport report(ForecastRequest request) {
      io.temporal.workflow.Workflow.newActivityStub(
              WeatherActivities.class,
              io.temporal.activity.ActivityOptions.newBuilder()
                  .setStartToCloseTimeout(Duration.ofSeconds(5))
                  .build())
          .getForecast(new GridPoint("BOX", 70, 82), Units.US);
      return super.report(request);
    }
  }
}
