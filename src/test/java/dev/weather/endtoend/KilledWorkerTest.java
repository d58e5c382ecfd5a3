package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.weather.endtoend.Instances.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.weather.Ports;
import dev.weather.TestTemporal;
import dev.weather.WeatherApplication;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A worker killed mid-flight, with everything in its own process as in production: Temporal's dev
 * server (the real Temporal Server) standing in for a Temporal Service, and two instances of the
 * app, each its own JVM, with the default sticky queue timeout. The instance running the forecast
 * activity is killed with SIGKILL; the other finishes the run once the activity's attempt has timed
 * out (and the run's next workflow task has left the dead worker's sticky queue), and the person's
 * progress address shows the forecast from there.
 */
@Tag("end-to-end")
class KilledWorkerTest {

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";
  private static final String RUN = "forecast-41.81,-71.34-us";

  private final List<Process> processes = new ArrayList<>();
  private WireMockServer nws;

  @AfterEach
  void stopAll() {
    processes.forEach(Process::destroyForcibly);
    if (nws != null) {
      nws.stop();
    }
  }

  /**
   * Waits up to {@code limit}. Everything under test runs in processes of its own, so an uncaught
   * exception on a thread an earlier test in this JVM left behind is no failure of this one.
   */
  private static ConditionFactory within(Duration limit) {
    return await().atMost(limit).dontCatchUncaughtExceptions();
  }

  @Test
  void theOtherInstanceFinishesARunWhoseWorkerWasKilled() throws Exception {
    nws = NwsStub.server();
    NwsFixtures.serve(nws, Clock.systemUTC());
    String forecast = NwsFixtures.body(FORECAST, Instant.now());
    // The first forecast request hangs (its instance dies waiting); later ones are answered at
    // once.
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .inScenario("slow first")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(forecast).withFixedDelay(60_000))
            .willSetStateTo("answered"));
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .inScenario("slow first")
            .whenScenarioStateIs("answered")
            .willReturn(okJson(forecast)));

    String namespace = TestTemporal.newNamespace(KilledWorkerTest.class);
    Map<String, Integer> ports = Map.of("a", Ports.free(), "b", Ports.free());
    Map<String, Process> instances =
        Map.of(
            "a", app("a", ports.get("a"), namespace),
            "b", app("b", ports.get("b"), namespace));
    for (int port : ports.values()) {
      within(Duration.ofSeconds(90))
          .ignoreExceptions()
          .until(() -> send(port, "/actuator/health/readiness").contains("UP"));
    }

    assertThat(send(ports.get("a"), "/weather?lat=41.81&lon=-71.34"))
        .contains("/weather/runs/" + RUN);
    within(Duration.ofSeconds(15)).until(() -> !forecastRequests().isEmpty());
    String doomed =
        forecastRequests().get(0).getHeader("User-Agent").startsWith("instance-a") ? "a" : "b";
    String survivor = doomed.equals("a") ? "b" : "a";
    instances
        .get(doomed)
        .destroyForcibly()
        .waitFor(); // SIGKILL: no shutdown hook, nothing reported
    assertThat(send(ports.get(survivor), "/weather/runs/" + RUN))
        .as("the run's steps, from what it published, whichever worker holds it")
        .contains(
            "<li id=\"step-forecast\" class=\"running\">", "<li id=\"step-place\" class=\"done\">");

    within(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> send(ports.get(survivor), "/weather/runs/" + RUN).contains(NORTON_FORECAST));

    assertThat(forecastRequests())
        .extracting(request -> request.getHeader("User-Agent").substring(0, 10))
        .as("one attempt by each instance")
        .containsExactly("instance-" + doomed, "instance-" + survivor);
    List<HistoryEvent> history = history(namespace);
    long forecastScheduled =
        history.stream()
            .filter(
                e ->
                    e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
                        && e.getActivityTaskScheduledEventAttributes()
                            .getActivityType()
                            .getName()
                            .equals("GetForecast"))
            .findFirst()
            .orElseThrow()
            .getEventId();
    assertThat(history)
        .filteredOn(
            e ->
                e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
                    && e.getActivityTaskStartedEventAttributes().getScheduledEventId()
                        == forecastScheduled)
        .singleElement()
        .satisfies(
            started -> {
              assertThat(started.getActivityTaskStartedEventAttributes().getAttempt())
                  .as("the second attempt, after the first timed out")
                  .isEqualTo(2);
              // A worker's identity is pid@host.
              assertThat(started.getActivityTaskStartedEventAttributes().getIdentity())
                  .as("run by the survivor")
                  .startsWith(instances.get(survivor).pid() + "@");
            });
    assertThat(history)
        .filteredOn(e -> e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED)
        .as("the run completed, once")
        .hasSize(1);
  }

  private List<LoggedRequest> forecastRequests() {
    return nws.findAll(getRequestedFor(urlPathEqualTo(FORECAST)));
  }

  private List<HistoryEvent> history(String namespace) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(TestTemporal.target()).build());
    try {
      WorkflowClient client =
          WorkflowClient.newInstance(
              service, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
      assertThat(
              client.newUntypedWorkflowStub(RUN).describe().getWorkflowExecutionInfo().getStatus())
          .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
      return client.fetchHistory(RUN).getHistory().getEventsList();
    } finally {
      service.shutdownNow();
    }
  }

  /**
   * An instance of the app in its own JVM; its User-Agent names it, so NWS's log tells which one
   * asked.
   */
  private Process app(String name, int port, String namespace) throws IOException {
    return java(
        "app-" + name,
        WeatherApplication.class.getName(),
        "--server.port=" + port,
        "--TEMPORAL_ADDRESS=" + TestTemporal.target(),
        "--TEMPORAL_NAMESPACE=" + namespace,
        "--weather.nws.base-url=" + nws.baseUrl(),
        "--weather.nws.user-agent=instance-" + name + " (tests)",
        "--weather.web.wait=1s",
        "--weather.retry.attempt-timeout=3s",
        "--spring.jmx.enabled=false");
  }

  /** A JVM on this test's class path, its output in target/killed-worker-NAME.log. */
  private Process java(String name, String mainClass, String... args) throws IOException {
    Process process = AppJvm.start("killed-worker-" + name, mainClass, args);
    processes.add(process);
    return process;
  }
}
