package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.weather.endtoend.Instances.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.weather.Ports;
import dev.weather.WeatherApplication;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alert watch as a person has it, on a real dev server of the test's own with the app in a JVM
 * of its own: the form starts it with an alert in force, NWS updates the alert under it, and the
 * person's ntfy topic and webhook each get one message per change although each fails and resets on
 * the way and, in between, the app is killed with SIGKILL and Temporal too; the page and the feed
 * show the messages; ending it ends it.
 */
@Tag("end-to-end")
class WatchEndToEndTest {

  private static final String ALERTS = "/alerts/active";
  private static final String TOPIC = "/norton-alerts";

  private static final String HOOK = "/hook";

  @TempDir Path data;
  private final List<Process> processes = new ArrayList<>();
  private WireMockServer nws;
  private WireMockServer targets;
  private Process temporal;

  /** The apps first (they tell Temporal their workers are gone), then Temporal and the stubs. */
  @AfterEach
  void stopAll() {
    processes.forEach(Process::destroyForcibly);
    if (temporal != null) {
      temporal.destroyForcibly();
    }
    if (nws != null) {
      nws.stop();
    }
    if (targets != null) {
      targets.stop();
    }
  }

  @Test
  void eachChangeReachesTheFeedNtfyAndAWebhookOnceThroughFaultsAKilledAppAndATemporalRestart()
      throws Exception {
    nws = NwsStub.server();
    NwsFixtures.serve(nws, Clock.systemUTC());
    targets = new WireMockServer(wireMockConfig().dynamicPort());
    targets.start();
    // Each message, on each target: first a 500, then a reset (the target may have kept it), then
    // taken.
    for (String path : List.of(TOPIC, HOOK)) {
      targets.stubFor(
          post(path)
              .inScenario(path)
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(aResponse().withStatus(500))
              .willSetStateTo("reset"));
      targets.stubFor(
          post(path)
              .inScenario(path)
              .whenScenarioStateIs("reset")
              .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
              .willSetStateTo("ok"));
      targets.stubFor(
          post(path)
              .inScenario(path)
              .whenScenarioStateIs("ok")
              .willReturn(aResponse().withStatus(200))
              .willSetStateTo(Scenario.STARTED));
    }

    // In force as the watch begins: told at its first look. (NWS's answers are fresh for at least
    // 30 s, so each later change waits for the next look that long.)
    alerts(alert("A", "Alert", ""));
    int temporalPort = Ports.free();
    temporal = OwnDevServer.start(temporalPort, data.resolve("temporal.db"), "watch-temporal");
    int port = Ports.free();
    Process app = app(port, temporalPort);
    HttpResponse<String> started =
        postForm(port, "/watches", "lat=41.967&lon=-71.189&ntfy=norton-alerts&webhook=home");
    assertThat(started.statusCode()).isEqualTo(303);
    String address = started.headers().firstValue("Location").orElseThrow();
    assertThat(address).matches("/watches/[A-Za-z0-9_-]{22}");
    within(Duration.ofSeconds(10))
        .until(() -> send(port, "/actuator/health").matches(".*\"watches\":\\{[^}]*\"open\":1.*"));

    within(Duration.ofSeconds(60)).until(() -> taken(TOPIC).size() == 1 && taken(HOOK).size() == 1);
    within(Duration.ofSeconds(10))
        .until(
            () -> {
              String page = send(port, address);
              return page.contains("Norton, MA: Winter Storm Warning in effect")
                  && page.contains("ntfy: sent, webhook: sent");
            });

    // Everything down at once: the app killed with SIGKILL, Temporal too; NWS updates the alert.
    app.destroyForcibly().waitFor();
    temporal.destroyForcibly().waitFor();
    alerts(alert("B", "Update", "A"));
    temporal = OwnDevServer.start(temporalPort, data.resolve("temporal.db"), "watch-temporal");
    app = app(port, temporalPort);
    within(Duration.ofSeconds(90)).until(() -> taken(TOPIC).size() == 2 && taken(HOOK).size() == 2);

    for (String path : List.of(TOPIC, HOOK)) {
      String key = path.equals(TOPIC) ? "X-Sequence-ID" : "Idempotency-Key";
      Map<String, Long> attemptsPerMessage =
          targets.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
              .collect(Collectors.groupingBy(r -> r.getHeader(key), Collectors.counting()));
      assertThat(attemptsPerMessage)
          .as("three attempts of each message to %s, each with its key", path)
          .hasSize(2)
          .allSatisfy((k, attempts) -> assertThat(attempts).isEqualTo(3));
    }
    assertThat(taken(TOPIC))
        .extracting(r -> r.getHeader("Title"))
        .containsExactly(
            "Norton, MA: Winter Storm Warning in effect",
            "Norton, MA: Winter Storm Warning updated");
    assertThat(taken(HOOK).get(1).getBodyAsString()).contains("\"kind\":\"UPDATED\"");
    assertThat(targets.getAllServeEvents())
        .as("the targets were asked only at the configured topic and webhook")
        .extracting(e -> e.getRequest().getUrl())
        .containsOnly(TOPIC, HOOK);

    String feed = send(port, address + "/feed");
    assertThat(feed)
        .contains("<title>Norton, MA: Winter Storm Warning updated</title>")
        .contains("<id>urn:durable-weather:watch:");
    assertThat(feed.replace(address, ""))
        .as("the address only in the feed's links, never in an id")
        .doesNotContain(address.substring("/watches/".length()));

    assertThat(postForm(port, address + "/end", "").statusCode()).isEqualTo(303);
    within(Duration.ofSeconds(20)).until(() -> send(port, address).contains("ended"));
    assertThat(send(port, address)).doesNotContain("End this watch");
  }

  /** What a target took at {@code path}: the requests answered 200 (a reset is logged as one). */
  private List<LoggedRequest> taken(String path) {
    return targets.getAllServeEvents().stream()
        .filter(
            e ->
                e.getResponse().getStatus() == 200
                    && e.getResponseDefinition().getFault() == null
                    && e.getRequest().getUrl().equals(path))
        .map(e -> (LoggedRequest) e.getRequest())
        .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
        .toList();
  }

  private void alerts(String... features) {
    nws.stubFor(
        get(urlPathEqualTo(ALERTS))
            .atPriority(0)
            .willReturn(
                okJson("{\"features\":[" + String.join(",", features) + "]}")
                    .withHeader("Cache-Control", "public, max-age=1")));
  }

  private static String alert(String id, String type, String references) {
    String until = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
    String refs = references.isEmpty() ? "" : "{\"identifier\":\"" + references + "\"}";
    return "{\"properties\":{\"id\":\""
        + id
        + "\",\"event\":\"Winter Storm Warning\","
        + "\"severity\":\"Severe\",\"headline\":\"Winter Storm Warning "
        + id
        + "\","
        + "\"expires\":\""
        + until
        + "\",\"messageType\":\""
        + type
        + "\","
        + "\"references\":["
        + refs
        + "]}}";
  }

  private Process app(int port, int temporalPort) throws IOException {
    Process app =
        AppJvm.start(
            "watch-app",
            WeatherApplication.class.getName(),
            "--server.port=" + port,
            "--TEMPORAL_ADDRESS=127.0.0.1:" + temporalPort,
            "--TEMPORAL_NAMESPACE=default",
            // While Temporal is down the SDK logs each poller's failure with a stack trace.
            "--logging.level.io.temporal.internal.worker.BasePoller=ERROR",
            "--weather.nws.base-url=" + nws.baseUrl(),
            "--weather.watch.min-check=1s",
            // The killed app's workflow tasks move on to the new one sooner.
            "--weather.temporal.sticky-queue-timeout=1s",
            "--weather.watch.ntfy-url=" + targets.baseUrl(),
            "--weather.watch.webhooks.home=" + targets.baseUrl() + HOOK,
            "--spring.jmx.enabled=false");
    processes.add(app);
    within(Duration.ofSeconds(90))
        .ignoreExceptions()
        .until(() -> send(port, "/actuator/health/readiness").contains("UP"));
    return app;
  }

  private static HttpResponse<String> postForm(int port, String path, String form)
      throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static org.awaitility.core.ConditionFactory within(Duration limit) {
    return await().atMost(limit).pollInterval(Duration.ofMillis(500)).dontCatchUncaughtExceptions();
  }
}
