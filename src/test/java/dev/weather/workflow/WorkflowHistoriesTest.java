package dev.weather.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.activities.WeatherActivities;
import dev.weather.activities.WeatherActivitiesImpl;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.nws.TestNws;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Determinism. Histories of representative runs, recorded from the workflow code as it was, are kept in
 * {@code src/test/resources/histories} and replayed against the code as it is: a change that would break runs in
 * flight on a real Temporal Service fails here. The recording test writes fresh ones to {@code target/histories};
 * README says when to copy them over.
 */
class WorkflowHistoriesTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);
  private static final Location NORTON = Location.of(new Coordinates(41.967, -71.189));
  private static final RetryBudget BUDGET =
      new RetryBudget(Duration.ofSeconds(5), Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), Duration.ofSeconds(30));
  private static final Path RECORDED = Path.of("src/test/resources/histories");
  private static final Path FRESH = Path.of("target/histories");

  @ParameterizedTest
  @ValueSource(strings = {"success", "retried-success", "hourly-failed", "grid", "shared", "current-conditions"})
  void replaysTheRecordedHistories(String name) throws Exception {
    WorkflowReplayer.replayWorkflowExecution(Files.readString(RECORDED.resolve(name + ".json")),
        WeatherWorkflowImpl.class);
  }

  @Test
  void failsReplayWhenTheWorkflowAsksForItsPartsInAnotherOrder() throws Exception {
    String success = Files.readString(RECORDED.resolve("success.json"));

    assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(success, ForecastFirstWorkflow.class))
        .hasMessageContaining("NonDeterministicException");
  }

  @Test
  void recordsRepresentativeRuns() throws Exception {
    NwsFixtures.serve(nws, CLOCK);
    record("success", NORTON, report -> assertThat(report.unavailable()).isEmpty());
    record("current-conditions", NORTON, report -> assertThat(report.now().station().id()).isEqualTo("KOWD"));
    record("grid", Location.of(new GridPoint("BOX", 70, 82)), report -> assertThat(report.alerts()).isEmpty());
    NwsStub.failOnceThenServe(nws, "/gridpoints/BOX/70,82/forecast", CLOCK);
    record("retried-success", NORTON, report -> assertThat(report.forecast().periods()).isNotEmpty());
    nws.stubFor(get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast/hourly")).atPriority(0)
        .willReturn(NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops.")));
    record("hourly-failed", NORTON, report -> assertThat(report.unavailable()).containsExactly(Part.HOURLY));
    nws.resetAll();
    NwsFixtures.serve(nws, CLOCK);
    recordSharedRun();
  }

  private void record(String name, Location location, Consumer<WeatherReport> check) throws Exception {
    record(name, client -> {
      String id = "history-" + name;
      WeatherWorkflow workflow = client.newWorkflowStub(WeatherWorkflow.class,
          WorkflowOptions.newBuilder().setTaskQueue(TestEnvironments.TASK_QUEUE).setWorkflowId(id).build());
      check.accept(workflow.report(new ForecastRequest(location, Units.US, BUDGET)));
      return id;
    });
  }

  /**
   * Three requests for one place as the app makes them ({@link ForecastRuns}): they join one run, and look at its
   * progress (a query) while it works.
   */
  private void recordSharedRun() throws Exception {
    nws.stubFor(get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast")).atPriority(0)
        .willReturn(okJson(NwsFixtures.body("/gridpoints/BOX/70,82/forecast", CLOCK.instant()))
            .withFixedDelay(1000)));
    ExecutorService executor = Executors.newFixedThreadPool(3);
    try {
      record("shared", client -> {
        ForecastRuns runs = new ForecastRuns(client, BUDGET, RunGate.OPEN, TestEnvironments.TASK_QUEUE);
        ReportKey key = new ReportKey(NORTON, Units.US);
        List<CompletableFuture<WeatherReport>> requests =
            Stream.generate(() -> runs.run(key, executor)).limit(3).toList();
        await().atMost(Duration.ofSeconds(10))
            .until(() -> runs.state(key) instanceof RunState.Running running && running.progress() != null);

        List<WeatherReport> reports = requests.stream().map(CompletableFuture::join).toList();
        assertThat(reports).allSatisfy(report -> assertThat(report).isEqualTo(reports.get(0)));
        nws.verify(1, getRequestedFor(urlPathEqualTo("/gridpoints/BOX/70,82/forecast")));
        return key.workflowId();
      });
    } finally {
      executor.shutdown();
    }
  }

  /** Runs what {@code run} starts on a fresh test server and worker; writes the history of the run it names. */
  private void record(String name, Function<WorkflowClient, String> run) throws Exception {
    try (TestNws test = TestNws.at(nws.baseUrl(), CLOCK);
        TestWorkflowEnvironment environment = TestEnvironments.newEnvironment()) {
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

  /** The workflow as a careless change might leave it: the forecast asked for before the point is resolved. */
  public static class ForecastFirstWorkflow extends WeatherWorkflowImpl {
    @Override
    public WeatherReport report(ForecastRequest request) {
      io.temporal.workflow.Workflow.newActivityStub(WeatherActivities.class,
              io.temporal.activity.ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(5)).build())
          .getForecast(new GridPoint("BOX", 70, 82), Units.US);
      return super.report(request);
    }
  }
}
