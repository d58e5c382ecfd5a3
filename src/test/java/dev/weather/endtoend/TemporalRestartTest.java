package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.weather.endtoend.Instances.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weather.Ports;
import dev.weather.demo.NwsFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporal itself killed mid-run: a dev server of this test's own, killed with SIGKILL while the
 * run waits on a slow NWS, and started again on its SQLite file. The run completes, its page shows
 * the forecast, and the app, never restarted, reconnects by itself.
 */
@Tag("end-to-end")
class TemporalRestartTest {

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";
  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";
  private static final String RUN = "forecast-41.82,-71.35-us";

  @RegisterExtension static Instances apps = new Instances();

  @TempDir Path data;
  private Process temporal;

  /** The app first (it tells Temporal its workers are gone), then the server. */
  @AfterEach
  void stopTemporal() {
    apps.stopAll();
    if (temporal != null) {
      temporal.destroyForcibly();
    }
  }

  @Test
  void aRunOutlivesARestartOfTemporal() throws Exception {
    int port = Ports.free();
    temporal = startTemporal(port);
    apps.nws()
        .stubFor(
            get(urlPathEqualTo(FORECAST))
                .atPriority(0)
                .willReturn(
                    okJson(NwsFixtures.body(FORECAST, Instant.now())).withFixedDelay(3000)));
    // While Temporal is down the SDK logs every poller's failure with a stack trace
    // (docs/TESTING.md: a passing run
    // prints none); the app's own lines stay.
    int app =
        apps.start(
            "--TEMPORAL_ADDRESS=127.0.0.1:" + port,
            "--TEMPORAL_NAMESPACE=default",
            "--logging.level.io.temporal.internal.worker.BasePoller=ERROR");

    assertThat(send(app, "/weather?lat=41.82&lon=-71.35")).contains("Fetching the forecast for");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !apps.nws().findAll(getRequestedFor(urlPathEqualTo(FORECAST))).isEmpty());
    temporal.destroyForcibly().waitFor(); // SIGKILL, with the forecast's attempt in flight
    temporal = startTemporal(port);

    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> send(app, "/weather/runs/" + RUN).contains(NORTON_FORECAST));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> send(app, "/actuator/health").contains("\"status\":\"UP\""));
  }

  private Process startTemporal(int port) throws IOException {
    return OwnDevServer.start(port, data.resolve("temporal.db"), "temporal-restart");
  }
}
