package dev.weather;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.weather.demo.NearestFixture;
import dev.weather.demo.NwsFixtures;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances of the app in this JVM as an operator starts them against a Temporal Service: only
 * {@code TEMPORAL_ADDRESS} tells them where it is. As a test class's extension it runs, for the class, Temporal's
 * test server on a port (standing in for docker compose or Temporal Cloud) and WireMock as NWS, with the fixtures
 * served afresh before each test; instances still running after a test are stopped.
 */
final class Instances implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  private final List<ConfigurableApplicationContext> apps = new ArrayList<>();
  private TestServer.PortBoundTestServer temporal;
  private int temporalPort;
  private WireMockServer nws;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    temporalPort = freePort();
    temporal = TestServer.createPortBoundServer(temporalPort, true);
    nws = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(NwsFixtures.extensions()));
    nws.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    nws.resetAll();
    NwsFixtures.serve(nws, Clock.systemUTC());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    apps.forEach(ConfigurableApplicationContext::close);
    apps.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    endOpenRuns();
    nws.stop();
    temporal.close();
  }

  /**
   * Ends the runs a test left open (its last task waits on the sticky queue of an instance that was stopped, which
   * the test server never hands on). The test server answers a wait for a run's history only when the run moves or
   * after 20 s, even once the waiting client is gone: a wait still open as the server closes holds the close up
   * for 5 s, then fails on the closed server with an error.
   */
  private void endOpenRuns() {
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + temporalPort).build());
    try {
      WorkflowClient client = WorkflowClient.newInstance(service);
      service.blockingStub().listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest.newBuilder()
              .setNamespace(client.getOptions().getNamespace()).setMaximumPageSize(1000).build())
          .getExecutionsList()
          .forEach(run -> client.newUntypedWorkflowStub(run.getExecution().getWorkflowId(),
              Optional.of(run.getExecution().getRunId()), Optional.empty()).terminate("the test class is over"));
    } finally {
      service.shutdownNow();
    }
  }

  WireMockServer nws() {
    return nws;
  }

  int temporalPort() {
    return temporalPort;
  }

  /** Starts one with a page wait of 1 s unless {@code --name=value} arguments say otherwise; its port. */
  int start(String... args) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("TEMPORAL_ADDRESS", "127.0.0.1:" + temporalPort);
    properties.put("weather.nws.base-url", nws.baseUrl());
    properties.put("weather.web.wait", "1s");
    properties.put("spring.jmx.enabled", "false");
    // The test server does not implement worker heartbeats.
    properties.put("weather.temporal.worker-heartbeats", "false");
    for (String arg : args) {
      String[] nameAndValue = arg.substring(2).split("=", 2);
      properties.put(nameAndValue[0], nameAndValue[1]);
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(WeatherApplication.class)
        .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    apps.add(app);
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  /** Stops the instance started n-th (from 0) of those still running, as on SIGTERM. */
  void stop(int n) {
    apps.remove(n).close();
  }

  static HttpRequest request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30)).build();
  }

  static String send(int port, String path) {
    try {
      return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
