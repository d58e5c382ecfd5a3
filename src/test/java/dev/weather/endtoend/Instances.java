package dev.weather.endtoend;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.weather.TestTemporal;
import dev.weather.WeatherApplication;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
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
 * {@code TEMPORAL_ADDRESS} and {@code TEMPORAL_NAMESPACE} tell them where it is. As a test class's
 * extension it gives the class a namespace of its own on the JVM's Temporal dev server ({@link
 * TestTemporal}, standing in for docker compose or Temporal Cloud) and WireMock as NWS, with the
 * fixtures served afresh before each test; instances still running after a test are stopped.
 */
final class Instances
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  private final List<ConfigurableApplicationContext> apps = new ArrayList<>();
  private final Duration maxAge;
  private String namespace;
  private WireMockServer nws;

  /** NWS's answers as the fixtures have them: fresh for 5 minutes. */
  Instances() {
    this(null);
  }

  /** NWS's answers fresh for {@code maxAge} (the app keeps them 30 seconds at least). */
  Instances(Duration maxAge) {
    this.maxAge = maxAge;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    namespace = TestTemporal.newNamespace(context.getRequiredTestClass());
    nws = maxAge == null ? NwsStub.server() : NwsStub.server(maxAge);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    nws.resetAll();
    NwsFixtures.serve(nws, Clock.systemUTC());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopAll();
  }

  /** Stops the instances still running, as on SIGTERM. */
  void stopAll() {
    apps.forEach(ConfigurableApplicationContext::close);
    apps.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    endOpenRuns();
    nws.stop();
  }

  /**
   * Ends the runs a test left open, so none retries against the stopped WireMock after the class.
   */
  private void endOpenRuns() {
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(TestTemporal.target()).build());
    try {
      WorkflowClient client =
          WorkflowClient.newInstance(
              service, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
      service
          .blockingStub()
          .listOpenWorkflowExecutions(
              ListOpenWorkflowExecutionsRequest.newBuilder()
                  .setNamespace(namespace)
                  .setMaximumPageSize(1000)
                  .build())
          .getExecutionsList()
          .forEach(
              run ->
                  client
                      .newUntypedWorkflowStub(
                          run.getExecution().getWorkflowId(),
                          Optional.of(run.getExecution().getRunId()),
                          Optional.empty())
                      .terminate("the test class is over"));
    } finally {
      service.shutdownNow();
    }
  }

  WireMockServer nws() {
    return nws;
  }

  String namespace() {
    return namespace;
  }

  /**
   * Starts one with a page wait of 1 s unless {@code --name=value} arguments say otherwise; its
   * port.
   */
  int start(String... args) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("TEMPORAL_ADDRESS", TestTemporal.target());
    properties.put("TEMPORAL_NAMESPACE", namespace);
    properties.put("weather.nws.base-url", nws.baseUrl());
    properties.put("weather.web.wait", "1s");
    properties.put("spring.jmx.enabled", "false");
    for (String arg : args) {
      String[] nameAndValue = arg.substring(2).split("=", 2);
      properties.put(nameAndValue[0], nameAndValue[1]);
    }
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WeatherApplication.class)
            .run(
                properties.entrySet().stream()
                    .map(p -> "--" + p.getKey() + "=" + p.getValue())
                    .toArray(String[]::new));
    apps.add(app);
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  /** Stops the instance started n-th (from 0) of those still running, as on SIGTERM. */
  void stop(int n) {
    apps.remove(n).close();
  }

  static HttpRequest request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .build();
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
}
