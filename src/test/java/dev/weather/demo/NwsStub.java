package dev.weather.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;

/**
 * WireMock as the tests' NWS: a random port, and the extension that answers points near a fixture.
 * The extension is one per test class and reset before each test. The Spring tests that use it are
 * {@code @DirtiesContext}: their app remembers places and this port, so each run of a class gets an
 * app of its own, and a class can run again in the same JVM (as PIT and IDEs do) with nothing left
 * from the run before.
 */
public final class NwsStub {

  private NwsStub() {}

  /** A WireMock of its own, started, on a random port; stop it after the test. */
  public static WireMockServer server() {
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().extensions(NwsFixtures.extensions()));
    server.start();
    return server;
  }

  /** The same, whose answers say they stay fresh for {@code maxAge} (NWS says 5 minutes). */
  public static WireMockServer server(Duration maxAge) {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .extensions(NwsFixtures.extensions())
                .extensions(new DemoConditions(0, (int) maxAge.toSeconds())));
    server.start();
    return server;
  }

  /** The same as a test class's extension, reset before each test. */
  public static WireMockExtension extension() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().extensions(NwsFixtures.extensions()))
        .build();
  }

  /**
   * NWS's frequent intermittent 500 once at {@code path}, then the fixture there, moved as for
   * {@code clock}.
   */
  public static void failOnceThenServe(Stubbing nws, String path, Clock clock) {
    nws.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(0)
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Oops."))
            .willSetStateTo("recovered"));
    nws.stubFor(
        get(urlPathEqualTo(path))
            .atPriority(0)
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(NwsFixtures.body(path, clock.instant()))));
  }
}
