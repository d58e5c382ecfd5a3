package dev.weather.endtoend;

import static dev.weather.endtoend.Instances.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.weather.Ports;
import dev.weather.TestTemporal;
import dev.weather.WeatherApplication;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as {@code ./mvnw spring-boot:run} starts it, without TEMPORAL_ADDRESS, each in a JVM of
 * its own: it starts Temporal's dev server with the tests' CLI, links runs to the dev server's Web
 * UI, and keeps the runs in its data directory. Killed with SIGKILL, it leaves the dev server
 * running; started again, it takes that server over (not a second one), shows the finished run's
 * forecast from Temporal, and stops the server when it stops.
 */
@Tag("end-to-end")
class OwnTemporalEndToEndTest {

  private static final String NORTON_FORECAST = "<span class=\"grid\">BOX 70,82</span>";
  private static final String RUN = "forecast-41.87,-71.28-us";

  @TempDir Path data;
  private final List<Process> processes = new ArrayList<>();
  private WireMockServer nws;

  @AfterEach
  void stopAll() {
    processes.forEach(Process::destroyForcibly);
    DevServerLeft.stop(data);
    if (nws != null) {
      nws.stop();
    }
  }

  private static ConditionFactory within(Duration limit) {
    return await().atMost(limit).dontCatchUncaughtExceptions().pollInterval(Duration.ofMillis(250));
  }

  @Test
  void startsTheDevServerAndKeepsItsRunsThroughAKilledApp() throws Exception {
    nws = NwsStub.server();
    NwsFixtures.serve(nws, Clock.systemUTC());
    int temporalPort = Ports.free();
    int uiPort = Ports.free();

    int first = Ports.free();
    Process killed = app("own-temporal-first", first, temporalPort, uiPort);
    within(Duration.ofSeconds(90))
        .ignoreExceptions()
        .until(() -> send(first, "/actuator/health/readiness").contains("UP"));
    assertThat(send(first, "/actuator/health"))
        .contains(
            "\"server\":\"dev server at 127.0.0.1:" + temporalPort + ", started by this app\"");
    send(first, "/weather?lat=41.87&lon=-71.28");
    within(Duration.ofSeconds(30))
        .until(() -> send(first, "/weather/runs/" + RUN).contains(NORTON_FORECAST));
    assertThat(send(first, "/weather/runs/" + RUN))
        .as("the run in the dev server's Web UI")
        .contains("http://localhost:" + uiPort + "/namespaces/default/workflows/" + RUN);
    assertThat(
            Instances.HTTP
                .send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + uiPort + "/")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("the Web UI answers")
        .isEqualTo(200);
    assertThat(data.resolve("temporal.db")).exists();

    killed.destroyForcibly().waitFor(); // SIGKILL: nothing stops the dev server
    assertThat(listening(temporalPort)).as("the dev server outlives the killed app").isTrue();
    long devServer = Long.parseLong(Files.readString(data.resolve("dev-server.pid")).strip());

    int second = Ports.free();
    Process restarted = app("own-temporal-second", second, temporalPort, uiPort);
    within(Duration.ofSeconds(90))
        .ignoreExceptions()
        .until(() -> send(second, "/actuator/health/readiness").contains("UP"));
    assertThat(send(second, "/weather/runs/" + RUN))
        .as("the finished run, read from Temporal by a new app")
        .contains(NORTON_FORECAST);
    assertThat(Long.parseLong(Files.readString(data.resolve("dev-server.pid")).strip()))
        .as("the same dev server, not a second one")
        .isEqualTo(devServer);

    restarted.destroy(); // SIGTERM: a graceful stop
    assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).isTrue();
    within(Duration.ofSeconds(15)).until(() -> !listening(temporalPort));
    assertThat(ProcessHandle.of(devServer).map(ProcessHandle::isAlive).orElse(false))
        .as("stopped with the app that took it over")
        .isFalse();
  }

  private Process app(String name, int port, int temporalPort, int uiPort) throws IOException {
    Process process =
        AppJvm.start(
            name,
            WeatherApplication.class.getName(),
            "--server.port=" + port,
            "--weather.temporal.local.port=" + temporalPort,
            "--weather.temporal.local.ui-port=" + uiPort,
            "--weather.temporal.local.data-dir=" + data,
            "--weather.temporal.local.cli=" + TestTemporal.requiredCli(),
            "--weather.temporal.local.download=false",
            "--weather.temporal.local.mode=dev-server",
            "--weather.nws.base-url=" + nws.baseUrl(),
            "--weather.web.wait=1s",
            "--spring.jmx.enabled=false");
    processes.add(process);
    return process;
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A dev server a failed test left running, stopped by its recorded process ID. */
  private static final class DevServerLeft {
    static void stop(Path data) {
      try {
        long pid = Long.parseLong(Files.readString(data.resolve("dev-server.pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      } catch (IOException | NumberFormatException e) {
        // none left
      }
    }
  }
}
