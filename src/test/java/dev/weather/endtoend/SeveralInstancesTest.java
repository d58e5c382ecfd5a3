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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two instances of the app against one Temporal Service reached over gRPC (Temporal's dev server,
 * standing in for docker compose or Temporal Cloud: the app sees only {@code TEMPORAL_ADDRESS}),
 * with WireMock as NWS.
 */
@Tag("end-to-end")
class SeveralInstancesTest {

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";

  @RegisterExtension static Instances apps = new Instances();

  @BeforeEach
  void playNws() {
    // Slow enough that requests to both instances overlap one run.
    apps.nws()
        .stubFor(
            get(urlPathEqualTo(FORECAST))
                .atPriority(0)
                .willReturn(
                    okJson(NwsFixtures.body(FORECAST, Instant.now())).withFixedDelay(2000)));
  }

  @Test
  void requestsToEitherInstanceShareOneRunAndNwsSeesOneRequestPerEndpoint() {
    int a = apps.start();
    int b = apps.start();
    List<CompletableFuture<HttpResponse<String>>> views = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      views.add(
          Instances.HTTP.sendAsync(
              request(i % 2 == 0 ? a : b, "/weather?lat=41.86&lon=-71.29"),
              HttpResponse.BodyHandlers.ofString()));
    }
    views.forEach(view -> assertThat(view.join().statusCode()).isEqualTo(200));

    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> send(b, "/weather/runs/forecast-41.86,-71.29-us").contains(NORTON_FORECAST));
    assertThat(send(a, "/weather/runs/forecast-41.86,-71.29-us")).contains(NORTON_FORECAST);
    for (String path :
        List.of("/points/41.86,-71.29", FORECAST, FORECAST + "/hourly", "/alerts/active")) {
      assertThat(apps.nws().findAll(getRequestedFor(urlPathEqualTo(path)))).as(path).hasSize(1);
    }
    assertThat(send(a, "/actuator/health"))
        .contains("\"server\":\"" + TestTemporal.target() + "\"");
  }

  @Test
  void aRunsPageWorksOnAnyInstanceAndAfterARestart() {
    int a = apps.start();
    int b = apps.start();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> send(a, "/weather?lat=41.85&lon=-71.30").contains(NORTON_FORECAST));

    apps.stop(0);
    int restarted = apps.start();

    for (int instance : List.of(b, restarted)) {
      assertThat(send(instance, "/weather/runs/forecast-41.85,-71.3-us"))
          .as("the run's own report, fresh, read from Temporal")
          .contains(NORTON_FORECAST)
          .doesNotContain("class=\"notice\"", "http-equiv=\"refresh\"");
    }
  }

  /**
   * An instance stopped gracefully mid-run finishes and reports the activity in hand, and tells
   * Temporal its worker is gone, so the run goes on at once on the instance that replaces it
   * (neither the activity's timeout nor the sticky queue's is waited out), whose run page answers
   * at once and shows the forecast. KilledWorkerTest kills one instead.
   */
  @Test
  void aRunGoesOnAtOnceOnAnotherInstanceWhenTheOneRunningItStops() {
    apps.nws()
        .stubFor(
            get(urlPathEqualTo(FORECAST))
                .atPriority(0)
                .willReturn(
                    okJson(NwsFixtures.body(FORECAST, Instant.now())).withFixedDelay(3000)));
    int a = apps.start();
    assertThat(send(a, "/weather?lat=41.84&lon=-71.31")).contains("Fetching the forecast for");

    apps.stop(0);
    int restarted = apps.start();
    long begin = System.nanoTime();
    String page = send(restarted, "/weather/runs/forecast-41.84,-71.31-us");

    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(6));
    assertThat(page).containsAnyOf("Fetching the forecast for", NORTON_FORECAST);
    await()
        .atMost(Duration.ofSeconds(4))
        .until(
            () ->
                send(restarted, "/weather/runs/forecast-41.84,-71.31-us")
                    .contains(NORTON_FORECAST));
    assertThat(apps.nws().findAll(getRequestedFor(urlPathEqualTo(FORECAST))))
        .as("one forecast attempt")
        .hasSize(1);
  }
}
