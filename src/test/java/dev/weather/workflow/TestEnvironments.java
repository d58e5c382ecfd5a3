package dev.weather.workflow;

import dev.weather.TestTemporal;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;

/** Temporal's test server in this JVM, or the tests' dev server, as the workflow tests use them. */
public final class TestEnvironments {

  /** The task queue the workflow tests' workers poll (the app's is weather.temporal.task-queue). */
  static final String TASK_QUEUE = "weather";

  private TestEnvironments() {}

  /**
   * A fresh test server and client. Its workers send no worker heartbeats, which the test server
   * does not implement (the SDK would find out from the first one and warn), as the app does with
   * its embedded server.
   */
  public static TestWorkflowEnvironment newEnvironment() {
    return TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder()
            .setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder()
                    .setWorkerHeartbeatInterval(Duration.ofSeconds(-1))
                    .build())
            .build());
  }

  /**
   * A client of the tests' real dev server ({@link TestTemporal}), on a namespace of {@code
   * owner}'s own: workers and runs as on a Temporal Service, with its timeouts and retries as the
   * server applies them.
   */
  static TestWorkflowEnvironment onDevServer(Class<?> owner) {
    return onDevServer(TestTemporal.newNamespace(owner));
  }

  /**
   * The same, on a {@code namespace} already made there (making one takes the server a second or
   * more).
   */
  static TestWorkflowEnvironment onDevServer(String namespace) {
    return TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder()
            .setUseExternalService(true)
            .setTarget(TestTemporal.target())
            .setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder().setNamespace(namespace).build())
            .build());
  }
}
