package dev.weather.workflow;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;

/** Temporal's test server in this JVM, as the workflow tests use it. */
final class TestEnvironments {

  /** The task queue the workflow tests' workers poll (the app's is weather.temporal.task-queue). */
  static final String TASK_QUEUE = "weather";

  private TestEnvironments() {}

  /**
   * A fresh test server and client. Its workers send no worker heartbeats, which the test server does not implement
   * (the SDK would find out from the first one and warn), as the app does with its embedded server.
   */
  static TestWorkflowEnvironment newEnvironment() {
    return TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
        .setWorkflowClientOptions(WorkflowClientOptions.newBuilder()
            .setWorkerHeartbeatInterval(Duration.ofSeconds(-1))
            .build())
        .build());
  }
}
