package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.weather.endtoend.Instances.request;
import static dev.weather.endtoend.Instances.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weather.TestTemporal;
import dev.weather.demo.NwsFixtures;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stopping an instance (what SIGTERM does: the context closes) against a Temporal Service reached
 * over gRPC: the pages in flight are answered, and the activities in hand are finished and reported
 * before the instance exits.
 */
@Tag("end-to-end")
class GracefulShutdownTest {

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";

  @RegisterExtension static Instances apps = new Instances();

  @BeforeEach
  void playASlowNws() {
    apps.nws()
        .stubFor(
            get(urlPathEqualTo(FORECAST))
                .atPriority(0)
                .willReturn(
                    okJson(NwsFixtures.body(FORECAST, Instant.now())).withFixedDelay(3000)));
  }

  @Test
  void answersThePagesInFlightBeforeStopping() {
    int port = apps.start("--weather.web.wait=20s");
    CompletableFuture<HttpResponse<String>> page =
        Instances.HTTP.sendAsync(
            request(port, "/weather?lat=41.83&lon=-71.32"), HttpResponse.BodyHandlers.ofString());
    await().atMost(Duration.ofSeconds(10)).until(GracefulShutdownTest::forecastAsked);

    apps.stop(0);

    assertThat(page.join().statusCode()).isEqualTo(200);
    assertThat(page.join().body()).contains(NORTON_FORECAST);
  }

  @Test
  void finishesAndReportsTheActivitiesInHandBeforeStopping() {
    int port = apps.start("--weather.web.wait=200ms");
    assertThat(send(port, "/weather?lat=41.82&lon=-71.33")).contains("Fetching the forecast for");
    await().atMost(Duration.ofSeconds(10)).until(GracefulShutdownTest::forecastAsked);

    apps.stop(0);

    // Reported before the instance was gone: Temporal has the forecast, and does not wait out a
    // timeout to retry.
    List<HistoryEvent> history = history("forecast-41.82,-71.33-us");
    assertThat(history)
        .filteredOn(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
        .as("points, forecast, now, the station's day, hourly, alerts, grid detail, discussion")
        .hasSize(8);
    assertThat(history)
        .noneMatch(
            event ->
                event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT
                    || event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED);
  }

  private static boolean forecastAsked() {
    return !apps.nws().findAll(getRequestedFor(urlPathEqualTo(FORECAST))).isEmpty();
  }

  private static List<HistoryEvent> history(String workflowId) {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(TestTemporal.target()).build());
    try {
      return WorkflowClient.newInstance(
              service, WorkflowClientOptions.newBuilder().setNamespace(apps.namespace()).build())
          .fetchHistory(workflowId)
          .getHistory()
          .getEventsList();
    } finally {
      service.shutdownNow();
    }
  }
}
